"""The guards fire: a bad snippet fails verification with a message that names the file and line.

Each test writes a small bad snippet into a temporary folder and runs tests/test_snippets.py on
that folder (`--snippets`), in this process: TensorFlow is already imported (a snippet that wants
Keras 3, or runs on TensorFlow 1.15.5, runs in a process of its own, tests/snippet_worker.py).
"""

from __future__ import annotations

import json

import nbformat
import pytest

from project import ROOT, Snippet


@pytest.fixture(autouse=True, scope="module")
def tensorflow_imported():
    """TensorFlow imported before pytester's first snapshot of the modules, which would unload
    it (and numpy, which cannot load twice) after each test. Here, not at the module's import:
    the collection of the tests, which starts the processes that others wait for, would wait
    for it."""
    import tensorflow.compat.v1  # noqa: F401


SNIPPET_TESTS = ROOT / "tests" / "test_snippets.py"
EXAMPLE = "snippets/variable_vs_get_variable/variable_always_creates.py"
PRINTS_TF_USE_LEGACY_KERAS = (
    '\nprint("TF_USE_LEGACY_KERAS:", os.environ.get("TF_USE_LEGACY_KERAS"))\n'
    "#> TF_USE_LEGACY_KERAS: 1\n"
)


def run_snippet_tests(pytester, *options, records=False):
    """tests/test_snippets.py on the snippets written into the temporary folder (and its check of
    snippets/tf115.json only where `records`)."""
    snippets = pytester.path / "snippets"
    only = [] if records else ["-k", "not tf115_record"]
    return pytester.runpytest_inprocess(
        SNIPPET_TESTS, "--snippets", snippets, "--update-examples-disable-summary", *only, *options
    )


def expect(checked, says: list[str], **outcomes) -> None:
    checked.assert_outcomes(**outcomes)
    checked.stdout.fnmatch_lines(says)
    checked.stdout.no_fnmatch_line("*INTERNALERROR*")


