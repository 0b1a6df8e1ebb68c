"""Fill the home page's featured slots once the other apps' demo pages exist."""

import json

from wagtail.models import Page

from home import demo_content


def load(state, report):
    home = state["home"]
    if home.featured:
        return  # An editor (or an earlier run) already chose what to feature.
    practice = Page.objects.filter(slug="ervaringen-uit-de-praktijk", depth=3).first()
    infographic = Page.objects.filter(slug="infographic", depth=3).first()
    library = Page.objects.filter(slug="documenten", depth=3).first()
    slots = [
        (practice, demo_content.HOME["featured_text"]),
        (infographic, "Zie in één plaatje wat u doet vóór, tijdens en na een incident."),
        (library, "Voorbeelden, checklists en handreikingen om zelf te gebruiken."),
    ]
    home.featured_title = "Uitgelicht"
    home.featured = json.dumps(
        [
            {"type": "featured", "value": {"page": page.pk, "text": text}}
            for page, text in slots
            if page
        ]
    )
    home.save_revision().publish()  # an update of the home page, not a new object to count
