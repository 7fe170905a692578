"""What a reader arriving on any page, from search or a link, needs to read it.

- Under every page's title, a line that says on which TensorFlow versions, and when, its examples
  were verified, and what the `#>` lines are: the versions are the pins the tests ran with
  (requirements/docs.txt, and requirements/tf115.txt where TF 1.15.5 is pinned too), the date that
  of the build, which the Pages workflow runs only after `nox -s verify` passed.
- Every recorded output line (`#>`, highlighted as a comment) says what it is when pointed at.
- The "→" links of the tables, which lead to the example of a row, get a name that says so and
  where they lead ("Example: <the section's heading>"), for screen readers and as a tooltip.
"""

from __future__ import annotations

import datetime
import html
import re

from project import TF1_VERSION, TF2_VERSION

TEXT = {
    "en": {
        "output": "What the code above printed, checked on every build",
        "example": "Example",
        "verified": "Verified on TensorFlow {versions} on {date}. Lines that start with "
        "<code>#&gt;</code> show what the code above them printed.",
    },
    "zh": {
        "output": "上面的代码打印的内容，每次构建都会核对",
        "example": "例子",
        "verified": "已于 {date} 在 TensorFlow {versions} 上验证。以 <code>#&gt;</code> "
        "开头的行是其上方代码打印的内容。",
    },
}
OUTPUT_LINE = re.compile(r'<span class="c1">(?=#&gt;)')
HEADING = re.compile(r'<h[1-6] id="(?P<id>[^"]+)"[^>]*>(?P<text>.*?)(?:<a class="headerlink"|</h)')
TABLE_LINK = re.compile(r'<a href="(?P<href>[^"]*#(?P<id>[^"]+))">→</a>')


VERIFIED_ON = {
    locale: text["verified"].format(
        versions=f"{TF2_VERSION} · {TF1_VERSION}",
        date=datetime.datetime.now(datetime.UTC).date().isoformat(),
    )
    for locale, text in TEXT.items()
}


def on_page_content(html_text, page, config, files):
    language = config.plugins["i18n"].current_language
    text = TEXT[language]
    html_text = html_text.replace(
        "</h1>", f'</h1>\n<p class="verified-on">{VERIFIED_ON[language]}</p>', 1
    )
    html_text = OUTPUT_LINE.sub(f'<span class="c1" title="{text["output"]}">', html_text)
    headings = {m["id"]: plain(m["text"]) for m in HEADING.finditer(html_text)}

    def named(link):
        heading = headings.get(link["id"]) if link["href"].startswith("#") else None
        name = html.escape(f"{text['example']}: {heading}" if heading else text["example"])
        attributes = f'class="example-link" aria-label="{name}" title="{name}"'
        return f'<a href="{link["href"]}" {attributes}>→</a>'

    return TABLE_LINK.sub(named, html_text)


def plain(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()
