"""`nox -s bench`: how fast verification and the build are, against the floors they cannot beat.

Every command runs once per round, in an order that rotates from round to round, so that the
noise of a shared machine falls on all of them alike. A figure is the median over the rounds; a
ratio is computed inside each round, from two commands that ran side by side, and its median is
given. Peak memory is the resident memory of the command's whole process tree, polled.

The floors: `python -c "import tensorflow"`, which every way of running the snippets pays once;
and `mkdocs build` of the same pages without the plugins that only decorate them (the search
index), each language built once. The synthetic corpus is generated into a temporary folder, its
`#>` lines recorded by one untimed `--update-examples` run, and removed afterwards.

The parts of `nox -s verify` are timed each alone, as `pytest <its test files>` (PARTS; add one
with `--part NAME=ARGS`); they overlap inside verify, so they add up to more than it takes.
`--fresh` also times, once, the first run on a fresh machine: the README's command in a new clone,
with empty uv and pip caches (it downloads the 2 GB environment again); its figures are kept in
benchmarks/fresh.json and shown until the next `--fresh`.

The figures go to stdout and to benchmarks/results.en.md and results.zh.md, which
docs/*/verification.md include.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import platform
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

import psutil
import yaml
from mkdocs.utils import yaml_load

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DECORATIVE_PLUGINS = {"search", "minify", "optimize", "social", "privacy"}  # none makes a page
SMALL_CORPUS = 10
VERIFY_TARGET = 20.0  # warm `nox -s verify`, in bare imports of TensorFlow
SNIPPET_TARGET = (1.5, 0.020)  # the snippet tests: 1.5 imports, plus 20 ms a snippet
FRESH_RESULTS = ROOT / "benchmarks" / "fresh.json"
# The parts of verify, each timed alone: the pytest arguments that run it. A part whose test
# files are not all there (tests/test_tf115.py comes with the TF 1.15.5 run) is left out.
PARTS = {
    "part_snippets": ["tests/test_snippets.py"],
    "part_checks": ["tests/test_guards.py", "tests/test_reference_pages.py", "tests/test_lint.py"],
    "part_tf115": ["tests/test_tf115.py"],
    "part_notebooks": ["tests/test_notebooks.py"],
    "part_site": ["tests/test_site.py"],
    "part_browser": ["tests/test_browser.py"],
}
POLL_SECONDS = 0.05
TEXT_SUFFIXES = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map", ".ipynb"}


@dataclass
class Command:
    name: str
    argv: list[str]
    stdin: str | None = None
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    peak_bytes: list[int] = field(default_factory=list)
    output: str = ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="runs of each command (default 5)")
    parser.add_argument("--synthetic", type=int, default=500, help="snippets (default 500)")
    parser.add_argument(
        "--nox-python", default=None, help="the Python that runs nox, to time `nox -s verify`"
    )
    parser.add_argument("--no-results", action="store_true", help="write no results files")
    parser.add_argument(
        "--part",
        action="append",
        default=[],
        metavar="NAME=ARGS",
        help="also time `pytest ARGS` as a part of verify, in a row named NAME (repeatable)",
    )
    parser.add_argument("--no-parts", action="store_true", help="time no part of verify alone")
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="also time, once, the README's verify command in a fresh clone with empty caches "
        "(downloads the 2 GB environment; apt packages are taken as installed)",
    )
    args = parser.parse_args()
    if args.fresh:
        FRESH_RESULTS.write_text(json.dumps(fresh_run(), indent=2) + "\n", encoding="utf-8")

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        tmp = Path(tmp)
        commands = prepare(tmp, args)
        for round_ in range(args.rounds):
            shift = round_ % len(commands)
            for command in commands[shift:] + commands[:shift]:
                measure(command)
            print(
                f"round {round_ + 1}/{args.rounds}: "
                + ", ".join(f"{c.name} {c.seconds[-1]:.1f}s" for c in commands),
                flush=True,
            )
        results = summarize({c.name: c for c in commands}, args, site_sizes(tmp / "site"))
    print("\n" + results["text"])
    if not args.no_results:
        for language in ("en", "zh"):
            path = ROOT / "benchmarks" / f"results.{language}.md"
            path.write_text(results[language], encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")


def prepare(tmp: Path, args) -> list[Command]:
    pytest = [PYTHON, "-m", "pytest", "tests/test_snippets.py", "-q"]
    small, large = tmp / "synthetic-small", tmp / "synthetic-large"
    for folder, count in ((small, SMALL_CORPUS), (large, args.synthetic)):
        write_synthetic_corpus(folder, count)
        print(f"recording the output of {count} synthetic snippets (untimed)", flush=True)
        run([*pytest, "--snippets", str(folder), "--update-examples"], check=True)
    commands = [
        Command("import", [PYTHON, "-c", "import tensorflow"]),
        Command("snippets", pytest),
        Command("synthetic_small", [*pytest, "--snippets", str(small)]),
        Command("synthetic", [*pytest, "--snippets", str(large)]),
        *(
            [Command("synthetic_xdist", [*pytest, "-n", "2", "--snippets", str(large)])]
            if importlib.util.find_spec("xdist")  # whether two workers pay, where installed
            else []
        ),
        Command("build_floor", mkdocs_build(tmp / "floor", "-f", "-"), stdin=floor_config()),
        Command("build", mkdocs_build(tmp / "site", "--strict")),
        *tf115_commands(tmp),
        *part_commands(args),
    ]
    if args.nox_python:
        # warm: the environment is brought up to date once before the timed runs
        run([args.nox_python, "-m", "nox", "-s", "verify", "--install-only"], check=True)
        commands.append(Command("verify", [args.nox_python, "-m", "nox", "-s", "verify", "-v"]))
    return commands


def part_commands(args) -> list[Command]:
    """The parts of verify, each as the pytest run of its test files alone (lint: ruff alone)."""
    ruff = Path(PYTHON).parent / "ruff"
    lint = f"{ruff} check -q . && {ruff} format -q --check ."  # as noxfile.py's run_ruff
    commands = [] if args.no_parts else [Command("part_lint", ["sh", "-c", lint])]
    parts = {} if args.no_parts else dict(PARTS)
    if not TF115_PYTHON.is_file():
        parts.pop("part_tf115", None)  # its tests would only say how to create the environment
    parts.update(("part:" + part.split("=", 1)[0], part.split("=", 1)[1]) for part in args.part)
    for name, pytest_args in parts.items():
        pytest_args = shlex.split(pytest_args) if isinstance(pytest_args, str) else pytest_args
        files = [arg for arg in pytest_args if arg.startswith("tests/")]
        if all((ROOT / file.split("::")[0]).is_file() for file in files):
            commands.append(Command(name, [PYTHON, "-m", "pytest", "-q", *pytest_args]))
    return commands


def fresh_run() -> dict:
    """The README's `pip install -r requirements/nox.txt && nox -s verify`, as a new contributor
    runs it: in a new clone of this repository's last commit, a new virtual environment, and
    empty uv and pip caches. Timed in steps; the nox session is run in two, its installs
    (`--install-only`), then the tests."""
    with tempfile.TemporaryDirectory(prefix="bench-fresh-") as tmp:
        tmp = Path(tmp)
        clone, venv = tmp / "clone", tmp / "venv"
        env = {
            **environment(),
            "UV_CACHE_DIR": str(tmp / "uv-cache"),
            "PIP_NO_CACHE_DIR": "1",
            "XDG_CACHE_HOME": str(tmp / "cache"),
        }
        env.pop("VIRTUAL_ENV", None)
        python = venv / "bin" / "python"
        base_python = shutil.which("python3") or sys.executable
        steps = {
            "fresh_clone": ["git", "clone", "-q", str(ROOT), str(clone)],
            "fresh_nox": [
                "sh",
                "-c",
                f"{base_python} -m venv {venv} && {python} -m pip install -q "
                "--disable-pip-version-check -r requirements/nox.txt",
            ],
            "fresh_install": [str(python), "-m", "nox", "-s", "verify", "--install-only"],
            "fresh_tests": [str(python), "-m", "nox", "-s", "verify"],
        }
        seconds = {}
        for name, argv in steps.items():
            print(f"fresh: {name}: {' '.join(argv)}", flush=True)
            cwd = tmp if name == "fresh_clone" else clone
            took, peak, output, returncode, cpu = run(argv, cwd=cwd, env=env)
            if returncode != 0:
                sys.exit(f"fresh: `{' '.join(argv)}` failed ({returncode}):\n{output[-3000:]}")
            seconds[name] = round(took, 1)
        downloaded = sum(f.stat().st_size for f in (tmp / "uv-cache").rglob("*") if f.is_file())
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "seconds": seconds,
        "uv_cache_bytes": downloaded,
    }


def mkdocs_build(site_dir: Path, *options: str) -> list[str]:
    return [PYTHON, "-m", "mkdocs", "build", "-q", "--site-dir", str(site_dir), *options]


def mkdocs_config() -> dict:
    return yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def floor_config() -> str:
    """mkdocs.yml without the decorative plugins, with the default language built first.

    i18n builds the default language, then every other listed language that is not the one just
    built: the default language listed last is built twice. The floor builds each page once.
    """
    plugins = []
    for entry in mkdocs_config()["plugins"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        if name in DECORATIVE_PLUGINS:
            continue
        if name == "i18n":
            options = {
                **options,
                "languages": sorted(options["languages"], key=lambda lang: not lang.get("default")),
            }
        plugins.append({name: options})
    # everything else comes from mkdocs.yml; the build runs in ROOT, which paths are relative to
    return yaml.safe_dump({"INHERIT": "mkdocs.yml", "plugins": plugins}, allow_unicode=True)


def synthetic_snippet(i: int) -> str:
    """A compat.v1 program like the articles': scopes, get_variable, reuse; a session in five."""
    rows, columns = 1 + i % 7, 1 + i % 5
    code = f"""import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("layer_{i}"):
    weights = tf.get_variable("weights", [{rows}, {columns}], initializer=tf.zeros_initializer())
with tf.variable_scope("layer_{i}", reuse=True):
    shared = tf.get_variable("weights")
with tf.name_scope("block_{i}"):
    created = tf.Variable(tf.ones([{columns}]), name="created")
print(weights.name)
print(str(shared is weights))
print(created.name)
"""
    if i % 5 == 0:
        code += """with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(str(sess.run(tf.reduce_sum(created))))
"""
    return code


