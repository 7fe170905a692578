"""The error lookup's data, from hooks/error_wordings.yml, its one source.

- Writes it as assets/javascripts/error-wordings.json, which error-lookup.js reads beside itself,
  each answer as a path from the language's root ('reference/errors/#existing-name').
- Where a page says `<!-- error-wordings: <family> -->`, lists that family's wordings, each with
  the releases and the file of TensorFlow it comes from (`…` where TensorFlow puts a name), so
  that the page shows, and search finds, the wordings that no example here prints.
"""

import json
import re
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

FAMILIES = yaml.safe_load((Path(__file__).parent / "error_wordings.yml").read_text("utf-8"))
MARKER = re.compile(r"^<!-- error-wordings: (?P<family>[\w-]+) -->$", re.MULTILINE)


def url(answer: str) -> str:
    return answer.replace(".md", "/", 1)


def on_page_markdown(markdown, page, **_):
    return MARKER.sub(lambda m: wording_list(m["family"], page), markdown)


def wording_list(family_id: str, page) -> str:
    family = next((f for f in FAMILIES if f["family"] == family_id), None)
    if family is None:
        raise PluginError(f"{page.file.src_uri}: no family {family_id!r} in error_wordings.yml")
    lines = []
    for wording in family["wordings"]:
        text = re.sub(r"\{\w+\}", "…", " ".join(wording["text"].split()))
        versions = re.match(r"[^(;,]*", wording["versions"])[0].strip()
        source = re.search(r"[\w./-]+\.(?:py|cc|h|c)\b", wording["source"])
        lines.append(
            f"- `` {text} `` — {versions} · `{source[0] if source else wording['source']}`"
        )
    return "\n".join(lines)


def on_post_build(config, **_):
    data = [
        {
            **{k: family[k] for k in ("family", "title", "title_zh", "prefix") if k in family},
            **{k: family[k] for k in ("says", "says_zh", "name_pattern") if k in family},
            "answer": url(family["answer"]),
            "routes": [{**r, "answer": url(r["answer"])} for r in family.get("routes", [])],
            "wordings": [
                {
                    "text": w["text"],
                    "answer": url(w.get("answer", family["answer"])),
                    **({"wraps": True} if w.get("wraps") else {}),
                }
                for w in family["wordings"]
            ],
        }
        for family in FAMILIES
    ]
    path = Path(config.site_dir) / "assets" / "javascripts" / "error-wordings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
