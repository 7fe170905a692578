"""Sessions for the site: `nox -s verify` before every pull request, `nox -s serve` to read it.

Every session installs the pinned requirements/docs.txt into its own environment under .nox/,
with uv, and reuses it on the next run: a warm run installs nothing.
"""

import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

from project import DOCS_REQUIREMENTS, RUFF, SERVE, TF115_ENVIRONMENT, TF115_REQUIREMENTS

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["verify"]

LINT_REQUIREMENTS = "requirements/lint.txt"  # ruff alone; docs.txt pins the same version
NO_TF115 = "--no-tf115"  # `nox -s verify -- --no-tf115`: the snippets run on TensorFlow 2 only
NO_BROWSER = "--no-browser"  # `nox -s verify -- --no-browser`: no Chromium
# pytest-xdist, a worker a core (at most 4: each imports TensorFlow and starts a Chromium); the
# snippets that run in a process of their own of one kind go to one worker (tests/conftest.py).
IN_PARALLEL = ["--numprocesses", "auto", "--maxprocesses", "4", "--dist", "loadgroup"]


def install(session: nox.Session, requirements: str = DOCS_REQUIREMENTS) -> None:
    """The pinned requirements, and project.py (editable), which the hooks and tests import."""
    session.install("-r", requirements)
    # Once: uv builds a directory it is given anew on every install (5 s), and an editable
    # install of project.py stays current.
    where = "import importlib.util as u; print(u.find_spec('project').origin)"
    found = session.run_install("python", "-I", "-c", where, silent=True, success_codes=[0, 1])
    if found is not None and found.strip() != str(Path("project.py").resolve()):
        session.install("-e", ".")


def run_ruff(session: nox.Session) -> None:
    # pyproject.toml says what: the snippets for mistakes only, and no formatting of them.
    for command in RUFF:
        session.run(*command)


# What the browser tests need from Debian where Playwright's own Chromium is not installed
# (`playwright install chromium`; it cannot download it here), by a file each package installs:
# Chromium's headless shell, and a CJK font, without which the Chinese pages render as boxes.
BROWSER_PACKAGES = {
    "chromium-headless-shell": "/usr/bin/chromium-headless-shell",
    "fonts-noto-cjk": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
}


def install_browser_packages(session: nox.Session) -> None:
    """apt-get install what the browser tests need, where it can and it is not there yet."""
    missing = [name for name, path in BROWSER_PACKAGES.items() if not os.path.exists(path)]
    if not missing or NO_BROWSER in session.posargs:
        return
    if not apt_get_install(session, *missing):
        session.warn(
            f"No {', '.join(missing)} from apt here. The browser tests use Playwright's own "
            "Chromium if it is installed (`.nox/verify/bin/python -m playwright install "
            f"chromium`), else fail; on Debian, as root: apt-get update && apt-get install "
            f"{' '.join(missing)}; or skip them: `nox -s verify -- {NO_BROWSER}`."
        )


def apt_get_install(session: nox.Session, *packages: str) -> bool:
    """apt-get install the packages, where there is apt-get and this runs as root; else False."""
    if not shutil.which("apt-get") or os.geteuid() != 0:
        return False
    noninteractive = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run("apt-get", "update", external=True, env=noninteractive)
    install = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    session.run(*install, external=True, env=noninteractive)
    return True


def runs(*argv: str) -> subprocess.CompletedProcess | None:
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired):
        return None


def find_python37() -> str | None:
    """A Python 3.7 that works: on PATH, among pyenv's installed versions, or through uv (which
    finds one it installed before, or installs one where it can download it)."""
    pyenv_root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates = [
        shutil.which("python3.7"),  # a pyenv shim of a version not activated is there, and fails
        *sorted(glob.glob(os.path.join(pyenv_root, "versions", "3.7*", "bin", "python"))),
    ]
    for python in filter(None, candidates):
        if (ran := runs(python, "-c", "pass")) and ran.returncode == 0:
            return python
    uv = shutil.which("uv") or os.path.join(os.path.dirname(sys.executable), "uv")
    for install_first in (False, True):
        if install_first:
            runs(uv, "python", "install", "3.7")
        if (found := runs(uv, "python", "find", "--no-project", "3.7")) and found.returncode == 0:
            return found.stdout.strip()
    return None


