"""The notebook pages: every code cell is a snippet, every output is what that snippet recorded.

A code cell names its snippet in its metadata (`"snippet": "snippets/.../x.py"`). Its source is the
snippet's code without the `#>` lines and without the lines the notebook's first code cell
already ran (the imports), its English comments in Chinese in a Chinese notebook (as its page shows
them, so that the notebook a reader downloads reads the same), and its output is the snippet's
recorded output. `nox -s update` rewrites the cells from the snippets; the translations in the
Markdown cells are left as they are.
"""

from __future__ import annotations

import concurrent.futures
import copy

import nbformat
import pytest
from comment_translations import chinese_code
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
    header, chinese = None, path.relative_to(DOCS).parts[0] == "zh"
    for count, cell in enumerate(code_cells(synced), start=1):
        name = cell.metadata.get("snippet")
        if name is None or not (ROOT / name).is_file():
            pytest.fail(
                f"{notebook_id(path)}: code cell {count} names "
                + (f"{name}, which does not exist." if name else "no snippet.")
                + " Every code cell shows a file from snippets/: give it the metadata "
                '{"snippet": "snippets/<page>/<name>.py"}.',
                pytrace=False,
            )
        snippet = Snippet.read(name)
        code = snippet.code
        if header is None:
            header = code  # the first code cell runs the imports that every snippet starts with
        elif code.startswith(header):
            code = code[len(header) :].lstrip("\n")
        cell.source = (chinese_code(code) if chinese else code).rstrip("\n")
        cell.execution_count = count
        cell.outputs = []
        if snippet.shown:
            cell.outputs.append(nbformat.v4.new_output("stream", name="stdout", text=snippet.shown))
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


@pytest.fixture(scope="session")
def executed_notebooks(tmp_path_factory):
    """Every notebook, run top to bottom in a fresh kernel of its own, as {path: the future of the
    notebook as run}. The kernels run at the same time, each in a folder of its own, from a thread
    of its own (in a process that ran a browser test, Playwright's sync API holds the main
    thread's event loop, where nbclient cannot start another). A notebook and its translation
    run the same code (their snippets, in the same order: see test_site.py; only the comments
    differ), and what a kernel prints depends only on the code it runs: they run once."""
    same_code = {}
    for path in NOTEBOOKS:
        cells = code_cells(nbformat.read(path, as_version=4))
        code = tuple(cell.metadata.get("snippet") for cell in cells)
        same_code.setdefault(code, []).append(path)

    def execute(path):
        notebook = nbformat.read(path, as_version=4)
        notebook.cells.insert(0, nbformat.v4.new_code_cell(LOG_TO_STDERR))
        workdir = tmp_path_factory.mktemp("notebook")
        resources = {"metadata": {"path": workdir}}
        return NotebookClient(
            notebook, timeout=600, kernel_name="python3", resources=resources
        ).execute()

    with concurrent.futures.ThreadPoolExecutor() as threads:
        runs = {paths[0]: threads.submit(execute, paths[0]) for paths in same_code.values()}
    return {path: runs[paths[0]] for paths in same_code.values() for path in paths}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=notebook_id)
def test_notebook_runs_top_to_bottom_and_prints_its_outputs(path, executed_notebooks):
    notebook = nbformat.read(path, as_version=4)
    executed = executed_notebooks[path].result()  # or the error it raised

    ran_cells = code_cells(executed)[1:]  # after LOG_TO_STDERR
    for count, (shown, ran) in enumerate(zip(code_cells(notebook), ran_cells, strict=True), 1):
        errors = [f"{o.ename}: {o.evalue}" for o in ran.outputs if o.output_type == "error"]
        assert not errors, f"{notebook_id(path)}: code cell {count} raised {errors[0]}"
        assert stdout_of(ran) == stdout_of(shown), (
            f"{notebook_id(path)}: code cell {count} ({shown.metadata.get('snippet')}) printed "
            "something else in a Jupyter kernel than the page shows."
        )
