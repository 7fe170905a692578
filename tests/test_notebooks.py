"""The notebook pages: every code cell is a snippet, every output is what that snippet recorded.

A code cell names its snippet in its metadata (`"snippet": "snippets/.../x.py"`). Its source is the
snippet's code without the `#>` lines and without the lines the notebook's first code cell
already ran (the imports), and its output is the snippet's recorded output. `nox -s update`
rewrites the cells from the snippets; the translations in the Markdown cells are left as they are.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import copy
import tempfile
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from project import DOCS, ROOT, Snippet

NOTEBOOKS = sorted(DOCS.rglob("*.ipynb"))

# In an interactive shell TensorFlow writes its log (deprecation warnings) to stdout; a script
# writes it to stderr. Giving the root logger a handler first keeps it on stderr in the kernel
# too, so that stdout holds only what the cells print.
LOG_TO_STDERR = "import logging, sys\nlogging.basicConfig(stream=sys.stderr)"


def notebook_id(path):
    return path.relative_to(ROOT).as_posix()


def code_cells(notebook):
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def stdout_of(cell) -> str:
    return "".join(o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stdout")


def cells_from_snippets(path, notebook):
    """A copy of `notebook` whose code cells are rewritten from their snippets."""
    synced = copy.deepcopy(notebook)
    header = None
    for count, cell in enumerate(code_cells(synced), start=1):
        snippet = cell.metadata.get("snippet")
        if snippet is None:
            pytest.fail(
                f"{notebook_id(path)}: code cell {count} names no snippet. Every code cell shows "
                "a file from snippets/: give it the metadata "
                '{"snippet": "snippets/<page>/<name>.py"}.',
                pytrace=False,
            )
        if not (ROOT / snippet).is_file():
            pytest.fail(
                f"{notebook_id(path)}: code cell {count} names {snippet}, which does not exist.",
                pytrace=False,
            )
        code = Snippet.read(snippet).code
        if header is None:
            header = code  # the first code cell runs the imports that every snippet starts with
        elif code.startswith(header):
            code = code[len(header) :].lstrip("\n")
        output = Snippet.read(snippet).shown
        cell.source = code.rstrip("\n")
        cell.execution_count = count
        cell.outputs = []
        if output:
            cell.outputs.append(nbformat.v4.new_output("stream", name="stdout", text=output))
    return synced


@pytest.mark.parametrize("path", NOTEBOOKS, ids=notebook_id)
def test_notebook_cells_are_their_snippets(path, request):
    notebook = nbformat.read(path, as_version=4)
    synced = cells_from_snippets(path, notebook)
    if request.config.getoption("update_examples"):
        if synced != notebook:
            nbformat.write(synced, path)
        return
    stale = [
        f"cell {count} ({cell.metadata['snippet']})"
        for count, (cell, fresh) in enumerate(
            zip(code_cells(notebook), code_cells(synced), strict=True), 1
        )
        if cell != fresh
    ]
    assert not stale, (
        f"{notebook_id(path)}: {', '.join(stale)} differ from their snippets. "
        "Edit the snippet, not the cell, then run `nox -s update`."
    )


def run_every_notebook(folder: Path) -> dict:
    """Every notebook, run top to bottom in a fresh kernel of its own, as {path: notebook, or the
    exception it raised}. The kernels run at the same time, each in a folder of its own. A
    notebook and its translation share their code cells (their snippets, in the same order: see
    test_site.py), and what a kernel prints depends only on the code it runs: notebooks with the
    same code run once, and each is checked against that run."""
    same_code = {}
    for path in NOTEBOOKS:
        code = tuple(cell.source for cell in code_cells(nbformat.read(path, as_version=4)))
        same_code.setdefault(code, []).append(path)
    runs = [paths[0] for paths in same_code.values()]
    executed = {}
    clients = []
    for number, path in enumerate(runs):
        executed[path] = copy.deepcopy(nbformat.read(path, as_version=4))
        executed[path].cells.insert(0, nbformat.v4.new_code_cell(LOG_TO_STDERR))
        workdir = folder / str(number)
        workdir.mkdir()
        clients.append(
            NotebookClient(
                executed[path],
                timeout=600,
                kernel_name="python3",
                resources={"metadata": {"path": workdir}},
            )
        )

    async def execute_all():
        # each notebook's error is raised by its own test, not by the first one to fail
        return await asyncio.gather(*(c.async_execute() for c in clients), return_exceptions=True)

    outcomes = asyncio.run(execute_all())
    return {
        path: outcome if isinstance(outcome, Exception) else executed[paths[0]]
        for paths, outcome in zip(same_code.values(), outcomes, strict=True)
        for path in paths
    }


@pytest.fixture(scope="session")
def executed_notebooks(request):
    """Every notebook, as run top to bottom in a kernel (one for notebooks with the same code), as
    {path: notebook}."""
    # From a thread of its own: in a process that ran a browser test, Playwright's sync API holds
    # this thread's event loop, where asyncio.run() refuses to start another.
    with (
        tempfile.TemporaryDirectory(prefix="notebooks-") as folder,
        concurrent.futures.ThreadPoolExecutor(max_workers=1) as thread,
    ):
        return thread.submit(run_every_notebook, Path(folder)).result()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=notebook_id)
def test_notebook_runs_top_to_bottom_and_prints_its_outputs(path, executed_notebooks):
    notebook = nbformat.read(path, as_version=4)
    executed = executed_notebooks[path]
    if isinstance(executed, Exception):
        raise executed

    ran_cells = code_cells(executed)[1:]  # after LOG_TO_STDERR
    for count, (shown, ran) in enumerate(zip(code_cells(notebook), ran_cells, strict=True), 1):
        errors = [f"{o.ename}: {o.evalue}" for o in ran.outputs if o.output_type == "error"]
        assert not errors, f"{notebook_id(path)}: code cell {count} raised {errors[0]}"
        assert stdout_of(ran) == stdout_of(shown), (
            f"{notebook_id(path)}: code cell {count} ({shown.metadata.get('snippet')}) printed "
            "something else in a Jupyter kernel than the page shows."
        )
