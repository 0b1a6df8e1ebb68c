"""Reading content files: one YAML file per page, sorted by file name within their folder.

A file name may start with a number to set the order ("01-stel-een-norm.yaml"); the rest of the
name is the page's slug. The children of a page live in a folder named after its slug.
"""

import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml
from django.conf import settings

from .errors import ContentError, shown_path

ORDER_PREFIX = re.compile(r"^\d+-")


@dataclass(frozen=True)
class ContentFile:
    path: Path
    data: dict

    @property
    def slug(self):
        return ORDER_PREFIX.sub("", self.path.stem)

    def with_data(self, data):
        return replace(self, data=data)

    def __str__(self):
        return shown_path(self.path)


def content_path(path):
    """A folder given relative to the project (as in a ContentFolder) or as an absolute path."""
    path = Path(path)
    return path if path.is_absolute() else Path(settings.BASE_DIR) / path


def read_file(path):
    path = content_path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ContentError(path, f"geen geldige YAML ({error})") from error
    source = ContentFile(path, data)
    if not isinstance(data, dict):
        raise ContentError(source, "het bestand moet velden bevatten (naam: waarde)")
    return source


def content_files(folder):
    """The content files directly in a folder, in the order of their file names."""
    folder = content_path(folder)
    if not folder.is_dir():
        return []
    return [read_file(path) for path in sorted(folder.glob("*.yaml"))]


def all_content_files(root):
    """Every content file below a folder, for checks over all shipped content."""
    return [read_file(path) for path in sorted(content_path(root).rglob("*.yaml"))]
