from pathlib import Path

from snippet_files import ROOT, SNIPPETS_DIR, all_snippets, shown_path

pytest_plugins = ["pytester"]  # tests/test_guards.py runs the snippet tests on broken copies


def pytest_addoption(parser):
    parser.addoption(
        "--snippets",
        type=Path,
        default=SNIPPETS_DIR,
        help="the folder of snippets that tests/test_snippets.py runs (default: snippets/)",
    )
    parser.addoption(
        "--docs",
        type=Path,
        default=ROOT / "docs",
        help="the pages whose sources tests/test_site.py checks (default: docs/); the paths they "
        "include are read from its parent folder",
    )
    parser.addoption(
        "--snippet-time-limit",
        type=float,
        default=60.0,
        help="seconds one run of a snippet may take before it fails (default: 60)",
    )


def pytest_generate_tests(metafunc):
    if "snippet" in metafunc.fixturenames:
        snippets = all_snippets(metafunc.config.getoption("snippets"))
        metafunc.parametrize("snippet", snippets, ids=shown_path)
