"""What the site's build, its tests, the bench and the noxfile know about the project, said once.

Where things are, the TensorFlow versions pinned, how a page includes a snippet, and what a snippet
is: its code, the output its `#>` lines record, on which versions and how it runs, and what
snippets/tf115.json records of TensorFlow 1.15.5. `nox` installs this file into every environment
it makes (pyproject.toml), so that each of them imports it as `import project`.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
LANGUAGES = ("en", "zh")  # the first is the default language, served at the site's root
DEFAULT_LANGUAGE = LANGUAGES[0]

DOCS_REQUIREMENTS = "requirements/docs.txt"  # TensorFlow 2, mkdocs, the tests: Python 3.11
TF115_REQUIREMENTS = "requirements/tf115.txt"  # TensorFlow 1.15.5, which needs Python 3.7
TF115_ENVIRONMENT = ".nox/tf115"  # made by `nox -s verify` from TF115_REQUIREMENTS
TF115_PYTHON = ROOT / TF115_ENVIRONMENT / "bin" / "python"
TF115_RECORDS = SNIPPETS / "tf115.json"  # what 1.15.5 prints where it differs from the #> lines

# `mkdocs serve` as the README's first command runs it, and the build the tests read.
SERVE = ["mkdocs", "serve", "--strict", "--watch", "snippets"]
BUILD = ["mkdocs", "build", "--strict"]
# What the Pages workflow (.github/workflows/pages.yml) sets for mkdocs.yml; a newcomer sets none.
HOSTED = {
    "SITE_URL": "https://example.github.io/tf1-variables/",
    "REPO_URL": "https://github.com/example/tf1-variables",
    "EDIT_URI": "edit/main/docs/",
}
RUFF = [["ruff", "check", "."], ["ruff", "format", "--check", "."]]

# A page shows a snippet with this line, alone in a ```python block.
INCLUDE = re.compile(r'^(?P<indent>[ \t]*)--8<--[ \t]+"(?P<path>[^"]+)"[ \t]*$', re.MULTILINE)
INCLUDE_BLOCK = re.compile(
    r'^(?P<indent>[ \t]*)```python[^\n]*\n(?P=indent)--8<-- "(?P<path>snippets/[^"]+)"[ \t]*\n'
    r"(?P=indent)```[ \t]*$",
    re.MULTILINE,
)

# The markers pytest-examples writes for a print's output: `#> ` lines, or a '''-quoted block.
OUTPUT_LINE = re.compile(r"^ *#>(?: (?P<text>.*))?$")
OUTPUT_QUOTES = re.compile(r"^(?P<indent> *)'''$")
# A snippet whose point is TensorFlow 2 says so, and why, in a comment line of its own.
TF2_ONLY = re.compile(r"^# tf2-only: (?P<why>.+)$", re.MULTILINE)


def pinned(package: str, requirements: str) -> str:
    text = (ROOT / requirements).read_text(encoding="utf-8")
    return re.search(rf"^{re.escape(package)}==(\S+)", text, re.MULTILINE)[1]


TF2_VERSION = pinned("tensorflow", DOCS_REQUIREMENTS)
TF1_VERSION = pinned("tensorflow", TF115_REQUIREMENTS)


@dataclass(frozen=True)
class Snippet:
    """A snippet file, parsed once: what it shows, and how and where it runs."""

    path: Path
    source: str

    @classmethod
    def read(cls, path: Path | str) -> Snippet:
        path = (ROOT / path).resolve()
        return _read(path, path.stat().st_mtime_ns)

    @property
    def key(self) -> str:
        """Its path as pages include it and records name it: 'snippets/<page>/<name>.py'."""
        try:
            return self.path.relative_to(ROOT).as_posix()
        except ValueError:  # a snippet of another folder (the tests' guards)
            return f"snippets/{self.path.parent.name}/{self.path.name}"

    @functools.cached_property
    def _parsed(self) -> tuple[set[str], set[str], bool] | None:
        try:
            tree = ast.parse(self.source)
        except SyntaxError:
            return None  # the snippet's test says where
        imported, called, keras_3 = set(), set(), False
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                imported.update(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                called.add(node.func.attr)
                # os.environ.pop("TF_USE_LEGACY_KERAS", ...): it wants Keras 3
                keras_3 = keras_3 or (
                    node.func.attr == "pop"
                    and ast.unparse(node.func.value) == "os.environ"
                    and bool(node.args)
                    and getattr(node.args[0], "value", None) == "TF_USE_LEGACY_KERAS"
                )
        return imported, called, keras_3

    @property
    def imports_tensorflow(self) -> bool:
        return bool(self._parsed) and any(n.split(".")[0] == "tensorflow" for n in self._parsed[0])

    @property
    def graph_mode(self) -> bool:
        """A TF1 program: it imports `tensorflow.compat.v1` and calls `tf.disable_v2_behavior()`.
        Any other snippet leaves TF2 behaviour on: it runs eagerly."""
        return (
            bool(self._parsed)
            and "tensorflow.compat.v1" in self._parsed[0]
            and "disable_v2_behavior" in self._parsed[1]
        )

    @property
    def wants_keras_3(self) -> bool:
        """It removes TF_USE_LEGACY_KERAS, which a process that used tf-keras cannot undo."""
        return bool(self._parsed) and self._parsed[2]

    @property
    def runs_on_tf1(self) -> bool:
        """Whether it also runs on TensorFlow 1.15.5: every TensorFlow snippet but one that says
        `# tf2-only: <why>` (an eager one with `tf.enable_eager_execution()` first)."""
        return self.imports_tensorflow and not TF2_ONLY.search(self.source)

    @property
    def output(self) -> list[tuple[int, str]]:
        """The output its #> lines record, as (line number, text) pairs in file order."""
        recorded = []
        quotes_indent = None  # inside a quoted block: the indent pytest-examples gave its lines
        for lineno, line in enumerate(self.source.splitlines(), start=1):
            if m := OUTPUT_QUOTES.match(line):
                quotes_indent = len(m["indent"]) if quotes_indent is None else None
            elif quotes_indent is not None:
                recorded.append((lineno, line[quotes_indent:]))
            elif m := OUTPUT_LINE.match(line):
                recorded.append((lineno, m["text"] or ""))
        return recorded

    @property
    def shown(self) -> str:
        """The output as the page shows it, and as `python <snippet>` must print it."""
        return "".join(text + "\n" for _, text in self.output)

    @property
    def code(self) -> str:
        """Its code without the recorded output: what a notebook cell holds."""
        kept, in_quotes = [], False
        for line in self.source.splitlines():
            if OUTPUT_QUOTES.match(line):
                in_quotes = not in_quotes
            elif not in_quotes and not OUTPUT_LINE.match(line):
                kept.append(line)
        return "\n".join(kept).strip("\n") + "\n"

    @property
    def digest(self) -> str:
        """What a record of another version's output is tied to: the code, not its #> lines."""
        return hashlib.sha256(self.code.encode()).hexdigest()[:16]

    def output_line(self, i: int) -> int:
        """The line that records output line `i` (or the last one that does)."""
        return self.output[min(i, len(self.output) - 1)][0] if self.output else 1