def write_synthetic_corpus(folder: Path, count: int) -> None:
    for i in range(count):
        path = folder / f"group_{i // 100:02d}" / f"synthetic_{i:04d}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(synthetic_snippet(i), encoding="utf-8")


def environment() -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "TF_CPP_MIN_LOG_LEVEL": "2"}


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(argv, stdin=None, check=False, cwd=ROOT, env=None):
    """Run a command; return its seconds, the peak memory of its process tree, its output, its
    return code, and the CPU seconds of its process tree (of the processes waited for)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as output:
        cpu = children_cpu()
        start = time.perf_counter()
        process = psutil.Popen(
            argv,
            cwd=cwd,
            env=env or environment(),
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            text=True,
        )
        if stdin is not None:
            process.stdin.write(stdin)
            process.stdin.close()
        peak, seen = 0, {}
        while process.poll() is None:
            peak = max(peak, tree_memory(process, seen))
            time.sleep(POLL_SECONDS)
        seconds = time.perf_counter() - start
        # Two lower bounds of the tree's CPU time: the processes waited for (Chromium's renderers
        # are not, by anyone who reports to us), and those seen running at a poll (a process that
        # lives less than a poll is not); the larger is the nearer.
        cpu = max(children_cpu() - cpu, sum(seen.values()))
        output.seek(0)
        text = output.read()
    if check and process.returncode != 0:
        sys.exit(f"`{' '.join(map(str, argv))}` failed ({process.returncode}):\n{text[-3000:]}")
    return seconds, peak, text, process.returncode, cpu


def tree_memory(process: psutil.Process, cpu_seen: dict) -> int:
    """The memory of the process tree now; and, into `cpu_seen`, the CPU seconds of each of its
    processes so far."""
    total = 0
    try:
        members = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for member in members:
        try:
            with member.oneshot():
                total += member.memory_info().rss
                times = member.cpu_times()
            cpu_seen[(member.pid, member.create_time())] = times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def measure(command: Command) -> None:
    seconds, peak, output, returncode, cpu = run(command.argv, stdin=command.stdin)
    if returncode != 0:
        sys.exit(f"{command.name}: `{' '.join(command.argv)}` failed:\n{output[-3000:]}")
    command.seconds.append(seconds)
    command.cpu_seconds.append(cpu)
    command.peak_bytes.append(peak)
    command.output = output


def paired(numerator: Command, denominator: Command) -> float:
    pairs = zip(numerator.seconds, denominator.seconds, strict=True)
    return statistics.median(n / d for n, d in pairs)


def installs_in(verify_output: str) -> list[str]:
    """Lines where uv or nox (re)installed something: empty when the environment was reused."""
    pattern = re.compile(r"^\s*(?:nox > )?(Installed|Uninstalled|Prepared|Creating virtual)\b")
    return [line for line in verify_output.splitlines() if pattern.match(line)]


def site_sizes(site: Path) -> dict:
    """The built site's bytes by language, and what each home page makes a browser download."""
    i18n = next(
        p["i18n"] for p in mkdocs_config()["plugins"] if isinstance(p, dict) and "i18n" in p
    )
    built = [lang for lang in i18n["languages"] if lang.get("build", True)]
    default = next(lang["locale"] for lang in built if lang.get("default"))
    languages = sorted(lang["locale"] for lang in built if lang["locale"] != default)
    shared = ("assets", "search")
    sizes = {"total": sum(f.stat().st_size for f in site.rglob("*") if f.is_file())}
    sizes["shared"] = sum(
        f.stat().st_size for name in shared for f in (site / name).rglob("*") if f.is_file()
    )
    sizes["languages"] = {
        language: sum(f.stat().st_size for f in (site / language).rglob("*") if f.is_file())
        for language in languages
    }
    default_pages = [
        f
        for f in site.rglob("*")
        if f.is_file() and f.relative_to(site).parts[0] not in {*languages, *shared}
    ]
    sizes["languages"][default] = sum(f.stat().st_size for f in default_pages)
    sizes["home"] = {
        default: home_page_transfer(site, site / "index.html"),
        **{lang: home_page_transfer(site, site / lang / "index.html") for lang in languages},
    }
    return sizes


