import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
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
        "--snippets-here",
        action="store_true",
        help="run every snippet in this pytest process: none in the second one that otherwise "
        "runs the snippets that start a Python of their own (tests/test_snippets.py)",
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


def pytest_collection_modifyitems(items):
    """Run first the tests that wait for nothing; then those of the snippets that a second pytest
    runs (tests/test_snippets.py), then those that wait for the strict build, last those that wait
    for the notebooks' kernels: what these wait for runs in the background from the start
    (pytest_collection_finish), meanwhile. A stable sort: pytest-randomly's shuffled order holds
    within each group."""
    items.sort(key=waits_for)


def waits_for(item) -> int:
    fixtures = getattr(item, "fixturenames", ())
    if "executed_notebooks" in fixtures:
        return 3
    if "site" in fixtures:
        return 2
    if "snippet" in fixtures and sys.modules["test_snippets"].runs_in_the_second_pytest(
        item.callspec.params["snippet"], item.config
    ):
        return 1
    return 0


def pytest_collection_finish(session):
    """As soon as the tests to run are known, start what some of them wait for, in processes of its
    own: the TF 1.15.5 run (whose tests it puts last), the second pytest of the snippets that start
    a Python, the strict build, the notebooks, each in a kernel. They run on the other core while
    this process runs the snippets. Not in a pytest-xdist worker, which collects every test but
    runs only some: there each starts when a test first needs it."""
    if "PYTEST_XDIST_WORKER" in os.environ:
        return
    test_tf115.start_in_background(session)
    needed = {name for item in session.items for name in getattr(item, "fixturenames", ())}
    if "snippet" in needed:
        sys.modules["test_snippets"].start_in_background(session)
    if "site" in needed:
        session.config.stash[BUILD] = Build.start()
    if "executed_notebooks" in needed:
        sys.modules["test_notebooks"].start_in_background(session.config)


def pytest_unconfigure(config):
    """A build that no test waited for (`-x`, Ctrl-C) is stopped; its folder goes either way."""
    test_tf115.stop(config)
    build = config.stash.get(BUILD, None)
    if build is not None:
        build.stop()
    for module in ("test_snippets", "test_notebooks"):
        if module in sys.modules:
            sys.modules[module].stop(config)


@dataclass
class Build:
    """The site, built as `nox -s build` builds it for GitHub Pages, in the background."""

    site_dir: Path
    process: subprocess.Popen
    log: tempfile.TemporaryFile

    @classmethod
    def start(cls) -> "Build":
        site_dir = Path(tempfile.mkdtemp(prefix="site-"))
        log = tempfile.TemporaryFile("w+", encoding="utf-8")
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            text=True,
            env={
                **os.environ,
                "NO_MKDOCS_2_WARNING": "1",
                "SITE_URL": SITE_URL,
                "REPO_URL": REPO_URL,
            },
        )
        return cls(site_dir, process, log)

    def wait(self) -> Path:
        self.process.wait()
        self.log.seek(0)
        output = self.log.read()
        assert self.process.returncode == 0, f"mkdocs build --strict failed:\n{output}"
        warnings = [line for line in output.splitlines() if line.startswith("WARNING")]
        assert not warnings, "mkdocs build printed warnings:\n" + "\n".join(warnings)
        return self.site_dir

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.log.close()
        shutil.rmtree(self.site_dir, ignore_errors=True)


BUILD = pytest.StashKey[Build]()


@pytest.fixture(scope="session")
def site(request):
    """The site, built strictly as `nox -s build` builds it for GitHub Pages (tests/test_site.py
    reads its HTML, tests/test_browser.py serves it to Chromium). The build started as the tests
    were collected; the first test that needs it waits for its end."""
    build = request.config.stash.get(BUILD, None)
    if build is None:  # a run that selected its tests by other means than collection
        build = request.config.stash[BUILD] = Build.start()
    return build.wait()
