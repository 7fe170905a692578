"""The reference tables are proved by examples, and say the same in both languages.

Every row of a table on the home page or a reference page links to a section that includes a
snippet, which tests/test_snippets.py runs; in the comparison tables every answer does. The
Chinese tables have the rows, and the links, of the English ones.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from project import DOCS, INCLUDE, LANGUAGES

TABLE_PAGES = ["index.md"] + sorted(
    f"reference/{page.name}" for page in (DOCS / "en" / "reference").glob("*.md")
)
# Pages whose tables compare APIs: there, every answer must link to its example.
COMPARISON_PAGES = ["reference/creating.md", "reference/scopes.md"]

LINK = re.compile(r"\[[^\]]*\]\((?P<target>[^)\s]+)\)")
HEADING_ID = re.compile(r"^(?P<level>#+) .*\{#(?P<id>[\w-]+)\}\s*$")
UNDER_HEADER = re.compile(r"\|(\s*:?-+:?\s*\|)+")
NO_ANSWER = "—"  # a cell for a question that does not apply


def table_rows(page: Path) -> list[tuple[int, list[str]]]:
    """(line number, cells) of each body row of each Markdown table on the page: each table line
    after another but the line under the header."""
    lines = page.read_text(encoding="utf-8").splitlines()
    return [
        (number, [cell.strip() for cell in line.strip("|").split("|")])
        for number, (previous, line) in enumerate(zip(["", *lines], lines, strict=False), start=1)
        if previous.startswith("|") and line.startswith("|") and not UNDER_HEADER.fullmatch(line)
    ]


def sections_with_examples(page: Path) -> dict[str, list[str]]:
    """For each `{#id}` heading of the page, the snippets included before the next heading."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in page.read_text(encoding="utf-8").splitlines():
        if m := HEADING_ID.match(line):
            current = sections.setdefault(m["id"], [])
        elif line.startswith("#"):
            current = None
        elif current is not None and (m := INCLUDE.match(line)):
            current.append(m["path"])
    return sections


def example_behind(page: Path, target: str) -> list[str] | None:
    """The snippets shown in the section a link points to, or None if it points nowhere."""
    path, _, anchor = target.partition("#")
    linked = (page.parent / path).resolve() if path else page
    if not linked.is_file() or not anchor:
        return None
    return sections_with_examples(linked).get(anchor)


def without_notebook_anchor(target: str) -> str:
    """A notebook's heading ids come from its headings' words, which differ between languages."""
    return target.partition("#")[0] if ".ipynb#" in target else target


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", TABLE_PAGES)
def test_every_table_row_links_to_an_example(page, language):
    """And each of its links to a `{#id}` leads to one; on a comparison page, every answer."""
    path = DOCS / language / page
    for number, cells in table_rows(path):
        where = f"docs/{language}/{page}:{number}"
        targets = [m["target"] for cell in cells for m in LINK.finditer(cell)]
        internal = [t for t in targets if "://" not in t]
        assert any(example_behind(path, t) for t in internal), (
            f"{where}: this table row links to no section that includes a snippet"
        )
        for target in (t for t in internal if "#" in t and ".ipynb" not in t):
            assert example_behind(path, target) is not None, (
                f"{where}: the link {target} points to no `{{#id}}` heading with an example"
            )
        for cell in cells[1:] if page in COMPARISON_PAGES else []:
            linked = [m["target"] for m in LINK.finditer(cell)]
            assert cell == NO_ANSWER or any(example_behind(path, t) for t in linked), (
                f"{where}: the answer {cell!r} links to no example; link it to the section that "
                "shows it, or write — if the question does not apply"
            )


@pytest.mark.parametrize("page", TABLE_PAGES)
def test_tables_have_the_same_rows_and_links_in_both_languages(page):
    def row_links(language):
        return [
            [without_notebook_anchor(m["target"]) for cell in cells for m in LINK.finditer(cell)]
            for _, cells in table_rows(DOCS / language / page)
        ]

    english, chinese = row_links("en"), row_links("zh")
    assert len(chinese) == len(english), (
        f"{page}: the tables have {len(english)} rows in English and {len(chinese)} in Chinese"
    )
    for row, (en_links, zh_links) in enumerate(zip(english, chinese, strict=True), start=1):
        assert zh_links == en_links, f"{page}, table row {row}: the links differ between languages"


def test_the_checks_find_the_rows_and_examples_they_check():
    """The parsing above finds what is there: it must not pass by finding nothing."""
    creating = DOCS / "en" / "reference" / "creating.md"
    assert len(table_rows(creating)) == 8
    assert sections_with_examples(creating)["sharing"] == ["snippets/creating/sharing.py"]
    assert example_behind(creating, "reuse.md#auto-reuse") == ["snippets/reuse/auto_reuse.py"]
    assert example_behind(creating, "#no-such-section") is None
