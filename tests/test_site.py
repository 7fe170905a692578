"""The site: built strictly, in both languages, showing only code and output that the tests ran.

The checks of the pages' sources read docs/ (or the folder given with --docs) and the files they
include from its parent folder; tests/test_guards.py runs them on bad pages in a temporary folder.
"""

from __future__ import annotations

import html
import importlib.metadata
import json
import os
import posixpath
import re
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.parse import urljoin

import nbformat
import pytest

import project
from project import DEFAULT_LANGUAGE, LANGUAGES, pages, snippets_shown_on, translation, url_of

# The tests build the site as GitHub Pages hosts it: under the repository's name, not at the root.
SITE_URL = project.HOSTED["SITE_URL"]
PYTHON_FENCE_INFO = ("python", "py", "python3", "pycon")
FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)(?P<info>[^\n]*)\n(?P<body>.*?)^(?P=indent)(?P=fence)",
    re.MULTILINE | re.DOTALL,
)


def where(page, docs=project.DOCS) -> str:
    """A page's source as a failure names it: 'docs/en/page.md'."""
    return page.relative_to(docs.parent).as_posix()


def markdown_of(page, docs=project.DOCS) -> list[tuple[str, str]]:
    """A page's Markdown as (where, text): a Markdown page's text, or a notebook's text cells."""
    if page.suffix == ".ipynb":
        notebook = nbformat.read(page, as_version=4)
        return [
            (f"{where(page, docs)} cell {n}", c.source)
            for n, c in enumerate(notebook.cells, 1)
            if c.cell_type == "markdown"
        ]
    return [(where(page, docs), page.read_text(encoding="utf-8"))]


def built_page(site, page) -> str:
    return (site / url_of(page) / "index.html").read_text(encoding="utf-8")


def target_of(href: str, page_url: str, site_url: str = SITE_URL) -> str | None:
    """The site's path ('zh/articles/x/', or '.') that a link on the page at `page_url` leads to,
    without its #fragment; None for a link that leaves the site."""
    url = urljoin(site_url + page_url, href).partition("#")[0]
    return (url[len(site_url) :] or ".") if url.startswith(site_url) else None


HREF = re.compile(r'<(?:a|link|script|img)\b[^>]*?\b(?:href|src)="([^"]*)"')
ID = re.compile(r'\b(?:id|name)="([^"]*)"')


def broken_links(site, site_url: str = SITE_URL) -> list[tuple[str, str]]:
    """The links (and stylesheets, scripts, images) of the built site to its own pages, files and
    anchors that lead nowhere, as
    (the built page's path in the site, what is wrong)."""
    ids_in = {}  # a built page: the ids (and names) of its elements, which #anchors lead to
    broken = []
    for page in sorted(site.rglob("*.html")):
        built = page.relative_to(site).as_posix()
        page_url = posixpath.dirname(built) + "/" if "/" in built else ""
        for href in map(html.unescape, HREF.findall(page.read_text(encoding="utf-8"))):
            if re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:|//", href):
                continue  # to another host, or mailto: and the like
            target = target_of(href, page_url, site_url)
            file = site / target if target else None
            if file and file.is_dir():
                file = file / "index.html"
            fragment = href.partition("#")[2]
            if not file or not file.is_file():
                broken.append((built, f"{href} leads to no page or file"))
            elif fragment and file.suffix == ".html":
                if file not in ids_in:
                    ids_in[file] = set(map(html.unescape, ID.findall(file.read_text("utf-8"))))
                if fragment not in ids_in[file]:
                    broken.append((built, f"{href}: no anchor #{fragment} there"))
    return broken


def test_links_to_a_missing_page_or_anchor_of_the_built_site_are_found(tmp_path):
    pages = {
        "index.html": '<a href="/site/articles/a/#present">ok</a> <a href="articles/b/">gone</a>',
        "articles/a/index.html": '<h2 id="present">A</h2><a href="../../#nowhere">no anchor</a>'
        '<img src="../../logo.png">',
    }
    for path, text in pages.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")

    assert broken_links(tmp_path, site_url="https://host/site/") == [
        ("articles/a/index.html", "../../#nowhere: no anchor #nowhere there"),
        ("articles/a/index.html", "../../logo.png leads to no page or file"),
        ("index.html", "articles/b/ leads to no page or file"),
    ]


def visible_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


@pytest.fixture
def docs(request):
    return request.config.getoption("docs").resolve()


