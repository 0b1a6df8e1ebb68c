"""Demo content of "Wat nu?" (whatnow/content/): the employee's page under the home page, and
below it the manager's page and the incident note. Steps and moments link to the topic pages of
the themes; the note's own folder (whatnow/content/verslag/) holds its one page."""

from democontent.loader import ContentFolder
from whatnow.models import IncidentNotePage, WhatNowManagerPage, WhatNowPage

CONTENT = ContentFolder("whatnow/content", WhatNowPage, child_type=WhatNowManagerPage)
NOTE_CONTENT = ContentFolder("whatnow/content/verslag", IncidentNotePage, parent="/wat-nu/")
SLUG = "wat-nu"

# Loaded after these apps' content: the steps link to their pages.
LOAD_AFTER = ("themes",)


def load(state, loader):
    state["whatnow"] = loader.load(CONTENT)[SLUG]
    loader.load(NOTE_CONTENT)
