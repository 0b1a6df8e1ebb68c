"""Rich text that is safe to render, wherever it came from.

Wagtail cleans rich text when an editor saves it through the editor, but not content that arrives
another way (an import, a script, an older revision). Every rich text block of the site therefore
passes its HTML through Wagtail's whitelister when it is loaded. Most rich text only uses a few
harmless tags, so a quick scan lets that HTML through untouched and only the rest is parsed.
"""

import re

SAFE_TAGS = {"p", "b", "i", "strong", "em", "ul", "ol", "li", "br", "a", "h2", "h3", "h4"}
SAFE_ATTRIBUTES = {"href", "linktype", "id"}
TAG = re.compile(r"<\s*/?\s*([a-zA-Z0-9-]+)([^>]*)>")
ATTRIBUTE = re.compile(r"([^\s=/]+)\s*(?:=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
UNSAFE_URL = re.compile(r"^\s*[\"']?\s*(javascript|data|vbscript):", re.IGNORECASE)

_converters = {}


def _looks_harmless(html):
    if "&#" in html or "<!--" in html:
        return False
    for match in TAG.finditer(html):
        if match.group(1).lower() not in SAFE_TAGS:
            return False
        for name, value in ATTRIBUTE.findall(match.group(2)):
            if name.lower() not in SAFE_ATTRIBUTES or UNSAFE_URL.match(value or ""):
                return False
    return True


def sanitise(html, features):
    if not html or _looks_harmless(html):
        return html
    key = tuple(features or ())
    if key not in _converters:
        # Imported here: the admin's converters need the app registry to be ready.
        from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

        _converters[key] = EditorHTMLConverter(features=features)
    return _converters[key].to_database_format(html)
