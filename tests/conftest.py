"""Options of the tests, the built site they read, and what the end of a run says went unchecked.

`nox -s verify` runs the tests in parallel with pytest-xdist (`--dist loadgroup`): the snippets
that run in a process of their own of one kind (tests/test_snippets.py) go to one worker.
"""

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from filelock import FileLock
from playwright.sync_api import Error, sync_playwright

import project

pytest_plugins = ["pytester"]  # tests/test_guards.py runs the snippet tests on broken copies


def pytest_addoption(parser):
    parser.addoption(
        "--snippets",
        type=Path,
        default=project.SNIPPETS,
        help="the folder of snippets that tests/test_snippets.py runs (default: snippets/)",
    )
    parser.addoption(
        "--docs",
        type=Path,
        default=project.DOCS,
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
        help="a Python with tensorflow==1.15.5 to run the snippets on 1.15.5 with (default: "
        ".nox/tf115/bin/python, which `nox -s verify` creates)",
    )
    parser.addoption(
        "--no-tf115",
        action="store_true",
        help="run the snippets on TensorFlow 2 only, not also on 1.15.5 (the end of the run "
        "says so)",
    )
    parser.addoption(
        "--no-browser",
        action="store_true",
        help="skip the tests in Chromium (those that use the `browser` fixture; the end of the run "
        "says so)",
    )
    parser.addoption(
        "--keras-3-here",
        action="store_true",
        help="run only the snippets that want Keras 3, in this pytest, started without "
        "TF_USE_LEGACY_KERAS (`nox -s update` does, to record their output)",
    )


def pytest_collection_modifyitems(config, items):
    if config.getoption("no_browser"):
        skip = pytest.mark.skip(reason="--no-browser: not checked in Chromium")
        for item in items:
            if "browser" in getattr(item, "fixturenames", ()):  # the `browser` fixture, below
                item.add_marker(skip)


def pytest_terminal_summary(terminalreporter, config):
    """What went unchecked in this run, and where the browser tests put their screenshots."""
    unchecked = []
    if config.getoption("no_tf115"):
        unchecked.append(
            f"--no-tf115: the snippets did not run on TensorFlow {project.TF1_VERSION}"
        )
    if config.getoption("no_browser"):
        unchecked.append("--no-browser: the pages were not read in Chromium")
    if unchecked:
        terminalreporter.section("not checked in this run", yellow=True)
        for line in unchecked:
            terminalreporter.write_line(line)
        terminalreporter.write_line("Run without these options before a pull request (CI does).")
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
def site(tmp_path_factory, worker_id):
    """The site, built strictly (`mkdocs build --strict`: a warning fails) as the Pages workflow
    builds it (project.HOSTED), into a folder named as the sub-path it is hosted under. Built once
    for all pytest-xdist workers, as pytest-xdist's documentation shows, in the folder they
    share."""
    base = tmp_path_factory.getbasetemp()
    shared = base if worker_id == "master" else base.parent
    site_dir = shared / "host" / urlsplit(project.HOSTED["SITE_URL"]).path.strip("/")
    with FileLock(shared / "site.lock"):
        if not (site_dir / "index.html").is_file():
            shutil.rmtree(site_dir, ignore_errors=True)
            built = subprocess.run(
                [sys.executable, "-m", *project.BUILD, "--site-dir", str(site_dir)],
                cwd=project.ROOT,
                capture_output=True,
                text=True,
                env={**os.environ, **project.HOSTED, "NO_MKDOCS_2_WARNING": "1"},
            )
            log = built.stderr.splitlines()
            warnings = [line for line in log if line.startswith(("WARN", "ERR"))]
            assert built.returncode == 0 and not warnings, (
                f"`{' '.join(project.BUILD)}` failed or warned:\n"
                + "\n".join(warnings or log[-30:])
            )
    return site_dir


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass  # pytest shows what failed; a log line per request would bury it


@pytest.fixture(scope="session")
def serve():
    """serve(folder): its address on localhost, served as a static host serves files."""
    servers = []

    def start(folder: Path) -> str:
        handler = functools.partial(QuietHandler, directory=str(folder))
        servers.append(server := http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{server.server_port}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(site, serve) -> str:
    """The hosted build (`site`) served on localhost under its sub-path, as GitHub Pages serves
    it: 'http://127.0.0.1:<port>/tf1-variables/'."""
    return f"{serve(site.parent)}{site.name}/"


# Debian's headless shell, where Playwright's own Chromium is not installed. Without the
# background-networking flags Chromium itself calls Google's servers, and the site works offline.
SYSTEM_CHROMIUM = Path("/usr/bin/chromium-headless-shell")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    """Playwright's own Chromium where it is installed (`playwright install chromium`, the usual
    way on macOS and other Linux), else Debian's chromium-headless-shell."""
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(args=CHROMIUM_ARGS)
        except Error as error:
            if "Executable doesn't exist" not in str(error):
                raise
            if not SYSTEM_CHROMIUM.exists():
                pytest.fail(
                    f"No Chromium: neither Playwright's own nor {SYSTEM_CHROMIUM}. Install one: "
                    "`.nox/verify/bin/python -m playwright install chromium`; or on Debian, as "
                    "root, `apt-get install chromium-headless-shell fonts-noto-cjk`. Or skip "
                    "the browser tests: `nox -s verify -- --no-browser`.",
                    pytrace=False,
                )
            browser = playwright.chromium.launch(
                executable_path=str(SYSTEM_CHROMIUM), args=CHROMIUM_ARGS
            )
        yield browser
        browser.close()
