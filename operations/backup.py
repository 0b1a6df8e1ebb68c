"""Backup and restore with standard tools: pg_dump/pg_restore for the database (a copy of the file
for SQLite) and the media files read and written through the site's own storage, so the same
commands work for a local folder and for an S3 bucket.

A backup is a folder: database.dump (or database.sqlite3), media/ with every uploaded file under
its own name, and manifest.json (when, what, how many files and bytes).
"""

import json
import os
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import connections
from django.utils import timezone

DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
MEDIA = "media"
MANIFEST = "manifest.json"


class BackupError(Exception):
    """The message is for the operator."""


def _pg_tool(name):
    found = shutil.which(name)
    if found:
        return found
    candidate = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin")) / name
    if candidate.exists():
        return str(candidate)
    raise BackupError(f"{name} niet gevonden: installeer de PostgreSQL-client (of zet PG_BIN).")


def _pg_arguments():
    database = settings.DATABASES["default"]
    arguments = ["--dbname", database["NAME"], "--no-password"]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            arguments += [flag, str(database[key])]
    env = {**os.environ}
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = database["PASSWORD"]
    return arguments, env


def _run(command, env=None):
    # The PostgreSQL client tools, with arguments from the settings (no shell).
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} mislukte: {result.stderr.strip()[-2000:]}")


def _media_names(folder=""):
    try:
        directories, files = default_storage.listdir(folder)
    except FileNotFoundError:  # a new site without any upload yet: nothing to copy
        return
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for directory in directories:
        yield from _media_names(f"{folder}/{directory}" if folder else directory)


def backup(destination):
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=False)
    vendor = connections["default"].vendor
    if vendor == "postgresql":
        arguments, env = _pg_arguments()
        _run(
            [
                _pg_tool("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--file",
                str(destination / DUMP),
                *arguments,
            ],
            env,
        )
    elif vendor == "sqlite":
        source = sqlite3.connect(settings.DATABASES["default"]["NAME"])
        with sqlite3.connect(destination / SQLITE_COPY) as copy:
            source.backup(copy)
        source.close()
    else:
        raise BackupError(f"Geen back-up voor een {vendor}-database.")
    files, size = export_media(destination / MEDIA)
    manifest = {
        "made_at": timezone.now().isoformat(),
        "database": vendor,
        "media_files": files,
        "media_bytes": size,
    }
    (destination / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return manifest


def nightly(root, keep_days, now=None):
    """A new backup in ROOT/<date-time>, then the backups in ROOT older than keep_days removed.

    Only folders this module made (with a manifest) are ever removed, and never the newest one,
    so a wrong date on the machine cannot empty the folder.
    Returns (folder, its manifest, removed folders)."""
    now = now or timezone.now()
    root = Path(root)
    folder = root / now.strftime("%Y-%m-%d-%H%M%S")
    manifest = backup(folder)
    removed = []
    for candidate, made_at in sorted(_backups_in(root), key=lambda found: found[1])[:-1]:
        if (now - made_at).days >= keep_days:
            shutil.rmtree(candidate)
            removed.append(candidate)
    return folder, manifest, removed


def _backups_in(root):
    for candidate in root.iterdir():
        manifest = candidate / MANIFEST
        if candidate.is_dir() and manifest.is_file():
            try:
                made_at = datetime.fromisoformat(json.loads(manifest.read_text())["made_at"])
            except (ValueError, KeyError):
                continue  # not ours to judge: left alone
            yield candidate, made_at


def restore(source):
    """Into an empty or older database and storage: what the backup holds replaces what is
    there; nothing else is removed. Run `migrate` afterwards when the code is newer."""
    source = Path(source)
    manifest = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
    vendor = connections["default"].vendor
    if manifest["database"] != vendor:
        raise BackupError(f"Deze back-up is van {manifest['database']}, de site gebruikt {vendor}.")
    connections.close_all()
    if vendor == "postgresql":
        arguments, env = _pg_arguments()
        _run(
            [
                _pg_tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                *arguments,
                str(source / DUMP),
            ],
            env,
        )
    else:
        with (
            sqlite3.connect(source / SQLITE_COPY) as backup_copy,
            sqlite3.connect(settings.DATABASES["default"]["NAME"]) as target,
        ):
            backup_copy.backup(target)
    return {**manifest, "restored_files": import_media(source / MEDIA)}


def export_media(folder):
    """Every file of the storage into `folder`, under its own name: (files, bytes)."""
    files = size = 0
    for name in _media_names():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with default_storage.open(name, "rb") as source, open(target, "wb") as copy:
            shutil.copyfileobj(source, copy)
        files += 1
        size += target.stat().st_size
    return files, size


def import_media(folder):
    """Every file under `folder` into the storage, under the same name (replacing it)."""
    files = 0
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        if default_storage.exists(name):
            default_storage.delete(name)  # else the storage would pick another name
        with open(path, "rb") as content:
            saved = default_storage.save(name, File(content))
        if saved != name:
            raise BackupError(f"{name} werd opgeslagen als {saved}.")
        files += 1
    return files
