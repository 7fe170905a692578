"""English pages: the translation of each Chinese comment of the source articles' code, at the
comment, as a Material code annotation (content.code.annotate).

The snippets keep the source articles' Chinese comments, and a page includes its snippet file
unchanged. Material shows an annotation where a comment of a code block holds a marker "(1)",
taken from the ordered list right after the block. On English pages this hook adds the markers to
the highlighted code, on the last line of each Chinese comment (consecutive comment lines are one
comment), and the list after the block, from comment_translations.en.yml. A Chinese comment with
no translation there fails the build. Every Chinese comment of an English page, the notebook's
included, is marked lang="zh", for browsers to draw it in the forms of Simplified Chinese.
"""

import html
import re
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

TRANSLATIONS = Path(__file__).with_name("comment_translations.en.yml")
BLOCK = re.compile(  # a highlighted code block: up to its first </div>
    r'<div class="[^"]*highlight"><pre>(?:(?!</div>).)*</code></pre></div>', re.DOTALL
)
CHINESE_COMMENT = re.compile(r'(<span class="c1"[^>]*>#+\s*)([^<]*[\u4e00-\u9fff][^<]*)(</span>)')
ANCHOR = re.compile(r"^(?:<a [^>]*></a>)?\s*")  # a line's indent, after its anchor if any


def on_page_content(page_html, page, config, files):
    if config.plugins["i18n"].current_language.startswith("zh"):
        return page_html  # a Chinese reader reads the comments as they are
    translations = yaml.safe_load(TRANSLATIONS.read_text(encoding="utf-8"))

    def annotate(block):
        block, comments = mark_comments(block[0])
        missing = [comment for comment in comments if comment not in translations]
        if missing:
            raise PluginError(
                f"{page.file.src_uri}: no English for the Chinese comment {missing[0]!r}: "
                f"add it to {TRANSLATIONS.relative_to(TRANSLATIONS.parent.parent)}"
            )
        items = "".join(f"<li>{html.escape(translations[c])}</li>" for c in comments)
        return block + (f"\n<ol>{items}</ol>" if comments else "")

    # Chinese comments on an English page, the notebook's cells included, marked as Chinese: else
    # browsers draw their characters in whatever CJK font comes first (Chromium on Linux: the
    # Japanese forms, Noto Sans CJK JP).
    return CHINESE_COMMENT.sub(in_chinese, BLOCK.sub(annotate, page_html))


def mark_comments(block):
    """The block with a marker "(n)" at the end of each Chinese comment, and the comments' text
    (the lines of one joined by " / ")."""
    lines = block.split("\n")
    comments = []  # [the line it ends on, its text]
    for number, line in enumerate(lines):
        found = CHINESE_COMMENT.search(line)
        if not found:
            continue
        text = html.unescape(found[2]).strip()
        if (
            comments
            and comments[-1][0] == number - 1
            and is_comment_line(lines[number - 1])
            and is_comment_line(line)
        ):
            comments[-1] = [number, f"{comments[-1][1]} / {text}"]  # a comment goes on
        else:
            comments.append([number, text])
    for marker, (number, _) in enumerate(comments, 1):
        lines[number] = CHINESE_COMMENT.sub(rf"\1\2({marker})\3", lines[number], count=1)
    return "\n".join(lines), [text for _, text in comments]


def in_chinese(comment):
    return (
        comment[1].replace('<span class="c1"', '<span class="c1" lang="zh"', 1)
        + comment[2]
        + comment[3]
    )


def is_comment_line(line):
    return bool(CHINESE_COMMENT.fullmatch(ANCHOR.sub("", line, count=1)))
