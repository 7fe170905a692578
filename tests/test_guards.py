"""The guards fire: a bad change to a snippet fails verification with a message that says where.

Each test copies the snippet tests and one snippet into a temporary folder, breaks the copy, and
runs pytest there in a fresh process (snippet_files finds the snippets beside the tests it sits in).
"""

from __future__ import annotations

import shutil

from snippet_files import ROOT

SNIPPET = "snippets/variable_vs_get_variable/variable_always_creates.py"


def project_copy(pytester):
    for path in ("tests/snippet_files.py", "tests/test_snippets.py", SNIPPET):
        (pytester.path / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / path, pytester.path / path)
    return pytester.path / SNIPPET


def test_a_changed_output_line_fails_naming_the_snippet_and_update_restores_it(pytester):
    snippet = project_copy(pytester)
    original = snippet.read_text(encoding="utf-8")
    broken = original.replace("#> <tf.Variable 'x_1:0'", "#> <tf.Variable 'x:0'")
    assert broken != original
    snippet.write_text(broken, encoding="utf-8")
    lines = zip(original.splitlines(), broken.splitlines(), strict=True)
    changed_line = next(n for n, (before, after) in enumerate(lines, 1) if before != after)

    checked = pytester.runpytest_subprocess("tests/test_snippets.py")
    checked.assert_outcomes(failed=2)
    checked.stdout.fnmatch_lines(
        [
            f"{SNIPPET}:{changed_line}: the output printed differs from the #> lines.",
            "*run `nox -s update`*",
        ]
    )

    pytester.runpytest_subprocess("tests/test_snippets.py", "--update-examples")
    assert snippet.read_text(encoding="utf-8") == original