def home_page_transfer(site: Path, page: Path) -> dict:
    """Bytes a browser fetches to show the page, raw and as gzip at level 6 (text files only).

    The page's HTML, the stylesheets, scripts and images it links, what the stylesheets load
    with url(); then, apart, the search worker and index that the theme's script fetches on load.
    """
    html = page.read_text(encoding="utf-8")
    linked = re.findall(r'<(?:link|script|img)\b[^>]*\b(?:href|src)="([^"#?]+)', html)
    files = {page}
    for url in linked:
        target = (page.parent / url).resolve()
        if target.is_file() and target.suffix != ".html":
            files.add(target)
    for css in [f for f in files if f.suffix == ".css"]:
        for url in re.findall(r'url\("?([^")]+?)"?\)', css.read_text(encoding="utf-8")):
            if not url.startswith("data:") and (css.parent / url).is_file():
                files.add((css.parent / url).resolve())
    search = set()
    if worker := re.search(r'"search": ?"([^"]+)"', html):
        search = {(page.parent / worker[1]).resolve(), site / "search" / "search_index.json"}
    return {"page": transfer(files), "search": transfer(f for f in search if f.is_file())}


def transfer(files) -> dict:
    raw = compressed = 0
    for path in files:
        data = path.read_bytes()
        raw += len(data)
        compressed += len(gzip.compress(data, 6)) if path.suffix in TEXT_SUFFIXES else len(data)
    return {"raw": raw, "gzip": compressed}


