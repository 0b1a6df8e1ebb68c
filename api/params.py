"""Query parameters: declared once per endpoint, so ninja validates them and the OpenAPI document
lists them; a parameter the endpoint does not know is an error, not silently ignored (a typo such
as ?pagesize=5 would otherwise give a list that only looks right)."""

from .problems import InvalidParam, invalid, shown_value
from .schemas import ApiModel


class Params(ApiModel):
    @classmethod
    def names(cls):
        return {field.alias or name for name, field in cls.model_fields.items()}


def reject_unknown(request, *params_classes):
    known = set().union(*(params.names() for params in params_classes))
    unknown = [name for name in request.GET if name not in known]
    if unknown:
        raise invalid(
            *(
                InvalidParam(
                    name=shown_value(name),
                    code="unknownParameter",
                    reason="Deze parameter kennen we hier niet.",
                )
                for name in unknown[:5]
            )
        )
