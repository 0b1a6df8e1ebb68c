"""How old addresses are normalised: the same function serves storing and matching."""

import pytest

from legacy.paths import ancestor_paths, local_part, normalise_path, split_suffix


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("/", "/"),
        ("", "/"),
        ("/bij-incident/melden", "/bij-incident/melden"),
        ("/bij-incident/melden/", "/bij-incident/melden"),
        ("/Bij-Incident/MELDEN", "/bij-incident/melden"),
        ("/bij-incident/melden/index.html", "/bij-incident/melden"),
        ("/bij-incident/melden/index.htm", "/bij-incident/melden"),
        ("/bij-incident/melden/Index.PHP", "/bij-incident/melden"),
        ("/bij-incident/melden/default.aspx", "/bij-incident/melden"),
        ("/bij-incident/melden.html", "/bij-incident/melden"),
        ("/index.html", "/"),
        ("/bij-incident/melden?utm_source=nieuwsbrief", "/bij-incident/melden"),
        ("/bij-incident/melden#kop", "/bij-incident/melden"),
        ("/bij%2Dincident/%6Delden", "/bij-incident/melden"),
        ("/bij%252Dincident/melden", "/bij-incident/melden"),
        ("//bij-incident///melden//", "/bij-incident/melden"),
        ("/bij-incident/./aangifte/../melden", "/bij-incident/melden"),
        ("https://www.agressievrijwerk.nl/Bij-Incident/Melden/", "/bij-incident/melden"),
        ("  /bij-incident/melden  ", "/bij-incident/melden"),
        ("/caf%C3%A9", "/café"),
        ("/kapot%FF", "/kapot\ufffd"),
        ("/met%00nul", "/metnul"),
        ("/documenten/handreiking.pdf", "/documenten/handreiking.pdf"),
    ],
)
def test_normalise_path(raw, expected):
    assert normalise_path(raw) == expected


def test_normalise_path_is_stable():
    once = normalise_path("/Voorbereiden/Maatregelen-VPT/index.html?x=1")
    assert normalise_path(once) == once == "/voorbereiden/maatregelen-vpt"


def test_ancestor_paths_nearest_first():
    assert ancestor_paths("/bij-incident/aangifte/iets") == [
        "/bij-incident/aangifte/iets",
        "/bij-incident/aangifte",
        "/bij-incident",
        "/",
    ]
    assert ancestor_paths("/") == ["/"]


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("/preventie/", "/preventie/"),
        ("/documenten/?categorie=protocol#lijst", "/documenten/?categorie=protocol#lijst"),
        ("https://www.veiligepubliekedienstverlening.nl/preventie/", "/preventie/"),
        ("http://agressievrijwerk.nl/voorbereiden", "/voorbereiden"),
        ("https://www.rijksoverheid.nl/onderwerpen", None),
        ("//www.rijksoverheid.nl/onderwerpen", None),
        ("preventie/", None),
        ("mailto:info@example.org", None),
        ("javascript:alert(1)", None),
    ],
)
def test_local_part(link, expected):
    assert local_part(link) == expected


def test_split_suffix():
    assert split_suffix("/documenten/?categorie=x#boven") == ("/documenten/", "?categorie=x#boven")
    assert split_suffix("/preventie/#stappen") == ("/preventie/", "#stappen")
    assert split_suffix("/preventie/") == ("/preventie/", "")
