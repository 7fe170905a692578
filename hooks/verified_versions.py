"""Under every example, the TensorFlow versions it was verified on; where 1.15.5 prints other lines,
those lines.

A code block that includes a snippet (```python, then `--8<-- "snippets/…"`) and each code cell
of a notebook get a note in the page's language: "TF 2.21.0 · 1.15.5: same output" for a snippet
that runs on both (project.Snippet.runs_on_tf1) and prints its `#>` lines on both; the output that
snippets/tf115.json records, for one that does not; "TF 2.21.0 only" for a `# tf2-only` one.
tests/test_snippets.py checks all three. The versions are the pins of requirements/docs.txt and
tf115.txt.
A line `<!-- verified-versions -->` on a page becomes the count of examples of each kind.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import markdown

from project import INCLUDE_BLOCK, TF1_VERSION, TF2_VERSION, Snippet, records, snippets

SUMMARY = "<!-- verified-versions -->"
# mkdocs-jupyter's HTML: a cell starts so, a code cell twice over (a div of the same classes
# inside); the last one is followed by the notebook's end.
NOTEBOOK_CELL = re.compile(r'<div class="jp-Cell jp-(?P<kind>Markdown|Code)Cell[^>]*>')
NOTEBOOK_END = "</div> <!-- jp-Notebook -->"

TEXT = {
    "en": {
        "same": "Verified on TF {tf2} · {tf1}: same output",
        "differs": "Verified on TF {tf2} · {tf1}, which prints otherwise",
        "tf2": "Verified on TF {tf2} only: TF2 alone has what it shows",
        "summary": (
            "Every example is verified on TensorFlow {tf2} and, unless what it shows exists in "
            "TF2 alone, on real TensorFlow {tf1} (TF1 programs in graph mode, the others "
            "eagerly): {same} of those {tf1_count} print the same on both, and under the other "
            "{differs} a note shows what {tf1} prints. The other {tf2_count} examples are "
            "verified on {tf2} only."
        ),
    },
    "zh": {
        "same": "已在 TF {tf2} · {tf1} 上验证：输出相同",
        "differs": "已在 TF {tf2} · {tf1} 上验证，{tf1} 的输出不同",
        "tf2": "仅在 TF {tf2} 上验证：所示内容只有 TF2 才有",
        "summary": (
            "每个例子都在 TensorFlow {tf2} 上验证；除了所示内容只有 TF2 才有的，也都在真正的 "
            "TensorFlow {tf1} 上验证（TF1 程序用图模式，其余用 eager 模式）：这 {tf1_count} "
            "个例子中有 {same} 个在两个版本上输出相同，其余 {differs} 个的代码下方注明了 {tf1} "
            "的输出。另外 {tf2_count} 个例子只在 {tf2} 上验证。"
        ),
    },
}


def note(path: str, language: str) -> str:
    """The Markdown of the note under the example of `path`, in `language`."""
    versions = {"tf2": TF2_VERSION, "tf1": TF1_VERSION}
    text = TEXT[language]
    if not Snippet.read(path).runs_on_tf1:
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
    every = snippets()
    tf1_count = sum(snippet.runs_on_tf1 for snippet in every)
    differs = len(records())
    return TEXT[language]["summary"].format(
        tf2=TF2_VERSION,
        tf1=TF1_VERSION,
        tf1_count=tf1_count,
        same=tf1_count - differs,
        differs=differs,
        tf2_count=len(every) - tf1_count,
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
