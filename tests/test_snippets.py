"""Every snippet runs on each version it is for, and prints exactly what the page shows.

On TensorFlow 2.21.0 a snippet prints its `#>` lines; pytest-examples checks them, in this process,
where TensorFlow is imported once. On TensorFlow 1.15.5 (every TensorFlow snippet without a
`# tf2-only: <why>` line) it prints its `#>` lines too, or the lines snippets/tf115.json records
for it, with a digest of its code, so that a record the code has outgrown fails. Two kinds run in
a process of their own, tests/snippet_worker.py, started once for all of its kind: those on
1.15.5 (one process for graph-mode snippets, one for eager ones, which call
`tf.enable_eager_execution()` first), and those that want Keras 3: which Keras TensorFlow uses is
settled in a process at its first use, and the `tf.layers` snippets set TF_USE_LEGACY_KERAS.

`nox -s update` (pytest --update-examples) records the output after a deliberate change: the #>
lines through pytest-examples, and what 1.15.5 prints, where it differs, in snippets/tf115.json.
"""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import snippet_worker
import vendor_patches
from pytest_examples import CodeExample

import project
from project import Snippet

TF2, TF1 = project.TF2_VERSION, project.TF1_VERSION
WORKER = Path(__file__).with_name("snippet_worker.py")
# Wide enough that pytest-examples writes every one-line output as it is: past its line length it
# re-formats a non-string value with black, and the page would then show what Python never prints.
NO_WRAP = 100_000
SHOWING_AN_ERROR = "snippets/scopes_and_creation/get_variable_without_reuse_raises.py"
UPDATE_HINT = "If the new output is right, run `nox -s update` to record it."
TF1_HINT = (
    "If what 1.15.5 prints is right, run `nox -s update`: it records it in snippets/tf115.json, "
    "and the pages show it under the example. Then say on the page what differs, in both languages."
)
RECORD_STALE = (
    "its record in snippets/tf115.json is stale: the snippet's code changed since it was "
    f"recorded. Run `nox -s update` to record what {TF1} prints now."
)
RECORD_NOT_NEEDED = (
    f"TensorFlow {TF1} prints the #> lines now, yet snippets/tf115.json records other lines for "
    "it. Run `nox -s update` to remove the record (and what the pages say of the difference)."
)
SAME_EACH_RUN = (
    "A page can show only output that every run prints: fix the random seed "
    "(tf.random.set_seed, or seed= on the op), or print what does not change "
    "(shapes, names, rounded values) instead of addresses, times or random values."
)


def pytest_generate_tests(metafunc):
    """`snippet` and `version`: each snippet of snippets/ (or --snippets) on each version it is for;
    those run by the same process of their own go to the same pytest-xdist worker."""
    if "snippet" not in metafunc.fixturenames:
        return
    params, keras_3_here = [], metafunc.config.getoption("keras_3_here")
    for snippet in project.snippets(metafunc.config.getoption("snippets")):
        if keras_3_here and not snippet.wants_keras_3:
            continue  # a pytest for the Keras 3 snippets on TensorFlow 2 only
        for version in [TF2, TF1] if snippet.runs_on_tf1 and not keras_3_here else [TF2]:
            process = process_of(snippet, version, keras_3_here)
            marks = [pytest.mark.xdist_group(process)] if process else []
            key = snippet.key if version == TF2 else f"{snippet.key}@{TF1}"
            params.append(pytest.param(snippet, version, id=key, marks=marks))
    metafunc.parametrize(("snippet", "version"), params)


def process_of(snippet: Snippet, version: str, keras_3_here: bool) -> str | None:
    """The process of its own that runs the snippet on `version`, or None for this one."""
    if version == TF1:
        return "tf115" if snippet.graph_mode else "tf115-eager"
    return "keras-3" if snippet.wants_keras_3 and not keras_3_here else None


class Worker:
    """tests/snippet_worker.py, in a Python and an environment of its own, running snippets."""

    def __init__(self, python: Path | str, *options: str, env: dict | None = None):
        self.log = tempfile.TemporaryFile("w+", encoding="utf-8")  # TensorFlow's, and a crash's
        self.process = subprocess.Popen(
            [str(python), str(WORKER), *options],
            cwd=project.ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            encoding="utf-8",
        )
        self.answer()  # it started

    def answer(self) -> dict:
        line = self.process.stdout.readline()
        if not line:
            self.process.wait()
            self.log.seek(0)
            pytest.fail(
                f"tests/snippet_worker.py ended ({self.process.returncode}) in "
                f"{self.process.args[0]}:\n{self.log.read()[-3000:]}",
                pytrace=False,
            )
        return json.loads(line)

    def run(self, snippet: Snippet, time_limit: float) -> dict:
        request = {"path": str(snippet.path), "time_limit": time_limit}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return self.answer()

    def stop(self) -> None:
        self.process.stdin.close()
        self.process.wait()
        self.log.close()


