"""The one way to write StreamField content in code: demo content loader, tests and bench.

Wagtail stores a StreamField as a list of {"type": ..., "value": ...}. Assigning that list as JSON
to the field is what an editor's save does too, so pages made this way look like edited pages.
"""

import json


def stream_data(blocks):
    """[{type, value}, ...] from [(type, value), ...]; items already in that shape pass unchanged."""
    data = []
    for block in blocks:
        if isinstance(block, dict):
            data.append({"type": block["type"], "value": block["value"]})
        else:
            block_type, value = block
            data.append({"type": block_type, "value": value})
    return data


def stream_json(blocks):
    """StreamField JSON: stream_json([("text", "<p>Hallo</p>")]) or stream_json([{type, value}])."""
    return json.dumps(stream_data(blocks))
