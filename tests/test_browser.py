"""The built site as a reader meets it, in headless Chromium: what this project makes of Material.

Each test is one behaviour, parametrized over the pages of both languages or a reader's screen: a
laptop's window (1280×900) or a phone's (390×844). A page is loaded once, in a browser context of
its own, for the tests that only read it (`opened`); a test that leaves the page, or needs a reader
of its own, opens one (`reader`). `browser` and `site_url` are tests/conftest.py's: the hosted
build, served on localhost under its sub-path. The site works offline: a request to another host
fails. Beside each check, a test proves that it fails for its case, on a page made to fail it
(`..._are_found`). Screenshots land in screenshots/."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import nbformat
import pytest
from axe_playwright_python.sync_playwright import Axe
from comment_translations import chinese_code
from playwright.sync_api import Page, expect

from project import DOCS, HOSTED, LANGUAGES, ROOT, pages, snippets_shown_on, translation, url_of

TIMEOUT_MS = 120_000  # generous: a slow machine makes the tests slow, never failed
expect.set_options(timeout=TIMEOUT_MS)
SIZES = {
    "laptop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}
ALL_PAGES = [page for language in LANGUAGES for page in pages(language)]


def page_id(page: Path) -> str:
    return "/" + url_of(page)


# Every page, its tests together on one pytest-xdist worker, which loads it once (`opened`)
ON_EACH_PAGE = [
    pytest.param(page, id=page_id(page), marks=pytest.mark.xdist_group(page_id(page)))
    for page in ALL_PAGES
]
# Screenshots of the home page and an article (light and dark), and on a phone of pages with
# tables, content tabs and notebook cells
SCREENSHOTS = ROOT / "screenshots"
SCREENSHOT_PAGES = {
    "laptop": ("index", "scopes-and-creation"),
    "phone": ("index", "tf2", "variable-vs-get-variable"),
}
SEARCH_INDEX = "search/search_index.json"  # Material's worker fetches it on every page
# Chromium draws a page marked lang="zh" in the font its settings give Simplified Chinese (Hans):
# Debian's chromium, Noto Sans CJK SC. The headless shell has no such settings, and would draw it
# in Noto Sans CJK JP, the Japanese forms of the characters; this gives it Chromium's. (DevTools:
# Playwright has no API for fonts.)
CHINESE_FONT = {
    "script": "Hans",
    "fontFamilies": {"standard": "Noto Sans CJK SC", "sansSerif": "Noto Sans CJK SC"},
}
# The code blocks of a page and their copy buttons: Material's on Markdown pages, mkdocs-jupyter's
# on a notebook's code cells (whose divs nest in others of the same classes).
CODE_CELL = ".jp-CodeCell:not(:has(.jp-CodeCell))"
CODE_BLOCKS = f"article .highlight:has(pre > code), article {CODE_CELL} .jp-InputArea pre"
COPY_BUTTONS = (
    f"article button.md-code__button[data-md-type=copy], article {CODE_CELL} clipboard-copy"
)
READING = (Path(__file__).parent / "reading.js").read_text(encoding="utf-8")


def language_of(page: Path) -> str:
    return page.relative_to(DOCS).parts[0]


def counterpart(page: Path) -> Path:
    return translation(page, next(lang for lang in LANGUAGES if lang != language_of(page)))


@dataclass
class Reader:
    """A new reader's tab, what it asked for, and what went wrong in it."""

    tab: Page
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def offline_problems(self) -> list[str]:
        """What went wrong (failed requests, errors), and what was asked of another host."""
        here = "{0.scheme}://{0.netloc}/".format(urlsplit(self.tab.url))
        elsewhere = [u for u in self.requests if not u.startswith((here, "data:", "blob:"))]
        return self.problems + [f"asks another host for {url}" for url in elsewhere]