@pytest.fixture(scope="session")
def workers(request):
    """The processes of their own, each started when a snippet first needs it."""
    started: dict[str, Worker] = {}

    def worker(kind: str) -> Worker:
        if kind not in started:
            if kind == "keras-3":
                env = {k: v for k, v in os.environ.items() if k != "TF_USE_LEGACY_KERAS"}
                started[kind] = Worker(sys.executable, env=env)
            else:
                python = tf115_python(request.config)
                started[kind] = Worker(python, *(["--eager"] if kind == "tf115-eager" else []))
        return started[kind]

    yield worker
    for each in started.values():
        each.stop()


def tf115_python(config) -> Path:
    if config.getoption("no_tf115"):
        pytest.skip(f"--no-tf115: not run on TensorFlow {TF1}")
    python = config.getoption("tf115_python") or project.TF115_PYTHON
    if not Path(python).is_file():
        pytest.fail(
            f"No TensorFlow {TF1} environment: there is no {python}. `python3 -m nox -s verify` "
            "creates it (it needs Python 3.7, and says how to get it); or name a Python that has "
            f"tensorflow=={TF1} with --tf115-python=<path>; or skip these checks with --no-tf115.",
            pytrace=False,
        )
    return Path(python)


def test_snippet(snippet: Snippet, version: str, request, workers, eval_example):
    """One run of the snippet on `version`, checked against what the page shows for it: its #>
    lines, or on 1.15.5 what snippets/tf115.json records for it, with the digest of the code it
    was recorded for. On TensorFlow 2.21.0, in this process, pytest-examples checks the arguments
    of each `print` against the `#>` lines under it too; and the `#>` lines, read top to bottom,
    must be byte for byte what `python <snippet>` writes to stdout, which catches what
    pytest-examples records differently from Python: `end=`, `file=`, prints out of line order,
    reformatted values."""
    config = request.config
    time_limit, update = config.getoption("snippet_time_limit"), config.getoption("update_examples")
    path = str(snippet.path)
    process = process_of(snippet, version, config.getoption("keras_3_here"))
    if process is None:
        example, disagrees = CodeExample.create(snippet.source, path=snippet.path), []
        eval_example.set_config(line_length=NO_WRAP)

        def check() -> None:
            try:
                eval_example.run_print_check(example)
            except pytest.fail.Exception as failure:
                disagrees.append(failure.msg)  # the output differs: pytest-examples' diff of it

        def run(execute=None) -> str:
            if snippet.imports_tensorflow:
                import tensorflow.compat.v1  # noqa: F401  before the time limit starts
            with vendor_patches.pytest_examples_prints_too_and_fast():
                return printed(snippet, TF2, snippet_worker.run(path, time_limit, execute))

    elif update and version == TF2:
        pytest.skip("Keras 3: `nox -s update` records it in a pytest of its own (--keras-3-here)")
    else:
        worker, check, disagrees = workers(process), None, []

        def run(execute=None) -> str:  # `execute` is pytest-examples', in this process only
            return printed(snippet, version, worker.run(snippet, time_limit))

    if update:  # only output that every run prints: a second run must agree with the first
        output = run()
        same_again(snippet, version, output, run())
        if process is None:
            run(lambda: eval_example.run_print_update(example))
        else:
            record_tf115(snippet, output)
        return
    output = run(check)
    # One check here agrees with the #> lines, the other does not: recording again cannot help
    if process is None and (not disagrees) != (output == snippet.shown):
        same_again(snippet, TF2, output, run())
        why = disagrees or [diff(snippet.shown, output, "the #> lines", f"what {TF2} prints")]
        fail(
            snippet,
            snippet.output_line(first_difference(snippet.shown, output)),
            "pytest-examples records the output unlike what "
            "Python prints (a value re-formatted, `end=`, `file=`): print one string per call "
            "(for example print(str(value))), in the order the lines appear, to stdout.\n" + why[0],
        )
    records = project.records(snippet.path.parent.parent / project.TF115_RECORDS.name)
    record = records.get(snippet.key) if version == TF1 else None
    if record is None:
        hint = TF1_HINT if version == TF1 else UPDATE_HINT + random_order_hint(config, snippet)
        expect_same(snippet, version, snippet.shown, output, "the #> lines", hint, run)
    elif record["code"] != snippet.digest:
        fail(snippet, 1, RECORD_STALE)
    elif output == snippet.shown:
        fail(snippet, 1, RECORD_NOT_NEEDED)
    else:
        recorded = "".join(line + "\n" for line in record["printed"])
        name = "its record in snippets/tf115.json"
        expect_same(snippet, TF1, recorded, output, name, TF1_HINT, run)


