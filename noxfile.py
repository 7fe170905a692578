"""Sessions for the site: `nox -s verify` before every pull request, `nox -s serve` to read it.

Every session installs the pinned requirements/docs.txt into its own environment under .nox/,
with uv, and reuses it on the next run: a warm run installs nothing.
"""

import os
import sys

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["verify"]

DOCS_REQUIREMENTS = "requirements/docs.txt"

# uv installs without compiling bytecode, and where PYTHONDONTWRITEBYTECODE is set (many
# containers set it) Python never caches it: each import of TensorFlow then compiles it again,
# some 3 s of the 5 s an import takes (the test process, each notebook kernel, the bench). pip
# compiles by default; this makes uv do the same, once, when it installs.
os.environ.setdefault("UV_COMPILE_BYTECODE", "1")


@nox.session
def verify(session: nox.Session) -> None:
    """Run every snippet and check its output, run the notebooks, build the site strictly."""
    session.install("-r", DOCS_REQUIREMENTS)
    session.run("pytest", *session.posargs)


@nox.session
def update(session: nox.Session) -> None:
    """After a deliberate change: record what the snippets print now, in snippets and notebooks."""
    session.install("-r", DOCS_REQUIREMENTS)
    # The notebooks copy the snippets' #> lines, so they are brought up to date second.
    session.run("pytest", "tests/test_snippets.py", "--update-examples", "-q")
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
    session.run("python", "benchmarks/bench.py", "--nox-python", sys.executable, *session.posargs)


@nox.session(venv_backend="uv")
def lock(session: nox.Session) -> None:
    """Re-pin requirements/*.txt from requirements/*.in (after changing a version there)."""
    for name in ("docs", "bench", "nox"):
        source, pinned = f"requirements/{name}.in", f"requirements/{name}.txt"
        session.run("uv", "pip", "compile", "--universal", "-p", "3.11", "-q", source, "-o", pinned)