def test_every_page_exists_in_both_languages(docs):
    alone = [
        f"{where(page, docs)}: there is no {where(other, docs)}"
        for page in pages(docs=docs)
        for other in (translation(page, language, docs) for language in LANGUAGES)
        if not other.is_file()
    ]
    assert not alone, (
        "\n".join(alone) + "\nEvery page exists in both languages, at the same path under "
        f"{docs.name}/en/ and {docs.name}/zh/: add the translation (or remove the page from both)."
    )


def test_every_included_file_exists(docs):
    missing = [
        f"{where(page, docs)}:{line}: includes {path}, which does not exist"
        for page in pages(docs=docs)
        for line, path in project.includes_on(page)
        if path and not (docs.parent / path).is_file()
    ]
    assert not missing, (
        "\n".join(missing) + "\nCorrect the path (from the repository root: snippets/<page>/"
        "<name>.py), or add the snippet."
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_snippet_is_shown_on_a_page_of_each_language(language, docs, request):
    shown = {
        (docs.parent / path).resolve()
        for page in pages(language, docs)
        for path in snippets_shown_on(page)
    }
    folder = request.config.getoption("snippets")
    unshown = [s.key for s in project.snippets(folder) if s.path not in shown]
    assert not unshown, "\n".join(
        f"{path}: no page in {docs.name}/{language}/ includes it" for path in unshown
    ) + (
        '\nInclude it on its page in both languages: a line --8<-- "<path>" in a ```python '
        "block, or delete it if no page needs it."
    )


def test_both_language_versions_of_a_page_show_the_same_snippets(docs):
    different = []
    for page in pages(DEFAULT_LANGUAGE, docs):
        translations = [translation(page, language, docs) for language in LANGUAGES]
        shown = [snippets_shown_on(p) for p in translations if p.is_file()]
        if len(shown) == 2 and shown[0] != shown[1]:
            different.extend(
                f"{where(p, docs)} shows: {', '.join(s) or 'no snippet'}"
                for p, s in zip(translations, shown, strict=True)
            )
    assert not different, (
        "\n".join(different) + "\nBoth versions of a page show the same snippets in the same "
        "order: add the missing include lines, or remove the extra ones."
    )


def test_python_on_a_page_is_included_from_snippets(docs):
    written = []
    for page in pages(docs=docs):
        for place, markdown in markdown_of(page, docs):
            for fence in FENCE.finditer(markdown):
                info = fence["info"].strip().split(" ")[0].lstrip("{.")
                body = fence["body"].rstrip("\n")
                if info in PYTHON_FENCE_INFO and not project.INCLUDE.fullmatch(body):
                    written.append(f"{place}:{markdown.count(chr(10), 0, fence.start()) + 1}")
    assert not written, (
        "\n".join(f"{place}: a Python block written on the page" for place in written)
        + "\nThe tests run only the files in snippets/: put the code in snippets/<page>/<name>.py "
        'and put one line in the block instead: --8<-- "snippets/<page>/<name>.py"'
    )


def test_pages_state_the_tensorflow_version_they_were_verified_on():
    # the version installed, which the snippets run on: read without importing TensorFlow
    versions = {importlib.metadata.version("tensorflow"), project.TF1_VERSION}
    for page in pages():
        for version in re.findall(r"TensorFlow (\d+\.\d+\.\d+)", page.read_text(encoding="utf-8")):
            assert version in versions, (
                f"{where(page)} says TensorFlow {version}; the examples ran on "
                f"{' and '.join(sorted(versions))}"
            )


# The note under each example (hooks/verified_versions.py): a paragraph, or where 1.15.5 prints
# otherwise a box with its output.
VERIFIED_NOTE = re.compile(r'<(?:p|details) class="(?:info )?verified"')


@pytest.mark.parametrize("page", pages(), ids=where)
def test_every_example_says_which_versions_it_was_verified_on(site, page):
    built, shown, source = built_page(site, page), snippets_shown_on(page), where(page)
    notes = VERIFIED_NOTE.findall(built)
    assert len(notes) == len(shown), (
        f"{source}: {len(notes)} notes of the versions verified on, for {len(shown)} examples"
    )
    text = visible_text(built)
    for path in shown:
        for line in project.records().get(path, {}).get("printed", []):
            assert line in text, f"{source}: not shown what 1.15.5 prints for {path}: {line}"
    assert "verified-versions" not in built, f"{source}: the count of examples was not filled"
    if page.stem in ("index", "verification"):
        assert f"TensorFlow {project.TF1_VERSION}" in text, f"{source}: no count of the examples"


@pytest.mark.parametrize("page", pages("en"), ids=where)
def test_chinese_comments_on_english_pages_are_marked_as_chinese(site, page):
    """Unmarked, on a page in English, Chromium on Linux draws them in the Japanese forms of the
    characters (Noto Sans CJK JP); marked lang="zh", in Simplified Chinese (Noto Sans CJK SC)."""
    comments = re.findall(r'(<span class="c1"([^>]*)>[^<]*[\u4e00-\u9fff])', built_page(site, page))
    unmarked = [comment for comment, attributes in comments if 'lang="zh"' not in attributes]
    assert not unmarked, f"{where(page)}: Chinese comments not marked: {unmarked[:3]}"
    if page.stem == "scopes-and-creation":
        assert comments, "no Chinese comment found at all"


@pytest.mark.parametrize("page", pages(), ids=where)
def test_language_switcher_leads_to_the_same_page_in_the_other_language(site, page):
    for other in (lang for lang in LANGUAGES if not page.is_relative_to(project.DOCS / lang)):
        link = re.search(rf'href="([^"]*)" hreflang="{other}"', built_page(site, page))
        assert link, f"{where(page)}: no link to its {other} version"
        counterpart = url_of(translation(page, other))
        # i18n writes the home pages' links from the host's root: hosted under a path (as the
        # tests build the site), they must keep it; target_of gives None for those that do not.
        assert target_of(link[1], url_of(page)) == (counterpart or "."), (
            f"{where(page)}: the {other} switcher leads to {link[1]}, "
            f"not to {counterpart or './'} in the site at {SITE_URL}"
        )


def test_search_finds_chinese_words(site):
    # The Chinese pages' own index (hooks/vendor_patches.py)
    index = json.loads((site / "zh" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert r"\u200b" in index["config"]["separator"]  # a regular expression, as written
    chinese = " ".join(doc["text"] for doc in index["docs"])
    # jieba has cut the text into words, marked by zero-width spaces that the separator splits on
    assert "\u200b变量\u200b" in chinese


def test_every_link_within_the_site_leads_to_a_page_and_anchor_that_exist(site):
    source_of = {f"{url_of(page)}index.html": where(page) for page in pages()}
    broken = [f"{source_of.get(built, built)}: {problem}" for built, problem in broken_links(site)]
    assert not broken, "\n".join(broken) + (
        "\nCorrect these links. A Markdown page links to another by its file (../articles/x.md, "
        "../articles/y.ipynb); a notebook's text cell by its address on the site (../x/). An "
        "anchor (#...) is a heading's id: click the heading's ¶ on the built page to see it."
    )


def test_the_root_404_page_is_in_the_default_language(site):
    assert f'<html lang="{DEFAULT_LANGUAGE}"' in (site / "404.html").read_text(encoding="utf-8")


def test_the_readme_serve_command_serves_both_languages_with_nothing_set(tmp_path):
    """`nox -s serve` as a newcomer runs it, with no SITE_URL, REPO_URL or EDIT_URI: it builds
    strictly without a warning and serves each language's home page, and every local file and
    link those pages use."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        address = f"http://127.0.0.1:{probe.getsockname()[1]}"
    environment = {k: v for k, v in os.environ.items() if k not in project.HOSTED}
    command = [sys.executable, "-m", *project.SERVE, "--dev-addr", address[7:]]
    log, served = tmp_path / "serve.log", {}
    with (
        log.open("w") as output,
        subprocess.Popen(
            command,
            cwd=project.ROOT,
            env={**environment, "NO_MKDOCS_2_WARNING": "1"},
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
        ) as server,
    ):
        try:
            deadline = time.monotonic() + 120
            while server.poll() is None and time.monotonic() < deadline and len(served) < 2:
                served = {u: t for u in ("/", "/zh/") if (t := fetch(address + u)) is not None}
                time.sleep(0.3)
            built = log.read_text()  # the build's log, before that of the requests below
            links = {
                posixpath.join(page, html.unescape(link))
                for page, text in served.items()
                for link in re.findall(r'\b(?:href|src)="([^"#:]+)"', text)
            }
            missing = sorted(link for link in links if fetch(address + link) is None)
        finally:
            server.terminate()
    warnings = [line for line in built.splitlines() if line.startswith(("WARN", "ERR"))]
    assert len(served) == 2 and not warnings, (
        f"`{' '.join(project.SERVE)}` with nothing set warned or served no home page (`nox -s "
        "serve` aborts on a warning):\n" + "\n".join(warnings or built.splitlines()[-30:])
    )
    assert '<html lang="en"' in served["/"] and '<html lang="zh"' in served["/zh/"]
    assert not missing, "files and links of the served home pages that are missing:\n" + "\n".join(
        missing
    )


def fetch(url: str) -> str | None:
    """What `url` answers, as text, or None for an error."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8", errors="replace")
    except OSError:
        return None
