"""Where code wraps.

- A wrapped comment keeps its place in the code: a comment or `#>` line too long for its code
  block goes on under its own first character, not at the block's left edge. Each comment of
  highlighted code is given the column it starts at (`--column`); code.css narrows the comment to
  the width left of the line from there, so that its wrapped lines stay inside it.
- Code in a table wraps between its words, and inside an identifier after a dot, a slash, an
  opening parenthesis or an equals sign (`<wbr>`), not anywhere: a column needs no more width
  than the longest part (reading.css), and a table fits the page.
"""

import html
import re

COMMENT = re.compile(r'<span class="c1"(?=[ >])')
TAG = re.compile(r"<[^>]*>")
TABLE = re.compile(r"<table>.*?</table>", re.DOTALL)
CODE_TEXT = re.compile(r"(<code>)([^<]*)(</code>)")
BREAK_AFTER = re.compile(r"(?<=[.(=/])(?=\w)")


def on_post_page(output, page, config):
    def with_column(comment):
        line = output[output.rfind("\n", 0, comment.start()) + 1 : comment.start()]
        code = line[line.rfind("<code") :] if "<code" in line else line  # a block's first line
        return f'<span class="c1" style="--column: {len(html.unescape(TAG.sub("", code)))}"'

    def breakable(code):
        return code[1] + BREAK_AFTER.sub("<wbr>", code[2]) + code[3]

    output = TABLE.sub(lambda table: CODE_TEXT.sub(breakable, table[0]), output)
    return COMMENT.sub(with_column, output)
