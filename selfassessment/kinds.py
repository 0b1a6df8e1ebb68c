"""The kinds of organisation the self-assessment tailors its weights to.

The keys are those of the protocol tool's first step (protocol/choices.py KINDS), so the result
can open that tool with the same kind chosen; tests/selfassessment/test_kinds.py keeps them equal.
"""

KINDS = (
    ("gemeente", "Gemeente"),
    ("provincie", "Provincie"),
    ("waterschap", "Waterschap"),
    ("rijk", "Rijksoverheid of uitvoeringsorganisatie"),
    ("anders", "Andere publieke organisatie"),
)
KIND_LABELS = dict(KINDS)

# "de gemeente", for sentences such as "De gewichten passen bij een gemeente."
KIND_NOUNS = {
    "gemeente": "een gemeente",
    "provincie": "een provincie",
    "waterschap": "een waterschap",
    "rijk": "de rijksoverheid of een uitvoeringsorganisatie",
    "anders": "een andere publieke organisatie",
}
