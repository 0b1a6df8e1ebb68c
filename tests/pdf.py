"""Reading tagged PDFs back in tests (pypdf)."""


def reader_text(reader):
    """All text of the PDF, whitespace collapsed, pages joined by a space."""
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def outline_titles(outline):
    """The titles of every bookmark, nested ones included, in order."""
    for item in outline:
        if isinstance(item, list):
            yield from outline_titles(item)
        else:
            yield item.title


def structure_types(element, found=None):
    """Every structure type (/H1, /Table, /TH, /Link, ...) under a node of a tagged PDF's
    structure tree, e.g. structure_types(reader.trailer["/Root"]["/StructTreeRoot"])."""
    found = set() if found is None else found
    element = element.get_object()
    if isinstance(element, list):
        for child in element:
            structure_types(child, found)
    elif hasattr(element, "get"):
        if "/S" in element:
            found.add(element["/S"])
        if "/K" in element:
            structure_types(element["/K"], found)
    return found
