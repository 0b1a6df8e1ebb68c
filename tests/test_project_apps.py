"""The one list of the project's apps (veiligpubliek/apps.py) and everything derived from it agree."""

import re
import tomllib
from pathlib import Path

from django.conf import settings

from veiligpubliek.apps import LAYERS, PROJECT_APPS

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def layer_contract():
    contracts = PYPROJECT["tool"]["importlinter"]["contracts"]
    return next(contract for contract in contracts if contract["type"] == "layers")


def test_installed_apps_start_with_the_project_apps():
    assert settings.INSTALLED_APPS[: len(PROJECT_APPS)] == PROJECT_APPS
    assert len(set(PROJECT_APPS)) == len(PROJECT_APPS)


def test_every_project_app_is_a_folder_with_an_app_config_and_no_other_folder_is_an_app():
    for app in PROJECT_APPS:
        assert (ROOT / app / "apps.py").is_file(), app
    app_folders = {path.parent.name for path in ROOT.glob("*/apps.py")} - {"veiligpubliek"}
    assert app_folders == set(PROJECT_APPS)


def test_import_linter_layers_are_the_layers_of_the_list():
    layers = [
        sorted(re.split(r"\s*\|\s*", layer.strip()))
        for layer in layer_contract()["layers"]
        if layer != "veiligpubliek"
    ]
    assert layers == [sorted(apps) for _, apps in LAYERS]


def test_import_linter_and_coverage_see_every_project_app():
    expected = {"veiligpubliek", *PROJECT_APPS}
    assert set(PYPROJECT["tool"]["importlinter"]["root_packages"]) == expected
    assert set(PYPROJECT["tool"]["coverage"]["run"]["source"]) == expected


def app_python_lines():
    """Lines of Python per app, migrations not counted."""
    lines = {}
    for app in ["veiligpubliek", *PROJECT_APPS]:
        files = [path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts]
        lines[app] = sum(len(path.read_text(encoding="utf-8").splitlines()) for path in files)
    return lines


def test_core_holds_only_what_every_app_shares_and_no_app_dominates():
    """core/ stays a small shared base (at most 15% of the app code); no other app holds more
    than a quarter of it. A job that outgrows this belongs in an app of its own."""
    lines = app_python_lines()
    total = sum(lines.values())
    assert lines["core"] <= 0.15 * total, f"core/ is {lines['core'] / total:.0%} of the app code"
    for app, count in lines.items():
        assert count <= 0.25 * total, f"{app}/ is {count / total:.0%} of the app code"
