"""`nox -s audit`: Lighthouse on every page of both languages, as a phone and as a laptop.

The site is built as the Pages workflow builds it (project.HOSTED), under its sub-path, but with
site_url on localhost (its canonical and sitemap addresses are then those served), and served
gzipped, as GitHub Pages serves it. Lighthouse (benchmarks/package.json pins it; the session
installs it with `npm ci`) drives the browser tests' Chromium: CHROME_PATH, else Debian's
headless shell. The scores go to stdout and to benchmarks/audit.en.md and audit.zh.md, which
docs/*/verification.md include; a page under the goal fails the session.
"""

import argparse
import functools
import gzip
import http.server
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path

import project

HERE = Path(__file__).resolve().parent
LIGHTHOUSE = str(HERE / "node_modules" / ".bin" / "lighthouse")
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
GOAL = dict(zip(CATEGORIES, (95, 100, 100, 100), strict=True))
FORMS = {"phone": [], "laptop": ["--preset=desktop"]}  # Lighthouse's mobile default; desktop
SUBPATH = "tf1-variables"  # where Pages serves a project's site: /<repository>/
COMPRESSED = ("text/", "application/javascript", "application/json", "image/svg", "application/xml")
TEXT = {  # the table's heading, and the line above it, in each language
    "en": (
        "| Page | Phone | Laptop |",
        "Measured {when} with Lighthouse 12.2.3 in {chromium}, "
        "`{command}`, on {cores} cores at a load average of {load}. Each cell: performance / "
        "accessibility / best practices / SEO; the goal: 95 / 100 / 100 / 100.",
    ),
    "zh": (
        "| 页面 | 手机 | 笔记本 |",
        "{when} 用 Lighthouse 12.2.3 在 {chromium} 中测得，命令："
        "`{command}`，机器 {cores} 核，平均负载 {load}。每格依次为性能 / 无障碍 / 最佳实践 / "
        "SEO；目标是 95 / 100 / 100 / 100。",
    ),
}


class Pages(http.server.SimpleHTTPRequestHandler):
    """The built site as GitHub Pages serves it: gzipped where the browser accepts it (a folder
    without its slash redirected, and a missing file, as Python's server answers them)."""

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        kind = self.guess_type(str(path))
        gzipped = "gzip" in self.headers.get("Accept-Encoding", "") and kind.startswith(COMPRESSED)
        if not gzipped or not path.is_file():
            return super().do_GET()
        body = compressed(path)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@functools.cache
def compressed(path: Path) -> bytes:
    return gzip.compress(path.read_bytes())


def lighthouse(url: str, form: str) -> dict:
    command = [LIGHTHOUSE, url, "--quiet", "--output=json", "--output-path=stdout", *FORMS[form]]
    command += ["--chrome-flags=--headless --no-sandbox --disable-gpu"]
    command += [f"--only-categories={','.join(CATEGORIES)}"]
    ran = subprocess.run(command, capture_output=True, text=True)
    if ran.returncode:  # Chromium now and then fails to start on a busy machine: once more
        ran = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(ran.stdout)


def row(page: str, scores: dict) -> str:
    def cell(form):
        marks = [f"{s}" if s >= GOAL[c] else f"**{s}** ✗" for c, s in scores[form].items()]
        return " / ".join(marks)

    return f"| `{page or '/'}` | {cell('phone')} | {cell('laptop')} |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="runs a page, their median (1)")
    parser.add_argument("--only", default="", help="the pages whose address contains this")
    parser.add_argument("--reports", type=Path, help="keep Lighthouse's JSON reports here")
    options = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="audit-"))
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Pages, directory=str(root))
    )
    site = f"http://127.0.0.1:{server.server_port}/{SUBPATH}/"
    environment = {**os.environ, **project.HOSTED, "SITE_URL": site, "NO_MKDOCS_2_WARNING": "1"}
    build = [sys.executable, "-m", *project.BUILD, "--quiet", "--site-dir", str(root / SUBPATH)]
    subprocess.run(build, cwd=project.ROOT, env=environment, check=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    os.environ.setdefault("CHROME_PATH", "/usr/bin/chromium-headless-shell")
    pages = [project.url_of(p) for lang in project.LANGUAGES for p in project.pages(lang)]
    results = {}
    for page in (p for p in pages if options.only in p):
        results[page] = {}
        for form in FORMS:
            reports = [lighthouse(site + page, form) for _ in range(options.runs)]
            results[page][form] = {
                c: round(statistics.median(r["categories"][c]["score"] * 100 for r in reports))
                for c in CATEGORIES
            }
            if options.reports:
                options.reports.mkdir(parents=True, exist_ok=True)
                name = f"{page.strip('/').replace('/', '-') or 'home'}.{form}.json"
                (options.reports / name).write_text(json.dumps(reports[-1]), encoding="utf-8")
        print(row(page, results[page]), flush=True)
    facts = {
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "chromium": subprocess.run(
            [os.environ["CHROME_PATH"], "--version"], capture_output=True, text=True
        ).stdout.strip(),
        "command": " ".join(["python3 -m nox -s audit --", *sys.argv[1:]]).removesuffix(" --"),
        "cores": os.cpu_count(),
        "load": f"{os.getloadavg()[0]:.1f}",  # how busy the machine was: performance follows it
    }
    for language, (heading, intro) in TEXT.items():
        table = [heading, "| --- | --- | --- |", *(row(p, r) for p, r in results.items())]
        if not options.only:
            text = "\n".join([intro.format(**facts), "", *table, ""])
            (HERE / f"audit.{language}.md").write_text(text, encoding="utf-8")
    failed = [
        f"{page} as a {form}: {category} {score} < {GOAL[category]}"
        for page, forms in results.items()
        for form, scores in forms.items()
        for category, score in scores.items()
        if score < GOAL[category]
    ]
    print("\n".join(failed) or "Every page reaches the goal.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
