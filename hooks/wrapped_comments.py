"""A wrapped comment keeps its place in the code: a comment or `#>` line too long for its code
block goes on under its own first character, not at the block's left edge.

Each comment of highlighted code is given the column it starts at (`--column`); code.css narrows
the comment to the width left of the line from there, so that its wrapped lines stay inside it.
"""

import html
import re

COMMENT = re.compile(r'<span class="c1"(?=[ >])')
TAG = re.compile(r"<[^>]*>")


def on_post_page(output, page, config):
    def with_column(comment):
        line = output[output.rfind("\n", 0, comment.start()) + 1 : comment.start()]
        code = line[line.rfind("<code") :] if "<code" in line else line  # a block's first line
        return f'<span class="c1" style="--column: {len(html.unescape(TAG.sub("", code)))}"'

    return COMMENT.sub(with_column, output)