def write(pytester, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = pytester.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_a_changed_output_line_fails_naming_the_snippet_and_update_restores_it(pytester):
    original = (ROOT / EXAMPLE).read_text(encoding="utf-8")
    broken = original.replace("#> <tf.Variable 'x_1:0'", "#> <tf.Variable 'x:0'")
    assert broken != original
    write(pytester, {EXAMPLE: broken})
    lines = zip(original.splitlines(), broken.splitlines(), strict=True)
    changed_line = next(n for n, (before, after) in enumerate(lines, 1) if before != after)
    says = [
        f"{EXAMPLE}:{changed_line}: the output printed on TensorFlow 2.21.0 differs from the #> "
        "lines.",
        "*run `nox -s update`*",
    ]
    # here, the check on TensorFlow 2
    expect(run_snippet_tests(pytester, "--no-tf115"), says, failed=1, skipped=1)

    updated = run_snippet_tests(pytester, "--update-examples", "--no-tf115")
    updated.assert_outcomes(passed=1, skipped=1)
    assert (pytester.path / EXAMPLE).read_text(encoding="utf-8") == original


NEW_UUID = "import uuid\n\nprint(str(uuid.uuid4()))\n"
PRINTS_SOMETHING_ELSE = [
    "snippets/guards/new_uuid.py:*: prints something else when run a second time on "
    "TensorFlow 2.21.0:",
    "A page can show only output that every run prints*",
]
# Snippets in snippets/guards/ of which the last fails, and what tests/test_snippets.py says, run
# with the options given: {case: (files, options, says)}
BAD_SNIPPETS = {
    "a_syntax_error": (
        {"unclosed.py": 'x = 1\n\nprint("x is", x\n'},
        [],
        ["snippets/guards/unclosed.py:3: '(' was never closed. Fix the code so that *runs."],
    ),
    "an_unexpected_exception": (
        {"raises.py": 'shapes = {"x": [2, 3]}\nprint("start")\n#> start\nprint(shapes["y"])\n'},
        [],
        [
            "snippets/guards/raises.py:4: raised KeyError: 'y' (TensorFlow 2.21.0)",
            "A snippet runs to its end. Fix the code; or, to show an error, catch it and print it*",
        ],
    ),
    # Recorded anyway (by hand, say): the check says why it fails, not only that it does.
    "output_that_changes_from_run_to_run": (
        {"new_uuid.py": NEW_UUID + "#> 0b5e8a32-bd14-4a5c-8a8b-0c5b0e5e6a35\n"},
        [],
        PRINTS_SOMETHING_ELSE,
    ),
    "a_snippet_past_its_time_limit": (
        {"hangs.py": 'import time\n\nprint("waiting")\n#> waiting\ntime.sleep(600)\n'},
        ["--snippet-time-limit", "0.5"],
        [
            "snippets/guards/hangs.py:5: still running after 0.5 s on TensorFlow 2.21.0, the time "
            "limit of one snippet.*"
        ],
    ),
    # One snippet sets TF_USE_LEGACY_KERAS, and runs here; the other removes it: it runs in a
    # process of its own, started without it. (That TensorFlow uses Keras 3 there, the snippets
    # that print "Keras 3" show; these import no TensorFlow, so that this guard's process does
    # not import it once more.)
    "a_wrong_output_of_a_keras_3_snippet_from_its_own_process": (
        {
            "on_tf_keras.py": 'import os\n\nos.environ["TF_USE_LEGACY_KERAS"] = "1"\n'
            + PRINTS_TF_USE_LEGACY_KERAS,
            "on_keras_3.py": 'import os\n\nos.environ.pop("TF_USE_LEGACY_KERAS", None)\n'
            + PRINTS_TF_USE_LEGACY_KERAS,
        },
        [],
        [
            "snippets/guards/on_keras_3.py:6: the output printed on TensorFlow 2.21.0 differs "
            "from the #> lines.",
            "*run `nox -s update`*",
            "+TF_USE_LEGACY_KERAS: None",
        ],
    ),
}


@pytest.mark.parametrize("case", BAD_SNIPPETS)
def test_a_bad_snippet_fails_naming_its_line(pytester, case):
    files, options, says = BAD_SNIPPETS[case]
    write(pytester, {f"snippets/guards/{name}": text for name, text in files.items()})
    expect(run_snippet_tests(pytester, *options), says, failed=1, passed=len(files) - 1)


def test_what_a_snippet_sets_in_the_environment_ends_with_it(pytester):
    # As with `python snippet.py`: the next snippet starts in the environment the tests started in.
    write(
        pytester,
        {
            "snippets/guards/a_sets.py": 'import os\n\nos.environ["SET"] = "1"\n',
            "snippets/guards/b_reads.py": 'import os\n\nprint(os.environ.get("SET"))\n#> None\n',
        },
    )
    run_snippet_tests(pytester, "-p", "no:randomly").assert_outcomes(passed=2)


def test_output_that_pytest_examples_records_unlike_python_fails_naming_the_line(pytester):
    # A multi-line value that is valid Python: pytest-examples writes it re-formatted by black.
    write(
        pytester, {"snippets/guards/arrays.py": "import numpy as np\n\nprint([np.zeros((2, 2))])\n"}
    )
    run_snippet_tests(pytester, "--update-examples").assert_outcomes(passed=1)
    says = [
        "snippets/guards/arrays.py:*: pytest-examples records the output unlike what Python "
        "prints*print(str(value))*",
    ]
    expect(run_snippet_tests(pytester), says, failed=1)


def test_output_that_changes_from_run_to_run_is_not_recorded(pytester):
    write(pytester, {"snippets/guards/new_uuid.py": NEW_UUID})
    expect(run_snippet_tests(pytester, "--update-examples"), PRINTS_SOMETHING_ELSE, failed=1)
    assert "#>" not in (pytester.path / "snippets/guards/new_uuid.py").read_text(), (
        "output that changes from run to run was recorded"
    )


def test_a_snippet_relying_on_another_having_run_first_fails_in_some_random_order(pytester):
    # a_sets.py sorts first, so in file order b_reads.py finds what it left behind in a module.
    write(
        pytester,
        {
            "snippets/guards/a_sets.py": 'import json\n\njson.GREETING = "hello"\n',
            "snippets/guards/b_reads.py": "import json\n\n"
            'print(getattr(json, "GREETING", "unset"))\n#> hello\n',
        },
    )
    try:
        run_snippet_tests(pytester, "-p", "no:randomly").assert_outcomes(passed=2)
        del json.GREETING
        for seed in range(1, 20):
            checked = run_snippet_tests(pytester, f"--randomly-seed={seed}")
            vars(json).pop("GREETING", None)
            if checked.ret != 0:
                break
        checked.stdout.fnmatch_lines(
            [
                "snippets/guards/b_reads.py:4: the output printed on TensorFlow 2.21.0 differs "
                "from the #> lines.",
                f"The tests ran in random order (seed {seed}).*relies on something another "
                f"snippet left behind*--randomly-seed={seed}`.",
            ]
        )
    finally:
        vars(json).pop("GREETING", None)  # the snippets ran in this process


# The checks of the pages' sources (tests/test_site.py), run on a small site made in the temporary
# folder: its pages in docs/en/ and docs/zh/ include its snippets/ by their path from that folder.
SITE_TESTS = ROOT / "tests" / "test_site.py"
SITE_CHECKS = [
    "test_every_snippet_is_shown_on_a_page_of_each_language",
    "test_every_included_file_exists",
    "test_every_page_exists_in_both_languages",
    "test_both_language_versions_of_a_page_show_the_same_snippets",
    "test_python_on_a_page_is_included_from_snippets",
]


def page_showing(snippet: str) -> str:
    return f'# A page\n\n```python\n--8<-- "{snippet}"\n```\n'


NOTEBOOK = nbformat.writes(
    nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_markdown_cell("# A notebook\n\n```python\nx = 1\n```")]
    )
)
BAD_SITE = {  # a page or snippet with one fault each, as the comments say
    "snippets/page/shown.py": 'print("shown")\n#> shown\n',
    "docs/en/page.md": page_showing("snippets/page/shown.py"),
    "docs/zh/page.md": page_showing("snippets/page/shown.py"),
    # shown on no page
    "snippets/page/forgotten.py": 'print("forgotten")\n#> forgotten\n',
    # includes a file that is not there
    "docs/en/renamed.md": page_showing("snippets/page/renamed.py"),
    "docs/zh/renamed.md": page_showing("snippets/page/renamed.py"),
    # in one language only
    "docs/zh/new.md": "# 新页\n",
    # shows a snippet in one language only
    "docs/en/untranslated.md": page_showing("snippets/page/shown.py"),
    "docs/zh/untranslated.md": "# 一页\n",
    # Python written on the page
    "docs/en/inline.md": "# A page\n\n```py\nprint('written here')\n```\n",
    "docs/zh/inline.md": "# 一页\n\n```py\nprint('written here')\n```\n",
    "docs/en/notebook.ipynb": NOTEBOOK,
    "docs/zh/notebook.ipynb": NOTEBOOK,
}