def new_reader(browser, site_url: str, size: str = "laptop") -> Reader:
    """A tab of a browser context of its own, at the size of SIZES[size], for a reader whose
    system prefers reduced motion (no menu transitions to wait out)."""
    device = {**SIZES[size], "reduced_motion": "reduce"}
    context = browser.new_context(base_url=site_url, **device)
    context.set_default_timeout(TIMEOUT_MS)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    reader = Reader(tab := context.new_page())
    fonts = {"fontFamilies": {}, "forScripts": [CHINESE_FONT]}
    context.new_cdp_session(tab).send("Page.setFontFamilies", fonts)
    note = reader.problems.append
    tab.on("request", lambda r: reader.requests.append(r.url))
    # net::ERR_ABORTED: the reader left the page before a request ended, as tests do
    tab.on(
        "requestfailed", lambda r: r.failure == "net::ERR_ABORTED" or note(f"{r.url}: {r.failure}")
    )
    tab.on("response", lambda r: r.status < 400 or note(f"{r.url}: {r.status}"))
    tab.on("console", lambda m: m.type != "error" or note(f"console: {m.text}"))
    tab.on("pageerror", lambda error: note(f"script error: {error}"))
    return reader


@pytest.fixture
def reader(browser, site_url):
    """reader(size): a new reader (new_reader), closed after the test."""
    readers = []

    def new(size: str = "laptop") -> Reader:
        readers.append(new_reader(browser, site_url, size))
        return readers[-1]

    yield new
    for there in readers:
        there.tab.context.close()


@pytest.fixture(scope="session")
def opened(browser, site_url):
    """opened(page, size): a new reader's tab on the page, loaded (with the search index) and set
    up once for every test of that page that only reads it or puts it back as it was. The tests
    of a page run one after another on one pytest-xdist worker (ON_EACH_PAGE's xdist_group), so
    only that page's tabs stay open."""
    tabs: dict[tuple[Path, str], Reader] = {}

    def open_page(page: Path, size: str = "laptop") -> Reader:
        for other in [key for key in tabs if key[0] != page]:
            tabs.pop(other).tab.context.close()
        if (page, size) not in tabs:
            there = new_reader(browser, site_url, size)
            with there.tab.expect_response(lambda response: response.url.endswith(SEARCH_INDEX)):
                there.tab.goto(url_of(page))
            tabs[page, size] = there
        return tabs[page, size]

    yield open_page
    for there in tabs.values():
        there.tab.context.close()


def set_up(tab: Page) -> Page:
    """Wait until Material has set up the code blocks of the page open."""
    tab.wait_for_function(
        "() => document.querySelectorAll('article button[data-md-type=copy]').length >="
        " document.querySelectorAll('article .highlight:has(pre > code)').length"
    )
    return tab


