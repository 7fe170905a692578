"""The tests' only uses of another package's private names: each with why, and what would remove it.

pytest-examples 0.0.18, `pytest_examples.run_code`:

1. `inspect`, replaced for the run of a snippet. pytest-examples finds the line of each `print`
   with `inspect.stack()`, which also reads the source lines of every frame on the stack: with
   TensorFlow's thousands of modules loaded, over 10 ms a print (cpython#92041), most of the time
   of a snippet. pytest-examples reads only each frame's `frame` and `filename`.
   Upstream report (to file at github.com/pydantic/pytest-examples/issues):
       "MockPrintFunction calls inspect.stack(), which reads the source of every frame on the
       stack (cpython#92041) and costs >10 ms a print when large libraries are loaded. It uses
       only `.frame` and `.filename`: `inspect.stack(context=0)`, or walking `sys._getframe()`,
       gives the same result at a fraction of the cost."
   Removed when pytest-examples walks frames without reading their source.

2. `MockPrintFunction`, subclassed so that each print is also written to stdout: one run of a
   snippet gives both what pytest-examples checks and what `python <snippet>` prints, which the
   tests compare with the #> lines too (pytest-examples records `end=`, `file=` and values
   re-formatted by black unlike Python). Removed when pytest-examples offers a print callback
   that sees every call (its `print_callback` sees only the formatted text).
"""

from __future__ import annotations

import builtins
import contextlib
import inspect
import sys
import types

import pytest_examples.run_code as run_code

PYTHONS_PRINT = builtins.print  # taken before pytest-examples puts its own in its place


class PrintsToo(run_code.MockPrintFunction):
    __slots__ = ()

    def __call__(self, *args, sep=" ", **kwargs):
        PYTHONS_PRINT(*args, sep=sep, **kwargs)
        super().__call__(*args, sep=sep, **kwargs)


def stack_without_sources():
    """`inspect.stack()` as far as pytest-examples reads it: the frames from the caller outwards
    (without the frame of `PrintsToo`, which pytest-examples does not count on)."""
    frames, frame = [], sys._getframe(1)
    while frame is not None:
        if frame.f_code is not PrintsToo.__call__.__code__:
            frames.append(types.SimpleNamespace(frame=frame, filename=frame.f_code.co_filename))
        frame = frame.f_back
    return frames


INSPECT_WITHOUT_SOURCES = types.SimpleNamespace(**{**vars(inspect), "stack": stack_without_sources})


@contextlib.contextmanager
def pytest_examples_prints_too_and_fast():
    saved = run_code.MockPrintFunction, run_code.inspect
    run_code.MockPrintFunction, run_code.inspect = PrintsToo, INSPECT_WITHOUT_SOURCES
    try:
        yield
    finally:
        run_code.MockPrintFunction, run_code.inspect = saved