def test_each_fault_of_a_bad_site_fails_its_check_naming_where(pytester):
    write(pytester, BAD_SITE)
    docs, snippets = pytester.path / "docs", pytester.path / "snippets"
    checks = [f"{SITE_TESTS}::{check}" for check in SITE_CHECKS]
    checked = pytester.runpytest_inprocess(*checks, "--docs", docs, "--snippets", snippets)
    checked.assert_outcomes(failed=6)  # the forgotten snippet once per language
    checked.stdout.fnmatch_lines_random(
        [
            "*snippets/page/forgotten.py: no page in docs/en/ includes it",
            "*snippets/page/forgotten.py: no page in docs/zh/ includes it",
            "*Include it on its page in both languages: a line --8<-- *, or delete it*",
            "*docs/en/renamed.md:4: includes snippets/page/renamed.py, which does not exist",
            "*docs/zh/renamed.md:4: includes snippets/page/renamed.py, which does not exist",
            "*Correct the path *, or add the snippet.",
            "*docs/zh/new.md: there is no docs/en/new.md",
            "*Every page exists in both languages*add the translation*",
            "*docs/en/untranslated.md shows: snippets/page/shown.py",
            "*docs/zh/untranslated.md shows: no snippet",
            "*Both versions of a page show the same snippets in the same order*",
            "*docs/en/inline.md:3: a Python block written on the page",
            "*docs/zh/inline.md:3: a Python block written on the page",
            "*docs/en/notebook.ipynb cell 1:3: a Python block written on the page",
            "*put the code in snippets/<page>/<name>.py and put one line in the block instead*",
        ]
    )