LABELS = {
    "en": {
        "import": 'Import floor: `python -c "import tensorflow"`',
        "snippets": "Every snippet: `pytest tests/test_snippets.py`",
        "synthetic_small": "{small} synthetic snippets: `… --snippets DIR`",
        "synthetic": "{n} synthetic snippets: `… --snippets DIR`",
        "synthetic_xdist": "{n} synthetic snippets on 2 workers: `… -n 2 --snippets DIR`",
        "build_floor": "Build floor: `mkdocs build`, no search, each language once",
        "build": "The site: `mkdocs build --strict`",
        "verify": "Warm `nox -s verify` (everything)",
        "part_lint": "Part of verify, alone: ruff (`ruff check`, `ruff format --check`)",
        "part_snippets": "Part of verify, alone: `pytest tests/test_snippets.py`",
        "part_checks": "Part of verify, alone: the guards, reference tables, lint config",
        "part_tf115": "Part of verify, alone: `pytest tests/test_tf115.py` (TF 1.15.5)",
        "part_notebooks": "Part of verify, alone: `pytest tests/test_notebooks.py`",
        "part_site": "Part of verify, alone: `pytest tests/test_site.py` (with its build)",
        "part_browser": "Part of verify, alone: `pytest tests/test_browser.py` (with its build)",
        "part": "Part of verify, alone: `pytest {args}`",
        "snippet_target": "≤ 1.5× + {n} × 20 ms",
        "fresh": "First run on a fresh machine, measured {date} on {machine} "
        "(`nox -s bench -- --fresh`: a new clone, empty uv and pip caches; Chromium and the CJK "
        "font were installed already):",
        "fresh_clone": "`git clone`",
        "fresh_nox": "`pip install -r requirements/nox.txt` (in a new venv)",
        "fresh_install": "`nox -s verify`: its installs (`--install-only`)",
        "fresh_tests": "`nox -s verify`: the tests, first run",
        "fresh_total": "The README's verify command, in all",
        "fresh_cache": "uv cache after it",
        "command": "Command",
        "median": "Median",
        "cpu": "CPU",
        "peak": "Peak memory",
        "ratio": "Ratio",
        "target": "Target",
        "marginal": "Marginal cost of a snippet ({n} − {small}, per snippet)",
        "installs": "Warm `nox -s verify` installed nothing",
        "installs_bad": "Warm `nox -s verify` installed: {lines}",
        "size": "What",
        "bytes": "Bytes",
        "gzip": "gzip -6",
        "site_total": "Built site, all files",
        "site_shared": "Shared by both languages (assets/, search/)",
        "site_language": "Pages of language `{lang}`",
        "home_page": "Home page `{lang}`: HTML, CSS, JS, images",
        "home_search": "… plus the search worker and index it fetches",
        "heading_time": "Time",
        "heading_size": "Size",
        "measured": "Measured {date} on {machine}, {rounds} rounds, with:",
        "stop": ".",
        "ratio_note": "Ratios are medians of per-round ratios of commands run side by side. CPU: "
        "the seconds of processor time of the command's processes, all cores together (on a "
        "busy machine a steadier figure than the wall-clock time; Chromium's included).",
    },
    "zh": {
        "import": '导入下限：`python -c "import tensorflow"`',
        "snippets": "全部示例：`pytest tests/test_snippets.py`",
        "synthetic_small": "{small} 个合成示例：`… --snippets DIR`",
        "synthetic": "{n} 个合成示例：`… --snippets DIR`",
        "synthetic_xdist": "{n} 个合成示例，2 个 worker：`… -n 2 --snippets DIR`",
        "build_floor": "构建下限：`mkdocs build`，不含搜索，每种语言只构建一次",
        "build": "本站：`mkdocs build --strict`",
        "verify": "环境已就绪时的 `nox -s verify`（全部测试）",
        "part_lint": "verify 的一部分，单独运行：ruff（`ruff check`、`ruff format --check`）",
        "part_snippets": "verify 的一部分，单独运行：`pytest tests/test_snippets.py`",
        "part_checks": "verify 的一部分，单独运行：守卫测试、参考表格、lint 配置",
        "part_tf115": "verify 的一部分，单独运行：`pytest tests/test_tf115.py`（TF 1.15.5）",
        "part_notebooks": "verify 的一部分，单独运行：`pytest tests/test_notebooks.py`",
        "part_site": "verify 的一部分，单独运行：`pytest tests/test_site.py`（含构建）",
        "part_browser": "verify 的一部分，单独运行：`pytest tests/test_browser.py`（含构建）",
        "part": "verify 的一部分，单独运行：`pytest {args}`",
        "snippet_target": "≤ 1.5× + {n} × 20 ms",
        "fresh": "全新机器上的第一次运行，{date} 在 {machine} 上测得"
        "（`nox -s bench -- --fresh`：新克隆的仓库，uv 与 pip 缓存为空；Chromium 与中日韩字体"
        "事先已装好）：",
        "fresh_clone": "`git clone`",
        "fresh_nox": "`pip install -r requirements/nox.txt`（在新建的 venv 中）",
        "fresh_install": "`nox -s verify`：安装部分（`--install-only`）",
        "fresh_tests": "`nox -s verify`：测试部分，第一次运行",
        "fresh_total": "README 中的 verify 命令，合计",
        "fresh_cache": "运行后的 uv 缓存",
        "command": "命令",
        "median": "中位数",
        "cpu": "CPU 时间",
        "peak": "内存峰值",
        "ratio": "倍数",
        "target": "目标",
        "marginal": "每个示例的边际耗时（{n} 与 {small} 之差，平均到每个示例）",
        "installs": "环境已就绪时的 `nox -s verify` 没有安装任何东西",
        "installs_bad": "环境已就绪时的 `nox -s verify` 安装了：{lines}",
        "size": "内容",
        "bytes": "字节",
        "gzip": "gzip -6",
        "site_total": "构建出的整个网站",
        "site_shared": "两种语言共用（assets/、search/）",
        "site_language": "语言 `{lang}` 的页面",
        "home_page": "首页 `{lang}`：HTML、CSS、JS、图片",
        "home_search": "……再加上它加载的搜索 worker 与索引",
        "heading_time": "耗时",
        "heading_size": "大小",
        "measured": "{date} 在 {machine} 上测得，共 {rounds} 轮，命令：",
        "stop": "。",
        "ratio_note": "倍数是每一轮中并排运行的两条命令之比，再取各轮的中位数。CPU 时间：该命令"
        "所有进程占用的处理器时间，各核心合计（机器繁忙时比实际耗时更稳定；包括 Chromium 的）。",
    },
}


