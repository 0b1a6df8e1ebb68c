"""Demo content of "Wat nu?" (whatnow/content/): the employee's page under the home page and the
manager's page below it. Its steps and moments link to the topic pages of the themes."""

from democontent.loader import ContentFolder
from whatnow.models import WhatNowManagerPage, WhatNowPage

CONTENT = ContentFolder("whatnow/content", WhatNowPage, child_type=WhatNowManagerPage)
SLUG = "wat-nu"

# Loaded after these apps' content: the steps link to their pages.
LOAD_AFTER = ("themes",)


def load(state, loader):
    state["whatnow"] = loader.load(CONTENT)[SLUG]
