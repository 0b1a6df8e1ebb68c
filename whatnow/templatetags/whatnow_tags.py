"""The links to "Wat nu?" that every page's header, the home page and the two pages themselves
show (see whatnow/links.py: no query on a page)."""

from django import template

from whatnow.links import what_now_links

register = template.Library()


@register.simple_tag(takes_context=True)
def what_now(context):
    """The site's WhatNowLinks, or None while there is no live "Wat nu?" page."""
    return what_now_links(context.get("request"))


@register.inclusion_tag("whatnow/includes/header_link.html", takes_context=True)
def what_now_header_link(context):
    request = context.get("request")
    links = what_now_links(request)
    current = ""
    if links is not None:
        if request.path == links.url:
            current = "page"
        elif request.path.startswith(links.url):
            current = "true"  # the manager's page, below it
    return {"links": links, "current": current}


@register.inclusion_tag("whatnow/includes/home_link.html", takes_context=True)
def what_now_home_link(context):
    return {"links": what_now_links(context.get("request"))}