# TensorFlow 1.15.5 (tests/test_tf115.py): the run of every TF1 snippet in the Python 3.7
# environment that `nox -s bench` creates as verify does, against its own floor, a bare import.
TF115_PYTHON = ROOT / ".nox" / "tf115" / "bin" / "python"
TF115_LABELS = {
    "en": {
        "tf115_import": 'TF 1.15.5 import floor: `python3.7 -c "import tensorflow"`',
        "tf115": "Every TF1 snippet on TF 1.15.5: `tests/tf115_runner.py`",
    },
    "zh": {
        "tf115_import": 'TF 1.15.5 导入下限：`python3.7 -c "import tensorflow"`',
        "tf115": "全部 TF1 示例在 TF 1.15.5 上：`tests/tf115_runner.py`",
    },
}
for _language, _labels in TF115_LABELS.items():
    LABELS[_language].update(_labels)


def tf115_commands(tmp: Path) -> list[Command]:
    if not TF115_PYTHON.is_file():
        return []
    sys.path.insert(0, str(ROOT / "tests"))
    from snippet_files import all_snippets, runs_on_tf1

    snippets = [str(p) for p in all_snippets() if runs_on_tf1(p.read_text(encoding="utf-8"))]
    runner = [str(TF115_PYTHON), "tests/tf115_runner.py", "--out", str(tmp / "tf115.json")]
    return [
        Command("tf115_import", [str(TF115_PYTHON), "-c", "import tensorflow"]),
        Command("tf115", [*runner, *snippets]),
    ]


