"""The two "Wat nu?" pages and the raw data of their steps and moments."""

import factory
import wagtail_factories

from tests.core.factories import stream_json
from tests.home.factories import site_home_page
from whatnow.models import IncidentNotePage, WhatNowManagerPage, WhatNowPage


def call(number="112", label="Alarmnummer", urgent=False):
    return {"label": label, "number": number, "urgent": urgent}


def step(title, text="<p>Wat u nu doet.</p>", calls=(), links=()):
    """One step as raw block data; links are pages or ids."""
    return {
        "title": title,
        "text": text,
        "calls": list(calls),
        "links": [getattr(page, "pk", page) for page in links],
    }


def steps(*values):
    return stream_json(*(("step", value) for value in values))


def moment(title, tasks=("Vraag hoe het gaat.",), text="", links=()):
    return {
        "title": title,
        "text": text,
        "tasks": list(tasks),
        "links": [getattr(page, "pk", page) for page in links],
    }


def moments(*values):
    return stream_json(*(("moment", value) for value in values))


class WhatNowPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_home_page)
    title = "Wat nu?"
    slug = "wat-nu"
    intro = "Bent u net bedreigd of aangevallen? Dit kunt u nu doen."
    home_text = "Net bedreigd op uw werk?"
    manager_text = "Bent u leidinggevende?"
    steps = factory.LazyFunction(
        lambda: steps(
            step(
                "Bent u nog in gevaar?",
                "<p>Ga weg als dat kan.</p>",
                calls=[call("112", urgent=True)],
            ),
            step("Vertel het vandaag nog"),
        )
    )

    class Meta:
        model = WhatNowPage


def site_what_now_page():
    return WhatNowPage.objects.first() or WhatNowPageFactory()


class WhatNowManagerPageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_what_now_page)
    title = "Wat nu? Voor de leidinggevende"
    slug = "leidinggevende"
    intro = "Een medewerker is bedreigd. Deze checklist helpt u."
    moments = factory.LazyFunction(
        lambda: moments(moment("Het eerste uur"), moment("Binnen 72 uur", ["Voer het gesprek."]))
    )
    calendar_heading = "Zet de gesprekken in uw agenda"
    calendar_intro = "Vul de datum van het incident in."
    privacy_note = "Wij bewaren niets."

    class Meta:
        model = WhatNowManagerPage


def checklist(title, items=("Neem dit verslag mee.",)):
    return {"title": title, "items": list(items)}


def checklists(*values):
    return stream_json(*(("checklist", value) for value in values))


class IncidentNotePageFactory(wagtail_factories.PageFactory):
    parent = factory.LazyFunction(site_what_now_page)
    title = "Maak een verslag van het incident"
    slug = "verslag"
    intro = "Schrijf op wat er gebeurde."
    privacy_note = "Wij bewaren niets van wat u invult."
    result_intro = "Download uw verslag voordat u de pagina sluit."
    checklists = factory.LazyFunction(
        lambda: checklists(
            checklist("Voor het gesprek met uw leidinggevende", ["Vertel hoe het gaat."]),
            checklist("Voor de aangifte", ["Geef het adres van uw werk op."]),
        )
    )

    class Meta:
        model = IncidentNotePage
