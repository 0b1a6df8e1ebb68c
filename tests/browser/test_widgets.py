"""The widgets framed on an intranet page of another origin (a second local web server), in
Chromium, with axe inside each frame; an ordinary page of the site refuses to be framed there."""

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.ports import unused_port

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
WIDGETS = {
    "Nieuwste praktijkvoorbeelden": "/ervaringen-uit-de-praktijk/widget/?aantal=3",
    "De aanpak in één oogopslag": "/widgets/aanpak/",
}
ORDINARY = "/preventie/"


@pytest.fixture
def intranet(site_server, tmp_path):
    """An intranet page on another origin that frames both widgets and an ordinary page."""
    frames = "".join(
        f'<iframe title="{title}" src="{site_server}{path}" width="320" height="640"></iframe>'
        for title, path in [*WIDGETS.items(), ("Gewone pagina", ORDINARY)]
    )
    (tmp_path / "index.html").write_text(
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Intranet</title>'
        f"</head><body><main>{frames}</main></body></html>",
        encoding="utf-8",
    )
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("localhost", unused_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://localhost:{server.server_address[1]}/index.html"
    server.shutdown()


def frame_showing(page, path):
    return next(frame for frame in page.frames if frame.url.endswith(path))


def test_the_widgets_work_in_a_frame_on_another_site(page, intranet):
    page.goto(intranet)
    page.wait_for_load_state("load")
    for title, path in WIDGETS.items():
        frame = frame_showing(page, path)
        assert frame.locator("h1").text_content().startswith(title.split(" ")[0])
        assert frame.locator("a[target=_top]").count() >= 2, title
        results = Axe().run(frame, options=AXE_OPTIONS)
        assert results.violations_count == 0, results.generate_report()
    # frame-ancestors 'self': the browser refuses to show the ordinary page in the frame.
    assert not [frame for frame in page.frames if frame.url.endswith(ORDINARY)]
    assert len([frame for frame in page.frames if frame.url.startswith("chrome-error:")]) == 1
