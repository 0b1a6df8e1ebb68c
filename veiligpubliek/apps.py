"""The project's own apps, by layer: the one list everything else is derived from.

- ``INSTALLED_APPS`` (settings/base.py) starts with ``PROJECT_APPS``;
- the import-linter layers and root packages and the coverage sources in ``pyproject.toml`` must
  say the same (tests/test_project_apps.py fails when they disagree; TOML cannot import Python);
- the house-rule tests (page models, blocks, help texts, the page form) walk ``PROJECT_APPS``.

A new app is one line here. Dependencies run one way: an app imports only from its own package
and from layers below it, never from a sibling in its layer ("independent" in import-linter).
"""

# Top to bottom, as import-linter reads layers.
LAYERS = [
    # Loads every content app's demo content (found by convention in <app>/content/).
    ("demo content", ["democontent"]),
    # The open API (/api/v1/): reads the content of the page apps below, never the other way.
    ("open API", ["api"]),
    # The pages visitors see, each on its own; legacy works only on Wagtail's page tree.
    (
        "pages",
        [
            "home",
            "infographic",
            "news",
            "search",
            "selfassessment",
            "protocol",
            "whatnow",
            "legacy",
            "compliance",
        ],
    ),
    # What the two visitor tools share: their base page, teaser, PDF set-up.
    ("visitor tools", ["visitortools"]),
    ("practice examples", ["practice"]),
    ("themes", ["themes"]),
    # What every app shares: blocks, rich text, navigation, metadata, the base page.
    ("shared", ["core"]),
    # Review dates and owners of every page, on Wagtail's page tree; core's scheduler mails.
    # The Dutch readability check of every page and the editors' jargon list.
    # Broken internal links (Wagtail's reference index) and external links checked politely.
    # "Was deze informatie nuttig?" under the content pages, and the answers for editors.
    ("editorial", ["editorial", "readability", "links", "feedback"]),
    # Images and documents; editor accounts.
    ("files and accounts", ["assets", "accounts"]),
    # The page cache (core's navigation and error pages use it) and what operators run.
    ("foundations", ["pagecache", "operations"]),
]

PROJECT_APPS = [app for _, apps in reversed(LAYERS) for app in apps]
