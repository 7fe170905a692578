"""Every snippet runs, and prints exactly the output recorded in its `#>` lines.

The snippets run in this one process, so TensorFlow is imported once; each starts as `python
snippet.py` would: on a fresh default graph, which also empties the variable store that
`tf.variable_scope` works on, with TF2 behaviour on, so compat.v1 snippets and eager TF2 snippets
run side by side, and with the environment variables this process started with.

All but those that want Keras 3. Which Keras TensorFlow uses (tf-keras, Keras 2, where
TF_USE_LEGACY_KERAS=1; else Keras 3) is settled in each process at its first use, and the
`tf.layers` snippets set that variable: a process that has run one cannot give another Keras 3.
A snippet that removes the variable (`os.environ.pop("TF_USE_LEGACY_KERAS", None)`, found in its
code) wants Keras 3: a second pytest, started in the background without TF_USE_LEGACY_KERAS, runs
all of them in one process, and the tests here read its outcome. A snippet that starts a Python
of its own (subprocess) needs no rule: it runs here like any other, and its Python, like
`python snippet.py`, starts in this process' environment; it only costs that Python's time.

`nox -s update` (pytest --update-examples) rewrites the `#>` lines after a deliberate change.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import functools
import inspect
import io
import os
import re
import runpy
import signal
import subprocess
import sys
import tempfile
import traceback
import types
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_examples.run_code
from pytest_examples import CodeExample
from snippet_files import first_difference, output_line, recorded_output, shown_path

# Wide enough that pytest-examples writes every one-line output as it is: past its line length it
# re-formats a non-string value with black, and the page would then show what Python never prints.
NO_WRAP = 100_000

UPDATE_HINT = "If the new output is right, run `nox -s update` to record it."
SHOWING_AN_ERROR = "snippets/scopes_and_creation/get_variable_without_reuse_raises.py"


def start_fresh():
    """Start a snippet as `python snippet.py` would: a new default graph, TF2 behaviour on.

    A compat.v1 snippet then calls `tf.disable_v2_behavior()` itself, and a TF2 snippet runs
    eagerly. Eager execution can be switched back on only while no default graph exists, which
    is why the graph is reset first. An eager op then makes TensorFlow's context in eager mode, as
    the first op of `python snippet.py` would: made first in a graph-mode snippet, the context
    would lift the variables of every later `tf.function` into a graph, not into eager mode.
    Before TensorFlow is imported there is nothing to reset.
    """
    if "tensorflow" not in sys.modules:
        return
    import tensorflow.compat.v1 as tf

    tf.reset_default_graph()
    tf.enable_v2_behavior()
    tf.constant(0)


@pytest.fixture(autouse=True)
def fresh_tensorflow_state(request):
    """TensorFlow is imported before the first snippet that imports it runs, and its context made
    eager (see start_fresh); not for a test that only reads its outcome from the second pytest."""
    snippet = (
        request.node.callspec.params.get("snippet") if hasattr(request.node, "callspec") else None
    )
    if snippet is None or (
        imports_tensorflow(snippet) and not runs_in_the_second_pytest(snippet, request.config)
    ):
        import tensorflow.compat.v1  # noqa: F401
    start_fresh()


def imports_tensorflow(snippet: Path) -> bool:
    return source_imports_tensorflow(snippet.read_text(encoding="utf-8"))


@functools.cache  # asked of each snippet more than once a run
def source_imports_tensorflow(source: str) -> bool:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False  # its test says where
    imported = [
        alias.name for n in ast.walk(tree) if isinstance(n, ast.Import) for alias in n.names
    ]
    imported += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    return any(name.split(".")[0] == "tensorflow" for name in imported)


@pytest.fixture
def time_limit(request) -> float:
    return request.config.getoption("snippet_time_limit")


class TimeLimitReached(BaseException):
    """Raised in a snippet that runs too long: no Exception, so `except Exception` lets it by."""


@contextlib.contextmanager
def running(snippet, time_limit: float):
    """Run a snippet's code: its syntax error, its exception, or its running past `time_limit`
    seconds fails the test with a message that names the snippet's line and what to do. What it
    sets in os.environ (TF_USE_LEGACY_KERAS) ends with it, as with `python snippet.py`."""
    try:
        compile(snippet.read_text(encoding="utf-8"), str(snippet), "exec")
    except SyntaxError as error:
        syntax_error = (
            f"{shown_path(snippet)}:{error.lineno}: {error.msg}. Fix the code so that "
            f"`python {shown_path(snippet)}` runs."
        )
        raise pytest.fail.Exception(syntax_error, pytrace=False) from None

    def stop(signum, frame):
        raise TimeLimitReached(frame)

    problem = None
    environment = os.environ.copy()
    previous_handler = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, time_limit)
    try:
        yield
    except TimeLimitReached as reached:
        problem = (
            f"{shown_path(snippet)}:{line_running_in(reached.args[0])}: still running "
            f"after {time_limit:g} s, the time limit of one snippet. Make it finish within "
            "seconds: smaller shapes, fewer steps, nothing that waits for input."
        )
    except Exception as error:
        # walk_tb, not extract_tb: pytest-examples gives the error a traceback of its own making,
        # on which extract_tb fails.
        tb = traceback.walk_tb(error.__traceback__)
        lines = [line for frame, line in tb if frame.f_code.co_filename == str(snippet)]
        problem = (
            f"{shown_path(snippet)}:{lines[-1] if lines else 1}: raised "
            f"{type(error).__name__}: {error}\n"
            "A snippet runs to its end. Fix the code; or, to show an error, catch it and print "
            f"it, as {SHOWING_AN_ERROR} does."
        )
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        os.environ.clear()
        os.environ.update(environment)
    if problem:
        # `from None`: pytest 8.3 cannot print the traceback that pytest-examples gives the
        # snippet's exception (an INTERNALERROR), so the failure does not chain to it.
        raise pytest.fail.Exception(problem, pytrace=False) from None


def line_running_in(frame) -> int:
    """The line of the snippet that the stack of `frame` was running: the innermost call in it."""
    # A frame of the snippet's code: run as `__main__` both by runpy and by pytest-examples, which
    # runs a copy under another file name.
    while frame is not None and frame.f_globals.get("__name__") != "__main__":
        frame = frame.f_back
    return frame.f_lineno if frame is not None else 1


def printed_by(snippet, time_limit: float) -> str:
    """What the snippet prints to stdout when run as `python snippet.py`, in this process."""
    stdout = io.StringIO()
    with running(snippet, time_limit), contextlib.redirect_stdout(stdout):
        runpy.run_path(str(snippet), run_name="__main__")
    return stdout.getvalue()


def random_order_hint(config, snippet) -> str:
    seed = config.getoption("randomly_seed", None)
    if seed is None:
        return ""
    return (
        f"\nThe tests ran in random order (seed {seed}). If `python {shown_path(snippet)}` "
        "alone prints the #> lines, the snippet relies on something another snippet left "
        "behind (an attribute of a module, a file): set it up in this snippet too. "
        "Rerun this order with "
        f"`python3 -m nox -s verify -- --randomly-seed={seed}`."
    )


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
    """`inspect.stack()` as far as pytest-examples reads it: the frames from the caller outwards
    (without the frame of `PrintsToo`, which pytest-examples does not count on)."""
    frames, frame = [], sys._getframe(1)
    while frame is not None:
        if frame.f_code is not PrintsToo.__call__.__code__:
            frames.append(types.SimpleNamespace(frame=frame, filename=frame.f_code.co_filename))
        frame = frame.f_back
    return frames


PYTHONS_PRINT = builtins.print  # taken before pytest-examples puts its own in its place


class PrintsToo(pytest_examples.run_code.MockPrintFunction):
    """pytest-examples' record of each `print` call, which prints as well: so one run of a
    snippet gives both what pytest-examples checks and what `python <snippet>` writes."""

    __slots__ = ()

    def __call__(self, *args, sep=" ", **kwargs):
        PYTHONS_PRINT(*args, sep=sep, **kwargs)
        super().__call__(*args, sep=sep, **kwargs)


@pytest.fixture(autouse=True)
def pytest_examples_prints_too(monkeypatch):
    monkeypatch.setattr(pytest_examples.run_code, "MockPrintFunction", PrintsToo)


def wants_keras_3(snippet: Path) -> bool:
    """Whether a snippet removes TF_USE_LEGACY_KERAS, `os.environ.pop("TF_USE_LEGACY_KERAS", ...)`:
    it wants Keras 3, which a process whose TensorFlow already uses tf-keras cannot give it."""
    return source_wants_keras_3(snippet.read_text(encoding="utf-8"))


@functools.cache  # asked of each snippet several times a run: to order, start and run the tests
def source_wants_keras_3(source: str) -> bool:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False  # its test says where
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "pop"
        and ast.unparse(node.func.value) == "os.environ"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == "TF_USE_LEGACY_KERAS"
        for node in ast.walk(tree)
    )


def runs_in_the_second_pytest(snippet: Path, config) -> bool:
    """Whether the second pytest runs this snippet's test (this one reads its outcome): in every
    pytest but that one (`--snippets-here`), a snippet that wants Keras 3."""
    return wants_keras_3(snippet) and not config.getoption("snippets_here")


@dataclass
class SecondProcess:
    """These tests, on the snippets that want Keras 3, run by a second pytest in the background,
    started without TF_USE_LEGACY_KERAS: it imports TensorFlow, once for all of them, on the other
    core while this process imports it and runs the other snippets. Each test here reads its
    outcome there."""

    process: subprocess.Popen
    folder: tempfile.TemporaryDirectory

    def outcome(self, item_name: str) -> str | None:
        """None if the test passed there; else what it failed with."""
        self.process.wait()
        report = Path(self.folder.name) / "report.xml"
        log = (Path(self.folder.name) / "log.txt").read_text(encoding="utf-8", errors="replace")
        cases = ElementTree.parse(report).iter("testcase") if report.is_file() else ()
        case = next((case for case in cases if case.get("name") == item_name), None)
        if case is None:
            return f"the second pytest did not run {item_name}:\n{log[-3000:]}"
        problems = [e.text or e.get("message", "") for e in case if e.tag in ("failure", "error")]
        return "\n".join(problems) or None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.folder.cleanup()


SECOND = pytest.StashKey[SecondProcess]()


def start_in_background(session) -> SecondProcess | None:
    """Start the second pytest, on the tests of the snippets that want Keras 3, if any (conftest.py
    calls this once the tests are collected; a test calls it where that did not, as in a
    pytest-xdist worker). It records their output too where this run does (`--update-examples`)."""
    config = session.config
    items = [
        item
        for item in session.items
        if item.originalname == "test_snippet_prints_its_recorded_output"
        and runs_in_the_second_pytest(item.callspec.params["snippet"], config)
    ]
    if not items:
        return None
    folder = tempfile.TemporaryDirectory(prefix="snippets-")
    argv = [
        *(sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider"),
        "--snippets-here",
        f"--snippets={config.getoption('snippets')}",
        f"--snippet-time-limit={config.getoption('snippet_time_limit')}",
        f"--junitxml={Path(folder.name) / 'report.xml'}",
        *(["--update-examples"] if config.getoption("update_examples") else []),
        *(f"{item.path}::{item.name}" for item in items),
    ]
    without_legacy_keras = {k: v for k, v in os.environ.items() if k != "TF_USE_LEGACY_KERAS"}
    with open(Path(folder.name) / "log.txt", "w", encoding="utf-8") as log:
        process = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=os.getcwd(),
            env=without_legacy_keras,
        )
    config.stash[SECOND] = SecondProcess(process, folder)
    return config.stash[SECOND]


def stop(config) -> None:
    if (second := config.stash.get(SECOND, None)) is not None:
        second.stop()


# `snippet` is each file in snippets/ (or in the folder given with --snippets): see conftest.py.


def test_snippet_prints_its_recorded_output(snippet, eval_example, time_limit, request):
    """One run of the snippet, checked twice over. pytest-examples compares the arguments of each
    `print` with the `#>` lines under it; and the `#>` lines, read top to bottom, must be byte for
    byte what `python <snippet>` writes to stdout, which catches what pytest-examples records
    differently from Python: `end=`, `file=`, prints out of line order, reformatted values.
    """
    if runs_in_the_second_pytest(snippet, request.config):
        second = request.config.stash.get(SECOND, None) or start_in_background(request.session)
        failure = second.outcome(request.node.name)  # this very test, run by the second pytest
        if failure:
            pytest.fail(failure, pytrace=False)
        return
    example = CodeExample.create(snippet.read_text(encoding="utf-8"), path=snippet)
    eval_example.set_config(line_length=NO_WRAP)
    if eval_example.update_examples:
        # Record only output that every run prints: a second run must agree with the first.
        fail_if_it_prints_something_else_when_run_again(snippet, time_limit)
        start_fresh()
        with running(snippet, time_limit):
            eval_example.run_print_update(example)
        return

    stdout, diff = io.StringIO(), None
    try:
        with running(snippet, time_limit), contextlib.redirect_stdout(stdout):
            eval_example.run_print_check(example)
    except pytest.fail.Exception as failure:
        if not failure.msg.startswith("Print output changed"):
            raise  # the snippet failed to run: `running` has said why
        diff = failure.msg
    printed = stdout.getvalue()
    shown = "".join(text + "\n" for _, text in recorded_output(example.source))
    if diff is None and printed == shown:
        return

    # Run it once more, only now that it failed: output that changes on every run needs
    # another fix than output that changed once.
    start_fresh()
    fail_if_it_prints_something_else_when_run_again(snippet, time_limit, first=printed)
    if diff is not None:
        pytest.fail(
            f"{shown_path(snippet)}:{first_changed_line(diff)}: the output printed differs from "
            f"the #> lines.\n{UPDATE_HINT}{random_order_hint(request.config, snippet)}\n{diff}",
            pytrace=False,
        )
    i, shown_line, printed_line = first_difference(shown, printed)
    pytest.fail(
        f"{shown_path(snippet)}:{output_line(snippet, i)}: the page shows\n"
        f"    {shown_line!r}\n"
        f"but `python {shown_path(snippet)}` prints\n"
        f"    {printed_line!r}\n"
        "Print one string per call (for example print(str(value))), in the order the lines "
        f"appear, to stdout. {UPDATE_HINT}",
        pytrace=False,
    )


def fail_if_it_prints_something_else_when_run_again(snippet, time_limit, first=None):
    """A page shows one output: a snippet must print it on every run, not a new one each time."""
    if first is None:
        first = printed_by(snippet, time_limit)
        start_fresh()
    second = printed_by(snippet, time_limit)
    if first != second:
        i, first_line, second_line = first_difference(first, second)
        pytest.fail(
            f"{shown_path(snippet)}:{output_line(snippet, i)}: prints something else when run a "
            f"second time:\n    {first_line!r}\nthen\n    {second_line!r}\n"
            "A page can show only output that every run prints: fix the random seed "
            "(tf.random.set_seed, or seed= on the op), or print what does not change "
            "(shapes, names, rounded values) instead of addresses, times or random values.",
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