def test_every_built_page_is_tested(site):
    built = {p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")}
    tested = {url_of(page).rstrip("/") or "." for page in ALL_PAGES}
    assert built == tested, f"pages the browser tests miss: {sorted(built - tested)}"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("page", ON_EACH_PAGE)
def test_a_page_loads_offline_and_reads_whole(opened, page, size, record_property):
    """The page loads (with the search index) asking nothing of another host, with no failed
    request or script error; in its language, a Chinese page in Noto Sans CJK SC; its Python
    highlighted, its tables shown with links that lead somewhere, nothing cut off at the window's
    size (reading.js); saying where it was verified, where it comes from and where to edit it."""
    tab = (there := opened(page, size)).tab
    assert tab.locator("html").get_attribute("lang") == language_of(page)
    problems = set_up(tab).evaluate(READING)
    problems += [f"Python block {n} is not highlighted" for n in unhighlighted_python(tab)]
    if language_of(page) == "zh":
        problems += chinese_font_problems(tab)
    problems += there.offline_problems()
    assert not problems, f"{page_id(page)} on a {size}:\n" + "\n".join(problems)
    expect(tab.locator("article .verified-on")).to_contain_text("TensorFlow 2.")
    edit = f"{HOSTED['REPO_URL']}/edit/main/{page.relative_to(ROOT).as_posix()}"
    expect(tab.locator(f"article a[rel=edit][href='{edit}']")).to_have_count(1)
    if size == "laptop":
        expect(tab.locator(f"header a.md-source[href='{HOSTED['REPO_URL']}']")).to_be_visible()
    if page.stem in SCREENSHOT_PAGES[size]:
        record_property("screenshot", screenshot(tab, page, "light" if size == "laptop" else size))


def unhighlighted_python(tab: Page) -> list[int]:
    """The numbers of the page's Python blocks drawn in one colour: not highlighted."""
    colours = tab.evaluate(
        "() => [...document.querySelectorAll('article .language-python pre, article .hl-python"
        " pre')].map(pre => new Set([pre, ...pre.querySelectorAll('*')].map(e =>"
        " getComputedStyle(e).color)).size)"
    )
    return [number for number, count in enumerate(colours, 1) if count < 2]


def chinese_font_problems(tab: Page) -> list[str]:
    """The title's Chinese drawn in another font than Noto Sans CJK SC (CHINESE_FONT), as
    Chromium's DevTools show it (Playwright has no API for the fonts a text is drawn in)."""
    devtools = tab.context.new_cdp_session(tab)
    devtools.send("DOM.enable")
    devtools.send("CSS.enable")
    document = devtools.send("DOM.getDocument")["root"]["nodeId"]
    title = devtools.send("DOM.querySelector", {"nodeId": document, "selector": "h1"})
    fonts = devtools.send("CSS.getPlatformFontsForNode", {"nodeId": title["nodeId"]})["fonts"]
    cjk = [
        font["familyName"] for font in fonts if font["glyphCount"] and "CJK" in font["familyName"]
    ]
    wanted = CHINESE_FONT["fontFamilies"]["sansSerif"]
    return [] if cjk == [wanted] else [f"its title's Chinese is drawn in {cjk}, not {wanted}"]


def screenshot(tab: Page, page: Path, look: str) -> str:
    """The whole page, in screenshots/; its path, which the end of the run lists (conftest.py)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{language_of(page)}-{page.stem}-{look}.png"
    tab.screenshot(path=path, full_page=True)
    return str(path)


def test_every_section_has_the_same_id_in_both_languages(site):
    """What the language switch relies on to keep the reader's section. Not on the notebook,
    whose ids Jupyter gives, nor on the contributing page, which includes CONTRIBUTING*.md,
    read on GitHub too, where a `{ #id }` would show: their switch opens the other page's top."""
    differ = []
    for page in pages(LANGUAGES[0]):
        if page.suffix == ".md" and page.stem != "contributing":
            found = [
                re.findall(r'<h[2-6] id="([^"]+)"', built(site, p))
                for p in (page, counterpart(page))
            ]
            if set(found[0]) != set(found[1]):
                differ.append(f"{page_id(page)}: {sorted(set(found[0]) ^ set(found[1]))}")
    assert not differ, "give these headings the same `{ #id }` in both languages:\n" + "\n".join(
        differ
    )


# The switch is one script on every page: tried from a reference page, a notebook and the home page
SWITCHED_FROM = [DOCS / "en/reference/scopes.md", DOCS / "zh/reference/errors.md"]
SWITCHED_FROM += [DOCS / "zh/articles/variable-vs-get-variable.ipynb", DOCS / "en/index.md"]


@pytest.mark.parametrize("page", SWITCHED_FROM, ids=page_id)
def test_the_language_switch_keeps_the_section(reader, site, site_url, page):
    """A reader in the last section a page and its translation share switches language: the
    translation opens at that section (overrides/assets/javascripts/language-switch.js)."""
    sections = [re.findall(r'<h2 id="([^"]+)"', built(site, p)) for p in (page, counterpart(page))]
    fragment = next((f"#{id}" for id in reversed(sections[0]) if id in sections[1]), "")
    tab = reader().tab
    tab.goto(url_of(page) + fragment, wait_until="domcontentloaded")  # Material's script has run
    switches_language(tab, language_of(counterpart(page)), site_url + url_of(counterpart(page)))


def built(site: Path, page: Path) -> str:
    return (site / url_of(page) / "index.html").read_text(encoding="utf-8")


def switches_language(tab: Page, language: str, there: str):
    """The language menu of the page open leads to `there`, at the section open, in view."""
    fragment = urlsplit(tab.url).fragment
    tab.locator(".md-header__option .md-select").hover()  # the menu opens on hover
    with tab.expect_navigation(wait_until="domcontentloaded"):
        tab.locator(f"a.md-select__link[hreflang={language}]").click()
    wanted = there + (f"#{fragment}" if fragment else "")
    assert tab.url == wanted, f"the language switch leads to {tab.url}, not {wanted}"
    assert tab.locator("html").get_attribute("lang") == language
    if fragment:
        expect(tab.locator(f"[id='{unquote(fragment)}']")).to_be_in_viewport()


# Questions a reader asks in each language, as they would type them; words of a Chinese question
# that the search must find whole, not character by character.
QUESTIONS = {
    "en": ["name_scope vs variable_scope", "already exists", "reuse variables"],
    "zh": ["name_scope 和 variable_scope 的区别", "已经存在", "复用"],
}
CHINESE_WORDS = ("复用",)
PREVIEW_MAX_PX = 200  # a result with its preview: at least four fit on a phone's screen
SEARCH = (Path(__file__).parent / "search.js").read_text(encoding="utf-8")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_search_answers_in_the_readers_language_with_short_previews(reader, language, size):
    there = reader(size)
    there.tab.goto(url_of(DOCS / language / "index.md"))
    problems = search_problems(there.tab, QUESTIONS[language], language)
    problems += there.offline_problems()
    assert not problems, f"the {language} site on a {size}:\n" + "\n".join(problems)


def search_problems(tab: Page, questions: list[str], language: str) -> list[str]:
    """In the top five results of each question on a page of `language` (search.js): results in
    another language, previews taller than PREVIEW_MAX_PX, Chinese words searched character by
    character."""
    if not tab.locator("input.md-search__input").is_visible():
        tab.locator("label.md-header__button[for=__search]").click()  # a phone's search icon
    problems = []
    for question, results in zip(questions, tab.evaluate(SEARCH, [questions, 5]), strict=True):
        for result in results:
            url = urlsplit(result["links"][0])
            found_in = "zh" if "/zh/" in url.path else "en"
            if found_in != language:
                problems.append(f"{question!r}: a result in {found_in}: {url.path}")
            if result["height"] > PREVIEW_MAX_PX:
                tall = f"the preview of {url.path} is {result['height']:.0f} px tall"
                problems.append(f"{question!r}: {tall}")
            searched = parse_qs(url.query).get("h", [""])[0]
            for word in CHINESE_WORDS:
                if word in question and word not in searched:
                    problems.append(f"{question!r}: searched as {searched!r}, not for {word!r}")
    return problems


# Copy button `i` pressed: its content tab selected, the button scrolled into view, what lies at
# its centre (where a reader's click lands) noted, the clipboard emptied, the button clicked, the
# clipboard read; with its block's code as shown, without the translations of its comments
# (Material's annotations, which its copy leaves out the same way). One button an evaluate: each
# gives the page the user activation that a copy needs, which lasts 5 s.
PRESS_COPY_BUTTON = """async ([blocks, buttons, i]) => {
    const block = document.querySelectorAll(blocks)[i];
    const button = document.querySelectorAll(buttons)[i];
    const inTab = button.closest('.tabbed-block');
    if (inTab) inTab.closest('.tabbed-set').querySelectorAll(':scope > .tabbed-labels > label')
        [[...inTab.parentElement.children].indexOf(inTab)].click();
    button.scrollIntoView({block: 'center', inline: 'center'});
    const box = button.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const code = block.querySelector('code') || block;
    code.setAttribute('data-md-copying', '');
    const shown = block.innerText;
    code.removeAttribute('data-md-copying');
    await navigator.clipboard.writeText('');
    button.click();
    await new Promise(done => setTimeout(done));  // mkdocs-jupyter's copies asynchronously
    return {shown, copied: await navigator.clipboard.readText(),
            shows: button.checkVisibility() && box.width > 0 && box.height > 0,
            under: hit && !button.contains(hit) ? hit.outerHTML.slice(0, 80) : null};
}"""


@pytest.mark.parametrize("page", ON_EACH_PAGE)
def test_copy_buttons_copy_the_code_as_shown(opened, page):
    """Every code block has a copy button that copies its code as shown: each snippet's code,
    on the Chinese pages with its comments in Chinese (hooks/comment_translations.py)."""
    tab = set_up(opened(page).tab)
    blocks, buttons = tab.locator(CODE_BLOCKS), tab.locator(COPY_BUTTONS)
    expect(buttons, f"{page_id(page)}: a code block has no copy button").to_have_count(
        blocks.count()
    )
    copied, problems = copy_problems(tab)
    assert not problems, f"{page_id(page)}:\n" + "\n".join(problems)
    for code in snippet_code_on(page):
        assert code.rstrip("\n") in copied, f"{page_id(page)}: no copy button copies\n{code}"


def copy_problems(tab: Page) -> tuple[list[str], list[str]]:
    """What the copy buttons of the page open copied, and the buttons a reader cannot press or
    that copy nothing, or other than the code of their block."""
    buttons, problems = range(tab.locator(COPY_BUTTONS).count()), []
    copies = [tab.evaluate(PRESS_COPY_BUTTON, [CODE_BLOCKS, COPY_BUTTONS, i]) for i in buttons]
    for number, copy in enumerate(copies, 1):
        if not copy["shows"]:
            problems.append(f"copy button {number} is not visible")
        elif copy["under"]:
            problems.append(f"copy button {number} is under {copy['under']}")
        elif not copy["copied"]:
            problems.append(f"copy button {number} copies nothing")
        elif copy["copied"].rstrip("\n") != copy["shown"].rstrip("\n"):
            problems.append(f"copy button {number} copies {copy['copied']!r}")
    return [copy["copied"].rstrip("\n") for copy in copies], problems


def snippet_code_on(page: Path) -> list[str]:
    """The code of each snippet shown on a page, as its copy button should copy it."""
    if page.suffix == ".ipynb":
        notebook = nbformat.read(page, as_version=4)
        code = [cell.source for cell in notebook.cells if cell.cell_type == "code"]
    else:
        code = [(ROOT / path).read_text(encoding="utf-8") for path in snippets_shown_on(page)]
    return [chinese_code(c) for c in code] if language_of(page) == "zh" else code


@pytest.mark.parametrize("page", [p for p in ON_EACH_PAGE if p.values[0].suffix == ".ipynb"])
def test_the_notebook_shows_its_cells_and_downloads(opened, page):
    tab = opened(page).tab
    code_cells = [c for c in nbformat.read(page, as_version=4).cells if c.cell_type == "code"]
    expect(tab.locator(f"article {CODE_CELL}")).to_have_count(len(code_cells))
    shown = "\n".join(tab.locator("article .jp-OutputArea-output").all_inner_texts())
    for cell in code_cells:
        for output in cell.outputs:
            assert output.text.strip() in shown, f"{cell.metadata['snippet']}: output not shown"
    with tab.expect_download() as download:
        tab.locator("article a[download]").click()
    assert Path(download.value.path()).read_bytes() == page.read_bytes()


# Each table of the article whose box (Material's scrolling wrapper) is wider than the page's
# text, or scrolls: [its first header, how far it reaches past the text's right edge].
TABLES_PAST_THE_TEXT = """() => {
  const text = document.querySelector('article').getBoundingClientRect();
  return [...document.querySelectorAll('article table')].map(table => {
    const box = table.closest('.md-typeset__scrollwrap') || table;
    const past = Math.max(box.scrollWidth - box.clientWidth,
                          table.getBoundingClientRect().right - text.right);
    return [table.rows[0].cells[0].textContent, Math.round(past)];
  }).filter(([, past]) => past > 1);
}"""


@pytest.mark.parametrize("page", [p for p in ON_EACH_PAGE if "/reference/" in p.id])
def test_reference_tables_show_every_column_without_a_sideways_scroll(opened, page):
    """On a laptop; the errors table on a phone too."""
    for size in ("laptop", "phone") if page.stem == "errors" else ("laptop",):
        past = opened(page, size).tab.evaluate(TABLES_PAST_THE_TEXT)
        assert past == [], f"{page_id(page)}: tables that scroll sideways on a {size}"


# Each comment (and `#>` line) that wraps, where its wrapped box starts and ends against where its
# code line puts its first character and where the code block ends, in pixels; and whether its
# code leaves it 24 characters (code.css: else it keeps 24, past the edge, as its code line is).
WRAPPED_COMMENTS = """() => [...document.querySelectorAll('article .highlight code .c1')]
  .filter(comment => comment.getClientRects()[0].height > 1.5 * parseFloat(
    getComputedStyle(comment).lineHeight))
  .map(comment => {
    const code = comment.closest('code'), style = getComputedStyle(code);
    const ruler = document.createElement('span');
    ruler.textContent = '0'.repeat(10);
    code.append(ruler);
    const ch = ruler.getBoundingClientRect().width / 10;
    ruler.remove();
    const box = comment.getBoundingClientRect(), inner = code.getBoundingClientRect();
    const left = inner.left + parseFloat(style.paddingLeft) - code.scrollLeft;
    const right = inner.right - parseFloat(style.paddingRight);
    const column = Number(comment.style.getPropertyValue('--column'));
    return {text: comment.textContent.slice(0, 40), starts: box.left - left - column * ch,
            ends: box.right - right, room: right - left - column * ch >= 24 * ch};
  })"""


@pytest.mark.parametrize("page", [p for p in ON_EACH_PAGE if p.id.endswith("/reference/scopes/")])
def test_wrapped_comments_keep_the_indentation_of_their_code(opened, page):
    """hooks/code_wrapping.py and code.css, on a phone."""
    wrapped = opened(page, "phone").tab.evaluate(WRAPPED_COMMENTS)
    assert wrapped, "no comment wraps on a phone: the test checks nothing"
    misplaced = [c for c in wrapped if abs(c["starts"]) > 1 or c["room"] and c["ends"] > 1]
    assert not misplaced, "wrapped comments not under their first character, or past the block"


AXE = Axe()  # axe-core, as axe-playwright-python pins it
WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "rules": {"td-has-header": {"enabled": True}},  # experimental in axe, as Lighthouse runs it
    "resultTypes": ["violations"],  # the others are built for one node each: most of axe's time
}
# Of those, the checks a palette changes: the other palette is checked for these alone.
COLOURS = {
    "runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]},
    "resultTypes": ["violations"],
}
# What axe checks: the page, with one element of each kind in its code blocks (its tag and classes
# and those of its ancestors): code is coloured by its kind alone, and axe took most of a minute
# over each of a long page's thousands of highlighted tokens.
ONE_OF_EACH_KIND_OF_CODE = """() => {
    const kinds = new Set();
    for (const element of document.querySelectorAll('pre, pre *')) {
        let kind = '';
        for (let e = element; e; e = e.parentElement) kind += `${e.tagName}.${e.className}<`;
        if (!kinds.has(kind)) kinds.add(kind) && element.setAttribute('data-axe', '');
    }
    return {include: [['body'], ['[data-axe]']], exclude: [['pre']]};
}"""