def tf115_ratios(commands: dict[str, Command]) -> dict:
    if "tf115" not in commands:
        return {}
    return {"tf115": (paired(commands["tf115"], commands["tf115_import"]), "tf115_import", None)}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        cpu = re.search(r"model name\s*:\s*(.+)", cpuinfo)[1].strip()
    except (OSError, TypeError):
        pass
    memory = psutil.virtual_memory().total / 2**30
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}"
    )


def fresh_rows(label: dict) -> list[str]:
    """The last `--fresh` measurement (benchmarks/fresh.json), if there is one."""
    if not FRESH_RESULTS.is_file():
        return []
    fresh = json.loads(FRESH_RESULTS.read_text(encoding="utf-8"))
    seconds = fresh["seconds"]
    rows = [
        label["fresh"].format(date=fresh["date"], machine=fresh["machine"]),
        "",
        f"| {label['command']} | {label['heading_time']} |",
        "| --- | ---: |",
        *(f"| {label[name]} | {took:.1f} s |" for name, took in seconds.items()),
        f"| {label['fresh_total']} | {sum(seconds.values()):.1f} s |",
        f"| {label['fresh_cache']} | {fresh['uv_cache_bytes'] / 2**30:.2f} GiB |",
        "",
    ]
    return rows


def summarize(commands: dict[str, Command], args, sizes: dict) -> dict[str, str]:
    n, small = args.synthetic, SMALL_CORPUS
    marginal = statistics.median(
        (large - few) / (n - small) * 1000
        for large, few in zip(
            commands["synthetic"].seconds, commands["synthetic_small"].seconds, strict=True
        )
    )
    snippet_count = len(list((ROOT / "snippets").rglob("*.py")))
    ratios = {
        "snippets": (paired(commands["snippets"], commands["import"]), "import", None),
        "synthetic": (paired(commands["synthetic"], commands["import"]), "import", 3.0),
        "synthetic_small": (
            paired(commands["synthetic_small"], commands["import"]),
            "import",
            None,
        ),
        "build": (paired(commands["build"], commands["build_floor"]), "build_floor", 1.5),
    }
    # The snippet tests' target: 1.5 imports plus 20 ms a snippet, checked round by round.
    imports, per_snippet = SNIPPET_TARGET
    snippets_within = statistics.median(
        (seconds - per_snippet * snippet_count) / floor
        for seconds, floor in zip(
            commands["snippets"].seconds, commands["import"].seconds, strict=True
        )
    )
    if "synthetic_xdist" in commands:
        ratios["synthetic_xdist"] = (
            paired(commands["synthetic_xdist"], commands["import"]),
            "import",
            3.0,
        )
    if "verify" in commands:
        ratios["verify"] = (paired(commands["verify"], commands["import"]), "import", VERIFY_TARGET)
    for name in commands:
        if name.startswith(("part_", "part:")):
            ratios[name] = (paired(commands[name], commands["import"]), "import", None)
    ratios.update(tf115_ratios(commands))
    command_line = f"python3 -m nox -s bench -- --rounds {args.rounds}"
    if n != 500:
        command_line += f" --synthetic {n}"
    date = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    where = f"{machine()}, TensorFlow {version('tensorflow')}"
    out = {}
    for language, label in LABELS.items():
        rows = [
            f"| {label['command']} | {label['median']} | {label['cpu']} | {label['ratio']} "
            f"| {label['target']} | {label['peak']} |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for name, command in commands.items():
            ratio, floor, target = ratios.get(name, (None, None, None))
            ratio_text = f"{ratio:.2f}× `{floor}`" if ratio else ""
            target_text = f"≤ {target:g}×" + (" ✓" if ratio <= target else " ✗") if target else ""
            if name == "snippets":
                target_text = label["snippet_target"].format(n=snippet_count) + (
                    " ✓" if snippets_within <= imports else " ✗"
                )
            what = label.get(name) or label["part"].format(args=" ".join(command.argv[4:]))
            rows.append(
                f"| {what.format(n=n, small=small)} | "
                f"{statistics.median(command.seconds):.2f} s | "
                f"{statistics.median(command.cpu_seconds):.1f} s | {ratio_text} | {target_text} | "
                f"{statistics.median(command.peak_bytes) / 2**20:.0f} MiB |"
            )
        rows.append(f"| {label['marginal'].format(n=n, small=small)} | {marginal:.1f} ms | | | | |")
        notes = []
        if "verify" in commands:
            output = commands["verify"].output
            installs = installs_in(output)
            checked = re.findall(r"^(?:Audited|Checked) \d+ packages.*$", output, re.MULTILINE)
            notes.append(
                label["installs_bad"].format(lines="; ".join(installs))
                if installs
                else f"{label['installs']} (uv: {'; '.join(checked) or '—'}) ✓"
            )
        size_rows = [
            f"| {label['size']} | {label['bytes']} | {label['gzip']} |",
            "| --- | ---: | ---: |",
            f"| {label['site_total']} | {sizes['total']:,} | |",
            f"| {label['site_shared']} | {sizes['shared']:,} | |",
        ]
        for lang, size in sorted(sizes["languages"].items()):
            size_rows.append(f"| {label['site_language'].format(lang=lang)} | {size:,} | |")
        for lang, home in sorted(sizes["home"].items()):
            size_rows.append(
                f"| {label['home_page'].format(lang=lang)} | {home['page']['raw']:,} "
                f"| {home['page']['gzip']:,} |"
            )
            search = home["search"]
            size_rows.append(f"| {label['home_search']} | {search['raw']:,} | {search['gzip']:,} |")
        out[language] = "\n".join(
            [
                label["measured"].format(date=date, machine=where, rounds=args.rounds),
                f"`{command_line}`{label['stop']} {label['ratio_note']}",
                "",
                *rows,
                "",
                *(f"{note}\n" for note in notes),
                *fresh_rows(label),
                *size_rows,
                "",
            ]
        )
    out["text"] = out["en"]
    return out


if __name__ == "__main__":
    main()
