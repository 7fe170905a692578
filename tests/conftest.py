import os
import subprocess
import sys
from pathlib import Path

import pytest
import test_tf115
from snippet_files import ROOT, SNIPPETS_DIR, all_snippets, shown_path

pytest_plugins = ["pytester"]  # tests/test_guards.py runs the snippet tests on broken copies

# Where the tests build the site for: under a sub-path, as GitHub Pages hosts a project's site
# (.github/workflows/pages.yml sets SITE_URL the same way).
SITE_URL = "https://example.github.io/tf1-variables/"
REPO_URL = "https://github.com/example/tf1-variables"  # the repository the workflow builds from


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
    parser.addoption(
        "--tf115-python",
        type=Path,
        default=None,
        help="the Python with tensorflow==1.15.5 that tests/test_tf115.py runs the TF1 snippets "
        "in (default: .nox/tf115/bin/python, which `nox -s verify` creates)",
    )
    parser.addoption(
        "--no-tf115",
        action="store_true",
        help="run the snippets on TensorFlow 2.21.0 only, not also on 1.15.5 (the end of the "
        "run says so)",
    )


def pytest_generate_tests(metafunc):
    if "snippet" in metafunc.fixturenames:
        snippets = all_snippets(metafunc.config.getoption("snippets"))
        metafunc.parametrize("snippet", snippets, ids=shown_path)
    if "tf1_snippet" in metafunc.fixturenames:
        snippets = test_tf115.tf1_snippets(metafunc.config.getoption("snippets").resolve())
        metafunc.parametrize("tf1_snippet", snippets, ids=shown_path)


def pytest_collection_finish(session):
    """Start the TF 1.15.5 run now, in the background: the tests that read it run last."""
    test_tf115.start_in_background(session)


def pytest_unconfigure(config):
    test_tf115.stop(config)


def pytest_terminal_summary(terminalreporter, config):
    """Say how the TF 1.15.5 run went (or that it was skipped), and where tests/test_browser.py
    put its screenshots, for a person to look at them."""
    test_tf115.summary(terminalreporter, config)
    screenshots = [
        value
        for report in terminalreporter.stats.get("passed", [])
        for name, value in report.user_properties
        if name == "screenshot"
    ]
    if screenshots:
        terminalreporter.section("screenshots of what the reader sees")
        for path in screenshots:
            terminalreporter.write_line(path)


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The site, built as `nox -s build` builds it for GitHub Pages (tests/test_site.py reads its
    HTML, tests/test_browser.py serves it to Chromium)."""
    site_dir = tmp_path_factory.mktemp("site")  # one per pytest-xdist worker
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": SITE_URL, "REPO_URL": REPO_URL},
    )
    assert build.returncode == 0, f"mkdocs build --strict failed:\n{build.stderr}"
    warnings = [line for line in build.stderr.splitlines() if line.startswith("WARNING")]
    assert not warnings, "mkdocs build printed warnings:\n" + "\n".join(warnings)
    return site_dir
