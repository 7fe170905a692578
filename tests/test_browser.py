"""The built site as a reader sees it: every page, in both languages, in headless Chromium.

Playwright drives Debian's chromium (`nox -s verify` installs it; Playwright cannot download its
own browser here), one browser for the whole session. The strict build of tests/conftest.py is
served on localhost; the site must work offline, so any request to another host fails a test.
Screenshots of the home page and an article, light and dark, land in screenshots/.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nbformat
import pytest
from playwright.sync_api import Page, sync_playwright
from snippet_files import ROOT
from test_site import DOCS, LANGUAGES, pages, url_of

BROWSER = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium itself calls Google's servers, and on a closed
# network those refused connections show up as errors.
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 120_000  # generous: a slow machine makes the tests slow, never failed
SCREENSHOTS = ROOT / "screenshots"
SCHEMES = {"light": "default", "dark": "slate"}  # the reader's preference -> Material's palette
WCAG_AA = 4.5  # minimum contrast of normal-size text

ALL_PAGES = [page for language in LANGUAGES for page in pages(language)]
NOTEBOOK_PAGES = [page for page in ALL_PAGES if page.suffix == ".ipynb"]
SCREENSHOT_PAGES = [page for page in ALL_PAGES if page.stem in ("index", "scopes-and-creation")]
# A word of each language's prose, and the page that explains it.
SEARCHES = {
    "zh": ("变量共享", "articles/scopes-and-creation.md"),
    "en": ("namespace", "articles/scopes-and-creation.md"),
}


def page_id(page: Path) -> str:
    return "/" + url_of(page)


def language_of(page: Path) -> str:
    return page.relative_to(DOCS).parts[0]


def counterpart(page: Path) -> Path:
    other = next(lang for lang in LANGUAGES if lang != language_of(page))
    return DOCS / other / page.relative_to(DOCS / language_of(page))


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass  # pytest shows what failed; a log line per request would bury it


@pytest.fixture(scope="session")
def serve():
    """Serve a folder on localhost, as a static host would; returns its base URL."""
    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(site, serve) -> str:
    return serve(site)


@pytest.fixture(scope="session")
def browser():
    assert BROWSER.exists(), (
        f"no {BROWSER}: run `python3 -m nox -s verify`, which installs Debian's chromium"
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(BROWSER), args=BROWSER_ARGS)
        yield browser
        browser.close()


@dataclass
class Visit:
    """A browser tab and what it asked for and complained about."""

    tab: Page
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def open(self, url: str) -> Page:
        self.tab.goto(url, wait_until="networkidle")
        return self.tab


def visit_in(context) -> Visit:
    visit = Visit(context.new_page())
    tab = visit.tab
    tab.on("request", lambda request: visit.requests.append(request.url))
    tab.on("requestfailed", lambda r: visit.problems.append(f"{r.url}: {r.failure}"))
    tab.on("response", lambda r: r.status >= 400 and visit.problems.append(f"{r.url}: {r.status}"))
    tab.on("console", lambda m: m.type == "error" and visit.problems.append(f"console: {m.text}"))
    tab.on("pageerror", lambda error: visit.problems.append(f"script error: {error}"))
    return visit


@pytest.fixture
def context(browser, site_url):
    context = browser.new_context(base_url=site_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    yield context
    context.close()


@pytest.fixture
def visit(context) -> Visit:
    return visit_in(context)


def test_every_built_page_is_tested(site):
    built = {p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")}
    tested = {url_of(page).rstrip("/") or "." for page in ALL_PAGES}
    assert built == tested, f"pages the browser tests miss: {sorted(built - tested)}"


@pytest.mark.parametrize("page", ALL_PAGES, ids=page_id)
def test_page_loads_offline_without_errors(visit, site_url, page):
    tab = visit.open(url_of(page))
    assert tab.locator("html").get_attribute("lang") == language_of(page)
    assert tab.locator("article h1").first.is_visible()
    assert not visit.problems, f"{page_id(page)}: " + "\n".join(visit.problems)
    elsewhere = [url for url in visit.requests if not url.startswith((site_url, "data:", "blob:"))]
    assert not elsewhere, f"{page_id(page)} asks another host for: {elsewhere}"


@pytest.mark.parametrize("page", ALL_PAGES, ids=page_id)
def test_language_switcher_leads_to_the_same_page_and_back(visit, site_url, page):
    tab = visit.open(url_of(page))
    for there in (counterpart(page), page):
        tab.locator(".md-header__option .md-select").hover()  # the menu opens on hover
        tab.locator(f"a.md-select__link[hreflang={language_of(there)}]").click()
        tab.wait_for_url(site_url + url_of(there))
        assert tab.locator("html").get_attribute("lang") == language_of(there)
    assert not visit.problems, "\n".join(visit.problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_finds_a_word_and_its_results_open_their_page(visit, site_url, language):
    term, explained_on = SEARCHES[language]
    tab = visit.open(url_of(DOCS / language / "index.md"))
    search = tab.locator("input.md-search__input")
    search.fill(term)
    search.press("End")  # Material searches on key events, as when a reader types
    links = tab.locator(".md-search-result__item > a.md-search-result__link")
    links.first.wait_for()
    results = [(link.evaluate("a => a.href"), heading_of(link)) for link in links.all()]
    pages_found = [urlsplit(url)._replace(query="", fragment="").geturl() for url, _ in results]
    assert site_url + url_of(DOCS / language / explained_on) in pages_found, (
        f"searching {term!r} on the {language} site finds {pages_found}, not {explained_on}"
    )
    assert pages_found[0].startswith(site_url + url_of(DOCS / language / "index.md")), (
        f"the best result for {term!r} on the {language} site is not in that language: {results}"
    )
    for url, title in results:
        visit.open(url)
        fragment = unquote(urlsplit(url).fragment)
        heading = tab.locator(f"[id='{fragment}']" if fragment else "article h1")
        assert heading_of(heading) == title, (
            f"{url} opens at {heading_of(heading)!r}, not {title!r}"
        )
    assert not visit.problems, "\n".join(visit.problems)


def heading_of(element) -> str:
    """The text of a heading, or of a search result's title, as the reader sees it: without
    Material's ¶ permalink, nor the zero-width spaces where jieba cut the words of the index."""
    heading = element.locator("xpath=self::h1 | self::h2 | self::h3 | self::h4 | .//h1 | .//h2")
    return heading.first.inner_text().rstrip("¶").replace("\u200b", "").strip()


