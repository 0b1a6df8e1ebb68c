"""Page images: renditions in WebP and JPEG with width, height and srcset; alt text or decorative."""

import csv
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image

from core.blocks import ImageBlock
from democontent import make_images as make_demo_images
from democontent.by_app.practice import examples
from democontent.by_app.themes import THEMES
from democontent.files import content_files
from tests.core.factories import ImageFactory
from tests.html import parse
from tests.practice.factories import PracticeExamplePageFactory
from tests.themes.factories import ThemePageFactory
from themes.models import ThemePage

pytestmark = pytest.mark.django_db


def png_file(name="illustratie.png", size=(1200, 675)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#154273").save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name=name)


@pytest.fixture
def illustration():
    return ImageFactory(
        file=png_file(), title="Schild", description="Een blauw schild achter twee mensen."
    )


def rendition_urls(picture):
    candidates = [picture.find("img")["src"]]
    for source in picture.find_all("source"):
        candidates += [candidate.split()[0] for candidate in source["srcset"].split(",")]
    return [url for url in candidates if url.startswith("/media/images/")]


def widths(srcset):
    return [candidate.split()[1] for candidate in srcset.split(",")]


def test_theme_page_shows_its_image_at_once_with_sizes_and_webp(client, home_page, illustration):
    theme = ThemePageFactory(parent=home_page, slug="thema-met-beeld", image=illustration)
    picture = parse(client.get(theme.url)).find("picture")
    webp = picture.find("source", type="image/webp")
    assert widths(webp["srcset"]) == ["480w", "800w", "1200w"]
    img = picture.find("img")
    assert img["alt"] == "Een blauw schild achter twee mensen."
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    assert img.get("loading") != "lazy"  # above the fold
    assert img["fetchpriority"] == "high"
    # Every rendition on the page is served, with DEBUG off, as an image.
    for url in rendition_urls(picture):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] in {"image/webp", "image/jpeg"}


def test_practice_example_image_is_lazy_and_can_be_decorative(client, home_page, illustration):
    example = PracticeExamplePageFactory(
        slug="voorbeeld-met-beeld", image=illustration, image_decorative=True
    )
    img = parse(client.get(example.url)).select_one(".vp-page-image img")
    assert img["alt"] == ""
    assert img["loading"] == "lazy"


def test_home_page_image_sits_in_the_hero(client, home_page, illustration):
    home_page.image = illustration
    home_page.save_revision().publish()
    hero = parse(client.get("/")).select_one("section.vp-hero")
    assert hero.find("img", alt="Een blauw schild achter twee mensen.")


def test_a_page_without_image_shows_none(client, home_page):
    theme = ThemePageFactory(parent=home_page, slug="thema-zonder-beeld")
    assert parse(client.get(theme.url)).select(".vp-page-image") == []


def test_an_image_without_description_must_be_marked_decorative(home_page):
    bare = ImageFactory(file=png_file("kaal.png"), title="Kaal", description="")
    theme = ThemePage(title="Thema", slug="kaal", intro="Intro.", image=bare)
    with pytest.raises(ValidationError) as error:
        theme.clean()
    assert "beschrijving" in str(error.value.message_dict["image"])
    theme.image_decorative = True
    theme.clean()  # no error
    assert theme.image_alt == ""


def test_image_block_renders_webp_with_dimensions(illustration):
    block = ImageBlock()
    value = block.to_python({"image": illustration.pk, "alt_text": "Twee mensen.", "caption": ""})
    picture = parse(block.render(value))
    assert picture.find("source", type="image/webp")["srcset"]
    img = picture.find("img")
    assert img["alt"] == "Twee mensen." and img["loading"] == "lazy"
    assert int(img["width"]) > 0


def test_demo_images_list_every_file_with_alt_text_or_decorative():
    with open(make_demo_images.FOLDER / "images.csv", encoding="utf-8") as listing:
        rows = list(csv.DictReader(listing))
    assert {row["file"] for row in rows} == {
        path.name for path in make_demo_images.FOLDER.glob("*.png")
    }
    for row in rows:
        with Image.open(make_demo_images.FOLDER / row["file"]) as picture:
            assert picture.format == "PNG" and picture.size == (1200, 675)
        assert row["decorative"] in {"ja", "nee"}
        if row["decorative"] == "nee":
            assert len(row["alt_text"]) > 20, row
        else:
            assert row["alt_text"] == "", row


def test_demo_images_cover_the_home_page_every_theme_and_every_example():
    with open(make_demo_images.FOLDER / "images.csv", encoding="utf-8") as listing:
        slugs = {row["page_slug"] for row in csv.DictReader(listing)}
    themes = {source.slug for source in content_files(THEMES.path)}
    example_slugs = {source.slug for source in examples()}
    assert themes and example_slugs
    assert slugs == {"home"} | themes | example_slugs


def test_generator_writes_the_list_it_describes(tmp_path, monkeypatch):
    monkeypatch.setattr(make_demo_images, "IMAGES", make_demo_images.IMAGES[:2])
    make_demo_images.write_all(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home.png", "images.csv", "preventie.png"]
    with Image.open(tmp_path / "home.png") as picture:
        colours = {colour for _count, colour in picture.convert("RGB").getcolors(100_000)}
    assert (0x15, 0x42, 0x73) in colours  # lintblauw


def test_attach_demo_images_gives_pages_their_illustration_once(client, home_page, tmp_path):
    from democontent.images import attach_demo_images

    folder = tmp_path / "demo_images"
    rows = [image for image in make_demo_images.IMAGES if image.page_slug in {"home", "nazorg"}]
    rows.append(make_demo_images.IMAGES[-1])  # a practice example, decorative
    ThemePageFactory(parent=home_page, slug="nazorg", title="Nazorg")
    PracticeExamplePageFactory(slug=rows[-1].page_slug)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(make_demo_images, "IMAGES", rows)
        make_demo_images.write_all(folder)
    assert attach_demo_images(folder) == 3
    assert attach_demo_images(folder) == 0  # a second run changes nothing

    nazorg = ThemePage.objects.get(slug="nazorg")
    assert nazorg.image.description.startswith("Illustratie: twee mensen")
    assert not nazorg.image_decorative
    example = PracticeExamplePageFactory._meta.model.objects.get(slug=rows[-1].page_slug)
    assert example.image_decorative and example.image_alt == ""
    picture = parse(client.get(nazorg.url)).find("picture")
    assert picture.find("img")["alt"] == nazorg.image.description
    for url in rendition_urls(picture):
        assert client.get(url)["Content-Type"].startswith("image/")
