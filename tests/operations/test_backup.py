"""Backups (operations/backup.py). The database part (pg_dump, pg_restore into a fresh database)
is proved by CI on the smoke-test site (.ci/checks/backup_restore.py); here the media part."""

import json
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.utils import timezone

from operations.backup import export_media, import_media, nightly

pytestmark = pytest.mark.django_db


def test_every_file_goes_out_and_comes_back_under_its_own_name(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "site-media"
    names = ["original_images/balie.png", "images/balie.width-800.webp", "documents/plan.pdf"]
    for name in names:
        assert default_storage.save(name, ContentFile(name.encode())) == name
    files, size = export_media(tmp_path / "backup")
    assert files == 3 and size == sum(len(name) for name in names)

    for name in names:
        default_storage.delete(name)
    default_storage.save(names[0], ContentFile(b"changed since"))  # replaced, not renamed
    assert import_media(tmp_path / "backup") == 3
    for name in names:
        with default_storage.open(name) as restored:
            assert restored.read() == name.encode()
    assert sorted(default_storage.listdir("original_images")[1]) == ["balie.png"]


def test_a_backup_never_overwrites_an_earlier_one(tmp_path):
    (tmp_path / "backup").mkdir()
    with pytest.raises(CommandError):
        call_command("backup_site", str(tmp_path / "backup"))


def test_a_restore_needs_a_backup(tmp_path):
    with pytest.raises(CommandError):
        call_command("restore_site", str(tmp_path / "nothing-here"))


def _earlier_backup(root, name, made_at):
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text(json.dumps({"made_at": made_at.isoformat()}))
    return folder


def test_nightly_backups_keep_the_last_days_and_never_the_newest_away(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "site-media"
    root = tmp_path / "backups"
    now = timezone.now()
    old = _earlier_backup(root, "oud", now - timedelta(days=15))
    recent = _earlier_backup(root, "recent", now - timedelta(days=3))
    someone_elses = root / "iets-anders"
    someone_elses.mkdir()  # no manifest: not ours, never removed

    call_command("backup_site", "--into", str(root), "--keep-days", "14")

    made = [folder for folder in root.iterdir() if folder.name.startswith(f"{now:%Y-%m-%d}")]
    assert len(made) == 1 and (made[0] / "manifest.json").is_file()
    assert not old.exists()
    assert recent.exists() and someone_elses.exists()


def test_nightly_retention_leaves_the_newest_even_with_a_clock_far_ahead(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "site-media"
    root = tmp_path / "backups"
    folder, _manifest, removed = nightly(
        root, keep_days=1, now=timezone.now() + timedelta(days=400)
    )
    assert removed == [] and folder.exists()


def test_backup_site_wants_a_folder_or_into(tmp_path):
    with pytest.raises(CommandError, match="Geef een nieuwe map"):
        call_command("backup_site")
    with pytest.raises(CommandError, match="Geef een nieuwe map"):
        call_command("backup_site", str(tmp_path / "a"), "--into", str(tmp_path / "b"))
