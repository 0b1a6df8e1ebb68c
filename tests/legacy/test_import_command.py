"""manage.py import_legacy_redirects: reports every bad row, imports the good ones, idempotent."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from legacy.importer import SHIPPED_CSV
from legacy.management.commands.import_legacy_redirects import Command
from tests.legacy.factories import RedirectFactory

pytestmark = pytest.mark.django_db

MIXED_CSV = """\
old_path,new_path,source
/Oud/Een/,/preventie/,goed
/oud/twee/index.html,https://www.veiligepubliekedienstverlening.nl/nazorg/wees-de-rots/,goed
oud/drie,/preventie/,geen slash vooraan

/oud/vier,https://www.rijksoverheid.nl/,andere site
/oud/vijf,/bestaat-niet/,geen pagina
/oud/zes
/oud/zeven,/documenten/?categorie=protocol,goed met query
/OUD/EEN,/nazorg/,ander doel
/oud/een/,/preventie/,dubbel maar zelfde doel
,/preventie/,leeg
/oud/acht,/preventie/,te,veel
"""


def run(*args):
    output = io.StringIO()
    try:
        call_command("import_legacy_redirects", *args, stdout=output)
    except CommandError as error:
        return output.getvalue(), error
    return output.getvalue(), None


@pytest.fixture
def mixed_csv(tmp_path):
    path = tmp_path / "oude-adressen.csv"
    path.write_text(MIXED_CSV, encoding="utf-8")
    return str(path)


def redirects_under(prefix):
    return {
        redirect.old_path: redirect
        for redirect in Redirect.objects.filter(old_path__startswith=prefix).select_related(
            "redirect_page"
        )
    }


@pytest.mark.usefixtures("shipped_site")
class TestImportCommand:
    """With the pages the shipped map points at (and the map imported, as on a live site)."""

    def test_every_invalid_row_is_reported_with_its_line_and_reason(self, mixed_csv):
        output, error = run(mixed_csv)
        assert (
            "Regel 4: ongeldig, old_path 'oud/drie' moet een pad zijn dat met één / begint."
            in output
        )
        assert (
            "Regel 6: ongeldig, new_path 'https://www.rijksoverheid.nl/' is geen pad op deze site"
            in output
        )
        assert (
            "Regel 7: ongeldig, op new_path '/bestaat-niet/' staat geen gepubliceerde pagina."
            in output
        )
        assert "Regel 8: ongeldig, de kolom new_path ontbreekt." in output
        assert (
            "Regel 10: ongeldig, /oud/een staat al op regel 2 met een ander doel (/preventie/)"
            in output
        )
        assert "Regel 12: ongeldig, old_path is leeg." in output
        assert "Regel 13: ongeldig, de regel heeft 4 kolommen, de kopregel 3." in output
        assert "Let op: regel 11: dubbel, zelfde doel als regel 2." in output
        assert "Klaar: 3 nieuw, 0 bijgewerkt, 0 ongewijzigd, 7 ongeldig." in output
        assert output.count("ongeldig,") == 7
        assert error is not None and error.returncode == 1
        assert "7 regels zijn ongeldig" in str(error)

    def test_the_valid_rows_are_imported_as_permanent_page_redirects(self, mixed_csv):
        run(mixed_csv)
        imported = redirects_under("/oud/")
        assert set(imported) == {"/oud/een", "/oud/twee", "/oud/zeven"}
        assert imported["/oud/een"].redirect_page.slug == "preventie"
        assert imported["/oud/twee"].redirect_page.slug == "wees-de-rots"
        assert imported["/oud/zeven"].redirect_page is None
        assert imported["/oud/zeven"].redirect_link == "/documenten/?categorie=protocol"
        for redirect in imported.values():
            assert redirect.is_permanent
            assert redirect.site is None
            assert not redirect.automatically_created

    def test_the_exit_code_is_not_zero_when_a_row_is_invalid(self, mixed_csv, capsys, monkeypatch):
        # run_from_argv (what manage.py calls) closes the connections, which ends the test's transaction.
        monkeypatch.setattr("django.core.management.base.connections.close_all", lambda: None)
        with pytest.raises(SystemExit) as exit_info:
            Command().run_from_argv(["manage.py", "import_legacy_redirects", mixed_csv])
        assert exit_info.value.code == 1
        assert "7 regels zijn ongeldig" in capsys.readouterr().err
        assert len(redirects_under("/oud/")) == 3

    def test_dry_run_reports_but_writes_nothing(self, mixed_csv):
        before = list(Redirect.objects.values_list("id", "old_path", "redirect_page_id"))
        output, error = run(mixed_csv, "--dry-run")
        assert "Proefdraai, er is niets opgeslagen. Zou worden: 3 nieuw" in output
        assert "Regel 7: ongeldig" in output
        assert error is not None
        assert list(Redirect.objects.values_list("id", "old_path", "redirect_page_id")) == before

    def test_importing_twice_changes_nothing(self, mixed_csv):
        run(mixed_csv)
        first = list(Redirect.objects.order_by("id").values())
        output, _error = run(mixed_csv)
        assert "Klaar: 0 nieuw, 0 bijgewerkt, 3 ongewijzigd, 7 ongeldig." in output
        assert list(Redirect.objects.order_by("id").values()) == first

    def test_a_changed_target_updates_the_existing_redirect(self, tmp_path):
        existing = RedirectFactory(
            old_path="/oud/een", redirect_link="/nazorg/", automatically_created=True
        )
        path = tmp_path / "nieuw.csv"
        path.write_text("old_path,new_path\n/oud/een,/preventie/\n", encoding="utf-8")
        output, error = run(str(path))
        assert error is None
        assert "Klaar: 0 nieuw, 1 bijgewerkt, 0 ongewijzigd, 0 ongeldig." in output
        existing.refresh_from_db()
        assert existing.redirect_page == Page.objects.get(slug="preventie")
        assert existing.redirect_link == ""
        assert not existing.automatically_created

    def test_the_shipped_file_is_the_default_and_fully_valid(self):
        output, error = run("--dry-run")
        assert error is None
        assert "ongeldig," not in output
        with SHIPPED_CSV.open(encoding="utf-8") as file:
            rows = len(file.read().strip().splitlines()) - 1
        # The site already has it (shipped_site imported it).
        assert f"0 nieuw, 0 bijgewerkt, {rows} ongewijzigd, 0 ongeldig" in output

    def test_a_spreadsheet_export_with_semicolons_and_bom(self, tmp_path):
        path = tmp_path / "excel.csv"
        path.write_bytes("\ufeffOld_Path;New_Path\r\n/oud/excel;/nazorg/\r\n".encode())
        output, error = run(str(path))
        assert error is None
        assert redirects_under("/oud/")["/oud/excel"].redirect_page.slug == "nazorg"

    @pytest.mark.parametrize(
        ("content", "message"),
        [
            (b"van,naar\n/a,/preventie/\n", "de kopregel mist de kolom(men) old_path, new_path"),
            (b"old_path\n/a\n", "de kopregel mist de kolom(men) new_path"),
            (b"", "Het bestand is leeg"),
            ("old_path,new_path\n/caf\xe9,/preventie/\n".encode("latin-1"), "geen UTF-8-tekst"),
        ],
    )
    def test_an_unusable_file_is_refused_with_a_clear_message(self, tmp_path, content, message):
        path = tmp_path / "fout.csv"
        path.write_bytes(content)
        before = Redirect.objects.count()
        _output, error = run(str(path))
        assert message in str(error)
        assert Redirect.objects.count() == before

    def test_a_missing_file_is_refused(self, tmp_path):
        _output, error = run(str(tmp_path / "bestaat-niet.csv"))
        assert "kan niet worden gelezen" in str(error)

    def test_imported_redirects_work_on_the_legacy_host(self, mixed_csv, client):
        run(mixed_csv)
        response = client.get("/oud/twee/", HTTP_HOST="www.agressievrijwerk.nl")
        assert response["Location"].endswith("/nazorg/wees-de-rots/")
        response = client.get("/oud/zeven", HTTP_HOST="www.agressievrijwerk.nl")
        assert response["Location"].endswith("/documenten/?categorie=protocol")