@pytest.mark.parametrize("page", ON_EACH_PAGE)
def test_axe_finds_no_violation_of_wcag_21_aa_in_either_palette(opened, page, record_property):
    """axe-core's checks of WCAG 2.1 AA (contrast, names, structure) in the light palette, and
    those of colours in the dark one, switched to with its toggle (and back), where Python is
    highlighted too."""
    tab = set_up(opened(page).tab)
    problems = axe_violations(tab, WCAG_21_AA)
    for palette in ("slate", "default"):
        tab.locator("[data-md-component=palette] label:not([hidden])").click()
        expect(tab.locator("body")).to_have_attribute("data-md-color-scheme", palette)
        if palette == "slate":
            problems += axe_violations(tab, COLOURS)
            problems += [f"Python block {n} is not highlighted" for n in unhighlighted_python(tab)]
            if page.stem in SCREENSHOT_PAGES["laptop"]:
                record_property("screenshot", screenshot(tab, page, "dark"))
    assert not problems, f"{page_id(page)}:\n" + "\n".join(problems)


def axe_violations(tab: Page, options: dict) -> list[str]:
    if not tab.evaluate("() => 'axe' in window"):
        tab.evaluate(AXE.axe_script)
    context = tab.evaluate(ONE_OF_EACH_KIND_OF_CODE)
    found = tab.evaluate(
        "([context, options]) => axe.run(context, options).then(found => found.violations)",
        [context, options],
    )
    palette = tab.locator("body").get_attribute("data-md-color-scheme")
    return [
        f"{palette}: {rule['id']} ({rule['help']}): {' '.join(node['target'])}: "
        + node["failureSummary"].splitlines()[-1].strip()
        for rule in found
        for node in rule["nodes"]
    ]


