"""The built site as a reader sees it: every page, in both languages, in headless Chromium.

Playwright drives Debian's chromium-headless-shell (`nox -s verify` installs it; Playwright cannot
download its own browser here): Chromium's old headless mode, the same engine without the browser's
user interface, which Playwright itself runs for headless tests. One browser for the session, and
in it one tab per device (a laptop's, a phone's) that each test starts afresh. Beside other tests,
these run in a pytest of their own on two workers (tests/conftest.py, BrowserRun). A page load is
what costs Chromium most, so each check runs on a load made anyway: a page and its translation are
visited together, in the laptop's tab, the language switch from one opening the other, English to
Chinese at a laptop's size, then, the tab become a phone's, back to English
(test_every_check_of_a_page_and_its_translation_on_a_laptop_and_a_phone); the dark palette is
switched to there with its toggle, and only the search tests run Material's search worker. The
strict build of tests/conftest.py is served on localhost; the site must work offline, so any
request to another host fails a test. Every page is read at two sizes, a laptop's window (1280×900)
and a phone's (390×844): nothing hidden past the edge of its box, tables and notebook cells that
fit or visibly scroll, links that can be found and touched. Screenshots of the home page and an
article, light and dark, and of the home page, a reference page and the notebook on a phone, land
in screenshots/.
"""

from __future__ import annotations

import base64
import functools
import http.server
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import parse_qs, unquote, urlsplit
from urllib.request import urlopen

import nbformat
import pytest
from comment_translations import chinese_code
from playwright.sync_api import CDPSession, Error, Page, expect, sync_playwright

from project import DOCS, HOSTED, LANGUAGES, ROOT, pages, snippets_shown_on, url_of

SITE_URL, REPO_URL = HOSTED["SITE_URL"], HOSTED["REPO_URL"]

