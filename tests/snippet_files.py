"""What a snippet file shows a reader: its code, and the output recorded in its `#>` lines.

pytest-examples writes a print's output as `#> ` comment lines right after the print, or as a
'''-quoted block when one print writes several lines. The pages include the snippet file itself,
so these lines are the output a reader sees; the notebook shows the same text as cell output.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS_DIR = ROOT / "snippets"

# The markers pytest-examples writes (see pytest_examples.run_code).
OUTPUT_LINE = re.compile(r"^ *#>(?: (?P<text>.*))?$")
OUTPUT_QUOTES = re.compile(r"^(?P<indent> *)'''$")


def all_snippets(folder: Path = SNIPPETS_DIR) -> list[Path]:
    return sorted(folder.resolve().rglob("*.py"))


def shown_path(path: Path) -> str:
    """A snippet's path as messages show it: from the folder pytest runs in, where possible."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def recorded_output(source: str) -> list[tuple[int, str]]:
    """The output recorded in a snippet, as (line number, text) pairs in file order."""
    recorded = []
    quotes_indent = None  # inside a quoted block: the indent pytest-examples gave its lines
    for lineno, line in enumerate(source.splitlines(), start=1):
        if m := OUTPUT_QUOTES.match(line):
            quotes_indent = len(m["indent"]) if quotes_indent is None else None
        elif quotes_indent is not None:
            recorded.append((lineno, line[quotes_indent:]))
        elif m := OUTPUT_LINE.match(line):
            recorded.append((lineno, m["text"] or ""))
    return recorded


def code_without_output(source: str) -> str:
    """The snippet's code with its recorded output taken out: what a notebook cell holds."""
    kept = []
    in_quotes = False
    for line in source.splitlines():
        if OUTPUT_QUOTES.match(line):
            in_quotes = not in_quotes
        elif not in_quotes and not OUTPUT_LINE.match(line):
            kept.append(line)
    return "\n".join(kept).strip("\n") + "\n"
