"""Run snippets, one after another, in this process, and say what each printed (Python 3.7 too).

    python tests/snippet_worker.py [--eager]

tests/test_snippets.py runs the snippets on TensorFlow 2 in its own process with `run`, and starts
one of these for each way a snippet runs outside that process:
on TensorFlow 1.15.5 (graph-mode snippets; and, with --eager, those that leave TF2 behaviour on,
after `tf.enable_eager_execution()`, which only a new process can call), and on TensorFlow 2
with Keras 3 (the environment without TF_USE_LEGACY_KERAS). It reads one JSON request a line,
{"path": ..., "time_limit": seconds}, and answers each with one JSON line: what the snippet wrote
to stdout, and, if it did not run to its end, why and at which of its lines. Each snippet starts as
`python snippet.py` would: on a fresh default graph, with this process' environment.
"""

import contextlib
import io
import json
import os
import runpy
import signal
import sys
import traceback


class TimeLimitReached(BaseException):
    """Raised in a snippet that runs too long: no Exception, so `except Exception` lets it by."""


def stop(signum, frame):
    raise TimeLimitReached(frame)


def line_running_in(frame):
    """The innermost line of the snippet (run as `__main__`) on the stack of `frame`."""
    while frame is not None and frame.f_globals.get("__name__") != "__main__":
        frame = frame.f_back
    return frame.f_lineno if frame is not None else 1


def start_fresh(tf):
    """Start a snippet as `python snippet.py` would: a new default graph (which also empties the
    variable store of `tf.variable_scope`), and on TensorFlow 2, TF2 behaviour on.

    A compat.v1 snippet then calls `tf.disable_v2_behavior()` itself, and a TF2 snippet runs
    eagerly. Eager execution can be switched back on only while no default graph exists, which
    is why the graph is reset first. An eager op then makes TensorFlow's context in eager mode, as
    the first op of `python snippet.py` would: made first in a graph-mode snippet, the context
    would lift the variables of every later `tf.function` into a graph, not into eager mode.
    """
    tf.reset_default_graph()
    if tf.__version__.startswith("2."):
        tf.enable_v2_behavior()
        tf.constant(0)


def run(path, time_limit, execute=None):
    """Run the snippet at `path` (or `execute()`, which runs its code) as `python snippet.py` would,
    for at most `time_limit` seconds: {"printed": what it wrote to stdout}, and if it did not run
    to its end, at which of its lines, and its "syntax_error", "error" or "timeout"."""
    try:
        with open(path, encoding="utf-8") as file:
            compile(file.read(), path, "exec")
    except SyntaxError as error:
        return {"printed": "", "line": error.lineno or 1, "syntax_error": error.msg}
    if "tensorflow" in sys.modules:  # else nothing to reset, and no import to pay for
        start_fresh(sys.modules["tensorflow"].compat.v1)
    stdout, result, environment = io.StringIO(), {}, dict(os.environ)
    previous_handler = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, time_limit)
    try:
        with contextlib.redirect_stdout(stdout):
            if execute:
                execute()
            else:
                runpy.run_path(path, run_name="__main__")
    except TimeLimitReached as reached:
        result = {"line": line_running_in(reached.args[0]), "timeout": time_limit}
    except (Exception, SystemExit) as error:
        # walk_tb, not extract_tb: pytest-examples gives the error a traceback of its own making,
        # on which extract_tb fails.
        tb = traceback.walk_tb(error.__traceback__)
        lines = [n for frame, n in tb if frame.f_code.co_filename == path]
        result = {
            "line": lines[-1] if lines else 1,
            "error": type(error).__name__ + ": " + str(error),
        }
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        os.environ.clear()  # what a snippet sets in the environment ends with it
        os.environ.update(environment)
    result["printed"] = stdout.getvalue()
    return result


def main():
    # The answers go to what was stdout; anything else written to it (a subprocess of a snippet,
    # TensorFlow's C++ log) goes to stderr, where it cannot garble them.
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    if "--eager" in sys.argv:  # before any graph is made: only at a program's start
        import tensorflow.compat.v1 as tf

        tf.enable_eager_execution()
    answers.write(json.dumps({"python": sys.version.split()[0]}) + "\n")
    answers.flush()
    for request in sys.stdin:
        request = json.loads(request)
        answers.write(json.dumps(run(request["path"], request["time_limit"])) + "\n")
        answers.flush()


if __name__ == "__main__":
    main()
