"""Run snippets on TensorFlow 1.15.5 and report what each printed, as JSON (Python 3.7).

    python tests/tf115_runner.py --time-limit 60 --out results.json snippet.py ...

tests/test_tf115.py starts it in the environment of requirements/tf115.txt and compares. All the
snippets run in this one process, TensorFlow imported once, each on a fresh default graph, as
`python snippet.py` would run it. For each snippet the JSON holds what it wrote to stdout and,
if it did not run to its end, why and at which of its lines. Nothing else is decided here.
"""

import argparse
import contextlib
import io
import json
import runpy
import signal
import sys
import time
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


def run(path, time_limit):
    stdout = io.StringIO()
    result = {}
    try:
        with open(path, encoding="utf-8") as file:
            compile(file.read(), path, "exec")
    except SyntaxError as error:
        return {"printed": "", "line": error.lineno or 1, "error": "SyntaxError: " + error.msg}
    signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, time_limit)
    try:
        with contextlib.redirect_stdout(stdout):
            runpy.run_path(path, run_name="__main__")
    except TimeLimitReached as reached:
        result = {"line": line_running_in(reached.args[0]), "timeout": time_limit}
    except (Exception, SystemExit) as error:
        lines = [
            n
            for frame, n in traceback.walk_tb(error.__traceback__)
            if frame.f_code.co_filename == path
        ]
        result = {"line": lines[-1] if lines else 1, "error": f"{type(error).__name__}: {error}"}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    result["printed"] = stdout.getvalue()
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--out", required=True)
    parser.add_argument("--twice", action="store_true", help="run each snippet a second time")
    parser.add_argument("snippets", nargs="*")
    args = parser.parse_args()

    start = time.perf_counter()
    import tensorflow.compat.v1 as tf

    report = {
        "tensorflow": tf.__version__,
        "python": sys.version.split()[0],
        "import_seconds": time.perf_counter() - start,
        "snippets": {},
    }
    for path in args.snippets:
        tf.reset_default_graph()  # also empties the variable store of tf.variable_scope
        report["snippets"][path] = run(path, args.time_limit)
        if args.twice:  # before recording: output that changes from run to run is refused
            tf.reset_default_graph()
            report["snippets"][path]["printed_again"] = run(path, args.time_limit)["printed"]
    report["seconds"] = time.perf_counter() - start
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(report, out)


if __name__ == "__main__":
    main()
