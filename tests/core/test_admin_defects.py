"""Defects editors ran into in the admin (issue 25): autosave on a new page, the time zones on the
account page, the message for an image too large to measure."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.html import parse

pytestmark = pytest.mark.django_db


def test_a_new_page_does_not_autosave(admin_client, home_page):
    """An empty new page failed every autosave (400) and showed "Automatisch opslaan gepauzeerd"."""
    response = admin_client.get(f"/admin/pages/add/home/standardpage/{home_page.pk}/")
    assert response.status_code == 200
    form = parse(response).select_one("form[data-controller~='w-unsaved']")
    assert form is not None
    assert "w-autosave" not in form["data-controller"].split()
    assert not form.has_attr("data-w-autosave-interval-value")


def test_the_account_page_offers_only_time_zones_a_browser_knows(admin_client):
    page = parse(admin_client.get("/admin/account/"))
    select = next(
        s for s in page.select("select") if s.select_one('option[value="Europe/Amsterdam"]')
    )
    zones = [option["value"] for option in select.select("option") if option["value"]]
    assert zones == ["Europe/Amsterdam", "UTC"]
    assert "localtime" not in zones


def test_an_image_too_large_to_measure_gets_a_dutch_message_without_unknown_number():
    with translation.override("nl"):
        message = gettext(
            "This file has too many pixels (%(num_pixels)s). Maximum pixels %(max_pixels_count)s."
        ) % {"num_pixels": gettext("unknown number"), "max_pixels_count": 178956970}
    assert "onbekend getal" not in message
    assert message.startswith("Deze afbeelding heeft te veel pixels (meer dan het maximum).")


def huge_png(side=20000):
    """A real black-and-white PNG of side × side pixels, a few kilobytes, built without Pillow."""
    import struct
    import zlib

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)  # 1 bit grey
    rows = zlib.compress((b"\x00" + b"\x00" * (side // 8)) * side, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


def test_uploading_a_20000_pixel_square_image_says_what_is_wrong(admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("groot.png", huge_png(), content_type="image/png")
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": upload},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    answer = response.json()
    assert answer["success"] is False
    assert "onbekend getal" not in answer["error_message"]
    assert "te veel pixels" in answer["error_message"]
