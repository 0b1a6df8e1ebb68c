"""Helpers shared by the demo content loaders of every app."""

import json


def stream(blocks):
    """Turn [(block_type, value), ...] from a demo_content module into StreamField JSON.

    Tables are written in demo content as {"caption", "header", "rows"} and are converted to the
    shape Wagtail's TypedTableBlock stores.
    """
    raw = []
    for block_type, value in blocks:
        if block_type == "table":
            value = {
                "caption": value["caption"],
                "columns": [{"type": "text", "heading": heading} for heading in value["header"]],
                "rows": [{"values": list(row)} for row in value["rows"]],
            }
        raw.append({"type": block_type, "value": value})
    return json.dumps(raw)


def child_by_slug(parent, slug):
    return parent.get_children().filter(slug=slug).specific().first()


def add_child(parent, page, report):
    """Add page below parent and publish it, unless a page with its slug is already there.

    An existing page is left as it is, so that running the loader again never overwrites what an
    editor changed.
    """
    existing = child_by_slug(parent, page.slug)
    if existing:
        return existing
    parent.add_child(instance=page)
    page.save_revision().publish()
    report.created(page)
    return page


class Report:
    """Counts what a loader run created, for its summary line."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.counts = {}

    def created(self, obj):
        name = obj._meta.verbose_name
        self.counts[name] = self.counts.get(name, 0) + 1

    def summary(self):
        if not self.counts:
            return "Niets nieuws: alle demo-inhoud stond er al."
        parts = [f"{count} × {name}" for name, count in sorted(self.counts.items())]
        return "Aangemaakt: " + ", ".join(parts) + "."
