"""Every TF1 snippet also runs on real TensorFlow 1.15.5, and prints its `#>` lines there too, or,
where 1.15.5 prints otherwise, what snippets/tf115.json records for it.

A TF1 snippet imports `tensorflow.compat.v1`, calls `tf.disable_v2_behavior()` and has no
`# tf2-only: <why>` line
(snippet_files.runs_on_tf1). tests/tf115_runner.py runs all of them in one Python 3.7 process,
in the environment of requirements/tf115.txt that `nox -s verify` creates in .nox/tf115/. It
starts in the background as soon as the tests are collected (conftest.py), and these tests, which
run last, read its report: the other tests run meanwhile. Where 1.15.5 prints other lines,
`nox -s update` (pytest --update-examples) records them, with a digest of the snippet's code, and
the pages show them under the example (hooks/verified_versions.py).
"""

from __future__ import annotations

import difflib
import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from snippet_files import (
    ROOT,
    all_snippets,
    code_digest,
    first_difference,
    output_line,
    recorded_output,
    runs_on_tf1,
    shown_path,
)

RUNNER = ROOT / "tests" / "tf115_runner.py"
ENVIRONMENT = ROOT / ".nox" / "tf115" / "bin" / "python"
RECORDS = "tf115.json"  # in the snippets' folder
UPDATE_HINT = (
    "If what 1.15.5 prints is right, run `nox -s update`: it records it in {records}, and the "
    "pages show it under the example. Then say on the page what differs, in both languages."
)
SHOWING_AN_ERROR = "snippets/scopes_and_creation/get_variable_without_reuse_raises.py"


def tf1_snippets(folder: Path) -> list[Path]:
    return [p for p in all_snippets(folder) if runs_on_tf1(p.read_text(encoding="utf-8"))]


def records_file(folder: Path) -> Path:
    return folder / RECORDS


def record_key(snippet: Path, folder: Path) -> str:
    """A snippet's key in the records: its path from the snippets' parent ('snippets/x/y.py')."""
    return snippet.relative_to(folder.parent).as_posix()


def read_records(folder: Path) -> dict:
    path = records_file(folder)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def write_records(folder: Path, records: dict) -> None:
    text = json.dumps(dict(sorted(records.items())), indent=2, ensure_ascii=False) + "\n"
    records_file(folder).write_text(text, encoding="utf-8")


@dataclass
class Run:
    """The run of tests/tf115_runner.py in the background."""

    snippets: list[Path]
    process: subprocess.Popen
    out: Path

    def report(self) -> dict:
        self.process.wait()
        if self.process.returncode != 0 or not self.out.is_file():
            stderr = self.out.with_name("stderr.txt").read_text(errors="replace")
            pytest.fail(
                f"{shown_path(RUNNER)} failed ({self.process.returncode}) in "
                f"{self.process.args[0]}:\n{stderr[-3000:]}",
                pytrace=False,
            )
        return json.loads(self.out.read_text(encoding="utf-8"))


RUN = pytest.StashKey[Run]()


def environment(config) -> Path:
    return Path(config.getoption("tf115_python") or ENVIRONMENT)


def start_in_background(session) -> None:
    """Start the 1.15.5 run, if any test collected needs it; and run those tests last."""
    config = session.config
    needs_it = {
        item: None for item in session.items if "tf115_report" in getattr(item, "fixturenames", ())
    }  # in their order
    if not needs_it or config.getoption("no_tf115") or not environment(config).is_file():
        return  # the tests skip, or fail saying how to get the environment
    session.items.sort(key=lambda item: item in needs_it)  # stable: the others keep their order
    snippets = [item.callspec.params["tf1_snippet"] for item in needs_it]  # those selected
    out = Path(tempfile.mkdtemp(prefix="tf115-")) / "report.json"
    time_limit = config.getoption("snippet_time_limit")
    argv = [environment(config), RUNNER, "--time-limit", str(time_limit), "--out", out]
    if config.getoption("update_examples"):
        argv.append("--twice")
    # TensorFlow's log goes to a file: a pipe that nobody reads until the end would fill up and
    # stop the run. What the snippets print is in the report.
    with open(out.with_name("stderr.txt"), "w") as stderr:
        process = subprocess.Popen(
            [*map(str, argv), *map(str, snippets)],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    config.stash[RUN] = Run(snippets, process, out)


def stop(config) -> None:
    """At the end of the session: a run that nobody waited for (`-x`, Ctrl-C) is stopped."""
    run = config.stash.get(RUN, None)
    if run is not None:
        if run.process.poll() is None:
            run.process.kill()
            run.process.wait()
        shutil.rmtree(run.out.parent, ignore_errors=True)


def summary(terminalreporter, config) -> None:
    """What the log says at its end: how the 1.15.5 run went, or that it was skipped."""
    folder = config.getoption("snippets").resolve()
    if config.getoption("no_tf115"):
        terminalreporter.section("TensorFlow 1.15.5 not checked", yellow=True)
        terminalreporter.write_line(
            f"--no-tf115: the {len(tf1_snippets(folder))} TF1 snippets were not run on TensorFlow "
            "1.15.5; what the pages say of 1.15.5 went unchecked. Run without --no-tf115 before "
            "a pull request (CI does)."
        )
        return
    run = config.stash.get(RUN, None)
    if run is None or run.process.returncode != 0 or not run.out.is_file():
        return
    report = json.loads(run.out.read_text(encoding="utf-8"))
    records = read_records(folder)
    recorded = sum(record_key(p, folder) in records for p in run.snippets)
    terminalreporter.section("TensorFlow 1.15.5")
    terminalreporter.write_line(
        f"{len(run.snippets)} TF1 snippets ran on TensorFlow {report['tensorflow']} (Python "
        f"{report['python']}) in {report['seconds']:.1f} s, {report['import_seconds']:.1f} s of "
        f"it importing TensorFlow; {shown_path(records_file(folder))} records other output "
        f"than the #> lines for {recorded} of them."
    )


@pytest.fixture(scope="session")
def tf115_report(request) -> dict:
    config = request.config
    if config.getoption("no_tf115"):
        pytest.skip("--no-tf115: not run on TensorFlow 1.15.5")
    if not environment(config).is_file():
        pytest.fail(
            f"No TensorFlow 1.15.5 environment: there is no {environment(config)}. "
            "`python3 -m nox -s verify` creates it (it needs Python 3.7, and says how to get it); "
            "or name a Python that has tensorflow==1.15.5 with --tf115-python=<path>; or skip "
            "these checks with --no-tf115.",
            pytrace=False,
        )
    if RUN not in config.stash:  # not started with the session (a test run on its own)
        start_in_background(request.session)
    return config.stash[RUN].report()


@pytest.fixture
def snippets_folder(request) -> Path:
    return request.config.getoption("snippets").resolve()


def unified_diff(expected: str, printed: str, expected_name: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True),
        printed.splitlines(keepends=True),
        expected_name,
        "what TensorFlow 1.15.5 prints",
    )
    return "".join(lines)


