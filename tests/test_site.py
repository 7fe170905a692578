"""The site: built strictly, in both languages, showing only code and output that the tests ran."""

from __future__ import annotations

import html
import json
import os
import posixpath
import re
import subprocess
import sys

import nbformat
import pytest
import tensorflow as tf
from snippet_files import ROOT, all_snippets, repo_path

DOCS = ROOT / "docs"
LANGUAGES = ("en", "zh")
DEFAULT_LANGUAGE = "en"
INCLUDE = re.compile(r'^[ \t]*--8<--[ \t]+"(?P<path>[^"]+)"[ \t]*$', re.MULTILINE)
FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)(?P<info>[^\n]*)\n(?P<body>.*?)^(?P=indent)(?P=fence)",
    re.MULTILINE | re.DOTALL,
)


def pages(language: str) -> list:
    return sorted(p for p in (DOCS / language).rglob("*") if p.suffix in (".md", ".ipynb"))


def snippets_shown_on(page) -> list[str]:
    if page.suffix == ".ipynb":
        notebook = nbformat.read(page, as_version=4)
        return [c.metadata.get("snippet") for c in notebook.cells if c.cell_type == "code"]
    included = INCLUDE.findall(page.read_text(encoding="utf-8"))
    return [path for path in included if path.startswith("snippets/")]  # not the bench's figures


def url_of(page) -> str:
    """Where a source under docs/<language>/ is served, relative to the site: 'zh/articles/x/'."""
    language, *parts = page.relative_to(DOCS).with_suffix("").parts
    if parts[-1] == "index":
        parts = parts[:-1]
    if language != DEFAULT_LANGUAGE:
        parts = [language, *parts]
    return "".join(f"{part}/" for part in parts)


def built_page(site, page) -> str:
    return (site / url_of(page) / "index.html").read_text(encoding="utf-8")


def visible_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The site, built as `nox -s build` builds it."""
    site_dir = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert build.returncode == 0, f"mkdocs build --strict failed:\n{build.stderr}"
    warnings = [line for line in build.stderr.splitlines() if line.startswith("WARNING")]
    assert not warnings, "mkdocs build printed warnings:\n" + "\n".join(warnings)
    return site_dir


def test_every_page_exists_in_both_languages():
    relative = {lang: {p.relative_to(DOCS / lang) for p in pages(lang)} for lang in LANGUAGES}
    assert relative["en"] == relative["zh"], (
        f"only in English: {sorted(map(str, relative['en'] - relative['zh']))}; "
        f"only in Chinese: {sorted(map(str, relative['zh'] - relative['en']))}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_snippet_is_shown_on_a_page_of_each_language(language):
    shown = {path for page in pages(language) for path in snippets_shown_on(page)}
    missing = sorted({repo_path(p) for p in all_snippets()} - shown)
    assert not missing, f"no page in docs/{language}/ includes: {missing}"


MARKDOWN_PAGES = [page for lang in LANGUAGES for page in pages(lang) if page.suffix == ".md"]


@pytest.mark.parametrize("page", MARKDOWN_PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_python_on_a_page_is_included_from_snippets(page):
    source = page.read_text(encoding="utf-8")
    for fence in FENCE.finditer(source):
        if fence["info"].strip().split(" ")[0].lstrip("{.") in ("python", "py", "python3", "pycon"):
            line = source.count("\n", 0, fence.start()) + 1
            assert INCLUDE.fullmatch(fence["body"].rstrip("\n")), (
                f"{page.relative_to(ROOT)}:{line}: a Python block written on the page. Put the "
                'code in snippets/ and include it: --8<-- "snippets/<page>/<name>.py"'
            )


def test_pages_state_the_tensorflow_version_they_were_verified_on():
    for page in (p for lang in LANGUAGES for p in pages(lang)):
        for version in re.findall(r"TensorFlow (\d+\.\d+\.\d+)", page.read_text(encoding="utf-8")):
            assert version == tf.__version__, (
                f"{page.relative_to(ROOT)} says TensorFlow {version}; the examples ran on "
                f"{tf.__version__}"
            )


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_included_snippet_appears_on_its_built_page_as_it_is(site, language):
    for page in pages(language):
        if page.suffix != ".md":
            continue
        code = re.findall(r"<code>.*?</code>", built_page(site, page), re.DOTALL)
        code_blocks = visible_text("".join(code))
        for path in snippets_shown_on(page):
            snippet = (ROOT / path).read_text(encoding="utf-8")
            assert snippet in code_blocks + "\n", f"{path} is not whole on {page.relative_to(ROOT)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_notebook_pages_render_their_cells_and_outputs(site, language):
    for page in pages(language):
        if page.suffix != ".ipynb":
            continue
        rendered = built_page(site, page)
        assert '"cell_type"' not in rendered, f"{page.relative_to(ROOT)} was built as raw JSON"
        text = visible_text(rendered)
        for cell in nbformat.read(page, as_version=4).cells:
            if cell.cell_type == "code":
                for output in cell.outputs:
                    assert output.text in text, f"{cell.metadata['snippet']}: output not shown"


@pytest.mark.parametrize("language", LANGUAGES)
def test_notebook_pages_offer_their_notebook_for_download(site, language):
    for page in pages(language):
        if page.suffix != ".ipynb":
            continue
        link = re.search(r'<a href="([^"]+\.ipynb)"[^>]* download', built_page(site, page))
        assert link, f"no download link on the page of {page.relative_to(ROOT)}"
        downloaded = (site / url_of(page) / link[1]).read_bytes()
        assert downloaded == page.read_bytes()
        nbformat.validate(nbformat.reads(downloaded.decode(), as_version=4))


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switcher_leads_to_the_same_page_in_the_other_language(site, language):
    other = next(lang for lang in LANGUAGES if lang != language)
    for page in pages(language):
        link = re.search(rf'href="([^"]*)" hreflang="{other}"', built_page(site, page))
        assert link, f"{page.relative_to(ROOT)}: no link to its {other} version"
        counterpart = DOCS / other / page.relative_to(DOCS / language)
        # i18n writes the home pages' links from the site's root (with site_url's path, if set)
        target = posixpath.normpath(posixpath.join("/" + url_of(page), link[1]))[1:] or "."
        assert target == posixpath.normpath(url_of(counterpart) or "."), (
            f"{page.relative_to(ROOT)}: the {other} switcher leads to {target}, "
            f"not to {url_of(counterpart)}"
        )


def test_search_finds_chinese_words(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert r"\u200b" in index["config"]["separator"]  # a regular expression, as written
    chinese = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith("zh/"))
    # jieba has cut the text into words, marked by zero-width spaces that the separator splits on
    assert "\u200b变量\u200b" in chinese


def test_site_fetches_nothing_from_other_hosts(site):
    for page in site.rglob("*.html"):
        external = re.findall(
            r'<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="(?:https?:)?//',
            page.read_text(encoding="utf-8"),
        )
        assert not external, f"{page.relative_to(site)} loads a resource from another host"


def test_the_root_404_page_is_in_the_default_language(site):
    assert f'<html lang="{DEFAULT_LANGUAGE}"' in (site / "404.html").read_text(encoding="utf-8")