def test_a_request_to_another_host_is_found(reader, serve, tmp_path):
    (tmp_path / "index.html").write_text('<img src="http://127.0.0.2:9/logo.png">')
    (there := reader()).tab.goto(serve(tmp_path))
    assert "asks another host for http://127.0.0.2:9/logo.png" in there.offline_problems()


def test_a_language_switch_that_drops_the_section_is_found(reader, serve, tmp_path):
    # Material's language menu, without the site's script that takes the #section along
    (tmp_path / "en.html").write_text(
        '<html lang="en"><div class="md-header__option"><div class="md-select">'
        '<a class="md-select__link" hreflang="zh" href="zh.html">中文</a></div></div>'
        '<h2 id="reuse-true">reuse=True</h2>',
        encoding="utf-8",
    )
    (tmp_path / "zh.html").write_text('<html lang="zh"><h2 id="reuse-true">reuse=True</h2>')
    (tab := reader().tab).goto((site := serve(tmp_path)) + "en.html#reuse-true")
    with pytest.raises(AssertionError, match=r"leads to \S+/zh.html, not \S+/zh.html#reuse-true"):
        switches_language(tab, "zh", site + "zh.html")


def test_faint_code_a_nameless_link_and_python_without_highlighting_are_found(
    reader, serve, tmp_path
):
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><title>Code</title><main><article>'
        '<div class="language-python"><pre><code>print(x)  <span style="color: #bbb">#&gt; 1'
        '</span></code></pre></div><div class="language-python"><pre><code>print(x)</code></pre>'
        '</div><a href="#x"><span></span></a></article></main>'
    )
    (tab := reader().tab).goto(serve(tmp_path))
    found = [problem.split(" (")[0] for problem in axe_violations(tab, WCAG_21_AA)]
    assert found == ["None: color-contrast", "None: link-name"]
    assert unhighlighted_python(tab) == [2]


