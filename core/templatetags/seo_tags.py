from django import template

from core.seo import build_page_meta, json_ld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context):
    """The title, description, canonical address, share tags and JSON-LD of the page shown."""
    return build_page_meta(context)


@register.simple_tag
def json_ld(data):
    return json_ld_script(data)
