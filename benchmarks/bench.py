"""`nox -s bench`: warm verification and the build against their floors, side by side in one run.

hyperfine runs each command `--rounds` times in one invocation; a figure is the median of its runs,
a ratio that of two medians. The floors: importing TensorFlow, and `mkdocs build` without search.
`--baseline REV` also times `nox -s verify` of commit REV in a temporary git worktree, installed
first (untimed) with its own noxfile. The tables go to benchmarks/results.{en,zh}.md.
"""

import argparse
import contextlib
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import yaml
from mkdocs.utils import yaml_load

from project import BUILD, LANGUAGES, ROOT

PYTHON = sys.executable  # the verify environment's: noxfile.py runs this file with it
# A ratio of two commands' medians, and the goal it has: the project's, and issue 24's.
TARGETS = {("verify", "import"): 20.0, ("verify", "baseline"): 1.1, ("build", "build_floor"): 1.5}
LABELS = {  # what the results say, in each of LANGUAGES
    "import": (
        'Import floor: `python -c "import tensorflow"`',
        '导入下限：`python -c "import tensorflow"`',
    ),
    "verify": ("Warm `nox -s verify` (installed first, untimed)", "环境已就绪时的 `nox -s verify`"),
    "baseline": (
        "The same, of commit {rev} (in a worktree)",
        "提交 {rev} 的同一命令（在 worktree 里）",
    ),
    "build_floor": (
        "Build floor: `mkdocs build`, no search plugin",
        "构建下限：不带搜索插件的 `mkdocs build`",
    ),
    "build": ("The site: `mkdocs build --strict`", "本站：`mkdocs build --strict`"),
    "snippets": (
        "Every snippet: `pytest tests/test_snippets.py`",
        "全部片段：`pytest tests/test_snippets.py`",
    ),
    "head": (
        "Command | Median | Fastest–slowest | CPU, mean",
        "命令 | 中位数 | 最快–最慢 | CPU 时间（均值）",
    ),
    "ratios": ("Ratio of medians | Measured | Target", "中位数之比 | 实测 | 目标"),
    ("verify", "import"): (
        "Warm verify, in imports of TensorFlow",
        "verify 折合成导入 TensorFlow 的次数",
    ),
    ("verify", "baseline"): ("Warm verify, against that of {rev}", "verify 与提交 {rev} 的相比"),
    ("build", "build_floor"): ("Strict build, against the build floor", "严格构建与构建下限相比"),
    "failed": (" ({n} of the runs failed)", "（其中 {n} 次运行失败）"),
    "measured": (
        "Measured {date} with `{command}` ({hyperfine}: {rounds} runs of a command, then the "
        "next) on {machine}. Other work on the machine does not stop for the bench: its load "
        "average was {load} at the start, {load_end} at the end ({load_15} over the last 15 "
        "minutes). The figures are noisy; a ratio compares commands run minutes apart.",
        "{date} 用 `{command}` 测得（{hyperfine}：每条命令连续运行 {rounds} 次，再换下一条），"
        "机器：{machine}。测量时机器上的其他任务照常运行：负载开始时为 {load}，结束时为 "
        "{load_end}（最近 15 分钟平均 {load_15}）。所以数字有噪声；比较的两条命令前后相隔几分钟。",
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs of each command (default 3)")
    parser.add_argument("--baseline", metavar="REV", help="also time verify of commit REV")
    parser.add_argument("--nox-python", required=True, help="the Python that runs nox")
    args = parser.parse_args()
    os.environ.update(TF_CPP_MIN_LOG_LEVEL="2", NO_MKDOCS_2_WARNING="1")
    load, rev = f"{os.getloadavg()[0]:.1f}", None
    nox, mkdocs = [args.nox_python, "-m", "nox", "-s", "verify"], f"{PYTHON} -m mkdocs"
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp, contextlib.ExitStack() as cleanup:
        floor = Path(tmp, "floor.yml")
        floor.write_text(floor_config(), encoding="utf-8")
        commands = {"import": f"{PYTHON} -c 'import tensorflow'", "verify": shlex.join(nox)}
        if args.baseline:  # beside verify, so that the two run as close together as they can
            rev = output("git", "rev-parse", "--short", args.baseline)
            worktree = Path(tmp, f"baseline-{rev}")
            output("git", "worktree", "add", "--detach", str(worktree), rev)
            cleanup.callback(output, "git", "worktree", "remove", "--force", str(worktree))
            print(f"installing the environments of {rev}, with its noxfile (untimed)", flush=True)
            subprocess.run([*nox, "--install-only"], cwd=worktree, check=True)
            commands["baseline"] = f"cd {worktree} && {shlex.join(nox)}"
        commands["build_floor"] = f"{mkdocs} build -q --site-dir {tmp}/floor -f - < {floor}"
        commands["build"] = f"{mkdocs} {shlex.join(BUILD[1:])} -q --site-dir {tmp}/site"
        commands["snippets"] = f"{PYTHON} -m pytest -q tests/test_snippets.py"
        times = hyperfine(commands, args.rounds, Path(tmp, "times.json"))
    baseline = f" --baseline {args.baseline}" if args.baseline else ""
    cpu = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())[1]
    facts = dict(
        date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        command=f"python3 -m nox -s bench -- --rounds {args.rounds}{baseline}",
        hyperfine=output("hyperfine", "--version"),
        machine=f"{cpu}, {os.cpu_count()} cores",
        load=load,
        load_end=f"{os.getloadavg()[0]:.1f}",
        load_15=f"{os.getloadavg()[2]:.1f}",
        **vars(args),
    )
    for language in LANGUAGES:
        text = table(
            times, {k: v[LANGUAGES.index(language)] for k, v in LABELS.items()}, facts, rev
        )
        print(f"\n{text}" * (language == LANGUAGES[0]), end="")
        Path(ROOT, "benchmarks", f"results.{language}.md").write_text(text, encoding="utf-8")


def output(*argv: str) -> str:
    return subprocess.run(argv, cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def hyperfine(commands: dict[str, str], rounds: int, export: Path) -> dict[str, dict]:
    """Each command's result from hyperfine's JSON: median, min, max, exit_codes, times."""
    named = [arg for name, command in commands.items() for arg in ("-n", name, command)]
    options = ["--runs", str(rounds), "--ignore-failure", "--style", "basic"]
    subprocess.run(["hyperfine", *options, "--export-json", export, *named], cwd=ROOT, check=True)
    return {result["command"]: result for result in json.loads(export.read_text())["results"]}


def floor_config() -> str:
    """mkdocs.yml without the search plugin (read by `mkdocs build -f -`, in the repository)."""
    plugins = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["plugins"]
    kept = [p for p in plugins if (next(iter(p)) if isinstance(p, dict) else p) != "search"]
    return yaml.safe_dump({"INHERIT": "mkdocs.yml", "plugins": kept}, allow_unicode=True)


def header(names: str) -> str:
    return f"| {names} |\n| ---" + " | ---:" * names.count("|") + " |"


def table(times: dict[str, dict], label: dict, facts: dict, rev: str | None) -> str:
    rows = [label["measured"].format(**facts), "", header(label["head"])]
    for name, result in times.items():
        failed = sum(code != 0 for code in result.get("exit_codes", []))
        what = label[name].format(rev=f"`{rev}`") + label["failed"].format(n=failed) * bool(failed)
        low, high = result["min"], result["max"]
        cpu = result["user"] + result["system"]
        rows.append(f"| {what} | {result['median']:.2f} s | {low:.1f}–{high:.1f} s | {cpu:.1f} s |")
    rows += ["", header(label["ratios"])]
    for (name, floor), target in TARGETS.items():
        if floor in times:
            ratio = times[name]["median"] / times[floor]["median"]
            what = label[name, floor].format(rev=f"`{rev}`")
            rows.append(f"| {what} | {ratio:.2f}× | ≤ {target:g}× {'✓✗'[ratio > target]} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    main()
