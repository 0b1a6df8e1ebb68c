"""Reading tagged PDFs back in tests (pypdf)."""


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
