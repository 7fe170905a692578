"""The build's only workarounds of other packages' bugs, and its only uses of their private names:
each with why, and the upstream issue or report that would remove it.

mkdocs-static-i18n 1.3 (the `i18n` plugin) builds the site once per language; its plugin object
says which (`current_language`, `default_language`, `build_languages`, `building`).

1. Notebook pages in every language (mkdocs-static-i18n #198). mkdocs-jupyter marks `.ipynb` files
   as pages in its `on_files`; i18n then rebuilds every file as a plain one, so the notebooks were
   copied to the site as raw JSON. `on_files` marks them as pages again (mkdocs-jupyter's
   `NotebookFile`), at the place i18n gave them, with their other-language versions, so that the
   language switcher leads to the same notebook. A notebook's description is in its metadata.
2. One 404.html, in the default language (mkdocs-static-i18n #284). Every language's build writes
   the theme's 404.html at the site's root, so the language built last owns it; listing the default
   language last builds it twice. The default language, listed first, writes it; no other does.
3. No `<link rel="alternate" hreflang>` in a page's head (mkdocs-material #6582). Material's
   JavaScript takes each for the root of a language and fetches the sitemap.xml beside it: a failed
   request on every load. Search engines read the same alternates, and x-default, in the sitemap
   (overrides/sitemap.xml); the header's language switcher keeps its links.
4. One search index per language. i18n (`reconfigure_search`) merges every language's pages into
   search/search_index.json, where Material's search of every language reads it: a Chinese query
   listed English pages. After the last language is built, the index is split: the default
   language's pages stay there, another's go to <locale>/search/, where overrides/main.html points
   that language's pages (Material's `__config.base`). Removed if i18n writes one index a language.
5. Material's segmentation of a Chinese query (search worker, 9.8.1; minified): it looks up each
   run of Han characters in the index's words, but never one that ends the query, so "复用" was
   searched as "复*" and found 复现 too. The built copy of the worker gets the loop's bound one
   longer; the build fails if Material's code changes. Upstream report (to file at
   github.com/squidfunk/mkdocs-material/issues):
       "Search: the last word of a Chinese query is never segmented. In the worker's segmenter
       (src/templates/assets/javascripts/integrations/search/internal/_/index.ts, `segment`), the
       loop `for (let j = i + 1; j < value.length; j++)` never tries the slice that ends the query,
       so a query ending in a two-character word, e.g. 复用, is searched as 复* and matches 复现.
       `j <= value.length` fixes it."
6. Tables wrapped at build time, not after load (Material 9.8.1's bundle; minified). Material's
   script takes every table of a page out and puts it back inside two boxes that let it scroll
   (`.md-typeset__scrollwrap > .md-typeset__table`): the browser lays out every table again, on a
   phone a tenth of a second of blocking on a page of tables, and sometimes a late largest paint.
   `on_post_page` writes the same boxes into the page, and the built bundle leaves a table that is
   already in one alone; the build fails if Material's code changes. Upstream report:
       "Content tables: render the scroll wrapper in the page template instead of in JavaScript.
       `mountDataTable` (src/templates/assets/javascripts/components/content/table) replaces
       every `table:not([class])` with itself inside `.md-typeset__scrollwrap >
       .md-typeset__table` after load, which re-lays out every table. Wrapping them in Python
       Markdown's output (or skipping a table already wrapped) avoids that work."
"""

import json
import os
import re
from pathlib import Path, PurePosixPath
from types import SimpleNamespace

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs_jupyter.plugin import NotebookFile

ALTERNATE_LINK = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')
SEGMENT_LOOP = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e&&(n[s]=o-s)"
SEGMENT_LOOP_TO_THE_END = SEGMENT_LOOP.replace("o<t.length", "o<=t.length")
TABLE = re.compile(r"<table>.*?</table>", re.DOTALL)
WRAP_TABLES = '...M("table:not([class])",e).map(i=>ti(i))'
NOT_WRAPPED = '.filter(i=>!i.closest(".md-typeset__table"))'
WRAP_TABLES_NOT_WRAPPED = WRAP_TABLES.replace(".map(", NOT_WRAPPED + ".map(", 1)
WRAPPED_TABLE = (
    r'<div class="md-typeset__scrollwrap"><div class="md-typeset__table">\g<0></div></div>'
)


