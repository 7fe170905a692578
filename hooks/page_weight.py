"""Pages as light as what they show: less for a phone to download, style and lay out.

- Highlighted code: Pygments wraps every name and every run of blanks in a span of its own
  (`<span class="n">`, `<span class="w">`), which Material colours as the code's own text; without
  them a long reference page has a quarter fewer elements, and looks the same.
- A notebook page: mkdocs-jupyter inlines JupyterLab's whole stylesheet (575 kB) into it. Only the
  rules whose classes the page uses are kept (a tenth of it): not those under `.jupyter-wrapper
  :root`, `html` or `body`, which nothing inside the wrapper can match.
"""

import re

PLAIN_SPAN = re.compile(r'<span class="[nw]">([^<]*)</span>')
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
    output = PLAIN_SPAN.sub(r"\1", output)
    if "jupyter-wrapper" not in output:
        return output
    classes = {c for value in re.findall(r'class="([^"]*)"', output) for c in value.split()}

    def lighter(style):
        css = re.sub(r"/\*.*?\*/", "", style[2], flags=re.DOTALL)
        return style[1] + (used(css, classes) if len(css) > 100_000 else style[2]) + style[3]

    return STYLE.sub(lighter, output)
