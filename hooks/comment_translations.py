"""English pages: the translation of each Chinese comment of the source articles' code, at the
comment, as a Material code annotation (content.code.annotate).

The snippets keep the source articles' Chinese comments, and a page includes its snippet file
unchanged; Material shows an annotation where a comment of the code holds a marker "(1)", from the
ordered list right after the block. On an English page the list under a block is written by hand,
one item per Chinese comment, in order (consecutive comment lines count as one comment); this hook
adds the markers to the highlighted code, on the last line of each comment. It fails the build
when a block's Chinese comments and its list do not pair up one to one.
"""

import re

from mkdocs.exceptions import PluginError

# A highlighted code block followed by an ordered list (the block ends at its first </div>)
BLOCK_AND_LIST = re.compile(
    r'(?P<block><div class="[^"]*highlight"><pre>(?:(?!</div>).)*</code></pre></div>)'
    r"(?P<gap>\s*)(?P<list><ol>.*?</ol>)",
    re.DOTALL,
)
CHINESE_COMMENT = re.compile(r'(<span class="c1"[^>]*>#[^<]*[\u4e00-\u9fff][^<]*)(</span>)')
ANCHOR = re.compile(r'^(?:<a [^>]*></a>)?\s*')  # the line's anchor (anchor_linenums), its indent


def on_page_content(html, page, config, files):
    if config.plugins["i18n"].current_language.startswith("zh"):
        return html  # a Chinese reader reads the comments as they are

    def annotate(match):
        block, count = mark_comments(match["block"])
        items = len(re.findall(r"<li>", match["list"]))
        if count == 0:
            return match[0]  # a block with no Chinese comment: its list is an ordinary one
        if count != items:
            raise PluginError(
                f"{page.file.src_uri}: a code block has {count} Chinese comments, and the list "
                f"after it {items} translations: write one item per comment, in order"
            )
        return block + match["gap"] + match["list"]

    return BLOCK_AND_LIST.sub(annotate, html)


def mark_comments(block):
    """The block with a marker "(n)" at the end of each Chinese comment, and how many."""
    lines = block.split("\n")
    ends = []  # the line each comment ends on
    for number, line in enumerate(lines):
        if not CHINESE_COMMENT.search(line):
            continue
        goes_on = ends and ends[-1] == number - 1 and is_comment_line(lines[number - 1])
        if goes_on and is_comment_line(line):
            ends[-1] = number  # a comment of whole lines goes on on this one
        else:
            ends.append(number)
    for marker, number in enumerate(ends, 1):
        lines[number] = CHINESE_COMMENT.sub(rf"\1({marker})\2", lines[number], count=1)
    return "\n".join(lines), len(ends)


def is_comment_line(line):
    return bool(CHINESE_COMMENT.fullmatch(ANCHOR.sub("", line, count=1)))
