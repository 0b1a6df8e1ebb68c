"""publiccode.yml is valid, and the check that `make lint` runs would notice a broken one."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location(
    "check_publiccode", ROOT / ".ci" / "lint" / "check_publiccode.py"
)
check_publiccode = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_publiccode)


def test_the_shipped_publiccode_yml_is_valid():
    assert list(check_publiccode.problems(ROOT / "publiccode.yml")) == []


def test_a_broken_publiccode_yml_is_refused(tmp_path):
    text = (ROOT / "publiccode.yml").read_text()
    broken = tmp_path / "publiccode.yml"
    broken.write_text(
        text.replace("name: Veilig Publiek\n", "")
        .replace("developmentStatus: beta", "developmentStatus: finished")
        .replace("license: EUPL-1.2", "license: GPL-3.0-only")
    )
    found = "\n".join(check_publiccode.problems(broken))
    assert "'name' is a required property" in found
    assert "developmentStatus" in found
    assert "GPL-3.0-only" in found


def test_descriptions_keep_to_the_standards_lengths(tmp_path):
    text = (ROOT / "publiccode.yml").read_text()
    broken = tmp_path / "publiccode.yml"
    broken.write_text(text.replace("genericName: Informatiewebsite", "genericName: " + "x" * 40))
    assert any("genericName" in problem for problem in check_publiccode.problems(broken))
