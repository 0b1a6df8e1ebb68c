"""Page images: renditions in WebP and JPEG with width, height and srcset; alt text or decorative."""

import csv
import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image

from assets import make_demo_images
from core.blocks import ImageBlock
from practice.models import PracticeExampleIndexPage, PracticeExamplePage
from tests.factories import ImageFactory, PracticeExamplePageFactory, ThemePageFactory
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


def img_tag(html):
    return re.search(r"<img [^>]*>", html).group(0)


def test_theme_page_shows_its_image_at_once_with_sizes_and_webp(client, home_page, illustration):
    theme = ThemePageFactory(parent=home_page, slug="thema-met-beeld", image=illustration)
    html = client.get(theme.url).content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/webp"' in picture
    webp_srcset = re.search(r'<source[^>]*srcset="([^"]+)"[^>]*type="image/webp"', picture)
    assert [width for _url, width in re.findall(r"(\S+) (\d+)w", webp_srcset.group(1))] == [
        "480",
        "800",
        "1200",
    ]
    img = img_tag(picture)
    assert 'alt="Een blauw schild achter twee mensen."' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert 'loading="lazy"' not in img  # above the fold
    assert 'fetchpriority="high"' in img
    # Every rendition on the page is served, with DEBUG off, as an image.
    for url in re.findall(r"(/media/images/[^\s\"]+)", picture):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] in {"image/webp", "image/jpeg"}


def test_practice_example_image_is_lazy_and_can_be_decorative(client, illustration):
    index = PracticeExampleIndexPage.objects.get()
    example = PracticeExamplePageFactory(
        parent=index, slug="voorbeeld-met-beeld", image=illustration, image_decorative=True
    )
    html = client.get(example.url).content.decode()
    img = img_tag(re.search(r'<div class="vp-page-image">.*?</div>', html, re.S).group(0))
    assert 'alt=""' in img
    assert 'loading="lazy"' in img


def test_home_page_image_sits_in_the_hero(client, home_page, illustration):
    home_page.image = illustration
    home_page.save_revision().publish()
    html = client.get("/").content.decode()
    hero = re.search(r'<section class="vp-hero">.*?</section>', html, re.S).group(0)
    assert "Een blauw schild achter twee mensen." in hero


def test_a_page_without_image_shows_none(client, home_page):
    theme = ThemePageFactory(parent=home_page, slug="thema-zonder-beeld")
    assert "vp-page-image" not in client.get(theme.url).content.decode()


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
    html = block.render(value)
    assert 'type="image/webp"' in html
    img = img_tag(html)
    assert 'alt="Twee mensen."' in img and 'loading="lazy"' in img
    assert re.search(r'width="\d+"', img) and 'srcset="' in html


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
    themes = set(ThemePage.objects.values_list("slug", flat=True))
    examples = set(PracticeExamplePage.objects.values_list("slug", flat=True))
    assert themes and examples
    assert slugs == {"home"} | themes | examples


def test_generator_writes_the_list_it_describes(tmp_path, monkeypatch):
    monkeypatch.setattr(make_demo_images, "IMAGES", make_demo_images.IMAGES[:2])
    make_demo_images.write_all(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home.png", "images.csv", "preventie.png"]
    with Image.open(tmp_path / "home.png") as picture:
        colours = {colour for _count, colour in picture.convert("RGB").getcolors(100_000)}
    assert (0x15, 0x42, 0x73) in colours  # lintblauw


def test_attach_demo_images_gives_pages_their_illustration_once(client, tmp_path):
    from home.attach_demo_images import attach_demo_images

    folder = tmp_path / "demo_images"
    rows = [image for image in make_demo_images.IMAGES if image.page_slug in {"home", "nazorg"}]
    rows.append(make_demo_images.IMAGES[-1])  # a practice example, decorative
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(make_demo_images, "IMAGES", rows)
        make_demo_images.write_all(folder)
    assert attach_demo_images(folder) == 3
    assert attach_demo_images(folder) == 0  # a second run changes nothing

    nazorg = ThemePage.objects.get(slug="nazorg")
    assert nazorg.image.description.startswith("Illustratie: twee mensen")
    assert not nazorg.image_decorative
    example = PracticeExamplePage.objects.get(slug=rows[-1].page_slug)
    assert example.image_decorative and example.image_alt == ""
    html = client.get(nazorg.url).content.decode()
    assert f'alt="{nazorg.image.description}"' in html
    for url in re.findall(r"(/media/images/[^\s\"]+)", html):
        assert client.get(url)["Content-Type"].startswith("image/")
