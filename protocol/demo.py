"""Demo content of the protocol tool (protocol/content/): the page and its section templates.

It comes after the themes and the infographic, because its pointer is shown on the topic
Agressieprotocol opstellen, the documents library and the infographic (promoted_on).
"""

from core.content.loader import ContentFolder
from protocol.models import ProtocolToolPage

CONTENT = ContentFolder("protocol/content", ProtocolToolPage)
SLUG = "agressieprotocol-maken"


def load(state, loader):
    state["protocol"] = loader.load(CONTENT)[SLUG]