@functools.cache
def _read(path: Path, mtime_ns: int) -> Snippet:
    return Snippet(path, path.read_text(encoding="utf-8"))


def snippets(folder: Path = SNIPPETS) -> list[Snippet]:
    return [Snippet.read(path) for path in sorted(folder.resolve().rglob("*.py"))]


def records(path: Path = TF115_RECORDS) -> dict:
    """snippets/tf115.json: {snippet key: {"code": its digest, "printed": [lines]}}."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def write_records(records: dict, path: Path = TF115_RECORDS) -> None:
    text = json.dumps(dict(sorted(records.items())), indent=2, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")


def pages(language: str | None = None, docs: Path = DOCS) -> list[Path]:
    """The sources of the pages in `language`, or in every language."""
    folders = [docs / language] if language else [docs / lang for lang in LANGUAGES]
    return sorted(p for f in folders for p in f.rglob("*") if p.suffix in (".md", ".ipynb"))


def translation(page: Path, language: str, docs: Path = DOCS) -> Path:
    """The source of the same page in `language`: docs/<language>/<the same path>."""
    return docs / language / Path(*page.relative_to(docs).parts[1:])


def url_of(page: Path, docs: Path = DOCS) -> str:
    """Where a source under docs/<language>/ is served, relative to the site: 'zh/articles/x/'."""
    language, *parts = page.relative_to(docs).with_suffix("").parts
    if parts[-1] == "index":
        parts = parts[:-1]
    if language != DEFAULT_LANGUAGE:
        parts = [language, *parts]
    return "".join(f"{part}/" for part in parts)


def includes_on(page: Path) -> list[tuple[str, str | None]]:
    """The files a page includes, as (where on the page, path from the repository root): a
    Markdown page's include lines, a notebook's code cells by the snippet their metadata names."""
    if page.suffix == ".ipynb":
        cells = json.loads(page.read_text(encoding="utf-8"))["cells"]
        code_cells = (cell for cell in cells if cell["cell_type"] == "code")
        return [
            (f"code cell {n}", c["metadata"].get("snippet")) for n, c in enumerate(code_cells, 1)
        ]
    source = page.read_text(encoding="utf-8")
    return [
        (str(source.count("\n", 0, m.start()) + 1), m["path"]) for m in INCLUDE.finditer(source)
    ]


def snippets_shown_on(page: Path) -> list[str]:
    """The snippets a page shows: its includes from snippets/ (a page may include other text)."""
    return [path for _, path in includes_on(page) if path and path.startswith("snippets/")]
