"""StreamField content from a file: references resolved, then validated by the blocks themselves.

In a file, a page chooser holds the page's public path ("/preventie/") and a document or image
chooser the object's title; here they become the ids Wagtail stores. Then every body goes
through block.to_python() and block.clean(), the same validation an editor's save gets.
"""

from django.core.exceptions import ValidationError
from wagtail import blocks

from democontent.streamfield import stream_data


class PlacedProblem(Exception):
    """A problem at a place in a field, e.g. "blok 3 (table) > caption"; the caller names the file."""

    def __init__(self, place, message):
        super().__init__(message)
        self.place = place
        self.message = message


def resolve_stream(stream_block, raw, find_page, place=()):
    """The raw stream with its references replaced by ids; unknown block types are an error."""
    if not isinstance(raw, list):
        raise PlacedProblem(place, "verwacht een lijst van blokken (type en value)")
    resolved = []
    for index, item in enumerate(raw):
        where = (*place, f"blok {index + 1}")
        if not isinstance(item, dict) or set(item) - {"type", "value", "id"} or "type" not in item:
            raise PlacedProblem(where, "een blok heeft precies 'type' en 'value'")
        block_type = item["type"]
        if block_type not in stream_block.child_blocks:
            known = ", ".join(stream_block.child_blocks)
            raise PlacedProblem(where, f"onbekend bloktype '{block_type}' (kies uit: {known})")
        child = stream_block.child_blocks[block_type]
        where = (*place, f"blok {index + 1} ({block_type})")
        value = resolve_value(child, item.get("value"), find_page, where)
        resolved.append({"type": block_type, "value": value})
    return resolved


def resolve_value(block, raw, find_page, place):
    if isinstance(block, blocks.StreamBlock):
        return resolve_stream(block, raw or [], find_page, place)
    if isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        unknown = set(raw) - set(block.child_blocks)
        if unknown:
            raise PlacedProblem(place, f"onbekend veld '{sorted(unknown)[0]}' in dit blok")
        return {
            name: resolve_value(block.child_blocks[name], value, find_page, (*place, name))
            for name, value in raw.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(raw, list):
        return [resolve_list_item(block, item, find_page, place) for item in raw]
    if isinstance(block, blocks.PageChooserBlock) and isinstance(raw, str):
        return find_page(raw, place).pk
    if isinstance(block, blocks.ChooserBlock) and isinstance(raw, str):
        found = block.model_class.objects.filter(title=raw).first()
        if found is None:
            name = block.model_class._meta.verbose_name
            raise PlacedProblem(place, f"geen {name} met de titel '{raw}'")
        return found.pk
    return raw


def resolve_list_item(list_block, item, find_page, place):
    """A list item is either the bare value or Wagtail's stored {"type": "item", "value": ...}."""
    if (
        isinstance(item, dict)
        and item.get("type") == "item"
        and set(item) <= {"type", "value", "id"}
    ):
        return {
            **item,
            "value": resolve_value(list_block.child_block, item.get("value"), find_page, place),
        }
    return resolve_value(list_block.child_block, item, find_page, place)


def validated_stream(stream_block, raw, find_page):
    """The stream as StreamField data, after the blocks' own clean(); raises PlacedProblem."""
    resolved = resolve_stream(stream_block, stream_data(raw), find_page)
    try:
        stream_block.clean(stream_block.to_python(resolved))
    except ValidationError as error:
        place, message = first_problem(error, resolved)
        raise PlacedProblem(place, message) from error
    return resolved


def first_problem(error, resolved=None):
    """The place and message of the first error in a (nested) block validation error."""
    block_errors = getattr(error, "block_errors", None) or {}
    for key, child_error in block_errors.items():
        if resolved is not None and isinstance(key, int):
            label = f"blok {key + 1} ({resolved[key]['type']})"
        else:
            label = f"item {key + 1}" if isinstance(key, int) else str(key)
        place, message = first_problem(child_error)
        return (label, *place), message
    non_block = getattr(error, "non_block_errors", None)
    if non_block:
        return (), " ".join(non_block.messages) if hasattr(non_block, "messages") else str(
            non_block
        )
    return (), " ".join(error.messages)
