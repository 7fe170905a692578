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

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["verify"]

DOCS_REQUIREMENTS = "requirements/docs.txt"
LINT_REQUIREMENTS = "requirements/lint.txt"  # ruff alone; docs.txt pins the same version
TF115_REQUIREMENTS = "requirements/tf115.txt"  # TensorFlow 1.15.5, which needs Python 3.7
TF115_ENVIRONMENT = ".nox/tf115"  # where tests/test_tf115.py looks for it
NO_TF115 = "--no-tf115"  # `nox -s verify -- --no-tf115`: the snippets run on TensorFlow 2 only


def run_ruff(session: nox.Session) -> None:
    # pyproject.toml says what: the snippets for mistakes only, and no formatting of them.
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


# What tests/test_browser.py needs from Debian, by a file each package installs: the browser that
# Playwright drives (it cannot download its own here), Chromium's headless shell, and a CJK font,
# without which the Chinese pages render as boxes.
BROWSER_PACKAGES = {
    "chromium-headless-shell": "/usr/bin/chromium-headless-shell",
    "fonts-noto-cjk": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
}


def missing_packages(packages: dict[str, str] = BROWSER_PACKAGES) -> list[str]:
    return [name for name, path in packages.items() if not os.path.exists(path)]


def install_browser_packages(session: nox.Session) -> None:
    """apt-get install what the browser tests need, when it is not there yet."""
    missing = missing_packages()
    if not missing:
        return
    install = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if not shutil.which("apt-get") or os.geteuid() != 0:
        session.error(
            f"The browser tests need {', '.join(missing)}: no "
            f"{', '.join(BROWSER_PACKAGES[name] for name in missing)} here. On Debian, as root: "
            f"apt-get update && {' '.join(install)}. Elsewhere, install Chromium's headless "
            "shell as /usr/bin/chromium-headless-shell and a CJK font (Noto Sans CJK SC) with "
            "your package manager."
        )
    noninteractive = {"DEBIAN_FRONTEND": "noninteractive"}
    session.run("apt-get", "update", external=True, env=noninteractive)
    session.run(*install, external=True, env=noninteractive)


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
    pip = [os.path.join(TF115_ENVIRONMENT, "bin", "python"), "-m", "pip"]
    session.run_install(
        *pip,
        "install",
        "-q",
        "--disable-pip-version-check",
        "-r",
        TF115_REQUIREMENTS,
        external=True,
    )
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
    session.install("-r", DOCS_REQUIREMENTS)
    install_tf115(session)
    run_ruff(session)  # a second or so
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Lint the snippets and the project's Python with ruff, as pre-commit does."""
    session.install("-r", LINT_REQUIREMENTS)
    run_ruff(session)


@nox.session
def update(session: nox.Session) -> None:
    """After a deliberate change: record what the snippets print now, in snippets and notebooks."""
    session.install("-r", DOCS_REQUIREMENTS)
    install_tf115(session)
    # The notebooks copy the snippets' #> lines, so they are brought up to date second.
    session.run("pytest", "tests/test_snippets.py", "--update-examples", "-q")
    if NO_TF115 not in session.posargs:  # what TensorFlow 1.15.5 prints where it differs
        session.run("pytest", "tests/test_tf115.py", "--update-examples", "-q")
    session.run("pytest", "tests/test_notebooks.py", "--update-examples", "-q")


@nox.session
def build(session: nox.Session) -> None:
    """Build the site into site/, as it is hosted."""
    session.install("-r", DOCS_REQUIREMENTS)
    session.run("mkdocs", "build", "--strict", *session.posargs)


@nox.session
def serve(session: nox.Session) -> None:
    """Serve the site on http://127.0.0.1:8000/ and rebuild it when a page or snippet changes."""
    session.install("-r", DOCS_REQUIREMENTS)
    session.run("mkdocs", "serve", "--strict", "--watch", "snippets", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Time verification and the build against their floors; record benchmarks/results.*.md.

    `nox -s bench -- --rounds 3` runs each command three times; `-- --help` lists the options.
    """
    session.install("-r", "requirements/bench.txt")
    install_tf115(session)  # for its own rows: the TF1 snippets on TensorFlow 1.15.5
    session.run("python", "benchmarks/bench.py", "--nox-python", sys.executable, *session.posargs)


@nox.session(venv_backend="uv")
def lock(session: nox.Session) -> None:
    """Re-pin requirements/*.txt from requirements/*.in (after changing a version there)."""
    for name in ("docs", "lint", "bench", "nox"):
        source, pinned = f"requirements/{name}.in", f"requirements/{name}.txt"
        session.run("uv", "pip", "compile", "--universal", "-p", "3.11", "-q", source, "-o", pinned)
    # TensorFlow 1.15.5 has wheels for Python 3.7 at the newest
    source, pinned = "requirements/tf115.in", TF115_REQUIREMENTS
    session.run("uv", "pip", "compile", "--universal", "-p", "3.7", "-q", source, "-o", pinned)
