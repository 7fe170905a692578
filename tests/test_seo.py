"""What search engines read on the built site: each page's own description in its language, and a
sitemap of both languages that pairs every page with its translation (hreflang, and x-default for
the default language)."""

import html
import re
import xml.etree.ElementTree as ET

from mkdocs.utils import yaml_load

import project

SITE_URL = project.HOSTED["SITE_URL"]  # the `site` fixture builds the site as the host does
CHINESE = re.compile(r"[\u4e00-\u9fff]")
XHTML = "{http://www.w3.org/1999/xhtml}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def head(site, page) -> str:
    built = (site / project.url_of(page) / "index.html").read_text(encoding="utf-8")
    return built[: built.index("</head>")]


def site_descriptions() -> set[str]:
    """The site's description in each language, which Material gives a page that has none."""
    config = yaml_load((project.ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    languages = next(p["i18n"] for p in config["plugins"] if "i18n" in p)["languages"]
    return {config["site_description"]} | {
        language["site_description"] for language in languages if "site_description" in language
    }


def test_every_page_has_a_description_of_its_own_in_its_language(site):
    descriptions = {text: ["the site's own"] for text in site_descriptions()}
    for page in project.pages():
        found = re.findall(r'<meta name="description" content="([^"]*)">', head(site, page))
        assert len(found) == 1, f"{project.url_of(page)}: {len(found)} descriptions"
        description = html.unescape(found[0])
        in_chinese = page.relative_to(project.DOCS).parts[0] == "zh"
        assert bool(CHINESE.search(description)) == in_chinese, (
            f"{project.url_of(page)}: the description is not in the page's language: {description}"
        )
        assert 50 <= len(description.encode()) <= 400, f"{project.url_of(page)}: {description}"
        descriptions.setdefault(description, []).append(project.url_of(page))
    shared = {text: urls for text, urls in descriptions.items() if len(urls) > 1}
    assert not shared, f"pages with the same description: {shared}"


def test_every_page_names_its_canonical_address(site):
    """Material writes it from site_url: a page without it, or with a wrong one, is indexed at
    whatever address a search engine met it under."""
    for page in project.pages():
        found = re.findall(r'<link rel="canonical" href="([^"]*)">', head(site, page))
        assert found == [SITE_URL + project.url_of(page)], project.url_of(page)


def test_pages_leave_their_alternates_to_the_sitemap(site):
    """Material fetches `sitemap.xml` beside every `<link rel="alternate">` of a page's head
    (mkdocs-material #6582): in the head, a page's translation would cost a failed request on
    every load (hooks/vendor_patches.py)."""
    for page in project.pages():
        assert 'rel="alternate"' not in head(site, page), project.url_of(page)


def test_the_sitemap_lists_every_page_with_its_translation(site):
    """Every page of both languages, each with the address of each language's version and of
    the default language's (x-default)."""
    urls = ET.parse(site / "sitemap.xml").getroot().iter(f"{SITEMAP}url")
    listed = {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
        }
        for url in urls
    }
    expected = {}
    for page in project.pages(project.DEFAULT_LANGUAGE):
        in_each = {
            language: SITE_URL + project.url_of(project.translation(page, language))
            for language in project.LANGUAGES
        }
        for address in in_each.values():
            expected[address] = in_each | {"x-default": in_each[project.DEFAULT_LANGUAGE]}
    assert listed == expected
