"""Render the notebook pages of every language, and link them to each other.

mkdocs-jupyter marks `.ipynb` files as pages in its `on_files`; mkdocs-static-i18n then rebuilds
every file as a plain one, so the notebooks would be copied to the site as raw JSON
(mkdocs-static-i18n issue #198). This hook runs after both: it marks the notebooks as pages
again, at the place i18n gave them, and gives each one its other-language versions so that the
language switcher leads to the same notebook in the other language. And it gives a notebook page
the description its metadata holds, as a Markdown page's front matter gives it its own.
"""

import json
import os
from pathlib import Path, PurePosixPath
from types import SimpleNamespace

from mkdocs.plugins import event_priority
from mkdocs_jupyter.plugin import NotebookFile


@event_priority(-200)  # after mkdocs-static-i18n's on_files (-100)
def on_files(files, config):
    i18n = config.plugins["i18n"]
    for file in [f for f in files if f.src_uri.endswith(".ipynb")]:
        files.remove(file)  # in place: i18n's Files class resolves the nav's paths per language
        files.append(notebook_page(file, i18n, config))
    return files


def notebook_page(file, i18n, config):
    page = NotebookFile(file, config.use_directory_urls, config.site_dir)
    # Place the page where i18n placed the file for the language being built, not where
    # NotebookFile would from the source path (`zh/...` even in the default language's site).
    page.alternates = {
        locale: SimpleNamespace(url=url_in(locale, file, i18n, config))
        for locale in i18n.build_languages
    }
    page.url = page.alternates[i18n.current_language].url
    page.dest_path = f"{page.url}index.html" if config.use_directory_urls else page.url
    page.abs_dest_path = os.path.join(config.site_dir, page.dest_path)
    return page


def url_in(locale, file, i18n, config):
    """The notebook page's URL in the site of `locale`."""
    stem = PurePosixPath(file.norm_src_uri).with_suffix("")  # without the language folder
    if locale != i18n.default_language:
        stem = locale / stem
    return f"{stem}/" if config.use_directory_urls else f"{stem}.html"


def on_page_context(context, page, config, nav):
    if page.file.src_uri.endswith(".ipynb"):
        notebook = json.loads(Path(page.file.abs_src_path).read_text(encoding="utf-8"))
        page.meta["description"] = notebook["metadata"]["description"]
    return context
