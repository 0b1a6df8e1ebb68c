"""The footer's link to the accessibility statement (see compliance/links.py)."""

from django import template

from compliance.links import statement_link

register = template.Library()


@register.simple_tag
def accessibility_statement(site_id):
    """The StatementLink of the site's statement, or None."""
    return statement_link(site_id)
