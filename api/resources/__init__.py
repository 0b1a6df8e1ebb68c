"""One module per kind of content; each has its router (a tag in the OpenAPI document)."""

from ninja import Router


def resource_router(tag):
    # camelCase names in JSON; a field without a value is left out (api/schemas.py).
    return Router(tags=[tag], by_alias=True, exclude_none=True)
