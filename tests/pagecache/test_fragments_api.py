"""The page cache's per-generation fragments have one way in, and page models use none."""

import ast
from pathlib import Path

import pytest

from pagecache import fragments
from pagecache.fragments import REGISTRY, Fragment
from veiligpubliek.apps import PROJECT_APPS

ROOT = Path(__file__).resolve().parent.parent.parent


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


@pytest.mark.parametrize("app", PROJECT_APPS)
def test_no_page_model_calls_the_cache(app):
    """Models may take the routing mixin; fragments, the generation and Django's cache are for
    the modules that compute what pages show."""
    path = ROOT / app / "models.py"
    if not path.exists():
        pytest.skip(f"{app} has no models.py")
    forbidden = [
        module
        for module in imported_modules(path)
        if module in {"django.core.cache", "django.core.cache.cache", "pagecache"}
        or module.startswith(("pagecache.fragments", "pagecache.generation", "pagecache.purge"))
    ]
    assert forbidden == []


def test_every_fragment_is_declared_once_by_name():
    names = set(REGISTRY)
    assert {"route", "site", "site-settings", "main-navigation", "footer", "ancestors"} <= names
    assert {"theme-section", "related-examples", "examples-about-theme", "search-result"} <= names
    with pytest.raises(ValueError, match="declared twice"):
        Fragment("footer")


def test_no_module_uses_a_name_it_did_not_declare():
    """Nothing outside the fragments module builds fragment keys itself."""
    users = []
    for app in PROJECT_APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts or path == ROOT / "pagecache" / "fragments.py":
                continue
            text = path.read_text(encoding="utf-8")
            if "fragment_key(" in text or "vp:fragment" in text:
                users.append(str(path.relative_to(ROOT)))
    assert users == ["pagecache/keys.py"]


@pytest.mark.django_db
def test_a_fragment_is_computed_once_per_generation(rf):
    from pagecache.generation import bump_generation

    counted = Fragment("test-counted")
    try:
        calls = []

        def compute():
            calls.append(1)
            return len(calls)

        assert counted.get(rf.get("/"), compute, 7) == 1
        assert counted.get(rf.get("/"), compute, 7) == 1  # another request, same generation
        assert counted.get(rf.get("/"), compute, 8) == 2  # other parts, other value
        bump_generation()
        assert counted.get(rf.get("/"), compute, 7) == 3
        assert counted.lookup(rf.get("/"), 9) is fragments.MISSING
    finally:
        del REGISTRY["test-counted"]


@pytest.mark.django_db
def test_many_values_are_kept_in_memory_unless_they_are_large(rf):
    """get_many() remembers values in this process, as get() does, so a listing does not read
    twelve cards from the shared cache on every request; a fragment of large values opts out."""
    from django.core.cache import cache

    small, large = Fragment("test-small"), Fragment("test-large", in_memory=False)
    try:
        calls = []

        def compute(ids):
            calls.extend(ids)
            return {item_id: f"kaart {item_id}" for item_id in ids}

        for fragment in (small, large):
            calls.clear()
            assert fragment.get_many(rf.get("/"), [1, 2], compute) == {1: "kaart 1", 2: "kaart 2"}
            generation = fragments.current_generation()
            cache.delete(fragment._key(generation, (2,)))  # the shared cache lost it
            assert fragment.get_many(rf.get("/"), [2, 3], compute) == {2: "kaart 2", 3: "kaart 3"}
            expected = [1, 2, 3] if fragment is small else [1, 2, 2, 3]
            assert calls == expected
    finally:
        del REGISTRY["test-small"], REGISTRY["test-large"]


@pytest.mark.django_db
def test_kept_slices_build_the_sequence_only_for_a_slice_not_kept(rf):
    kept_pages = Fragment("test-slices")
    try:
        built = []

        def sequence():
            built.append(1)
            return list(range(100, 130))

        def slices():
            return fragments.KeptSlices(kept_pages, rf.get("/"), sequence, 30, "zoekterm")

        assert len(slices()) == 30
        assert slices()[0:10] == list(range(100, 110))
        assert slices()[0:10] == list(range(100, 110))
        assert len(built) == 1
        assert slices()[10:20] == list(range(110, 120))
        assert len(built) == 2
        with pytest.raises(TypeError):
            slices()[3]
    finally:
        del REGISTRY["test-slices"]
