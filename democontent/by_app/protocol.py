"""Demo content of the protocol tool (protocol/content/): the page and its section templates.

It comes after the themes and the infographic, because its pointer is shown on the topic
Agressieprotocol opstellen, the documents library and the infographic (promoted_on).
"""

from democontent.loader import ContentFolder
from protocol.models import ProtocolToolPage

CONTENT = ContentFolder("protocol/content", ProtocolToolPage)
SLUG = "agressieprotocol-maken"


# Loaded after these apps' content: it builds on their pages, and the home page's sections
# appear in the main navigation in this order.
LOAD_AFTER = ("selfassessment",)


def load(state, loader):
    state["protocol"] = loader.load(CONTENT)[SLUG]
