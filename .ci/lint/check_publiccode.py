"""`make lint`: publiccode.yml against our schema of the standard (.ci/lint/publiccode.schema.json),
and the licence it names is the one in LICENSE.

Usage: python .ci/lint/check_publiccode.py [publiccode.yml]
"""

import datetime
import json
import sys
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = Path(__file__).with_name("publiccode.schema.json")
LICENCE_TITLES = {"EUPL-1.2": "EUROPEAN UNION PUBLIC LICENCE v. 1.2"}


def problems(path):
    document = _dates_as_text(yaml.safe_load(path.read_text(encoding="utf-8")))
    validator = Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path)):
        yield f"{'/'.join(map(str, error.path)) or '(top)'}: {error.message}"
    licence = document.get("legal", {}).get("license")
    title = LICENCE_TITLES.get(licence)
    licence_file = ROOT / "LICENSE"
    if title is None:
        yield f"legal/license: {licence!r} has no known LICENSE title here"
    elif not licence_file.exists() or not licence_file.read_text().startswith(title):
        yield f"LICENSE does not hold the text of {licence}"


def _dates_as_text(value):
    """YAML reads an unquoted 2026-12-05 as a date; the standard means the text."""
    if isinstance(value, dict):
        return {key: _dates_as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_dates_as_text(item) for item in value]
    return value.isoformat() if isinstance(value, datetime.date) else value


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else ROOT / "publiccode.yml"
    found = list(problems(path))
    for problem in found:
        print(f"{path.name}: {problem}")
    if found:
        return 1
    print(f"{path.name}: valid against the standard's core; LICENSE holds the licence it names")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