# The headless shell, not /usr/bin/chromium: about a fifth less processor time (the browser
# tests: 63-67 CPU-s against 77-92, three runs each, alternating). The screenshots of the
# Chinese pages come out the same, pixel for pixel, once its Chinese font is set (CHINESE_FONT);
# on the English ones, the Chinese characters of code comments sit a pixel apart.
BROWSER = Path("/usr/bin/chromium-headless-shell")
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
LAPTOP = {"viewport": {"width": 1280, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
WCAG_AA = 4.5  # minimum contrast of normal-size text

ALL_PAGES = [page for language in LANGUAGES for page in pages(language)]
NOTEBOOK_PAGES = [page for page in ALL_PAGES if page.suffix == ".ipynb"]
SCREENSHOT_PAGES = [page for page in ALL_PAGES if page.stem in ("index", "scopes-and-creation")]
PHONE_SCREENSHOT_PAGES = [
    page for page in ALL_PAGES if page.stem in ("index", "tf2", "variable-vs-get-variable")
]
# Code colours come from one stylesheet for every Markdown page, and another for notebooks: a page
# of each kind, with content tabs and tables, in each language, stands for all.
# Pages with a table in their source: the others have none to check.
TABLE_PAGES = [
    page
    for page in ALL_PAGES
    if page.suffix == ".md" and "\n|---" in page.read_text(encoding="utf-8")
]
PALETTE_PAGES = [page for page in ALL_PAGES if page.stem in ("tf2", "variable-vs-get-variable")]
# The code blocks of a page and their copy buttons: Material's on Markdown pages, mkdocs-jupyter's
# on a notebook's code cells (whose divs nest in others of the same classes).
CODE_CELL = ".jp-CodeCell:not(:has(.jp-CodeCell))"
CODE_BLOCKS = f"article .highlight:has(pre > code), article {CODE_CELL} .jp-InputArea pre"
COPY_BUTTONS = (
    f"article button.md-code__button[data-md-type=copy], article {CODE_CELL} clipboard-copy"
)
PYTHON_BLOCKS = "article .language-python pre, article .hl-python pre"
# The text in an element too faint against what is behind it, and the colours of its text
CONTRASTS = (Path(__file__).parent / "contrast.js").read_text(encoding="utf-8")
# What keeps a reader from reading a page at the window's size, as sentences
READING_PROBLEMS = (Path(__file__).parent / "reading.js").read_text(encoding="utf-8")
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


class HandlerWithoutSearch(QuietHandler):
    """The site, with an empty script (WORKER_STUB) where Material's search worker is: a wrong
    address of the worker still answers 404."""

    def do_GET(self):
        path = self.translate_path(self.path)
        if SEARCH_WORKER.search(urlsplit(self.path).path) and os.path.isfile(path):
            stub = WORKER_STUB.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/javascript")
            self.send_header("Content-Length", str(len(stub)))
            self.end_headers()
            self.wfile.write(stub)
        else:
            super().do_GET()


@pytest.fixture(scope="session")
def serve():
    """Serve a folder on localhost, as a static host would; returns its base URL."""
    servers = []

    def start(folder: Path, handler_class=QuietHandler) -> str:
        handler = functools.partial(handler_class, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}/"

    yield start
    # All at once: each takes up to half a second (its poll interval) to notice, and the end of
    # the session, when no page is left to load, would otherwise wait that out once per folder.
    stopping = [threading.Thread(target=server.shutdown) for server in servers]
    for thread in stopping:
        thread.start()
    for thread in stopping:
        thread.join()
    for server in servers:
        server.server_close()


SUB_PATH = urlsplit(SITE_URL).path.strip("/")


@pytest.fixture(scope="session")
def site_host(site, tmp_path_factory) -> Path:
    """A folder that holds the site under the sub-path of the SITE_URL it was built for."""
    host = tmp_path_factory.mktemp("host")
    (host / SUB_PATH).symlink_to(site, target_is_directory=True)
    return host


@pytest.fixture(scope="session")
def site_url(site_host, serve) -> str:
    """The site served under its sub-path, as Pages serves it, Material's search worker an
    empty script (HandlerWithoutSearch)."""
    return f"{serve(site_host, HandlerWithoutSearch)}{SUB_PATH}/"


@pytest.fixture(scope="session")
def site_url_with_search(site_host, serve) -> str:
    """The site served as Pages serves it, for the search tests: on another port."""
    return f"{serve(site_host)}{SUB_PATH}/"


@pytest.fixture(scope="session")
def browser():
    """Playwright's own Chromium where it is installed (`playwright install chromium`, the usual
    way on macOS and other Linux), else Debian's headless shell."""
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(args=BROWSER_ARGS)
        except Error as error:
            if "Executable doesn't exist" not in str(error):
                raise
            if not BROWSER.exists():
                pytest.fail(
                    f"No Chromium: neither Playwright's own nor {BROWSER}. Install one: "
                    "`.nox/verify/bin/python -m playwright install chromium`; or on Debian, as "
                    "root, `apt-get install chromium-headless-shell fonts-noto-cjk`. Or skip "
                    "these checks: `nox -s verify -- --no-browser`.",
                    pytrace=False,
                )
            browser = playwright.chromium.launch(executable_path=str(BROWSER), args=BROWSER_ARGS)
        yield browser
        browser.close()


SEARCH_INDEX = "search/search_index.json"
# Material's search worker: one script for the whole site, which builds the language's index anew on
# every page it runs on, a third of what a page costs Chromium, and fetches the same files on every
# page of a language. It runs in the search tests, on each language's home page (loaded once for
# both sizes), which also check that it asks nothing of another host; they open the site where
# it is served as it is (site_url_with_search). Everywhere else the test server answers an empty
# script in its place (WORKER_STUB; Playwright's routing of the request cost more than the worker
# saved): the page still asks for the worker and for its index, at the addresses it computes,
# and a wrong one still fails.
SEARCH_WORKER = re.compile(r"/assets/javascripts/workers/search\.[0-9a-f]+\.min\.js$")


@dataclass
class Visit:
    """A browser tab and what it asked for and complained about."""

    tab: Page
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    as_a_phone: CDPSession | None = None  # while the tab is a phone's (becomes_a_phones)

    def open(self, url: str, with_search: bool = False) -> Page:
        """Open `url` and wait for its load; with_search, also for what the scripts fetch later
        (the search index), if the page has a search box."""
        self.tab.goto(url, wait_until="load")
        if with_search:
            self.wait_for_search_index()
        return self.tab

    def becomes_a_phones(self) -> None:
        """From now on, until fresh(), the tab is a phone's, as Playwright makes the tabs of a
        context for PHONE: a 390×844 window whose page honours its viewport tag, and touch. The
        page open lays itself out anew, at that size, as it would have loaded there (Playwright
        sets a device once for a whole context: a phone's would load the page a second time,
        which costs more than its checks)."""
        self.as_a_phone = self.tab.context.new_cdp_session(self.tab)
        size = PHONE["viewport"]
        self.as_a_phone.send(
            "Emulation.setDeviceMetricsOverride", {**size, "deviceScaleFactor": 1, "mobile": True}
        )
        self.as_a_phone.send("Emulation.setTouchEmulationEnabled", {"enabled": True})
        self.tab.evaluate(SETTLED)

    def becomes_a_laptops(self) -> None:
        if self.as_a_phone is not None:
            self.as_a_phone.detach()  # which ends what it set
            self.as_a_phone = None
            self.tab.set_viewport_size(LAPTOP["viewport"])

    def wait_for_search_index(self) -> None:
        if self.tab.locator("input.md-search__input").count():
            if not any(SEARCH_INDEX in asked for asked in self.requests):
                self.tab.wait_for_event("request", lambda r: SEARCH_INDEX in r.url)
            self.tab.wait_for_function(
                "() => performance.getEntriesByType('resource')"
                f".some(entry => entry.name.includes('{SEARCH_INDEX}') && entry.responseEnd > 0)"
            )

    def requests_elsewhere(self, since: int = 0) -> list[str]:
        """What the tab asked of other hosts, from request number `since` on."""
        here = "{0.scheme}://{0.netloc}/".format(urlsplit(self.tab.url))
        return [
            f"asks another host for {asked}"
            for asked in self.requests[since:]
            if not asked.startswith((here, "data:", "blob:"))
        ]


# Chromium draws a page in Simplified Chinese (lang="zh") in the font its settings give the script:
# Debian's chromium, in Noto Sans CJK SC, regular and bold, Latin letters included (as its
# DevTools show). The headless shell has none of those settings: it would draw the Latin in
# DejaVu Sans and the Chinese in Noto Sans CJK JP, the Japanese forms of the characters, with no
# bold. This gives it what Chromium has.
CHINESE_FONT = {
    "script": "Hans",
    "fontFamilies": {"standard": "Noto Sans CJK SC", "sansSerif": "Noto Sans CJK SC"},
}


def visit_in(context) -> Visit:
    visit = Visit(context.new_page())
    tab = visit.tab
    context.new_cdp_session(tab).send(
        "Page.setFontFamilies", {"fontFamilies": {}, "forScripts": [CHINESE_FONT]}
    )
    tab.on("request", lambda request: visit.requests.append(request.url))
    # net::ERR_ABORTED: the reader left the page before a request ended, as tests do
    tab.on(
        "requestfailed",
        lambda r: r.failure == "net::ERR_ABORTED" or visit.problems.append(f"{r.url}: {r.failure}"),
    )
    tab.on("response", lambda r: r.status >= 400 and visit.problems.append(f"{r.url}: {r.status}"))
    tab.on("console", lambda m: m.type == "error" and visit.problems.append(f"console: {m.text}"))
    tab.on("pageerror", lambda error: visit.problems.append(f"script error: {error}"))
    return visit


# Once the page has stopped changing: Material answers a new window size for some 300 ms (it lays
# its code annotations out anew), and a page is read when it has done, as a reader would.
SETTLED = """() => new Promise(settled => {
    let quiet = null;
    const wait = () => { clearTimeout(quiet); quiet = setTimeout(done, 400); };
    const changes = new MutationObserver(wait);
    const done = () => { changes.disconnect(); settled(); };
    changes.observe(document.body, {subtree: true, childList: true, attributes: true});
    wait();
})"""


WORKER_STUB = "// the search worker, left out of a visit that does not check search"


expect.set_options(timeout=TIMEOUT_MS)


def new_context(browser, site_url, device: dict):
    # A reader who prefers reduced motion: no menu transitions for each click to wait out.
    context = browser.new_context(base_url=site_url, reduced_motion="reduce", **device)
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    return context


@pytest.fixture
def context(browser, site_url):
    """A context of its own, for the guards' pages, which other hosts (ports) serve."""
    context = new_context(browser, site_url, LAPTOP)
    yield context
    context.close()


# One context and one tab per device for the whole session: a new tab costs more than most checks.
# Each test starts as a new reader would: the tab blank, nothing stored by the site (the palette
# chosen, the content tab selected), the preferred scheme light, and nothing asked or complained
# about yet.
@pytest.fixture(scope="session")
def laptop_tab(browser, site_url):
    context = new_context(browser, site_url, LAPTOP)
    yield visit_in(context)
    context.close()


@pytest.fixture(scope="session")
def phone_tab(browser, site_url):
    context = new_context(browser, site_url, PHONE)
    yield visit_in(context)
    context.close()


def fresh(visit: Visit) -> Visit:
    tab = visit.tab
    if tab.url.startswith("http"):
        tab.evaluate("() => { localStorage.clear(); sessionStorage.clear(); }")
    tab.goto("about:blank")
    visit.becomes_a_laptops()
    tab.emulate_media(color_scheme="light")  # Playwright's default, as in a new context
    tab.context.clear_cookies()
    visit.requests.clear()
    visit.problems.clear()
    return visit


@pytest.fixture
def visit(laptop_tab) -> Visit:
    return fresh(laptop_tab)


@pytest.fixture
def phone(phone_tab) -> Visit:
    return fresh(phone_tab)


def test_every_built_page_is_tested(site):
    built = {p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")}
    tested = {url_of(page).rstrip("/") or "." for page in ALL_PAGES}
    assert built == tested, f"pages the browser tests miss: {sorted(built - tested)}"


def offline_problems(visit: Visit, url: str) -> list[str]:
    """What goes wrong while the page at `url` loads, and what it asks of other hosts."""
    visit.open(url, with_search=True)
    return visit.problems + visit.requests_elsewhere()


ENGLISH_PAGES = [page for page in ALL_PAGES if language_of(page) == "en"]


def pair_id(page: Path) -> str:
    return f"{page_id(page)} and {page_id(counterpart(page))}"


def test_every_page_has_its_translation():
    assert sorted(ALL_PAGES) == sorted([*ENGLISH_PAGES, *map(counterpart, ENGLISH_PAGES)]), (
        "pages with no counterpart in the other language"
    )


@pytest.mark.takes_long
@pytest.mark.parametrize("page", ENGLISH_PAGES, ids=pair_id)
def test_every_check_of_a_page_and_its_translation_on_a_laptop_and_a_phone(
    visit, site, site_url, page, record_property
):
    """One visit per page and its translation that runs every check of both, at a laptop's size
    and a phone's. The English page is opened on a laptop, as a reader would, and checked; at the
    last section the two pages share, the language switch opens the Chinese page there, which is
    checked in turn. Each page: it loads offline and reads whole, its tables, the font of its
    Chinese, its copy buttons, (a notebook) its cells and download; on some, its code's contrast
    and a screenshot, in the light palette and the dark. Then the tab becomes a phone's, and the
    Chinese page is read at that size; its language switch leads back to the English page, loaded
    at a phone's size, which is read too. Every failure is reported, each under its page and the
    name of its check."""
    translation = counterpart(page)
    failures = []

    def check(there: Path, name: str, run, *args) -> bool:
        try:
            run(visit, there, *args)
        except AssertionError as error:  # also expect()'s
            failures.append(f"{page_id(there)}: {name}: {error}")
            return False
        return True

    def every_check_of(there: Path, seen: int, asked: int) -> None:
        """The checks of the page open, once it loaded: what went wrong, and what was asked of
        other hosts, since problem number `seen` and request number `asked`."""
        check(there, "loads offline and reads whole on a laptop", reads_whole, seen, asked)
        seen, asked = len(visit.problems), len(visit.requests)
        if there in SCREENSHOT_PAGES:
            check(there, "a screenshot, light", screenshot_of_the_page, "light", record_property)
        if there in PALETTE_PAGES:
            check(there, "code is readable in the light palette", code_is_highlighted_and_readable)
        if there in DARK_PAGES:
            check(there, "in the dark palette", in_the_dark_palette, record_property)
        if there in TABLE_PAGES:
            check(there, "tables are visible and their links lead somewhere", tables_lead_somewhere)
        if language_of(there) == "zh":
            check(
                there,
                "Chinese is drawn in its simplified forms",
                chinese_is_drawn_in_simplified_forms,
            )
        check(there, "every code block copies its code", every_code_block_copies_its_code)
        if there in NOTEBOOK_PAGES:
            check(there, "the notebook shows its cells and downloads", notebook_page_works)
        later = visit.problems[seen:] + visit.requests_elsewhere(asked)
        if later:
            failures.append(f"{page_id(there)}: while checking the page:\n" + "\n".join(later))

    def switch_language(there: Path, way: str, fragment: str) -> None:
        """A reader in the section `fragment`, come there by its link (on the page open, the
        link only scrolls there), switches language to the page `there`; if that fails, the
        page is opened from its address."""
        tab.goto(site_url + url_of(counterpart(there)) + fragment)
        if not check(there, way, switches_language_to, site_url, fragment):
            visit.open(url_of(there))

    tab = visit.open(url_of(page))
    every_check_of(page, 0, 0)
    fragment = last_shared_section(site, page)
    seen, asked = len(visit.problems), len(visit.requests)
    switch_language(translation, "the language switcher leads to the same section", fragment)
    every_check_of(translation, seen, asked)

    visit.becomes_a_phones()
    seen, asked = len(visit.problems), len(visit.requests)
    check(translation, "reads whole on a phone", reads_whole_on_a_phone, record_property)
    switch_language(page, "on a phone, the language switcher leads back", fragment)
    check(page, "loads offline and reads whole on a phone", reads_whole_on_a_phone, record_property)
    later = visit.problems[seen:] + visit.requests_elsewhere(asked)
    if later:
        failures.append(f"{page_id(page)}: on a phone:\n" + "\n".join(later))
    assert not failures, "\n\n".join(failures)


def reads_whole(visit: Visit, page: Path, seen: int = 0, asked: int = 0):
    """The page open loaded offline (nothing went wrong, nothing asked of another host, since
    problem number `seen` and request number `asked`, the search index included) and reads whole,
    in its language, saying where it was verified, where it comes from and where to change it."""
    visit.wait_for_search_index()
    problems = visit.problems[seen:] + visit.requests_elsewhere(asked)
    assert not problems, "\n".join(problems)
    tab = visit.tab
    assert tab.locator("html").get_attribute("lang") == language_of(page)
    assert tab.locator("article h1").first.is_visible()
    problems = reading_problems(tab)
    assert not problems, "at 1280×900:\n" + "\n".join(problems)
    expect(tab.locator("article .verified-on")).to_contain_text("TensorFlow 2.")
    expect(tab.locator(f"header a.md-source[href='{REPO_URL}']")).to_be_visible()
    edit = f"{REPO_URL}/edit/main/{page.relative_to(ROOT).as_posix()}"
    expect(tab.locator(f"article a[rel=edit][href='{edit}']")).to_have_count(1)


def reads_whole_on_a_phone(visit: Visit, page: Path, record_property):
    """The page open, in a tab that is a phone's, reads whole; on some pages, a screenshot."""
    tab = visit.tab
    assert tab.evaluate(IS_A_PHONES) == {"width": 390, "height": 844, "touch": True}
    problems = reading_problems(tab)
    assert not problems, "at 390×844:\n" + "\n".join(problems)
    if page in PHONE_SCREENSHOT_PAGES:
        tab.evaluate("() => window.scrollTo(0, 0)")
        record_property("screenshot", screenshot(visit, f"{language_of(page)}-{page.stem}-phone"))


# The size of the window that the page lays itself out in, and whether its pointer is a finger
IS_A_PHONES = """() => ({
    width: innerWidth, height: innerHeight,
    touch: matchMedia('(pointer: coarse)').matches && navigator.maxTouchPoints > 0,
})"""


def reading_problems(tab: Page) -> list[str]:
    """What keeps a reader from reading the page, once Material has set up its code blocks
    (copy buttons, annotations)."""
    tab.wait_for_function(
        "() => document.querySelectorAll('article button[data-md-type=copy]').length >="
        " document.querySelectorAll('article .highlight:has(pre > code)').length"
    )
    return tab.evaluate(READING_PROBLEMS)


def test_what_a_reader_cannot_read_is_found(tmp_path, serve, browser, site_url):
    """The checks of reading.js, on a page built to fail each of them, at a phone's size."""
    (tmp_path / "index.html").write_text(BROKEN_PAGE, encoding="utf-8")
    tab = visit_in(phone := new_context(browser, site_url, PHONE)).open(serve(tmp_path))
    try:
        problems = tab.evaluate(READING_PROBLEMS)
    finally:
        phone.close()
    assert problems == [
        "output line past its box: #> ValueError: Variable x already exists, disallowed. "
        "Did you mean to ",
        "notebook output past its box: [array([[-3.8509488, -2.121961 ]], dtype=float32), "
        "array([[-7.7018976,",
        "notebook cell past the window: x = 1",
        "notebook code 100 px wide in a 358 px page: x = 1",
        'table "NameScopeNote" runs past the window',
        'table "NameScopeNote": "tf.name_scope" broken across lines',
        'table "NameScopeNote": a link to #here has no name',
        'table "NameScopeNote": the link "→" is 13×19 px, under 24×24',
        'table "Wide" scrolls with no sign that it does',
        "a Chinese comment with no translation: # 创建两个变量",
        "the site's name is cut in the header: TF1 variables and scopes, verified",
    ]


# A page with one of each problem that reading.js finds, in the markup Material and
# mkdocs-jupyter write (without their stylesheets).
BROKEN_PAGE = """<!doctype html><html lang="en"><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<style>body { margin: 16px; } pre { overflow: auto; }</style>
<header><div class="md-header__topic"><span class="md-ellipsis" style="display: block;
  width: 100px; overflow: hidden; white-space: nowrap">TF1 variables and scopes, verified</span>
</div></header>
<article>
<div class="highlight"><pre><code><span class="c1"># 创建两个变量</span>
<span class="c1">#> ValueError: Variable x already exists, disallowed. Did you mean to set \
reuse=True</span>
</code></pre></div>
<div class="jp-Cell jp-CodeCell" style="width: 500px; display: flex">
  <div class="jp-InputArea-editor" style="width: 100px"><pre>x = 1</pre></div></div>
<div class="jp-OutputArea-output"><pre>[array([[-3.8509488, -2.121961 ]], dtype=float32), \
array([[-7.7018976, -4.243922 ]], dtype=float32)]</pre></div>
<table><tr><th>Name</th><th>Scope</th><th>Note</th></tr>
<tr><td style="width: 40px; word-break: break-all"><code>tf.name_scope</code></td>
<td><a href="#here">→</a></td>
<td style="white-space: nowrap">a long note that runs on past the right edge of a phone's \
window</td>
</tr></table>
<div style="overflow-x: auto"><table><tr><th>Wide</th></tr>
<tr><td style="white-space: nowrap">a long cell that runs on past the right edge of a phone's window
</td></tr></table></div>
<h2 id="here">Here</h2>
</article>"""


def test_a_request_to_another_host_is_found(tmp_path, serve, context):
    (tmp_path / "index.html").write_text('<img src="http://127.0.0.2:9/logo.png">')
    problems = offline_problems(visit_in(context), serve(tmp_path) + "index.html")
    assert "asks another host for http://127.0.0.2:9/logo.png" in problems


def last_shared_section(site: Path, page: Path) -> str:
    """The #fragment of the last section (h2) that a page and its translation share, or ''."""
    ids = [section_ids(site, p) for p in (page, counterpart(page))]
    both = [id for id in ids[0] if id in ids[1]]
    return f"#{both[-1]}" if both else ""


def switches_language_to(visit: Visit, there: Path, site_url: str, fragment: str):
    """The language switch of the page open leads to `there`, at the same section."""
    tab = visit.tab
    switch_language(tab, language_of(there))
    tab.wait_for_url(site_url + url_of(there) + fragment)
    assert tab.locator("html").get_attribute("lang") == language_of(there)
    if fragment:
        expect(tab.locator(f"[id='{fragment[1:]}']")).to_be_in_viewport()


def section_ids(site: Path, page: Path) -> list[str]:
    """The ids of a page's sections (h2), as built."""
    built = (site / url_of(page) / "index.html").read_text(encoding="utf-8")
    return re.findall(r'<h2 id="([^"]+)"', built)


def switch_language(tab: Page, language: str):
    tab.locator(".md-header__option .md-select").hover()  # the menu opens on hover
    tab.locator(f"a.md-select__link[hreflang={language}]").click()


def test_a_language_switch_that_drops_the_section_is_found(tmp_path, serve, context):
    # Material's language menu, without the site's script that takes the #section along
    (tmp_path / "en.html").write_text(
        '<div class="md-header__option"><div class="md-select">'
        '<a class="md-select__link" hreflang="zh" href="zh.html">中文</a></div></div>'
        '<h2 id="reuse-true">reuse=True</h2>',
        encoding="utf-8",
    )
    (tmp_path / "zh.html").write_text('<h2 id="reuse-true">reuse=True</h2>', encoding="utf-8")
    tab = visit_in(context).open(serve(tmp_path) + "en.html#reuse-true")
    switch_language(tab, "zh")
    tab.wait_for_url("**/zh.html*")
    assert urlsplit(tab.url).fragment == ""


def finds_a_word_and_its_results_open_their_page(visit: Visit, site_url: str, language: str):
    """On the page open, with its search: a word of the language's prose finds the page that
    explains it; every result opens at its heading; the best one, opened, is in the language."""
    term, explained_on = SEARCHES[language]
    tab = visit.tab
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
    # The other results' pages, fetched by the page, each read at the heading its link leads to
    others = tab.evaluate(HEADINGS_OF_PAGES, [url for url, _ in results[1:]])
    for (url, title), heading in zip(results[1:], others, strict=True):
        assert heading == title, f"{url} opens at {heading!r}, not {title!r}"
    url, title = results[0]  # the best result, opened as a reader would
    visit.open(url)
    assert tab.locator("html").get_attribute("lang") == language, (
        f"the best result for {term!r} on the {language} site is in another language: {url}"
    )
    fragment = unquote(urlsplit(url).fragment)
    heading = tab.locator(f"[id='{fragment}']" if fragment else "article h1")
    assert heading_of(heading) == title, f"{url} opens at {heading_of(heading)!r}, not {title!r}"
    assert not visit.problems, "\n".join(visit.problems)


# heading_of, for pages fetched rather than opened: the heading at each URL's fragment (or the
# page's title), its text with white space collapsed as the reader sees it. Each page is fetched
# and parsed once, however many of its sections were found.
HEADINGS_OF_PAGES = """urls => {
    const pages = new Map();
    const pageAt = url => {
        const address = url.split('#')[0];
        if (!pages.has(address)) pages.set(address, fetch(address).then(async response =>
            response.ok
                ? new DOMParser().parseFromString(await response.text(), 'text/html')
                : `${response.status} for ${address}`));
        return pages.get(address);
    };
    return Promise.all(urls.map(async url => {
        const page = await pageAt(url);
        if (typeof page === 'string') return page;
        const fragment = decodeURIComponent(new URL(url).hash.slice(1));
        const element = fragment ? page.getElementById(fragment) : page.querySelector('article h1');
        if (!element) return `no heading`;
        const heading = element.matches('h1, h2, h3, h4')
            ? element : element.querySelector('h1, h2');
        if (!heading) return `no heading`;
        return heading.textContent.replace(/\\s+/g, ' ').trim().replace(/¶+$/, '')
            .replaceAll('\\u200b', '').trim();
    }));
}"""


# Questions a reader asks in each language, as they would type them
QUESTIONS = {
    "en": ["name_scope vs variable_scope", "already exists", "reuse variables"],
    "zh": ["name_scope 和 variable_scope 的区别", "已经存在", "复用"],
}
# Words of a Chinese question that the search must find whole, not character by character
CHINESE_WORDS = ("复用",)
PREVIEW_MAX_PX = 200  # a result with its preview: at least four fit on a phone's screen


@pytest.mark.takes_long
@pytest.mark.parametrize("language", LANGUAGES)
def test_search_answers_in_the_readers_language_with_short_previews(
    visit, site_url_with_search, language
):
    """Questions a reader asks, in each language, on a laptop, and on a phone once the tab has
    become a phone's (the worker builds the index anew on every page load: one serves both);
    then a word that finds the page that explains it."""
    home = site_url_with_search + url_of(DOCS / language / "index.md")
    tab = visit.open(home, with_search=True)
    problems = []
    for device in ("laptop", "phone"):
        if device == "phone":
            visit.becomes_a_phones()
        problems += [
            f"on a {device}: {problem}"
            for question in QUESTIONS[language]
            for problem in search_problems(tab, question, language)
        ]
    # What the search worker fetches is the same on every page of a language: here it runs.
    problems += visit.problems + visit.requests_elsewhere()
    assert not problems, f"the {language} site:\n" + "\n".join(problems)
    visit.becomes_a_laptops()
    finds_a_word_and_its_results_open_their_page(visit, site_url_with_search, language)


def search_problems(tab: Page, question: str, language: str) -> list[str]:
    """What is wrong with the top five results of searching `question` on a page of `language`:
    results in another language, previews taller than PREVIEW_MAX_PX, Chinese words searched for
    character by character."""
    search = tab.locator("input.md-search__input")
    if not search.is_visible():
        tab.locator("label.md-header__button[for=__search]").click()  # a phone's search icon
    search.fill(question)
    search.press("End")  # Material searches on key events, as when a reader types
    results = tab.locator(".md-search-result__item > a.md-search-result__link")
    results.first.wait_for()
    problems = []
    for result in results.all()[:5]:
        url = urlsplit(result.evaluate("a => a.href"))
        found_in = "zh" if "/zh/" in url.path else "en"
        if found_in != language:
            problems.append(f"{question!r}: a result in {found_in}: {url.path}")
        height = result.evaluate("a => a.getBoundingClientRect().height")
        if height > PREVIEW_MAX_PX:
            problems.append(f"{question!r}: the preview of {url.path} is {height:.0f} px tall")
        searched = parse_qs(url.query).get("h", [""])[0]
        for word in CHINESE_WORDS:
            if word in question and word not in searched:
                problems.append(f"{question!r}: searched as {searched!r}, not for {word!r}")
    # Emptied, the box empties its results: the next question's are then its own, not these
    search.fill("")
    search.press("End")
    expect(results).to_have_count(0)
    return problems


def test_search_results_in_another_language_tall_or_split_into_characters_are_found(
    tmp_path, serve, context
):
    # A search box that answers as the site's search did before it had one index per language
    result = (
        '<li class="md-search-result__item"><a class="md-search-result__link" '
        'href="zh/reference/errata/?h=%E5%A4%8D">'
        '<article style="height: 500px">复现</article></a></li>'
    )
    (tmp_path / "index.html").write_text(
        '<meta charset="utf-8"><input class="md-search__input"><ol></ol><script>'
        'document.querySelector("input").addEventListener("keyup", event => '
        f"document.querySelector('ol').innerHTML = event.target.value ? '{result}' : '')</script>",
        encoding="utf-8",
    )
    tab = visit_in(context).open(serve(tmp_path))
    assert search_problems(tab, "复用", "en") == [
        "'复用': a result in zh: /zh/reference/errata/",
        "'复用': the preview of /zh/reference/errata/ is 500 px tall",
        "'复用': searched as '复', not for '复用'",
    ]


def heading_of(element) -> str:
    """The text of a heading, or of a search result's title, as the reader sees it: without
    Material's ¶ permalink, nor the zero-width spaces where jieba cut the words of the index."""
    heading = element.locator("xpath=self::h1 | self::h2 | self::h3 | self::h4 | .//h1 | .//h2")
    return heading.first.inner_text().rstrip("¶").replace("\u200b", "").strip()


def snippet_code_on(page: Path) -> list[str]:
    """The code of each snippet shown on a page, as its copy button should copy it."""
    if page.suffix == ".ipynb":
        notebook = nbformat.read(page, as_version=4)
        code = [cell.source for cell in notebook.cells if cell.cell_type == "code"]
    else:
        code = [(ROOT / path).read_text(encoding="utf-8") for path in snippets_shown_on(page)]
    return [chinese_code(c) for c in code] if language_of(page) == "zh" else code


# A code block in a content tab that is not selected is hidden: select its tab, as a reader would.
SELECT_ITS_TAB = """element => {
    const block = element.closest('.tabbed-block');
    if (!block) return;
    const index = [...block.parentElement.children].indexOf(block);
    block.closest('.tabbed-set').querySelectorAll(':scope > .tabbed-labels > label')[index].click();
}"""


# The code of a block as the reader sees it: its text, without the translations of its comments
# (Material's annotations), which Material's own copy leaves out the same way.
CODE_AS_SHOWN = """block => {
    const code = block.querySelector('code') || block;
    code.setAttribute('data-md-copying', '');
    const text = block.innerText;
    code.removeAttribute('data-md-copying');
    return text;
}"""


# Each code block's copy button pressed as a reader would, in one round trip: its content tab
# selected, the button scrolled into view and the topmost element at its centre (where a reader's
# click lands), clicked. What each click hands the browser to copy is recorded where it is handed
# over, with whether the browser took it: Material's buttons (clipboard.js) select the code in a
# hidden field and call document.execCommand('copy') as they handle the click, which fires a copy
# event; mkdocs-jupyter's call navigator.clipboard.writeText. The clipboard itself is read once,
# after the last click, to show that what was handed over is what it holds: read after every
# click, it made Chromium draw the page between clicks, half of what the check cost.
COPY_EVERY_BUTTON = f"""async ([blocks, buttons]) => {{
    const selectItsTab = {SELECT_ITS_TAB};
    const codeAsShown = {CODE_AS_SHOWN};
    blocks = [...document.querySelectorAll(blocks)];
    buttons = [...document.querySelectorAll(buttons)];
    let handed = null;  // what the click handed over to copy: {{text, taken}}
    const selected = () => {{
        const field = document.activeElement;
        return field && 'value' in field
            ? field.value.slice(field.selectionStart, field.selectionEnd)
            : String(getSelection());
    }};
    const seeCopy = () => {{ handed = {{text: selected(), taken: null}}; }};
    const {{execCommand}} = document, {{writeText}} = navigator.clipboard;
    document.execCommand = function (command, ...rest) {{
        const done = execCommand.call(this, command, ...rest);
        if (command === 'copy' && handed) handed.taken = done;
        return done;
    }};
    navigator.clipboard.writeText = function (text) {{
        const written = writeText.call(this, text);
        handed = {{text, taken: written.then(() => true, () => false)}};
        return written;
    }};
    document.addEventListener('copy', seeCopy, true);
    const copies = [];
    try {{
        for (const [i, button] of buttons.entries()) {{
            selectItsTab(button);
            button.scrollIntoView({{block: 'center', inline: 'center'}});
            const box = button.getBoundingClientRect();
            const centre = [box.left + box.width / 2, box.top + box.height / 2];
            const hit = document.elementFromPoint(...centre);
            let problem = null;
            if (!button.checkVisibility() || !box.width || !box.height) problem = 'is not visible';
            else if (button.disabled) problem = 'is disabled';
            else if (!hit || !(hit === button || button.contains(hit))) {{
                problem = `is under ${{hit ? hit.outerHTML.slice(0, 80) : 'nothing'}}`;
            }}
            handed = null;
            button.click();
            const taken = handed && await handed.taken;
            const copied = handed && handed.text, shown = codeAsShown(blocks[i]);
            copies.push({{copied, taken, shown, problem}});
        }}
    }} finally {{
        document.removeEventListener('copy', seeCopy, true);
        delete document.execCommand;
        delete navigator.clipboard.writeText;
    }}
    return {{copies, onTheClipboard: await navigator.clipboard.readText()}};
}}"""


def every_code_block_copies_its_code(visit: Visit, page: Path):
    tab = visit.tab
    blocks, buttons = tab.locator(CODE_BLOCKS), tab.locator(COPY_BUTTONS)
    expect(buttons, f"{page_id(page)}: a code block has no copy button").to_have_count(
        blocks.count()
    )
    copied, problems = press_every_copy_button(tab)
    assert not problems, f"{page_id(page)}:\n" + "\n".join(problems)
    copied = [text.rstrip("\n") for text in copied]
    for code in snippet_code_on(page):
        assert code.rstrip("\n") in copied, f"{page_id(page)}: no copy button copies\n{code}"


def press_every_copy_button(tab: Page) -> tuple[list[str], list[str]]:
    """What the copy buttons of the page open copied, and what is wrong with them: a button that
    a reader cannot press, or that copies nothing, or other than the code of its block; a
    clipboard that does not hold what the last one copied."""
    result = tab.evaluate(COPY_EVERY_BUTTON, [CODE_BLOCKS, COPY_BUTTONS])
    copies, problems = result["copies"], []
    for number, copy in enumerate(copies, 1):
        if copy["problem"]:
            problems.append(f"copy button {number} {copy['problem']}")
        elif copy["copied"] is None:
            problems.append(f"copy button {number} copies nothing")
        elif not copy["taken"]:
            problems.append(f"copy button {number}: the browser did not copy {copy['copied']!r}")
        elif copy["copied"].rstrip("\n") != copy["shown"].rstrip("\n"):
            problems.append(f"copy button {number} copies {copy['copied']!r}")
    if copies and result["onTheClipboard"] != copies[-1]["copied"]:
        problems.append(f"the clipboard holds {result['onTheClipboard']!r}, not the last copy")
    return [copy["copied"] or "" for copy in copies], problems


def notebook_page_works(visit: Visit, page: Path):
    """The notebook page shows its cells and outputs, and downloads the notebook."""
    tab = visit.tab
    notebook = nbformat.read(page, as_version=4)
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert tab.locator(f"article {CODE_CELL}").count() == len(code_cells)
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


# The tables of a page: whether each is visible, and for each link in it to this host, what
# fetching its page answers, all fetched at once, each page once.
TABLES_AND_THEIR_LINKS = """async () => {
    const tables = [...document.querySelectorAll('article table:not(.highlighttable)')];
    const fetched = new Map();
    const fetchOnce = url => {
        if (!fetched.has(url)) fetched.set(url, fetch(url).then(async response => ({
            status: response.status, ok: response.ok,
            text: response.ok ? await response.text() : '',
        })));
        return fetched.get(url);
    };
    return Promise.all(tables.map(async table => {
        const box = table.getBoundingClientRect();
        const visible = table.checkVisibility({visibilityProperty: true})
            && box.width > 0 && box.height > 0;
        const links = await Promise.all([...table.querySelectorAll('a[href]')].map(async link => {
            const target = new URL(link.href);
            if (target.host !== location.host) return null;
            const fragment = decodeURIComponent(target.hash.slice(1));
            target.hash = '';
            const response = await fetchOnce(target.href);
            return {
                href: link.getAttribute('href'), status: response.status, ok: response.ok,
                fragment, anchored: !fragment || response.text.includes(`id="${fragment}"`),
            };
        }));
        return {visible, links: links.filter(Boolean)};
    }));
}"""


def table_problems(visit: Visit, url: str | None = None) -> list[str]:
    """What is wrong with the tables of the page at `url` (or the page open): hidden tables,
    links that lead nowhere (a missing page, or a missing anchor on it). Links to other hosts are
    not followed: the tests run offline."""
    tab = visit.open(url) if url is not None else visit.tab
    problems = []
    for number, table in enumerate(tab.evaluate(TABLES_AND_THEIR_LINKS), 1):
        if not table["visible"]:
            problems.append(f"table {number} is not visible")
        for link in table["links"]:
            where = f"table {number}: {link['href']}"
            if not link["ok"]:
                problems.append(f"{where}: {link['status']}")
            elif not link["anchored"]:
                problems.append(f"{where}: no #{link['fragment']} on that page")
    return problems


def tables_lead_somewhere(visit: Visit, page: Path):
    """The page's tables are visible and their links lead somewhere."""
    problems = table_problems(visit)
    assert not problems, f"{page_id(page)}:\n" + "\n".join(problems)


def test_a_hidden_table_and_broken_links_in_tables_are_found(tmp_path, serve, context):
    (tmp_path / "index.html").write_text(
        "<article><table><tr><td>"
        '<a href="other.html#here">fine</a> <a href="missing.html">no page</a> '
        '<a href="other.html#nowhere">no anchor</a> <a href="https://example.com/">elsewhere</a>'
        '</td></tr></table><table style="display: none"><tr><td>hidden</td></tr></table></article>'
    )
    (tmp_path / "other.html").write_text('<h2 id="here">Here</h2>')
    assert table_problems(visit_in(context), serve(tmp_path) + "index.html") == [
        "table 1: missing.html: 404",
        "table 1: other.html#nowhere: no #nowhere on that page",
        "table 2 is not visible",
    ]


def open_in_palette(visit: Visit, page: Path, scheme: str) -> Page:
    """Open a page for a reader whose system prefers `scheme`: Material picks its palette."""
    visit.tab.emulate_media(color_scheme=scheme)
    tab = visit.open(url_of(page))
    expect(tab.locator("body")).to_have_attribute("data-md-color-scheme", SCHEMES[scheme])
    return tab


DARK_PAGES = [page for page in ALL_PAGES if page in PALETTE_PAGES or page in SCREENSHOT_PAGES]


# Material's dark palette, as it marks the page's body: the same whether it picked the palette as
# the page loaded or the reader chose it with the toggle.
DARK_PALETTE = {
    "data-md-color-scheme": "slate",
    "data-md-color-media": "(prefers-color-scheme: dark)",
}


def shows_the_dark_palette(tab: Page):
    for name, value in DARK_PALETTE.items():
        expect(tab.locator("body")).to_have_attribute(name, value)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reader_who_prefers_dark_gets_the_dark_palette(visit, language):
    shows_the_dark_palette(open_in_palette(visit, DOCS / language / "index.md", "dark"))


def in_the_dark_palette(visit: Visit, page: Path, record_property):
    """The page open, switched to the dark palette with its toggle (the same palette that Material
    picks as a page loads for a reader who prefers dark): its code readable, its screenshot; then
    back to the light one."""
    tab = visit.tab
    toggle = tab.locator("[data-md-component=palette] label:not([hidden])")
    toggle.click()
    shows_the_dark_palette(tab)
    try:
        if page in PALETTE_PAGES:
            code_is_highlighted_and_readable(visit, page)
        if page in SCREENSHOT_PAGES:
            screenshot_of_the_page(visit, page, "dark", record_property)
    finally:
        toggle.click()
        expect(tab.locator("body")).to_have_attribute("data-md-color-scheme", SCHEMES["light"])


def code_is_highlighted_and_readable(visit: Visit, page: Path):
    """Every text in the page's code blocks contrasts enough with its background, in the palette
    shown, and every Python block is highlighted."""
    tab = visit.tab
    scheme = tab.locator("body").get_attribute("data-md-color-scheme")
    # Every code block, and every Python block, read in one round trip
    every_block, python_blocks = tab.evaluate(
        f"([selectors, minimum]) => selectors.map(selector => "
        f"[...document.querySelectorAll(selector)].map(block => ({CONTRASTS})(block, minimum)))",
        [["article pre", PYTHON_BLOCKS], WCAG_AA],
    )
    for number, block in enumerate(every_block, 1):
        faint = {
            f"{text['text'][:40]!r} in {text['colour']}: {text['contrast']:.2f}:1"
            for text in block["faint"]
        }
        assert not faint, (
            f"{page_id(page)}, code block {number}, palette {scheme}: text fainter than "
            f"{WCAG_AA}:1 against its background:\n" + "\n".join(sorted(faint))
        )
    for number, block in enumerate(python_blocks, 1):
        assert len(block["colours"]) > 1, (
            f"{page_id(page)}: Python block {number} is not highlighted"
        )


def screenshot_of_the_page(visit: Visit, page: Path, scheme: str, record_property):
    """A screenshot of the page open, from its top, in the palette `scheme` it shows."""
    tab = visit.tab
    expect(tab.locator("body")).to_have_attribute("data-md-color-scheme", SCHEMES[scheme])
    tab.evaluate("() => window.scrollTo(0, 0)")
    record_property("screenshot", screenshot(visit, f"{language_of(page)}-{page.stem}-{scheme}"))


def test_palette_toggle_switches_between_light_and_dark(visit):
    tab = visit.open("")
    for scheme in ("slate", "default", "slate"):
        tab.locator("[data-md-component=palette] label:not([hidden])").click()
        expect(tab.locator("body")).to_have_attribute("data-md-color-scheme", scheme)


def test_faint_code_and_a_python_block_without_highlighting_are_found(tmp_path, serve, context):
    pages = {
        "faint.html": '<pre><code>print(x)  <span style="color: #bbb">#&gt; 1</span></code></pre>',
        "plain.html": '<div class="language-python"><pre><code>print(x)</code></pre></div>',
    }
    for name, code in pages.items():
        (tmp_path / name).write_text(f"<body><article>{code}</article></body>", encoding="utf-8")
    visit, home = visit_in(context), DOCS / "en" / "index.md"
    visit.open(serve(tmp_path) + "faint.html")
    with pytest.raises(
        AssertionError, match=r"code block 1.*\n\s*'#> 1' in rgb\(187, 187, 187\): 1.92:1"
    ):
        code_is_highlighted_and_readable(visit, home)
    visit.open(serve(tmp_path) + "plain.html")
    with pytest.raises(AssertionError, match="Python block 1 is not highlighted"):
        code_is_highlighted_and_readable(visit, home)


def fonts_rendering(tab: Page, selector: str) -> list[str]:
    """The fonts Chromium drew the text of the first `selector` with (as its DevTools show)."""
    devtools = tab.context.new_cdp_session(tab)
    devtools.send("DOM.enable")
    devtools.send("CSS.enable")
    document = devtools.send("DOM.getDocument")
    node = devtools.send(
        "DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": selector}
    )
    fonts = devtools.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
    return [font["familyName"] for font in fonts if font["glyphCount"]]


def chinese_is_drawn_in_simplified_forms(visit: Visit, page: Path):
    """The title's Chinese is drawn in the Simplified Chinese font (CHINESE_FONT), not in another
    CJK font's forms of the same characters (Japanese ones, for a page not marked as Chinese)."""
    fonts = fonts_rendering(visit.tab, "article h1")
    cjk = [font for font in fonts if "CJK" in font]
    assert cjk == [CHINESE_FONT["fontFamilies"]["sansSerif"]], (
        f"{page_id(page)}: its title is drawn in {fonts}"
    )


def test_chinese_drawn_in_its_japanese_forms_is_found(tmp_path, serve, context):
    """A title marked as Japanese is drawn in Noto Sans CJK JP: the check says so; marked as
    Chinese, the same title passes it."""
    for language in ("zh", "ja"):
        (tmp_path / f"{language}.html").write_text(
            f'<html lang="{language}"><meta charset="utf-8">'
            "<article><h1>变量与作用域</h1></article>",
            encoding="utf-8",
        )
    visit, home = visit_in(context), DOCS / "zh" / "index.md"
    visit.open(serve(tmp_path) + "zh.html")
    chinese_is_drawn_in_simplified_forms(visit, home)
    visit.open(serve(tmp_path) + "ja.html")
    with pytest.raises(AssertionError, match=r"its title is drawn in \['Noto Sans CJK JP'\]"):
        chinese_is_drawn_in_simplified_forms(visit, home)


def screenshot(visit: Visit, name: str) -> str:
    """A screenshot of the whole page in screenshots/; its path, which the end of the run lists
    (conftest.py)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    path.write_bytes(whole_page_png(visit))
    assert path.stat().st_size > 0
    return str(path)


def whole_page_png(visit: Visit) -> bytes:
    """The whole page, as Playwright's full-page screenshot takes it, through the tab's DevTools:
    at a phone's size, Playwright's own would lay the page out again at its context's size, a
    laptop's, and keep it so; and PNG encoded for speed, a quarter bigger, a third cheaper."""
    devtools = visit.as_a_phone or visit.tab.context.new_cdp_session(visit.tab)
    try:
        size = devtools.send("Page.getLayoutMetrics")["cssContentSize"]
        whole = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
        fast = {"format": "png", "optimizeForSpeed": True}
        shot = devtools.send(
            "Page.captureScreenshot", {**fast, "captureBeyondViewport": True, "clip": whole}
        )
    finally:
        if devtools is not visit.as_a_phone:
            devtools.detach()
    return base64.b64decode(shot["data"])


# Each element of the page: its box, where it is on the page, and whether it shows
LAYOUT = """() => [...document.querySelectorAll('body *')].map(element => {
    const box = element.getBoundingClientRect(), style = getComputedStyle(element);
    return [element.tagName, element.id, Math.round(box.x), Math.round(box.y + scrollY),
            Math.round(box.width), Math.round(box.height), style.display, style.visibility];
})"""


@pytest.mark.takes_long
def test_a_page_laid_out_anew_for_a_phone_is_as_if_loaded_on_a_phone(visit, phone):
    """What the one visit of a page and its translation reads at a phone's size
    (Visit.becomes_a_phones) is what a phone that loads the page shows: every element in the same
    box, shown or hidden alike. A reference page with tables, content tabs and annotations."""
    page = url_of(DOCS / "en" / "reference" / "tf2.md")
    phone.open(page)
    reading_problems(phone.tab)  # once Material has set the page up, as the visit's checks do
    phone.tab.evaluate(SETTLED)
    visit.open(page)
    reading_problems(visit.tab)
    visit.tab.evaluate(SETTLED)
    visit.becomes_a_phones()
    assert visit.tab.evaluate(LAYOUT) == phone.tab.evaluate(LAYOUT)


def test_copy_buttons_that_copy_nothing_or_other_code_or_are_covered_are_found(
    tmp_path, serve, context
):
    # Copy buttons as Material's work (a hidden field's text selected, then the copy command),
    # one of each problem; on the last, the page's own copy handler puts other text on the
    # clipboard.
    def block(code: str, copies: str | None, covered: bool = False) -> str:
        button = '<button class="md-code__button" data-md-type="copy"'
        button += f" onclick=\"copy('{copies}')\">copy</button>" if copies else ">copy</button>"
        if covered:
            cover = '<div id="cover" style="position: absolute; inset: 0"></div>'
            button = f'<span style="position: relative">{button}{cover}</span>'
        return f'<div class="highlight"><pre><code>{code}</code></pre></div>{button}'

    (tmp_path / "index.html").write_text(
        "<article>"
        + block("x = 1", "x = 1")
        + block("y = 2", None)
        + block("z = 3", "z = 4")
        + block("w = 5", "w = 5", covered=True)
        + block("v = 6", "v = 6")
        + "</article><script>"
        "function copy(text) { const field = document.createElement('textarea');"
        " field.value = text; document.body.append(field); field.select();"
        " document.execCommand('copy'); field.remove(); }"
        "document.addEventListener('copy', event => {"
        " if (document.activeElement.value !== 'v = 6') return;"
        " event.preventDefault(); event.clipboardData.setData('text/plain', 'other text'); });"
        "</script>",
        encoding="utf-8",
    )
    tab = visit_in(context).open(serve(tmp_path))
    copied, problems = press_every_copy_button(tab)
    assert copied == ["x = 1", "", "z = 4", "w = 5", "v = 6"]
    assert problems == [
        "copy button 2 copies nothing",
        "copy button 3 copies 'z = 4'",
        'copy button 4 is under <div id="cover" style="position: absolute; inset: 0"></div>',
        "the clipboard holds 'other text', not the last copy",
    ]


def test_the_search_worker_left_out_answers_empty_and_a_wrong_address_still_fails(tmp_path, serve):
    worker = "assets/javascripts/workers/search.0123abcd.min.js"
    (tmp_path / worker).parent.mkdir(parents=True)
    (tmp_path / worker).write_text("// Material's search worker", encoding="utf-8")
    base = serve(tmp_path, HandlerWithoutSearch)
    assert urlopen(base + worker).read().decode() == WORKER_STUB
    with pytest.raises(HTTPError, match="404"):
        urlopen(base + "zh/" + worker)  # where a page of another language might look for it
