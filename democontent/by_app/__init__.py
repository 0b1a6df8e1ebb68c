"""The demo glue of each app, one module per app named after it (democontent/by_app/<app>.py).

Each module says which of its app's content folders (<app>/content/) hold which page types and
has ``load(state, loader)``; ``LOAD_AFTER`` names the apps whose content must be there first.
The command finds them by the app list (veiligpubliek/apps.py); nothing lists them by hand.
"""
