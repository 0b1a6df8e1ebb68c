import io
import json

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from democontent.by_app import practice as demo
from practice.models import (
    AggressionType,
    OrganisationType,
    PracticeExamplePage,
    Province,
    WorkSetting,
)

pytestmark = pytest.mark.django_db


def test_demo_examples_are_live_and_vary_across_every_facet(index_page):
    examples = PracticeExamplePage.objects.child_of(index_page).live()
    assert examples.count() == len(demo.examples()) >= 15
    used = {
        "themes": set(examples.values_list("themes__slug", flat=True)),
        "organisation types": set(examples.values_list("organisation_type__slug", flat=True)),
        "provinces": set(examples.values_list("provinces__slug", flat=True)),
        "aggression types": set(examples.values_list("aggression_types__slug", flat=True)),
        "work settings": set(examples.values_list("work_settings__slug", flat=True)),
    }
    assert used["themes"] >= {"preventie", "handelen-bij-een-incident", "nazorg"}
    assert used["aggression types"] == set(AggressionType.objects.values_list("slug", flat=True))
    assert used["work settings"] == set(WorkSetting.objects.values_list("slug", flat=True))
    assert len(used["provinces"]) >= 10
    assert len(used["organisation types"]) >= 5
    assert Province.objects.count() == 12
    assert OrganisationType.objects.filter(slug="gemeente").exists()


def test_second_run_adds_nothing():
    def counts():
        return (
            PracticeExamplePage.objects.count(),
            GroupPagePermission.objects.count(),
            Workflow.objects.count(),
            WorkflowPage.objects.count(),
            Province.objects.count(),
        )

    before = counts()
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert counts() == before
    assert "Niets nieuws" in output.getvalue()


def test_demo_logins_for_the_three_roles_are_printed_and_work(client):
    logins = json.loads(settings.DEMO_LOGINS_FILE.read_text())
    assert {"admin", "redactie", "gemeente"} <= set(logins)
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    printed = output.getvalue()
    for username in ("admin", "redactie", "gemeente"):
        assert f"gebruikersnaam: {username}" in printed
        assert logins[username] in printed
    assert "Redactie BZK" in printed and "Redacteur gemeente" in printed
    assert client.login(username="gemeente", password=logins["gemeente"])
    assert client.get("/admin/").status_code == 200