def snippet_code_on(page: Path) -> list[str]:
    """The code of each snippet shown on a page, as its copy button should copy it."""
    if page.suffix == ".ipynb":
        notebook = nbformat.read(page, as_version=4)
        return [cell.source for cell in notebook.cells if cell.cell_type == "code"]
    includes = re.findall(r'^[ \t]*--8<--[ \t]+"([^"]+)"', page.read_text("utf-8"), re.MULTILINE)
    return [(ROOT / path).read_text(encoding="utf-8").rstrip("\n") for path in includes]


def copy_with(tab: Page, button) -> str:
    tab.evaluate("navigator.clipboard.writeText('')")
    button.scroll_into_view_if_needed()
    button.hover()
    button.click()
    tab.wait_for_function("async () => (await navigator.clipboard.readText()) !== ''")
    return tab.evaluate("navigator.clipboard.readText()")


@pytest.mark.parametrize("page", ALL_PAGES, ids=page_id)
def test_every_code_block_copies_its_code(visit, page):
    tab = visit.open(url_of(page))
    # Material's button on Markdown code blocks, mkdocs-jupyter's on notebook cells
    blocks = tab.locator(
        "article .highlight:has(pre > code), article .jp-CodeCell:not(:has(.jp-CodeCell)) .jp-InputArea pre"
    )
    buttons = tab.locator(
        "article button.md-code__button[data-md-type=copy], article .jp-CodeCell clipboard-copy"
    )
    assert buttons.count() == blocks.count(), f"{page_id(page)}: a code block has no copy button"
    copied = [copy_with(tab, button) for button in buttons.all()]
    shown = [block.inner_text() for block in blocks.all()]
    for text, code in zip(copied, shown, strict=True):
        assert text.rstrip("\n") == code.rstrip("\n"), f"{page_id(page)}: copied {text!r}"
    for code in snippet_code_on(page):
        assert code.rstrip("\n") in [text.rstrip("\n") for text in copied], (
            f"{page_id(page)}: no copy button copies\n{code}"
        )
    assert not visit.problems, "\n".join(visit.problems)


@pytest.mark.parametrize("page", NOTEBOOK_PAGES, ids=page_id)
def test_notebook_page_shows_its_cells_and_outputs_and_downloads(visit, page):
    tab = visit.open(url_of(page))
    notebook = nbformat.read(page, as_version=4)
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    # mkdocs-jupyter nests a cell's div in another of the same classes
    assert tab.locator("article .jp-CodeCell:not(:has(.jp-CodeCell))").count() == len(code_cells)
    outputs = tab.locator("article .jp-OutputArea-output")
    shown = "\n".join(output.inner_text() for output in outputs.all())
    for cell in code_cells:
        for output in cell.outputs:
            assert output.text.strip() in shown, f"{cell.metadata['snippet']}: output not shown"
    assert outputs.count() == 0 or outputs.last.is_visible()
    with tab.expect_download() as download:
        tab.locator("article a[download]").click()
    downloaded = Path(download.value.path()).read_bytes()
    assert downloaded == page.read_bytes()
    nbformat.validate(nbformat.reads(downloaded.decode(), as_version=4))
    assert not visit.problems, "\n".join(visit.problems)


def table_problems(visit: Visit, url: str) -> list[str]:
    """What is wrong with the tables of the page at `url`: hidden tables, links that lead
    nowhere (a missing page, or a missing anchor on it). Links to other hosts are not followed:
    the tests run offline."""
    tab = visit.open(url)
    problems = []
    for number, table in enumerate(tab.locator("article table:not(.highlighttable)").all(), 1):
        table.scroll_into_view_if_needed()
        if not table.is_visible():
            problems.append(f"table {number} is not visible")
        for link in table.locator("a[href]").all():
            target = urlsplit(link.evaluate("a => a.href"))
            if target.netloc != urlsplit(tab.url).netloc:
                continue
            response = tab.request.get(target._replace(fragment="").geturl())
            where = f"table {number}: {link.get_attribute('href')}"
            if not response.ok:
                problems.append(f"{where}: {response.status}")
            elif target.fragment and f'id="{unquote(target.fragment)}"' not in response.text():
                problems.append(f"{where}: no #{unquote(target.fragment)} on that page")
    return problems


@pytest.mark.parametrize("page", ALL_PAGES, ids=page_id)
def test_tables_are_visible_and_their_links_lead_somewhere(visit, page):
    problems = table_problems(visit, url_of(page))
    assert not problems, f"{page_id(page)}:\n" + "\n".join(problems)
