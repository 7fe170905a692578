"""Leave out the `<link rel="alternate" hreflang>` tags in the head of every page.

mkdocs-material's JavaScript takes each of them for the root of a language and fetches the
sitemap.xml beside it (mkdocs-material #6582). mkdocs-static-i18n points them at the same page in
each language, so every page asked for `<page>/sitemap.xml`, which does not exist: a failed
request on every page load, with site_url (as on Pages) or without. Search engines find the
same alternates, and x-default, in the sitemap (overrides/sitemap.xml), which they accept as well
as the head's; the language switcher in the header keeps its links to the same page in the other
language.
"""

import re

ALTERNATE_LINK = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')


def on_post_page(output, page, config):
    return ALTERNATE_LINK.sub("", output)