@event_priority(-200)  # after mkdocs-static-i18n's on_config (-100) has set the language
def on_config(config):
    i18n = config.plugins["i18n"]
    if i18n.current_language == i18n.default_language:  # 2.
        config.theme.static_templates.add("404.html")
    else:
        config.theme.static_templates.discard("404.html")
    return config


@event_priority(-200)  # after mkdocs-static-i18n's on_files (-100)
def on_files(files, config):  # 1.
    i18n = config.plugins["i18n"]
    for file in [f for f in files if f.src_uri.endswith(".ipynb")]:
        files.remove(file)  # in place: i18n's Files class resolves the nav's paths per language
        page = NotebookFile(file, config.use_directory_urls, config.site_dir)
        # Where i18n placed the file for the language being built, not where NotebookFile would
        # from the source path (`zh/...` even in the default language's site)
        page.alternates = {
            locale: SimpleNamespace(url=notebook_url(locale, file, i18n, config))
            for locale in i18n.build_languages
        }
        page.url = page.alternates[i18n.current_language].url
        page.dest_path = f"{page.url}index.html" if config.use_directory_urls else page.url
        page.abs_dest_path = os.path.join(config.site_dir, page.dest_path)
        files.append(page)
    return files


def notebook_url(locale, file, i18n, config):
    stem = PurePosixPath(file.norm_src_uri).with_suffix("")  # without the language folder
    if locale != i18n.default_language:
        stem = locale / stem
    return f"{stem}/" if config.use_directory_urls else f"{stem}.html"


def on_page_context(context, page, config, nav):  # 1.
    if page.file.src_uri.endswith(".ipynb"):
        notebook = json.loads(Path(page.file.abs_src_path).read_text(encoding="utf-8"))
        page.meta["description"] = notebook["metadata"]["description"]
    return context


def on_post_page(output, page, config):  # 3. and 6.
    return TABLE.sub(WRAPPED_TABLE, ALTERNATE_LINK.sub("", output))


@event_priority(-200)  # after mkdocs-static-i18n's on_post_build (-100) has merged the index
def on_post_build(config):
    i18n = config.plugins["i18n"]
    if i18n.building:
        return  # another language comes next
    for bundle in (Path(config.site_dir) / "assets" / "javascripts").glob("bundle.*.min.js"):  # 6.
        code = bundle.read_text(encoding="utf-8")
        if WRAP_TABLES not in code:
            raise PluginError(
                f"hooks/vendor_patches.py: {bundle.name} no longer wraps tables as Material 9.8.1 "
                "did: check whether it now leaves wrapped ones alone, then drop or update this mend"
            )
        bundle.write_text(code.replace(WRAP_TABLES, WRAP_TABLES_NOT_WRAPPED), encoding="utf-8")
    if not any(name.endswith("search") for name in config.plugins):
        return  # a build without search (the bench's floor)
    site = Path(config.site_dir)
    merged = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    others = set(i18n.build_languages) - {i18n.default_language}

    def language_of(location):  # `zh/...` is Chinese; `zh` alone would be a page named so
        first = location.split("/", 1)[0]
        return first if first in others and "/" in location else i18n.default_language

    for locale in i18n.build_languages:  # 4.
        folder = "" if locale == i18n.default_language else f"{locale}/"
        docs = [
            {**doc, "location": doc["location"].removeprefix(folder)}
            for doc in merged["docs"]
            if language_of(doc["location"]) == locale
        ]
        path = site / folder / "search" / "search_index.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({**merged, "docs": docs}, ensure_ascii=False), encoding="utf-8")
    for worker in (site / "assets" / "javascripts" / "workers").glob("search.*.min.js"):  # 5.
        code = worker.read_text(encoding="utf-8")
        if SEGMENT_LOOP not in code:
            raise PluginError(
                f"hooks/vendor_patches.py: {worker.name} no longer segments Chinese queries as "
                "Material 9.8.1 did: check whether its last-word bug is fixed, then drop or "
                "update this mend"
            )
        worker.write_text(code.replace(SEGMENT_LOOP, SEGMENT_LOOP_TO_THE_END), encoding="utf-8")