def install_tf115(session: nox.Session) -> None:
    """Create .nox/tf115, Python 3.7 with requirements/tf115.txt, unless it is up to date or the
    run opted out of TensorFlow 1.15.5 (`-- --no-tf115`)."""
    if NO_TF115 in session.posargs:
        session.warn("--no-tf115: the snippets run on TensorFlow 2.21.0 only, not on 1.15.5")
        return
    installed = Path(TF115_ENVIRONMENT, "installed.txt")  # what pip last installed there
    pinned = Path(TF115_REQUIREMENTS).read_text(encoding="utf-8")
    if installed.is_file() and installed.read_text(encoding="utf-8") == pinned:
        return
    python = find_python37()
    if python is None:
        session.error(
            "TensorFlow 1.15.5, which the TF1 snippets also run on, needs Python 3.7, and none "
            "was found: no working python3.7 on PATH, none among pyenv's versions, and uv could "
            "not install one. Install it (`pyenv install 3.7` works on Linux and macOS; on "
            "Ubuntu the deadsnakes PPA's python3.7 and python3.7-venv), then run again; or run "
            f"`nox -s verify -- {NO_TF115}` to check on TensorFlow 2.21.0 only"
        )
    shutil.rmtree(TF115_ENVIRONMENT, ignore_errors=True)
    session.run_install(python, "-m", "venv", TF115_ENVIRONMENT, external=True)
    pip = [os.path.join(TF115_ENVIRONMENT, "bin", "python"), "-m", "pip", "install", "-q"]
    pip += ["--disable-pip-version-check", "-r", TF115_REQUIREMENTS]
    session.run_install(*pip, external=True)
    if installed.parent.is_dir():  # not with --no-install, which skips the two commands above
        installed.write_text(pinned, encoding="utf-8")


# uv installs without compiling bytecode, and where PYTHONDONTWRITEBYTECODE is set (many
# containers set it) Python never caches it: each import of TensorFlow then compiles it again,
# some 3 s of the 5 s an import takes (the test process, each notebook kernel, the bench). pip
# compiles by default; this makes uv do the same, once, when it installs.
os.environ.setdefault("UV_COMPILE_BYTECODE", "1")


@nox.session
def verify(session: nox.Session) -> None:
    """Lint, run every snippet and check its output, run the notebooks, build the site strictly
    and read it in Chromium."""
    install_browser_packages(session)
    install(session)
    install_tf115(session)
    run_ruff(session)  # a second or so
    session.run("pytest", *IN_PARALLEL, *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Lint the snippets and the project's Python with ruff, as pre-commit does."""
    session.install("-r", LINT_REQUIREMENTS)
    run_ruff(session)


@nox.session
def update(session: nox.Session) -> None:
    """After a deliberate change: record what the snippets print now, in snippets and notebooks."""
    install(session)
    install_tf115(session)
    # The #> lines and what TensorFlow 1.15.5 prints where it differs; then those of the snippets
    # that want Keras 3, in a pytest without TF_USE_LEGACY_KERAS; the notebooks copy the #> lines,
    # so they are brought up to date last.
    update = ["pytest", "-q", "-p", "no:randomly", "--update-examples", *session.posargs]
    session.run(*update, "tests/test_snippets.py")
    keras_3 = {k: v for k, v in os.environ.items() if k != "TF_USE_LEGACY_KERAS"}
    session.run(*update, "tests/test_snippets.py", "--keras-3-here", env=keras_3)
    session.run(*update, "tests/test_notebooks.py")


@nox.session
def build(session: nox.Session) -> None:
    """Build the site into site/, as it is hosted."""
    install(session)
    session.run("mkdocs", "build", "--strict", *session.posargs)


@nox.session
def serve(session: nox.Session) -> None:
    """Serve the site on http://127.0.0.1:8000/ and rebuild it when a page or snippet changes."""
    install(session)
    session.run(*SERVE, *session.posargs)


@nox.session(venv_backend="none")
def bench(session: nox.Session) -> None:
    """Time warm verification and the build against their floors, with hyperfine, side by side;
    record benchmarks/results.*.md. `-- --rounds 5`, `-- --baseline REV`; `-- --help`."""
    if not shutil.which("hyperfine") and not apt_get_install(session, "hyperfine"):
        session.error(
            "nox -s bench needs hyperfine: `apt-get install hyperfine` (Debian, as root), "
            "`brew install hyperfine`, or `cargo install hyperfine`"
        )
    session.run(sys.executable, "-m", "nox", "-s", "verify", "--install-only", external=True)
    python = os.path.join(".nox", "verify", "bin", "python")  # the bench runs in verify's venv
    bench = [python, "benchmarks/bench.py", "--nox-python", sys.executable, *session.posargs]
    session.run(*bench, external=True)


@nox.session
def audit(session: nox.Session) -> None:
    """Lighthouse on every page of both languages, as a phone and as a laptop, in the browser
    tests' Chromium; records benchmarks/audit.*.md and fails under the goal.

    `nox -s audit -- --only reference/` audits the pages whose address holds it; `-- --runs 3`
    takes each score's median of three runs.
    """
    install_browser_packages(session)
    install(session)
    session.run("npm", "ci", "--prefix", "benchmarks", "--no-audit", "--no-fund", external=True)
    session.run("python", "benchmarks/audit.py", *session.posargs)


@nox.session(venv_backend="uv")
def lock(session: nox.Session) -> None:
    """Re-pin requirements/*.txt from requirements/*.in (after changing a version there)."""
    for name in ("docs", "lint", "nox"):
        source, pinned = f"requirements/{name}.in", f"requirements/{name}.txt"
        session.run("uv", "pip", "compile", "--universal", "-p", "3.11", "-q", source, "-o", pinned)
    # TensorFlow 1.15.5 has wheels for Python 3.7 at the newest
    source, pinned = "requirements/tf115.in", TF115_REQUIREMENTS
    session.run("uv", "pip", "compile", "--universal", "-p", "3.7", "-q", source, "-o", pinned)
