"""One search index per language, so that a reader searches the pages of their own language only.

mkdocs-static-i18n (reconfigure_search) merges every language's pages into one index at
search/search_index.json, and Material's search reads the index at its `base`: a Chinese query
listed English pages among its best results, and an English one Chinese pages. After the last
language is built, this hook splits that index by language: the default language's pages stay in
search/search_index.json, those of another language go to <locale>/search/search_index.json, their
locations relative to that folder. overrides/main.html points each page's `base` (Material's
__config) at its language's folder.

It also mends Material's segmentation of a Chinese query (search worker, 9.8.1): it looks up every
run of Han characters in the index's words, but never a word that ends the query, so "复用" was
searched as "复*" and found 复现 too. The worker's loop bound is one short; this hook extends it
in the built copy of the worker and fails the build if Material's code changes.
"""

import json
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

# Material's segmentation (minified): for each start s, each end o < the query's length
SEGMENT_LOOP = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e&&(n[s]=o-s)"
SEGMENT_LOOP_TO_THE_END = SEGMENT_LOOP.replace("o<t.length", "o<=t.length")


@event_priority(-200)  # after mkdocs-static-i18n's on_post_build (-100) has merged the index
def on_post_build(config):
    i18n = config.plugins["i18n"]
    if i18n.building:
        return  # building another language: the merged index is written after the last one
    if not any(name.endswith("search") for name in config.plugins):
        return  # a build without search (the bench's floor): no index to split
    site = Path(config.site_dir)
    merged_path = site / "search" / "search_index.json"
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    for locale in i18n.build_languages:
        folder = "" if locale == i18n.default_language else f"{locale}/"
        docs = [
            {**doc, "location": doc["location"].removeprefix(folder)}
            for doc in merged["docs"]
            if language_of(doc["location"], i18n) == locale
        ]
        path = site / folder / "search" / "search_index.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({**merged, "docs": docs}, ensure_ascii=False), encoding="utf-8")
    mend_query_segmentation(site)


def language_of(location, i18n):
    first = location.split("/", 1)[0]
    others = set(i18n.build_languages) - {i18n.default_language}
    return first if first in others and "/" in location else i18n.default_language


def mend_query_segmentation(site):
    workers = list((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    for worker in workers:
        code = worker.read_text(encoding="utf-8")
        if SEGMENT_LOOP not in code:
            raise PluginError(
                f"hooks/search_per_language.py: {worker.name} no longer segments Chinese queries "
                "as Material 9.8.1 did: check whether its last-word bug is fixed, then drop or "
                "update this mend"
            )
        worker.write_text(code.replace(SEGMENT_LOOP, SEGMENT_LOOP_TO_THE_END), encoding="utf-8")