def test_chinese_drawn_in_its_japanese_forms_is_found(reader, serve, tmp_path):
    """A title marked as Japanese is drawn in Noto Sans CJK JP; marked as Chinese, it passes."""
    for language in ("zh", "ja"):
        (tmp_path / f"{language}.html").write_text(
            f'<html lang="{language}"><meta charset="utf-8"><h1>变量与作用域</h1>',
            encoding="utf-8",
        )
    tab, site = reader().tab, serve(tmp_path)
    tab.goto(site + "zh.html")
    assert chinese_font_problems(tab) == []
    tab.goto(site + "ja.html")
    wrong = "its title's Chinese is drawn in ['Noto Sans CJK JP'], not Noto Sans CJK SC"
    assert chinese_font_problems(tab) == [wrong]


def test_copy_buttons_that_copy_nothing_or_other_code_or_are_covered_are_found(
    reader, serve, tmp_path
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
    (tab := reader().tab).goto(serve(tmp_path))
    assert copy_problems(tab) == (
        ["x = 1", "", "z = 4", "w = 5", "other text"],
        [
            "copy button 2 copies nothing",
            "copy button 3 copies 'z = 4'",
            'copy button 4 is under <div id="cover" style="position: absolute; inset: 0"></div>',
            "copy button 5 copies 'other text'",
        ],
    )


def test_search_results_in_another_language_tall_or_split_into_characters_are_found(
    reader, serve, tmp_path
):
    # A search box that answers as the site's search did before it had one index per language
    result = (
        '<li class="md-search-result__item"><a class="md-search-result__link" '
        'href="zh/reference/errata/?h=%E5%A4%8D">'
        '<article style="height: 500px">复现</article></a></li>'
    )
    (tmp_path / "index.html").write_text(
        '<meta charset="utf-8"><input class="md-search__input"><div class="md-search-result__meta">'
        "</div><ol></ol><script>"
        'document.querySelector("input").addEventListener("keyup", event => {'
        f"document.querySelector('ol').innerHTML = event.target.value ? '{result}' : '';"
        "document.querySelector('div').innerText = event.target.value ? '1 result' : ''; })"
        "</script>",
        encoding="utf-8",
    )
    (tab := reader().tab).goto(serve(tmp_path))
    assert search_problems(tab, ["复用"], "en") == [
        "'复用': a result in zh: /zh/reference/errata/",
        "'复用': the preview of /zh/reference/errata/ is 500 px tall",
        "'复用': searched as '复', not for '复用'",
    ]


def test_what_a_reader_cannot_read_is_found(reader, serve, tmp_path):
    """The checks of reading.js, on a page made to fail each of them, at a phone's size."""
    (tmp_path / "index.html").write_text(BROKEN_PAGE, encoding="utf-8")
    (tab := reader("phone").tab).goto(serve(tmp_path))
    assert tab.evaluate(READING) == [
        "output line past its box: #> ValueError: Variable x already exists, disallowed. "
        "Did you mean to ",
        "notebook output past its box: [array([[-3.8509488, -2.121961 ]], dtype=float32), "
        "array([[-7.7018976,",
        "notebook cell past the window: x = 1",
        "notebook code 100 px wide in a 358 px page: x = 1",
        'table "NameScopeNote" runs past the window',
        'table "NameScopeNote": a link to #here has no name',
        'table "NameScopeNote": the link "→" is 13×19 px, under 24×24',
        'table "Wide" scrolls with no sign that it does',
        'table "Hidden" is not shown',
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
<table style="display: none"><tr><th>Hidden</th></tr></table>
<h2 id="here">Here</h2>
</article>"""
