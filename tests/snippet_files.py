"""What a snippet file shows a reader: its code, and the output recorded in its `#>` lines.

pytest-examples writes a print's output as `#> ` comment lines right after the print, or as a
'''-quoted block when one print writes several lines. The pages include the snippet file itself,
so these lines are the output a reader sees; the notebook shows the same text as cell output.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS_DIR = ROOT / "snippets"

# The markers pytest-examples writes (see pytest_examples.run_code).
OUTPUT_LINE = re.compile(r"^ *#>(?: (?P<text>.*))?$")
OUTPUT_QUOTES = re.compile(r"^(?P<indent> *)'''$")
# A compat.v1 snippet whose point is TensorFlow 2 says so, and why, in a comment line of its own.
TF2_ONLY = re.compile(r"^# tf2-only: (?P<why>.+)$", re.MULTILINE)


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


@functools.cache  # the build asks of each snippet for every page that shows it
def runs_on_tf1(source: str) -> bool:
    """Whether a snippet is a TF1 program, which tests/test_tf115.py also runs on TensorFlow
    1.15.5: it imports `tensorflow.compat.v1` and calls `tf.disable_v2_behavior()`, and has no
    `# tf2-only: <why>` line. (One that leaves TF2 behaviour on shows TensorFlow 2: eagerly.)"""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False  # tests/test_snippets.py says where
    imported, called = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            called.add(node.func.attr)
    return (
        "tensorflow.compat.v1" in imported
        and "disable_v2_behavior" in called
        and not TF2_ONLY.search(source)
    )


def code_digest(source: str) -> str:
    """What a record of another version's output is tied to: the code, not its `#>` lines."""
    return hashlib.sha256(code_without_output(source).encode()).hexdigest()[:16]


def first_difference(output: str, other: str) -> tuple[int, str, str]:
    """The index of the first line where two outputs differ, and that line of each."""
    lines, other_lines = output.splitlines(), other.splitlines()
    pairs = enumerate(zip(lines, other_lines, strict=False))
    i = next((i for i, (a, b) in pairs if a != b), min(len(lines), len(other_lines)))

    def line(lines):
        return lines[i] if i < len(lines) else "(nothing more)"

    return i, line(lines), line(other_lines)


def output_line(snippet: Path, i: int) -> int:
    """The snippet line that records output line `i` (or the last one that does)."""
    recorded = recorded_output(snippet.read_text(encoding="utf-8"))
    return recorded[min(i, len(recorded) - 1)][0] if recorded else 1
