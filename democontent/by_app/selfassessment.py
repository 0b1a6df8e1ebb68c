"""Demo content of the self-assessment (selfassessment/content/): the page and its questionnaire.

It comes after the themes, practice examples and infographic, because its answers link to
their pages and its pointer is shown on Beleid maken, the home page and the infographic
(promoted_on).
"""

from democontent.loader import ContentFolder
from selfassessment.models import SelfAssessmentPage

CONTENT = ContentFolder("selfassessment/content", SelfAssessmentPage)
SLUG = "zelfinspectie"


# Loaded after these apps' content: it builds on their pages, and the home page's sections
# appear in the main navigation in this order.
LOAD_AFTER = ("news",)


def load(state, loader):
    state["selfassessment"] = loader.load(CONTENT)[SLUG]
