"""Pages as light as what they show: less for a phone to download, style and lay out.

- Highlighted code: Pygments wraps every name, run of blanks, operator and punctuation mark in a
  span of its own (`n`, `w`, `o`, `p`). Material colours the first two as the code's own text and
  the other two a shade lighter; all four are left as plain text, in the code's own colour (as
  GitHub shows them), as is the empty span Pygments opens every block with. That takes about half
  the elements off a long reference page (6,110 to 3,316 on the errors page), and with them
  about a third of its time to style and lay out in Lighthouse's phone run.
- A notebook page: mkdocs-jupyter inlines JupyterLab's whole stylesheet (575 kB) into it. Only the
  rules whose classes the page uses are kept (a tenth of it): not those under `.jupyter-wrapper
  :root`, `html` or `body`, which nothing inside the wrapper can match.
"""

import re

PLAIN_SPAN = re.compile(r'<span class="[nwop]">([^<]*)</span>')
STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.DOTALL)
CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
BRACE = re.compile(r"[{}]")
NEVER_INSIDE = re.compile(r"\s(:root|html|body)\b")


def rules(css: str):
    """(prelude, block) of each rule at the top level of `css`."""
    depth, start = 0, 0
    for brace in BRACE.finditer(css):
        if brace[0] == "{":
            if depth == 0:
                prelude, block = css[start : brace.start()].strip(), brace.end()
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                yield prelude, css[block : brace.start()]
                start = brace.end()


def used(css: str, classes: set[str]) -> str:
    kept = []
    for prelude, block in rules(css):
        if prelude.startswith(("@media", "@supports")):
            block = used(block, classes)
            keep = bool(block)
        else:  # another at-rule (@keyframes, @font-face, @charset ...) whole
            keep = prelude.startswith("@") or any(
                not NEVER_INSIDE.search(selector)
                and set(CLASS.findall(re.sub(r":not\([^)]*\)", "", selector))) <= classes
                for selector in prelude.split(",")
            )
        if keep:
            kept.append(f"{prelude}{{{block}}}")
    return "".join(kept)


def on_post_page(output, page, config):
    output = PLAIN_SPAN.sub(r"\1", output).replace("<pre><span></span>", "<pre>")
    if "jupyter-wrapper" not in output:
        return output
    classes = {c for value in re.findall(r'class="([^"]*)"', output) for c in value.split()}

    def lighter(style):
        css = re.sub(r"/\*.*?\*/", "", style[2], flags=re.DOTALL)
        return style[1] + (used(css, classes) if len(css) > 100_000 else style[2]) + style[3]

    return STYLE.sub(lighter, output)
