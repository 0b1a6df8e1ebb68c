"""Read a CSV of old and new paths, check every row and store the valid ones as Wagtail redirects.

The file has a header row with at least the columns old_path and new_path (other columns, such
as source, are ignored). Every row is checked on its own; an invalid row is reported with its line
number and the reason, and never stops the valid rows from being imported. Importing the same
file twice changes nothing the second time.
"""

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models.functions import Lower
from wagtail.contrib.redirects.models import Redirect
from wagtail.log_actions import log
from wagtail.models import Page

from legacy.pages import live_pages, public_path, site_root_path
from legacy.paths import MAX_PATH_LENGTH, local_part, normalise_path, split_suffix

SHIPPED_CSV = Path(settings.BASE_DIR) / "redirects" / "agressievrijwerk.csv"
REQUIRED_COLUMNS = ("old_path", "new_path")


class ImportFileError(Exception):
    """The file as a whole cannot be read (missing, wrong encoding, no usable header)."""


@dataclass
class Row:
    line: int
    old_path: str
    new_path: str
    # Filled in by the checks.
    page: Page | None = None
    link: str = ""

    def target_key(self):
        return (self.page.pk if self.page else None, self.link)


@dataclass
class Problem:
    line: int
    reason: str


@dataclass
class ImportResult:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    def summary(self):
        return (
            f"{len(self.created)} nieuw, {len(self.updated)} bijgewerkt, "
            f"{len(self.unchanged)} ongewijzigd, {len(self.problems)} ongeldig"
        )


def import_file(path, *, dry_run=False, update_existing=True):
    """Import the CSV at path. Raises ImportFileError when the file itself is unusable."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise ImportFileError(
            f"Het bestand {path} kan niet worden gelezen: {error.strerror}."
        ) from error
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            f"Het bestand {path} is geen UTF-8-tekst (fout bij byte {error.start}). "
            "Sla het op als 'CSV UTF-8'."
        ) from error
    return import_text(text, dry_run=dry_run, update_existing=update_existing)


def import_text(text, *, dry_run=False, update_existing=True):
    result = ImportResult()
    rows = read_rows(text, result)
    valid = check_rows(rows, result)
    with transaction.atomic():
        store(valid, result, update_existing=update_existing)
        if dry_run:
            transaction.set_rollback(True)
    return result


def read_rows(text, result):
    lines = text.splitlines(keepends=True)
    first = next((line for line in lines if line.strip()), "")
    # Spreadsheets with Dutch settings save CSV with semicolons.
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = None
    rows = []
    previous_line = 0
    for values in reader:
        line, previous_line = previous_line + 1, reader.line_num
        if not any(value.strip() for value in values):
            continue
        if header is None:
            header = [value.strip().lower() for value in values]
            missing = [name for name in REQUIRED_COLUMNS if name not in header]
            if missing:
                raise ImportFileError(
                    f"Regel {line}: de kopregel mist de kolom(men) {', '.join(missing)}. "
                    "De eerste regel moet de kolomnamen old_path en new_path bevatten."
                )
            continue
        if len(values) > len(header):
            result.problems.append(
                Problem(line, f"de regel heeft {len(values)} kolommen, de kopregel {len(header)}")
            )
            continue
        record = dict(zip(header, values, strict=False))
        missing = [name for name in REQUIRED_COLUMNS if name not in record]
        if missing:
            result.problems.append(Problem(line, f"de kolom {missing[0]} ontbreekt"))
            continue
        rows.append(Row(line, record["old_path"].strip(), record["new_path"].strip()))
    if header is None:
        raise ImportFileError("Het bestand is leeg: er staat geen kopregel in.")
    return rows


def check_rows(rows, result):
    """Check each row; return the valid ones, one per old path, with their target filled in."""
    root_path = site_root_path()
    targets = {}
    for row in rows:
        local = local_part(row.new_path) if row.new_path else None
        if local:
            targets[row.line] = normalise_path(split_suffix(local)[0])
    pages_by_path = live_pages(set(targets.values()), root_path)

    valid = {}
    for row in rows:
        reason = old_path_problem(row.old_path) or new_path_problem(row, targets, pages_by_path)
        if reason:
            result.problems.append(Problem(row.line, reason))
            continue
        key = normalise_path(row.old_path)
        row.old_path = key
        earlier = valid.get(key)
        if earlier is None:
            valid[key] = row
        elif earlier.target_key() == row.target_key():
            result.notes.append(f"regel {row.line}: dubbel, zelfde doel als regel {earlier.line}")
        else:
            result.problems.append(
                Problem(
                    row.line,
                    f"{key} staat al op regel {earlier.line} met een ander doel "
                    f"({earlier.new_path}); kies één doel",
                )
            )
    return list(valid.values())


def old_path_problem(old_path):
    if not old_path:
        return "old_path is leeg"
    if not old_path.startswith("/") or old_path.startswith("//"):
        return f"old_path '{old_path}' moet een pad zijn dat met één / begint"
    if len(normalise_path(old_path)) > MAX_PATH_LENGTH:
        return f"old_path is langer dan {MAX_PATH_LENGTH} tekens"
    return None


def new_path_problem(row, targets, pages_by_path):
    if not row.new_path:
        return "new_path is leeg"
    if row.line not in targets:
        return (
            f"new_path '{row.new_path}' is geen pad op deze site; "
            "gebruik een pad dat met / begint, zoals /preventie/"
        )
    page = pages_by_path.get(targets[row.line])
    if page is None:
        return f"op new_path '{row.new_path}' staat geen gepubliceerde pagina"
    _path, suffix = split_suffix(local_part(row.new_path))
    if suffix:
        # A query or anchor cannot be stored with a page; keep it as a link to the page's path.
        row.link = public_path(page.url_path, site_root_path()) + suffix
    else:
        row.page = page
    return None


def store(rows, result, *, update_existing):
    existing = {}
    queryset = Redirect.objects.annotate(match_path=Lower("old_path")).filter(
        match_path__in=[row.old_path for row in rows], site__isnull=True
    )
    for redirect in queryset.order_by("id"):
        existing[redirect.match_path] = redirect
    for row in rows:
        redirect = existing.get(row.old_path)
        if redirect is None:
            redirect = Redirect(old_path=row.old_path, is_permanent=True)
            apply_target(redirect, row)
            redirect.save()
            log(instance=redirect, action="wagtail.create")
            result.created.append(redirect)
        elif not update_existing or same_redirect(redirect, row):
            result.unchanged.append(redirect)
        else:
            apply_target(redirect, row)
            redirect.old_path = row.old_path
            redirect.is_permanent = True
            redirect.automatically_created = False
            redirect.save()
            log(instance=redirect, action="wagtail.edit")
            result.updated.append(redirect)


def apply_target(redirect, row):
    redirect.redirect_page = row.page
    redirect.redirect_page_route_path = ""
    redirect.redirect_link = row.link


def same_redirect(redirect, row):
    return (
        redirect.old_path == row.old_path
        and redirect.is_permanent
        and not redirect.automatically_created
        and redirect.redirect_page_id == (row.page.pk if row.page else None)
        and redirect.redirect_link == row.link
        and not redirect.redirect_page_route_path
    )
