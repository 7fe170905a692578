"""One 404.html, at the site's root, in the default language; each language built once.

Every language's build writes the theme's 404.html to the root of the site, so the language
built last owns it (mkdocs-static-i18n #284). i18n builds the default language first and then
every other listed language that is not the one just built: listing the default language last,
to have it write 404.html, builds it twice. This hook lets the default language, listed first,
write 404.html and keeps the other languages from writing it again.
"""

from mkdocs.plugins import event_priority


@event_priority(-200)  # after mkdocs-static-i18n's on_config (-100) has set the language
def on_config(config):
    i18n = config.plugins["i18n"]
    if i18n.current_language == i18n.default_language:
        config.theme.static_templates.add("404.html")
    else:
        config.theme.static_templates.discard("404.html")
    return config
