"""The block "Widgetcode": the HTML an intranet editor copies, made from the choices with the
site's own address, shown as text (never run on our page), and checked before it is saved."""

import pytest
from django.core.exceptions import ValidationError

from home.widget_code import WidgetCodeBlock
from tests.html import parse
from tests.practice.factories import site_practice_index

pytestmark = pytest.mark.django_db


def render(**value):
    block = WidgetCodeBlock()
    defaults = {"widget": "praktijkvoorbeelden", "thema": "", "organisatie": "", "aantal": None}
    return parse(block.render(block.to_python({**defaults, **value})))


def test_the_code_holds_the_sites_address_and_the_choices(home_page, settings):
    settings.CANONICAL_BASE_URL = "https://www.veiligepubliekedienstverlening.nl"
    site_practice_index()
    figure = render(organisatie="gemeente", aantal=5)
    code = figure.select_one("pre code").get_text()
    assert code == (
        '<iframe src="https://www.veiligepubliekedienstverlening.nl/ervaringen-uit-de-praktijk/'
        'widget/?organisatie=gemeente&amp;aantal=5" title="Nieuwste praktijkvoorbeelden" '
        'width="100%" height="480" loading="lazy" style="border:0"></iframe>'
    )
    assert not figure.find("iframe")  # shown as text, not placed on our page
    pre = figure.select_one("pre")
    assert pre["tabindex"] == "0" and pre["role"] == "region" and pre["aria-label"]
    assert figure.a["href"].endswith("/widget/?organisatie=gemeente&aantal=5")


def test_the_approach_has_its_own_address(home_page, settings):
    settings.CANONICAL_BASE_URL = "https://www.veiligepubliekedienstverlening.nl"
    code = render(widget="aanpak").select_one("pre code").get_text()
    assert 'src="https://www.veiligepubliekedienstverlening.nl/widgets/aanpak/"' in code


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"widget": "aanpak", "organisatie": "gemeente"}, "De aanpak heeft geen filters"),
        ({"organisatie": "bakkerij"}, "‘bakkerij’ kennen we niet. Kies uit: "),
    ],
)
def test_wrong_choices_get_a_dutch_message(home_page, value, message):
    block = WidgetCodeBlock()
    raw = {"widget": "praktijkvoorbeelden", "thema": "", "organisatie": "", "aantal": None, **value}
    with pytest.raises(ValidationError, match=message):
        block.clean(block.to_python(raw))
