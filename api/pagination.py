"""Every list is paginated the same way: ?page=&pageSize= (at most MAX_PAGE_SIZE), and the answer
links to the first, previous, next and last page with absolute addresses (``_links``).

A page that does not exist is an error (400), not a quiet fall-back to another page as on the
website: a program that asks for page 7 of 6 has a bug it should hear about.
"""

import math
from dataclasses import dataclass
from urllib.parse import urlencode

from pydantic import Field

from core.seo import absolute_url

from .params import Params
from .problems import InvalidParam, invalid

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


class PageParams(Params):
    page: int = Field(1, ge=1, description="De pagina van de lijst, vanaf 1.")
    page_size: int = Field(
        DEFAULT_PAGE_SIZE,
        ge=1,
        le=MAX_PAGE_SIZE,
        description=f"Het aantal items per pagina, hoogstens {MAX_PAGE_SIZE}.",
    )


@dataclass(frozen=True)
class PageInfo:
    number: int
    size: int
    total_items: int

    @property
    def total_pages(self):
        return max(1, math.ceil(self.total_items / self.size))

    @property
    def offset(self):
        return (self.number - 1) * self.size


def page_info(params, total_items):
    """The requested page of a list of total_items; a 400 when there is no such page."""
    info = PageInfo(params.page, params.page_size, total_items)
    if info.number > info.total_pages:
        raise invalid(
            InvalidParam(
                name="page",
                code="pageNotFound",
                reason=f"Deze pagina bestaat niet; de laatste pagina is {info.total_pages}.",
            )
        )
    return info


def page_of(params, items):
    """(PageInfo, the items on the page) of a query set, in two queries: count and page."""
    info = page_info(params, items.count())
    return info, list(items[info.offset : info.offset + info.size])


def page_url(request, number):
    """This list's address with page=number; the other parameters as they were asked."""
    pairs = [
        (name, value) for name, values in request.GET.lists() if name != "page" for value in values
    ]
    pairs.append(("page", number))
    return absolute_url(f"{request.path}?{urlencode(pairs)}")


def collection(request, info, items):
    """The envelope of a list (api.schemas.Collection) around the items of one page."""

    def link(number):
        return {"href": page_url(request, number)}

    links = {"self": link(info.number), "first": link(1), "last": link(info.total_pages)}
    if info.number > 1:
        links["prev"] = link(info.number - 1)
    if info.number < info.total_pages:
        links["next"] = link(info.number + 1)
    return {
        "_links": links,
        "page": info.number,
        "page_size": info.size,
        "total_items": info.total_items,
        "total_pages": info.total_pages,
        "items": items,
    }