def record_tf115(snippet: Snippet, output: str) -> None:
    """What 1.15.5 printed, in snippets/tf115.json where it is not the #> lines."""
    path = snippet.path.parent.parent / project.TF115_RECORDS.name
    records = project.records(path)
    if output == snippet.shown:
        records.pop(snippet.key, None)
    else:
        records[snippet.key] = {"code": snippet.digest, "printed": output.splitlines()}
    if records != project.records(path):
        project.write_records(records, path)


def printed(snippet: Snippet, version: str, result: dict) -> str:
    """What a run of the snippet printed (tests/snippet_worker.py's `run`), if it ran to its end."""
    if "syntax_error" in result:
        message = f"{result['syntax_error']}. Fix the code so that `python {snippet.key}` runs."
        fail(snippet, result["line"], message)
    if "timeout" in result:
        fail(snippet, result["line"], still_running(result["timeout"], version))
    if "error" in result:
        fail(snippet, result["line"], raised(result["error"], version))
    return result["printed"]


def test_every_tf115_record_is_of_a_snippet_that_runs_on_tf115(request):
    folder = request.config.getoption("snippets").resolve()
    path = folder / project.TF115_RECORDS.name
    records = project.records(path)
    runs = {s.key for s in project.snippets(folder) if s.runs_on_tf1}
    orphans = sorted(set(records) - runs)
    if request.config.getoption("update_examples"):
        if orphans:
            project.write_records({k: v for k, v in records.items() if k in runs}, path)
        return
    assert not orphans, "\n".join(
        f"snippets/tf115.json: records {key}, which does not run on TensorFlow {TF1}"
        for key in orphans
    ) + (
        "\nA snippet that was removed, renamed or marked `# tf2-only:` needs no record of "
        f"what TensorFlow {TF1} prints: run `nox -s update` to remove it."
    )


def random_order_hint(config, snippet: Snippet) -> str:
    seed = config.getoption("randomly_seed", None)
    if seed is None:
        return ""
    return (
        f"\nThe tests ran in random order (seed {seed}). If `python {snippet.key}` alone prints "
        "the #> lines, the snippet relies on something another snippet left behind (an "
        "attribute of a module, a file): set it up in this snippet too. Rerun this order with "
        f"`python3 -m nox -s verify -- --randomly-seed={seed}`."
    )


# One set of failure messages, whichever version and process ran the snippet.


def fail(snippet: Snippet, line: int | None, message: str):
    # `from None`: pytest 8.3 cannot print the traceback that pytest-examples gives the snippet's
    # exception (an INTERNALERROR), so the failure does not chain to it.
    raise pytest.fail.Exception(f"{snippet.key}:{line or 1}: {message}", pytrace=False) from None


def still_running(time_limit: float, version: str) -> str:
    return (
        f"still running after {time_limit:g} s on TensorFlow {version}, the time limit of one "
        "snippet. Make it finish within seconds: smaller shapes, fewer steps, nothing that waits "
        "for input."
    )


def raised(error: str, version: str) -> str:
    message = (
        f"raised {error} (TensorFlow {version})\nA snippet runs to its end. Fix the code; or, to "
        f"show an error, catch it and print it, as {SHOWING_AN_ERROR} does"
    )
    if version == TF1:
        message += "; or, if its point is TensorFlow 2, say so in a line `# tf2-only: <why>`"
        message += f", and it runs on {TF2} only"
    return message + "."


def expect_same(snippet, version, expected, printed, expected_name, hint, again) -> None:
    """`printed` is `expected`; if not, whether it prints the same when run again says which fix
    it needs (asked only once it failed)."""
    if printed == expected:
        return
    same_again(snippet, version, printed, again())
    i = first_difference(expected, printed) if expected_name == "the #> lines" else 0
    fail(
        snippet,
        snippet.output_line(i),
        f"the output printed on TensorFlow {version} differs from {expected_name}."
        f"\n{hint}\n{diff(expected, printed, expected_name, f'what TensorFlow {version} prints')}",
    )


def diff(output: str, other: str, name: str, other_name: str) -> str:
    lines, other_lines = output.splitlines(keepends=True), other.splitlines(keepends=True)
    return "".join(difflib.unified_diff(lines, other_lines, name, other_name))


def same_again(snippet: Snippet, version: str, first: str, second: str) -> None:
    """A page shows one output: a snippet must print it on every run, not a new one each time."""
    if first != second:
        fail(
            snippet,
            snippet.output_line(first_difference(first, second)),
            f"prints something else when run a second time on TensorFlow {version}:\n"
            f"{SAME_EACH_RUN}\n{diff(first, second, 'the first run', 'the second run')}",
        )


def first_difference(output: str, other: str) -> int:
    """The index of the first line where two outputs differ."""
    lines, other_lines = output.splitlines(), other.splitlines()
    pairs = enumerate(zip(lines, other_lines, strict=False))
    return next((i for i, (a, b) in pairs if a != b), min(len(lines), len(other_lines)))
