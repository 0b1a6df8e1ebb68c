"""Demo content of the self-assessment (selfassessment/content/): the page and its questionnaire.

It comes after the themes, practice examples and infographic, because its answers link to
their pages and its pointer is shown on Beleid maken, the home page and the infographic
(promoted_on).
"""

from core.content.loader import ContentFolder
from selfassessment.models import SelfAssessmentPage

CONTENT = ContentFolder("selfassessment/content", SelfAssessmentPage)
SLUG = "zelfinspectie"


def load(state, loader):
    state["selfassessment"] = loader.load(CONTENT)[SLUG]
