"""English pages: the translation of each Chinese comment of the source articles' code, at the
comment, as a Material code annotation (content.code.annotate).

The snippets keep the source articles' Chinese comments, and a page includes its snippet file
unchanged. Material shows an annotation where a comment of a code block holds a marker "(1)",
taken from the ordered list right after the block. On English pages this hook adds the markers to
the highlighted code, on the last line of each Chinese comment (consecutive comment lines are one
comment), and the list after the block, from comment_translations.en.yml. A Chinese comment with
no translation there fails the build. Every Chinese comment of an English page, the notebook's
included, is marked lang="zh", for browsers to draw it in the forms of Simplified Chinese.

Chinese pages: each English comment of the code (and docstring of one line), the notebook's cells
included, is replaced in place by its Chinese from comment_translations.zh.yml, so that the code
reads, and copies, in Chinese; an English comment with no Chinese there fails the build, naming
its snippet and line. In both languages a comment is found as Python's tokenizer finds it (the `#>`
lines of printed output are not comments), by one walk (`comments`).
"""

import functools
import html
import io
import re
import tokenize
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

TRANSLATIONS = Path(__file__).with_name("comment_translations.en.yml")
CHINESE_TRANSLATIONS = Path(__file__).with_name("comment_translations.zh.yml")
ROOT = Path(__file__).resolve().parent.parent
# A Chinese comment, at its start: marked lang="zh" on every page, the notebook's cells included.
CHINESE_COMMENT = re.compile(r'<span class="c1"(?=[^>]*>#[^<]*[\u4e00-\u9fff])')
COMMENT_END = re.compile(r"(?=</span>$)")  # where a comment that ends its line ends


def on_page_content(page_html, page, config, files):
    if config.plugins["i18n"].current_language.startswith("zh"):
        return in_chinese_page(page_html, page)
    translations = yaml.safe_load(TRANSLATIONS.read_text(encoding="utf-8"))

    def annotate(block):
        """A Markdown page's block: a marker "(n)" at the end of each Chinese comment, and the
        list of their translations after the block."""
        if not block[1].endswith("<code>") or not CHINESE_COMMENT.search(block[2]):
            return block[0]  # a notebook's cell, or no Chinese comment
        found = comments(code_of(block[2]), chinese=True)
        missing = [text for *_, text in found if text not in translations]
        if missing:
            raise PluginError(
                f"{page.file.src_uri}: no English for the Chinese comment {missing[0]!r}: "
                f"add it to {TRANSLATIONS.relative_to(TRANSLATIONS.parent.parent)}"
            )
        lines = block[2].split("\n")
        for marker, (_, last, _, _) in enumerate(found, 1):
            lines[last - 1] = COMMENT_END.sub(f"({marker})", lines[last - 1], count=1)
        items = "".join(f"<li>{html.escape(translations[text])}</li>" for *_, text in found)
        return block[1] + "\n".join(lines) + block[3] + (f"\n<ol>{items}</ol>" if found else "")

    # Chinese comments on an English page, the notebook's cells included, marked as Chinese: else
    # browsers draw their characters in whatever CJK font comes first (Chromium on Linux: the
    # Japanese forms, Noto Sans CJK JP).
    return CHINESE_COMMENT.sub('<span class="c1" lang="zh"', CODE.sub(annotate, page_html))


# A highlighted block: a Markdown page's (up to </code>), or a notebook cell's (up to </pre>); then,
# in the notebook, the text its copy button copies.
CODE = re.compile(
    r'(<div class="[^"]*highlight[^"]*"><pre><span></span>(?:<code>)?)(.*?)'
    r"((?:</code>)?</pre></div>)"
    r'(\s*<div class="clipboard-copy-txt"[^>]*>(.*?)</div>)?',
    re.DOTALL,
)
# A comment, which ends its line; or a docstring of one line, which is its line.
HTML_COMMENT = re.compile(
    r'(<span class="(?:c1|sd)"[^>]*>(?:#+[ \t]*|"""))[^<]*?((?:""")?</span>)$'
)
START = re.compile(r'#+[ \t]*|"""')
CHINESE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


# Chinese pages.


class MissingChinese(Exception):
    """English comments with no Chinese in comment_translations.zh.yml."""


def in_chinese_page(page_html, page):
    missing = []

    def translated(block):
        try:
            return in_chinese_block(block)
        except MissingChinese as what:
            missing.append(str(what))  # the page's other blocks are looked at too
            return block[0]

    page_html = CODE.sub(translated, page_html)
    if missing:
        raise PluginError(f"{page.file.src_uri}, comments with no Chinese:\n" + "\n".join(missing))
    return page_html


