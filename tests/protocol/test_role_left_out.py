"""Issue 23: a role that a later answer uses, left empty from the summary: the step of that
answer opens and says which role is gone and why, instead of "Kies een van de antwoorden"."""

import pytest

from tests.html import parse

from .factories import complete_answers
from .steps import heading, step_form, submit
from .test_views import post_answers, problems

pytestmark = pytest.mark.django_db


def test_clearing_a_role_names_it_at_the_answer_that_used_it(client, tool):
    summary = post_answers(client, tool.url, complete_answers(), stap="controleren")
    roles = submit(client, summary, action="wijzig-rollen")
    assert heading(roles) == "Rollen"
    after = submit(client, roles, {"manager": ""})
    assert heading(after) == "Melden, registreren en reageren"
    message = (
        "U koos hier eerder ‘Leidinggevende’, maar die rol is bij stap 2 (Rollen) leeg gemaakt. "
        "Kies hier een andere rol, of vul de rol weer in bij stap 2."
    )
    assert problems(after) == [("#id_reaction_role_0", message)]
    group = parse(after).select_one("#reaction_role-fout")
    assert message in group.get_text(" ", strip=True)
    assert "Kies een van de antwoorden uit de lijst." not in parse(after).get_text()
    # Choosing another role goes on; the form offers only the roles that are left.
    options = [i["value"] for i in step_form(after).select("input[name=reaction_role]")]
    assert "manager" not in options and "coordinator" in options
