"""Under every example, the TensorFlow versions it was verified on; where 1.15.5 prints other lines,
those lines.

A code block that includes a snippet (```python, then `--8<-- "snippets/…"`) and each code cell
of a notebook get a note in the page's language: "TF 2.21.0 · 1.15.5: same output" for a TF1
snippet (tests/snippet_files.runs_on_tf1) that prints its `#>` lines on both; the output that
snippets/tf115.json records, for one that does not; "TF 2.21.0 only" for a TF2 example. The tests
check all three: tests/test_snippets.py and tests/test_tf115.py. The versions are the pins of
requirements/docs.txt and tf115.txt.
A line `<!-- verified-versions -->` on a page becomes the count of examples of each kind.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import markdown

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
_spec = importlib.util.spec_from_file_location("snippet_files", ROOT / "tests/snippet_files.py")
snippet_files = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(snippet_files)

INCLUDE_BLOCK = re.compile(
    r'^(?P<indent>[ \t]*)```python[^\n]*\n(?P=indent)--8<-- "(?P<path>snippets/[^"]+)"[ \t]*\n'
    r"(?P=indent)```[ \t]*$",
    re.MULTILINE,
)
SUMMARY = "<!-- verified-versions -->"
# mkdocs-jupyter's HTML: a cell starts so, a code cell twice over (a div of the same classes
# inside); the last one is followed by the notebook's end.
NOTEBOOK_CELL = re.compile(r'<div class="jp-Cell jp-(?P<kind>Markdown|Code)Cell[^>]*>')
NOTEBOOK_END = "</div> <!-- jp-Notebook -->"

TEXT = {
    "en": {
        "same": "Verified on TF {tf2} · {tf1}: same output",
        "differs": "Verified on TF {tf2} · {tf1}, which prints otherwise",
        "tf2": "Verified on TF {tf2} only: a TF2 example",
        "summary": (
            "Every example written for TF1 (on `tensorflow.compat.v1`, TF2 behaviour off) is "
            "verified on TensorFlow {tf2} and on real TensorFlow {tf1}: {same} of the "
            "{tf1_count} print the same on both, and under the other {differs} a note shows "
            "what {tf1} prints. The {tf2_count} TF2 examples are verified on {tf2} only."
        ),
    },
    "zh": {
        "same": "已在 TF {tf2} · {tf1} 上验证：输出相同",
        "differs": "已在 TF {tf2} · {tf1} 上验证，{tf1} 的输出不同",
        "tf2": "仅在 TF {tf2} 上验证：TF2 的例子",
        "summary": (
            "为 TF1 写的例子（用 `tensorflow.compat.v1` 并关掉 TF2 行为的）都在 TensorFlow "
            "{tf2} 和真正的 TensorFlow {tf1} 上验证过：{tf1_count} 个中有 {same} 个在两个版本"
            "上输出相同，其余 {differs} 个的代码下方注明了 {tf1} 的输出。{tf2_count} 个 TF2 的"
            "例子只在 {tf2} 上验证。"
        ),
    },
}


def pinned_version(requirements: str) -> str:
    text = (ROOT / "requirements" / requirements).read_text(encoding="utf-8")
    return re.search(r"^tensorflow==(\S+)", text, re.MULTILINE)[1]


def records() -> dict:
    path = SNIPPETS / "tf115.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def note(path: str, language: str) -> str:
    """The Markdown of the note under the example of `path`, in `language`."""
    versions = {"tf2": pinned_version("docs.txt"), "tf1": pinned_version("tf115.txt")}
    text = TEXT[language]
    source = (ROOT / path).read_text(encoding="utf-8")
    if not snippet_files.runs_on_tf1(source):
        return text["tf2"].format(**versions) + "\n{ .verified }"
    record = records().get(path)
    if record is None:
        return text["same"].format(**versions) + "\n{ .verified }"
    block = "\n".join(["```text", *record["printed"], "```"])
    title = text["differs"].format(**versions)
    return f'???+ info verified "{title}"\n' + "\n".join(
        "    " + line for line in block.split("\n")
    )


def summary(language: str) -> str:
    sources = [p.read_text(encoding="utf-8") for p in snippet_files.all_snippets(SNIPPETS)]
    tf1_count = sum(map(snippet_files.runs_on_tf1, sources))
    differs = len(records())
    return TEXT[language]["summary"].format(
        tf2=pinned_version("docs.txt"),
        tf1=pinned_version("tf115.txt"),
        tf1_count=tf1_count,
        same=tf1_count - differs,
        differs=differs,
        tf2_count=len(sources) - tf1_count,
    )


def language_of(config) -> str:
    return config.plugins["i18n"].current_language


def on_page_markdown(markdown_text, page, config, files):
    language = language_of(config)

    def with_note(block):
        indent = block["indent"]
        lines = note(block["path"], language).split("\n")
        return block[0] + "\n\n" + "\n".join(indent + line if line else line for line in lines)

    markdown_text = INCLUDE_BLOCK.sub(with_note, markdown_text)
    if SUMMARY in markdown_text:  # the pages that show the counts: not every page's business
        markdown_text = markdown_text.replace(SUMMARY, summary(language))
    return markdown_text


def notebook_cells(html: str) -> list[re.Match]:
    """Where each cell of a notebook's HTML starts."""
    cells = []
    for cell in NOTEBOOK_CELL.finditer(html):
        inner = (
            cells
            and cells[-1]["kind"] == "Code"
            and not html[cells[-1].end() : cell.start()].strip()
        )
        if not inner:
            cells.append(cell)
    return cells


def on_page_content(html, page, config, files):
    """A notebook's page: the note after each code cell, whose snippet its metadata names."""
    if not page.file.src_uri.endswith(".ipynb"):
        return html
    notebook = json.loads(Path(page.file.abs_src_path).read_text(encoding="utf-8"))
    snippets = iter(
        c["metadata"].get("snippet") for c in notebook["cells"] if c["cell_type"] == "code"
    )
    cells = notebook_cells(html)
    pieces, start = [], 0
    for cell, following in zip(cells, [*cells[1:], None], strict=True):
        if cell["kind"] != "Code":
            continue
        end = following.start() if following else html.index(NOTEBOOK_END)
        rendered = markdown.markdown(
            note(next(snippets), language_of(config)),
            extensions=config.markdown_extensions,
            extension_configs=config.mdx_configs,
        )
        pieces += [html[start:end], rendered]
        start = end
    return "".join([*pieces, html[start:]])