def in_chinese_block(block):
    if not re.search(r'<span class="(?:c1|sd)">(?!#&gt;)', block[2]):
        return block[0]  # no comment: an output, or code without comments
    lines = translate(code_of(block[2]), block[2].split("\n"), html_comment)
    copied = block[4]  # the notebook's copy button copies this text
    if copied is not None:
        copied = copied.replace(block[5], html.escape(chinese_code(html.unescape(block[5])), False))
    return block[1] + "\n".join(lines) + block[3] + (copied or "")


def code_of(highlighted):
    return html.unescape(re.sub(r"<[^>]*>", "", highlighted))


def chinese_code(code):
    """The code with its English comments in Chinese, as a Chinese page shows and copies it."""
    return "\n".join(translate(code, code.split("\n"), text_comment))


def translate(code, lines, comment_at):
    """The lines of the code (as text, or as highlighted HTML) with each English comment in
    Chinese: one of several lines replaced by as many lines as its Chinese has."""
    translations = chinese_translations(CHINESE_TRANSLATIONS.stat().st_mtime_ns)
    found = comments(code)
    missing = [(line, text) for line, _, _, text in found if text not in translations]
    if missing:
        raise MissingChinese("\n".join(where_and_what(*comment) for comment in missing))
    lines, code_lines = list(lines), code.split("\n")
    for first, last, column, text in reversed(found):
        if translations[text] == text:
            continue  # code commented out, or a name: it stays as it is
        chinese = translations[text].strip().split("\n")
        if text.startswith("tf2-only:") and not chinese[0].startswith("tf2-only: "):
            raise MissingChinese(f"the Chinese of {text!r} must keep its start, 'tf2-only: '")
        if len(chinese) > 1 and not code_lines[first - 1][column:].startswith("#"):
            raise MissingChinese(f"the Chinese of {text!r}, a docstring, has one line")
        if len(chinese) > 1 and code_lines[first - 1][:column].strip():
            raise MissingChinese(f"the Chinese of {text!r}, after code, has one line")
        comment = comment_at(lines[first - 1], column)
        lines[first - 1 : last] = [comment(line.strip()) for line in chinese]
    return lines


@functools.lru_cache(maxsize=1)
def chinese_translations(modified):  # read again when the file changes (nox -s serve)
    return yaml.safe_load(CHINESE_TRANSLATIONS.read_text(encoding="utf-8")) or {}


def comments(code, chinese=False):
    """The English comments of the code (or, with `chinese`, its Chinese ones), as [first line,
    last line, column, text]: a comment of several lines (whole-line comments of one language one
    under another) is one, its lines joined by " / "; in English, a docstring of one line too."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(code).readline):
        (line, column), text = token.start, token.string
        if token.type == tokenize.STRING and re.fullmatch(r'"""[^\n]*"""', text.strip()):
            if token.line.strip() == text and not CHINESE.search(text) and not chinese:
                found.append([line, line, column, text[3:-3].strip(), False])  # a docstring
            continue
        in_chinese = bool(CHINESE.search(text))  # the source articles' own comments
        if token.type != tokenize.COMMENT or text.startswith("#>") or in_chinese != chinese:
            continue  # what the code printed, or a comment in the other language
        text, whole = text.lstrip("#").strip(), not token.line[:column].strip()
        if whole and found and found[-1][1] == line - 1 and found[-1][4]:
            found[-1][1] = line  # a comment goes on
            found[-1][3] += f" / {text}"
        else:
            found.append([line, line, column, text, whole])
    return [comment[:4] for comment in found]


def html_comment(line, column):
    found = HTML_COMMENT.search(line)
    return lambda text: line[: found.end(1)] + html.escape(text, False) + found[2]


def text_comment(line, column):
    start = line[:column] + START.match(line, column)[0]
    return lambda text: start + text + ('"""' if start.endswith('"""') else "")


def where_and_what(line, text):
    """Where a comment with no Chinese is, in snippets/, and what to add for it."""
    places = [
        f"{path.relative_to(ROOT).as_posix()}:{first}"
        for path in sorted((ROOT / "snippets").rglob("*.py"))
        for first, _, _, found in comments(path.read_text(encoding="utf-8"))
        if found == text
    ]
    key = yaml.safe_dump(text, allow_unicode=True, width=1000).removesuffix("...\n").strip()
    return (
        f"{', '.join(places) or f'line {line} of a code block'}: no Chinese for the comment "
        f"{text!r}: add a line `{key}: <中文>` to "
        f"{CHINESE_TRANSLATIONS.relative_to(ROOT).as_posix()}"
    )
