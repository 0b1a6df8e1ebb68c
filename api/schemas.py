"""The shapes every resource shares: camelCase names, links, terms and the problem answer.

Fields are named in Python (snake_case) and written as camelCase in JSON, as the NL API Design
Rules prefer; ``_links`` holds addresses in the HAL style ({"self": {"href": ...}}). A field
without a value is left out of the answer (the routers use exclude_none), so every such field
has a default here and is optional in the OpenAPI document.
"""

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel


class ApiModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class Link(ApiModel):
    href: str = Field(description="Het volledige adres.")


class SelfLinks(ApiModel):
    self_: Link = Field(alias="self", description="Dit object in de API.")


class Term(ApiModel):
    """A value of a filter: its code in addresses and the name visitors see."""

    value: str = Field(description="De code, zoals in de filterparameter (bijvoorbeeld 'utrecht').")
    label: str = Field(description="De naam zoals de website die toont.")


class CollectionLinks(ApiModel):
    self_: Link = Field(alias="self", description="Deze pagina van de lijst.")
    first: Link = Field(description="De eerste pagina.")
    prev: Link | None = Field(None, description="De vorige pagina; ontbreekt op de eerste.")
    next: Link | None = Field(None, description="De volgende pagina; ontbreekt op de laatste.")
    last: Link = Field(description="De laatste pagina.")


class Collection(ApiModel):
    """The envelope of every list: links to the other pages and how many there are."""

    links: CollectionLinks = Field(alias="_links")
    page: int = Field(description="Het nummer van deze pagina, vanaf 1.")
    page_size: int = Field(description="Het aantal items per pagina.")
    total_items: int = Field(description="Het aantal items in de hele lijst.")
    total_pages: int = Field(description="Het aantal pagina's (minstens 1).")


class InvalidParameter(ApiModel):
    name: str = Field(description="De parameter.")
    code: str = Field(description="Wat er mis is, voor programma's (bijvoorbeeld 'maximum').")
    reason: str = Field(description="Wat er mis is, voor mensen.")


class ProblemDetails(ApiModel):
    """An error (RFC 9457, application/problem+json)."""

    type: str = Field(description="Een adres dat de soort fout beschrijft.")
    title: str = Field(description="De soort fout, in het Nederlands.")
    status: int = Field(description="De HTTP-statuscode.")
    detail: str = Field(description="Wat er mis is en wat u kunt doen.")
    instance: str = Field(description="Het pad van het verzoek.")
    invalid_params: list[InvalidParameter] | None = Field(
        None, description="Bij ongeldige parameters: wat er per parameter mis is."
    )
