from pathlib import Path

from django.conf import settings


class ContentError(Exception):
    """Content that cannot be loaded: the message names the file, the field and the block."""

    def __init__(self, source, problem, field=None):
        where = shown_path(source) if isinstance(source, Path) else str(source)
        if field:
            where += f", veld '{field}'"
        super().__init__(f"{where}: {problem}")


def shown_path(path):
    """A path relative to the project where it is inside it, as a developer would type it."""
    try:
        return str(path.relative_to(settings.BASE_DIR))
    except ValueError:
        return str(path)