# The checks on TensorFlow 1.15.5, run on snippets and records written into the temporary folder:
# in the real 1.15.5 environment, one process (one import of TensorFlow 1.15.5) for all three ways
# to fail. On TensorFlow 2 the snippets print their #> lines.
TF1_HEADER = "import tensorflow.compat.v1 as tf\n\ntf.disable_v2_behavior()\n\n"
PRINTS_THE_MAJOR_VERSION = (
    TF1_HEADER + 'print("major version", tf.__version__[0])\n#> major version 2\n'
)


def run_tf115_tests(pytester, config, *options):
    python = config.getoption("tf115_python")  # the Python with 1.15.5 that this run was given
    given = ["--tf115-python", python] if python else []
    return run_snippet_tests(pytester, "-p", "no:randomly", *given, *options, records=True)


def test_a_wrong_a_stale_tf115_record_and_an_error_on_115_only_fail_naming_the_snippet(
    pytester, request
):
    if request.config.getoption("no_tf115"):
        pytest.skip("--no-tf115: there may be no TensorFlow 1.15.5 environment")
    digest = Snippet(pytester.path / "x.py", PRINTS_THE_MAJOR_VERSION).digest
    records = {
        "snippets/guards/wrong.py": {"code": digest, "printed": ["major version 7"]},
        "snippets/guards/stale.py": {"code": "0" * len(digest), "printed": ["major version 1"]},
    }
    write(
        pytester,
        {
            "snippets/guards/wrong.py": PRINTS_THE_MAJOR_VERSION,
            "snippets/guards/stale.py": PRINTS_THE_MAJOR_VERSION,
            "snippets/guards/raises_on_115.py": TF1_HEADER
            + 'assert tf.__version__ >= "2", "TF 2 only"\nprint("ran")\n#> ran\n',
            "snippets/tf115.json": json.dumps(records),
        },
    )

    checked = run_tf115_tests(pytester, request.config)
    # the three on TensorFlow 2 pass, and every record is of a snippet that runs on 1.15.5
    checked.assert_outcomes(failed=3, passed=4)
    checked.stdout.fnmatch_lines_random(
        [
            "snippets/guards/raises_on_115.py:5: raised AssertionError: TF 2 only (TensorFlow "
            "1.15.5)",
            "snippets/guards/stale.py:1: its record in snippets/tf115.json is stale*",
            "snippets/guards/wrong.py:6: the output printed on TensorFlow 1.15.5 differs from its "
            "record in snippets/tf115.json.",
            "-major version 7",
            "+major version 1",
        ]
    )

    (pytester.path / "snippets/guards/raises_on_115.py").unlink()
    run_tf115_tests(pytester, request.config, "--update-examples").assert_outcomes(passed=5)
    fixed = {"code": digest, "printed": ["major version 1"]}
    assert json.loads((pytester.path / "snippets/tf115.json").read_text()) == {
        "snippets/guards/stale.py": fixed,
        "snippets/guards/wrong.py": fixed,
    }


def test_without_a_tf115_environment_the_check_fails_saying_how_to_get_one_or_skip_it(
    pytester, request
):
    write(pytester, {"snippets/guards/tf1.py": PRINTS_THE_MAJOR_VERSION})
    says = [
        "No TensorFlow 1.15.5 environment: there is no *no-such-python. `python3 -m nox -s "
        "verify` creates it*--no-tf115."
    ]
    missing = run_tf115_tests(
        pytester, request.config, "--tf115-python", pytester.path / "no-such-python"
    )
    expect(missing, says, failed=1, passed=2)
    says = [
        "*not checked in this run*",
        "--no-tf115: the snippets did not run on TensorFlow 1.15.5",
    ]
    expect(run_tf115_tests(pytester, request.config, "--no-tf115"), says, skipped=1, passed=2)
