"""Backups (operations/backup.py). The database part (pg_dump, pg_restore into a fresh database)
is proved by CI on the smoke-test site (.ci/checks/backup_restore.py); here the media part."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from operations.backup import export_media, import_media

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
