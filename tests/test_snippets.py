"""Every snippet runs, and prints exactly the output recorded in its `#>` lines.

All snippets run in this one process, so TensorFlow is imported once; each starts on a fresh
default graph, which also empties the variable store that `tf.variable_scope` works on, and with
TF2 behaviour on, so compat.v1 snippets and eager TF2 snippets run side by side.
`nox -s update` (pytest --update-examples) rewrites the `#>` lines after a deliberate change.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import re
import runpy
import sys
import types

import pytest
import pytest_examples.run_code
import tensorflow.compat.v1 as tf
from pytest_examples import CodeExample, EvalExample
from snippet_files import recorded_output, shown_path

# Wide enough that pytest-examples writes every one-line output as it is: past its line length it
# re-formats a non-string value with black, and the page would then show what Python never prints.
NO_WRAP = 100_000

UPDATE_HINT = "If the new output is right, run `nox -s update` to record it."


@pytest.fixture(autouse=True)
def fresh_tensorflow_state():
    """Start each snippet as `python snippet.py` would: a new default graph, TF2 behaviour on.

    A compat.v1 snippet then calls `tf.disable_v2_behavior()` itself, and a TF2 snippet runs
    eagerly. Eager execution can be switched back on only while no default graph exists, which
    is why the graph is reset first.
    """
    tf.reset_default_graph()
    tf.enable_v2_behavior()


@pytest.fixture(autouse=True)
def print_lines_found_without_reading_sources(monkeypatch):
    """pytest-examples finds the line of each print with `inspect.stack()`, which also looks up
    the source of every frame on the stack: with TensorFlow's thousands of modules loaded, over
    10 ms a print (cpython#92041). It reads only each frame's `frame` and `filename`.
    """
    inspect_without_sources = {**vars(inspect), "stack": stack_without_sources}
    monkeypatch.setattr(
        pytest_examples.run_code, "inspect", types.SimpleNamespace(**inspect_without_sources)
    )


def stack_without_sources():
    """`inspect.stack()` as far as pytest-examples reads it: the frames from the caller outwards."""
    frames, frame = [], sys._getframe(1)
    while frame is not None:
        frames.append(types.SimpleNamespace(frame=frame, filename=frame.f_code.co_filename))
        frame = frame.f_back
    return frames


# `snippet` is each file in snippets/ (or in the folder given with --snippets): see conftest.py.


def test_snippet_prints_its_recorded_output(snippet, eval_example: EvalExample):
    example = CodeExample.create(snippet.read_text(encoding="utf-8"), path=snippet)
    eval_example.set_config(line_length=NO_WRAP)
    if eval_example.update_examples:
        eval_example.run_print_update(example)
        return
    try:
        eval_example.run_print_check(example)
        return
    except pytest.fail.Exception as failure:
        diff = failure.msg
    pytest.fail(
        f"{shown_path(snippet)}:{first_changed_line(diff)}: the output printed differs from the "
        f"#> lines.\n{UPDATE_HINT}\n{diff}",
        pytrace=False,
    )


def test_recorded_output_is_what_plain_python_prints(snippet, request):
    """The `#>` lines, read top to bottom, are byte for byte what `python <snippet>` prints.

    pytest-examples records the arguments of `print` calls; this catches what it records
    differently from Python: `end=`, `file=`, prints out of line order, reformatted values.
    """
    if request.config.getoption("update_examples"):
        pytest.skip("the #> lines are being rewritten in this run")
    recorded = recorded_output(snippet.read_text(encoding="utf-8"))
    shown = "".join(text + "\n" for _, text in recorded)

    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout):
        runpy.run_path(str(snippet), run_name="__main__")
    printed = stdout.getvalue()

    if printed != shown:
        shown_lines, printed_lines = shown.splitlines(), printed.splitlines()
        pairs = enumerate(zip(shown_lines, printed_lines, strict=False))
        i = next(
            (i for i, (shown_line, printed_line) in pairs if shown_line != printed_line),
            min(len(shown_lines), len(printed_lines)),
        )
        line = recorded[min(i, len(recorded) - 1)][0] if recorded else 1
        pytest.fail(
            f"{shown_path(snippet)}:{line}: the page shows\n"
            f"    {shown_lines[i] if i < len(shown_lines) else '(nothing more)'!r}\n"
            f"but `python {shown_path(snippet)}` prints\n"
            f"    {printed_lines[i] if i < len(printed_lines) else '(nothing more)'!r}\n"
            "Print one string per call (for example print(str(value))), in the order the lines "
            f"appear, to stdout. {UPDATE_HINT}",
            pytrace=False,
        )


def first_changed_line(diff: str) -> int:
    """The snippet line where pytest-examples' unified diff shows the first change."""
    line = 1
    for row in diff.splitlines():
        row = row[2:]  # pytest-examples indents its diff by two spaces
        if m := re.match(r"@@ -(\d+)", row):
            line = int(m[1])
        elif row.startswith(("-", "+")) and not row.startswith(("---", "+++")):
            return line
        elif row.startswith(" ") or not row:  # a context line (textwrap.indent skips blank ones)
            line += 1
    return line
