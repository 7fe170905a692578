"""The guards fire: a bad snippet fails verification with a message that names the file and line.

Each test writes a small bad snippet into a temporary folder and runs tests/test_snippets.py on
that folder (`--snippets`), in this process: TensorFlow is already imported.
"""

from __future__ import annotations

import tensorflow.compat.v1  # noqa: F401  # imported before pytester's module snapshots: numpy loads once
from snippet_files import ROOT

SNIPPET_TESTS = ROOT / "tests" / "test_snippets.py"
EXAMPLE = "snippets/variable_vs_get_variable/variable_always_creates.py"


def run_snippet_tests(pytester, *options):
    snippets = pytester.path / "snippets"
    return pytester.runpytest_inprocess(
        SNIPPET_TESTS, "--snippets", snippets, "--update-examples-disable-summary", *options
    )


def write_snippet(pytester, name, source):
    path = pytester.path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    return path


def test_a_changed_output_line_fails_naming_the_snippet_and_update_restores_it(pytester):
    original = (ROOT / EXAMPLE).read_text(encoding="utf-8")
    broken = original.replace("#> <tf.Variable 'x_1:0'", "#> <tf.Variable 'x:0'")
    assert broken != original
    snippet = write_snippet(pytester, EXAMPLE, broken)
    lines = zip(original.splitlines(), broken.splitlines(), strict=True)
    changed_line = next(n for n, (before, after) in enumerate(lines, 1) if before != after)

    checked = run_snippet_tests(pytester)
    checked.assert_outcomes(failed=2)
    checked.stdout.fnmatch_lines(
        [
            f"{EXAMPLE}:{changed_line}: the output printed differs from the #> lines.",
            "*run `nox -s update`*",
        ]
    )

    run_snippet_tests(pytester, "--update-examples").assert_outcomes(passed=1, skipped=1)
    assert snippet.read_text(encoding="utf-8") == original


def test_output_that_pytest_examples_records_unlike_python_fails_naming_the_line(pytester):
    # A multi-line value that is valid Python: pytest-examples writes it re-formatted by black.
    write_snippet(
        pytester,
        "snippets/guards/list_of_arrays.py",
        "import numpy as np\n\nprint([np.zeros((2, 2))])\n",
    )
    run_snippet_tests(pytester, "--update-examples").assert_outcomes(passed=1, skipped=1)

    checked = run_snippet_tests(pytester)
    checked.assert_outcomes(passed=1, failed=1)
    checked.stdout.fnmatch_lines(
        [
            "snippets/guards/list_of_arrays.py:*: the page shows",
            "*but `python snippets/guards/list_of_arrays.py` prints",
            "*print(str(value))*",
        ]
    )