# `tf1_snippet` is each TF1 snippet of snippets/ (or of the folder given with --snippets).


def test_tf1_snippet_prints_on_tf115_its_output_lines_or_its_record(
    tf1_snippet, tf115_report, snippets_folder, request
):
    path = shown_path(tf1_snippet)
    result = tf115_report["snippets"][str(tf1_snippet)]
    if "timeout" in result:
        pytest.fail(
            f"{path}:{result['line']}: still running after {result['timeout']:g} s on "
            "TensorFlow 1.15.5, the time limit of one snippet. Make it finish within seconds.",
            pytrace=False,
        )
    if "error" in result:
        pytest.fail(
            f"{path}:{result['line']}: on TensorFlow 1.15.5, raised {result['error']}\n"
            "A TF1 snippet runs to its end on both versions. Make it run on 1.15.5 too; or, to "
            f"show an error, catch it and print it, as {SHOWING_AN_ERROR} does; or, if its "
            "point is TensorFlow 2, say so in a line `# tf2-only: <why>`, and it runs on 2.21.0 "
            "only.",
            pytrace=False,
        )
    source = tf1_snippet.read_text(encoding="utf-8")
    shown = "".join(text + "\n" for _, text in recorded_output(source))
    printed = result["printed"]
    records_name = shown_path(records_file(snippets_folder))
    key = record_key(tf1_snippet, snippets_folder)
    records = read_records(snippets_folder)
    record = records.get(key)

    if request.config.getoption("update_examples"):
        if result["printed_again"] != printed:
            i, first, second = first_difference(printed, result["printed_again"])
            pytest.fail(
                f"{path}:{output_line(tf1_snippet, i)}: prints something else when run a second "
                f"time on TensorFlow 1.15.5:\n    {first!r}\nthen\n    {second!r}\nA page can "
                "show only output that every run prints: fix the random seed, or print what "
                "does not change.",
                pytrace=False,
            )
        if printed == shown:
            records.pop(key, None)
        else:
            records[key] = {"code": code_digest(source), "printed": printed.splitlines()}
        if records != read_records(snippets_folder):
            write_records(snippets_folder, records)
        return

    hint = UPDATE_HINT.format(records=records_name)
    if record is None:
        if printed != shown:
            i, _, _ = first_difference(shown, printed)
            pytest.fail(
                f"{path}:{output_line(tf1_snippet, i)}: TensorFlow 1.15.5 prints other than "
                f"the #> lines.\n{hint}\n{unified_diff(shown, printed, '#> lines')}",
                pytrace=False,
            )
        return
    if record["code"] != code_digest(source):
        pytest.fail(
            f"{path}:1: its record in {records_name} is stale: the snippet's code changed "
            "since it was recorded. Run `nox -s update` to record what TensorFlow 1.15.5 "
            "prints now.",
            pytrace=False,
        )
    if printed == shown:
        pytest.fail(
            f"{path}:1: TensorFlow 1.15.5 prints the #> lines now, yet {records_name} records "
            "other lines for it. Run `nox -s update` to remove the record (and what the pages "
            "say of the difference).",
            pytrace=False,
        )
    recorded = "".join(line + "\n" for line in record["printed"])
    if printed != recorded:
        i, _, _ = first_difference(recorded, printed)
        pytest.fail(
            f"{path}:{output_line(tf1_snippet, i)}: TensorFlow 1.15.5 prints other than its "
            f"record in {records_name}.\n{hint}\n{unified_diff(recorded, printed, records_name)}",
            pytrace=False,
        )


def test_every_tf115_record_is_of_a_tf1_snippet(snippets_folder, request):
    records = read_records(snippets_folder)
    tf1 = {record_key(p, snippets_folder) for p in tf1_snippets(snippets_folder)}
    orphans = sorted(set(records) - tf1)
    if request.config.getoption("update_examples"):
        if orphans:
            write_records(snippets_folder, {k: v for k, v in records.items() if k in tf1})
        return
    assert not orphans, (
        "\n".join(
            f"{shown_path(records_file(snippets_folder))}: records {key}, which is no TF1 snippet"
            for key in orphans
        )
        + "\nA snippet that was removed, renamed or marked `# tf2-only:` needs no record of "
        "what TensorFlow 1.15.5 prints: run `nox -s update` to remove it."
    )
