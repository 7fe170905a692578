"""How the reference pages lay out in Chromium: tables that show every column without a sideways
scroll, and wrapped comments that keep the indentation of their code.

The site as the host serves it (tests/conftest.py's `site_url`), in the shared `browser`;
`--no-browser` skips it.
"""

import pytest

import project

LAPTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}
REFERENCE = [p for lang in project.LANGUAGES for p in project.pages(lang) if "reference" in p.parts]


@pytest.fixture
def open_page(browser, site_url):
    """open_page(page, size): a page of the built site in a tab of that size, closed after."""
    tab = browser.new_page()

    def opened(page, size):
        tab.set_viewport_size(size)
        tab.goto(site_url + project.url_of(page))
        return tab

    yield opened
    tab.close()


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


@pytest.mark.parametrize("page", REFERENCE, ids=project.url_of)
def test_reference_tables_show_every_column_at_laptop_width(open_page, page):
    tab = open_page(page, LAPTOP)
    assert tab.evaluate(TABLES_PAST_THE_TEXT) == [], "tables that scroll sideways at 1280 px"


@pytest.mark.parametrize("language", project.LANGUAGES)
def test_the_errors_table_fits_a_phone(open_page, language):
    tab = open_page(project.DOCS / language / "reference" / "errors.md", PHONE)
    assert tab.evaluate(TABLES_PAST_THE_TEXT) == [], "tables that scroll sideways at 390 px"


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


@pytest.mark.parametrize("language", project.LANGUAGES)
def test_wrapped_comments_keep_the_indentation_of_their_code(open_page, language):
    tab = open_page(project.DOCS / language / "reference" / "scopes.md", PHONE)
    wrapped = tab.evaluate(WRAPPED_COMMENTS)
    assert wrapped, "no comment wraps at 390 px: the test checks nothing"
    misplaced = [c for c in wrapped if abs(c["starts"]) > 1 or c["room"] and c["ends"] > 1]
    assert not misplaced, "wrapped comments not under their first character, or past the block"
