import os
import shutil
import subprocess
import sys
import tempfile
import threading
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import test_tf115
from snippet_files import ROOT, SNIPPETS_DIR, all_snippets, shown_path

pytest_plugins = ["pytester"]  # tests/test_guards.py runs the snippet tests on broken copies

# Where the tests build the site for: under a sub-path, as GitHub Pages hosts a project's site
# (.github/workflows/pages.yml sets SITE_URL the same way).
SITE_URL = "https://example.github.io/tf1-variables/"
REPO_URL = "https://github.com/example/tf1-variables"  # the repository the workflow builds from
EDIT_URI = "edit/main/docs/"  # where in it a page is edited, as the workflow sets it for main


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
        "runs the snippets that want Keras 3 (tests/test_snippets.py)",
    )
    parser.addoption(
        "--tf115-python",
        type=Path,
        default=None,
        help="the Python with tensorflow==1.15.5 that tests/test_tf115.py runs the TF1 snippets "
        "in (default: .nox/tf115/bin/python, which `nox -s verify` creates)",
    )
    parser.addoption(
        "--built-site",
        type=Path,
        default=None,
        help="a site that `mkdocs build --strict` built for the tests' SITE_URL already: the "
        "tests read it instead of building one (the browser tests' pytest gets the first one's)",
    )
    parser.addoption(
        "--browser-here",
        action="store_true",
        help="run the browser tests in this pytest process, not in a second one beside it",
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


def pytest_collection_modifyitems(config, items):
    """Run first the tests that wait for nothing; then those of the snippets that a second pytest
    runs (tests/test_snippets.py), then those that wait for the strict build, then those that wait
    for the notebooks' kernels, last the browser tests: what these wait for runs in the background
    from the start (pytest_collection_finish), meanwhile. A stable sort: pytest-randomly's shuffled
    order holds within each group. The browser tests, if others run too, run in a pytest of their
    own beside this one (BrowserRun): here, each reports its outcome there."""
    if runs_browser_tests_beside(config, items):
        items[:] = [
            OutcomeOfTheBrowserRun.from_parent(item.parent, name=item.name)
            if is_a_browser_test(item)
            else item
            for item in items
        ]
    items.sort(key=waits_for)
    if config.getoption("browser_here"):
        # Two browsers share the tests, pytest-xdist handing each the next as it ends one: the
        # long ones first, for both to end together rather than one idle while the other ends
        # its last long test. Stable, as above.
        items.sort(key=lambda item: item.get_closest_marker("takes_long") is None)


def is_a_browser_test(item) -> bool:
    return item.path.name == "test_browser.py"


def runs_browser_tests_beside(config, items) -> bool:
    """Whether the browser tests run in a second pytest: only beside other tests (there would be
    nothing to do meanwhile), never in it, nor in a pytest-xdist worker (which collects every test
    but runs only some)."""
    browser = [item for item in items if is_a_browser_test(item)]
    return (
        0 < len(browser) < len(items)
        and not config.getoption("browser_here")
        and "PYTEST_XDIST_WORKER" not in os.environ
    )


def waits_for(item) -> int:
    if isinstance(item, OutcomeOfTheBrowserRun):
        return 4
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
    own: the TF 1.15.5 run (whose tests it puts last), the second pytest of the snippets that want
    Keras 3, the strict build, the notebooks, each in a kernel, and once the build is done, the
    pytest of the browser tests. They run on the other core while this process runs the snippets.
    Not in a pytest-xdist worker, which collects every test but runs only some: there each starts
    when a test first needs it. Nor for --collect-only, which runs nothing."""
    if "PYTEST_XDIST_WORKER" in os.environ or session.config.option.collectonly:
        return
    config = session.config
    test_tf115.start_in_background(session)
    needed = {name for item in session.items for name in getattr(item, "fixturenames", ())}
    if "snippet" in needed:
        sys.modules["test_snippets"].start_in_background(session)
    browser_tests = [item for item in session.items if isinstance(item, OutcomeOfTheBrowserRun)]
    if ("site" in needed or browser_tests) and not config.getoption("built_site"):
        config.stash[BUILD] = Build.start()
    if "executed_notebooks" in needed:
        sys.modules["test_notebooks"].start_in_background(session.config)
    if browser_tests:
        session.items.sort(key=lambda item: isinstance(item, OutcomeOfTheBrowserRun))  # last
        config.stash[BROWSER_RUN] = BrowserRun.start(config, browser_tests)


def pytest_unconfigure(config):
    """A build that no test waited for (`-x`, Ctrl-C) is stopped; its folder goes either way."""
    test_tf115.stop(config)
    if (browser_run := config.stash.get(BROWSER_RUN, None)) is not None:
        browser_run.stop()
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
                "EDIT_URI": EDIT_URI,
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
    if built := request.config.getoption("built_site"):
        return built
    build = request.config.stash.get(BUILD, None)
    if build is None:  # a run that selected its tests by other means than collection
        build = request.config.stash[BUILD] = Build.start()
    return build.wait()


@dataclass
class BrowserRun:
    """The browser tests, run by a pytest of their own beside this one: Chromium's work, most of
    the run, on one core while this process runs the snippets, the build's checks and the
    notebooks on the other. It starts once the strict build is done, on that build
    (--built-site); its report says how each test went."""

    folder: tempfile.TemporaryDirectory
    thread: threading.Thread | None = None
    process: subprocess.Popen | None = None
    build_failure: str | None = None
    stopped: threading.Event = field(default_factory=threading.Event)

    @classmethod
    def start(cls, config, items) -> "BrowserRun":
        folder = tempfile.TemporaryDirectory(prefix="browser-")
        seed = config.getoption("randomly_seed", None)
        argv = [
            *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--browser-here"),
            # Not pytest-examples' plugin, which imports black: 0.2 s in each of three processes
            *("-p", "no:examples"),
            # Two Chromiums, one a core (this process is done with its tests long before them),
            # where there are enough tests to share; each worker handed one test at a time, so
            # that neither ends holding long tests the other, done, could have run (xdist's
            # default hands out up to five: the workers ended up to 6 s apart, now about 1 s)
            *(("-n", "2", "--maxschedchunk=1") if len(items) > 2 else ()),
            *([f"--randomly-seed={seed}"] if seed is not None else ["-p", "no:randomly"]),
            f"--junitxml={Path(folder.name) / 'report.xml'}",
            *(f"{item.path}::{item.name}" for item in items),
        ]
        run = cls(folder)
        run.thread = threading.Thread(target=run.start_after_the_build, args=(config, argv))
        run.thread.start()
        return run

    def start_after_the_build(self, config, argv: list[str]) -> None:
        site = config.getoption("built_site")
        if site is None:
            try:
                site = config.stash[BUILD].wait()
            except AssertionError as failure:
                self.build_failure = str(failure)
                return
        if self.stopped.is_set():
            return
        with open(Path(self.folder.name) / "log.txt", "w", encoding="utf-8") as log:
            self.process = subprocess.Popen(
                [*argv, f"--built-site={site}"],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=os.getcwd(),
            )

    def report_of(self, name: str):
        """The report of the test `name` (junit XML), once the run has ended."""
        self.thread.join()
        if self.build_failure is not None:
            raise AssertionError(f"not run: {self.build_failure}")
        self.process.wait()
        report = Path(self.folder.name) / "report.xml"
        cases = ElementTree.parse(report).iter("testcase") if report.is_file() else ()
        case = next((case for case in cases if case.get("name") == name), None)
        if case is None:
            log = (Path(self.folder.name) / "log.txt").read_text(encoding="utf-8", errors="replace")
            raise AssertionError(f"the browser tests' pytest did not run {name}:\n{log[-3000:]}")
        return case

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join()
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.folder.cleanup()


BROWSER_RUN = pytest.StashKey[BrowserRun]()


class OutcomeOfTheBrowserRun(pytest.Item):
    """A browser test, run by the browser tests' pytest (BrowserRun): its outcome there, its
    failure's message, its skip, the screenshots it took."""

    @property
    def originalname(self) -> str:  # as a test function's item has it: its name without [params]
        return self.name.partition("[")[0]

    def runtest(self) -> None:
        case = self.config.stash[BROWSER_RUN].report_of(self.name)
        for prop in case.iter("property"):
            self.user_properties.append((prop.get("name"), prop.get("value")))
        if (skipped := case.find("skipped")) is not None:
            pytest.skip(skipped.get("message", ""))
        problems = [e.text or e.get("message", "") for e in case if e.tag in ("failure", "error")]
        if problems:
            rerun = f"pytest {self.path.relative_to(ROOT)}::{self.name}"
            message = f"[the browser tests' pytest; alone: {rerun}]\n" + "\n".join(problems)
            pytest.fail(message, pytrace=False)

    def reportinfo(self):
        return self.path, None, self.name
