import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from core.blocks import BodyStreamBlock, ImageBlock, LinkBlock, VideoBlock
from core.blocks.media import video_embed_url
from core.blocks.text import TableBlock
from tests.core.factories import ImageFactory
from veiligpubliek.apps import PROJECT_APPS

BODY_BLOCKS = sorted(BodyStreamBlock().child_blocks.items())


def all_stream_field_blocks():
    """Every top-level block of every StreamField of every model of the project."""
    from django.apps import apps
    from wagtail.fields import StreamField

    found = {}
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT_APPS:
            continue
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for name, block in field.stream_block.child_blocks.items():
                    found[f"{model.__name__}.{field.name}.{name}"] = block
    return sorted(found.items())


ALL_BLOCKS = all_stream_field_blocks()


@pytest.mark.parametrize("name, block", ALL_BLOCKS, ids=[name for name, _ in ALL_BLOCKS])
def test_every_block_documents_itself_for_editors(name, block):
    assert block.meta.template.endswith(".html")
    assert block.meta.icon
    assert block.meta.description
    assert hasattr(block.meta, "preview_value")
    assert block.is_previewable


@pytest.mark.django_db
@pytest.mark.parametrize("name, block", BODY_BLOCKS, ids=[name for name, _ in BODY_BLOCKS])
def test_every_block_preview_renders_in_the_admin(admin_client, name, block):
    ImageFactory()  # image blocks preview the first image in the library
    response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/css/components" in html  # our styles are loaded in the preview
    assert f"block-{name}" in html


def test_heading_level_is_required_and_limited():
    block = BodyStreamBlock().child_blocks["heading"]
    with pytest.raises(ValidationError):
        block.clean({"text": "Kop", "level": "h1"})
    with pytest.raises(ValidationError):
        block.clean({"text": "Kop", "level": ""})
    assert block.clean({"text": "Kop", "level": "h3"})["level"] == "h3"


@pytest.mark.django_db
def test_link_is_a_page_or_a_url_not_both(home_page):
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"text": "x", "page": home_page.pk, "url": "https://a.nl"}))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"text": "x", "page": None, "url": ""}))
    with pytest.raises(StructBlockValidationError):  # an external link needs a text
        block.clean(block.to_python({"text": "", "page": None, "url": "https://a.nl"}))
    value = block.clean(block.to_python({"text": "", "page": home_page.pk, "url": ""}))
    assert value.href == "/" and value.label == home_page.title


@pytest.mark.django_db
def test_image_needs_alt_text_unless_decorative():
    image = ImageFactory(description="")
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": False}))
    decorative = block.clean(
        block.to_python({"image": image.pk, "alt_text": "", "decorative": True})
    )
    html = block.render(decorative)
    assert 'alt=""' in html and "width=" in html and "srcset=" in html
    described = block.clean(block.to_python({"image": image.pk, "alt_text": "Een balie"}))
    assert 'alt="Een balie"' in block.render(described)


@pytest.mark.parametrize(
    "url, expected",
    [
        (
            "https://www.youtube.com/watch?v=abcdefghijk",
            "https://www.youtube-nocookie.com/embed/abcdefghijk",
        ),
        ("https://youtu.be/abcdefghijk", "https://www.youtube-nocookie.com/embed/abcdefghijk"),
        ("https://vimeo.com/123456", "https://player.vimeo.com/video/123456"),
        ("https://evil.example/watch?v=abcdefghijk", None),
        ("javascript:alert(1)", None),
    ],
)
def test_video_embed_url_is_privacy_friendly(url, expected):
    result = video_embed_url(url)
    if expected is None:
        assert result is None
    else:
        assert result.startswith(expected)


def test_video_loads_nothing_from_the_host_until_played_and_requires_a_transcript():
    block = VideoBlock()
    value = block.to_python(block.meta.preview_value)
    html = block.render(value)
    assert "<iframe" not in html
    assert 'data-embed-src="https://www.youtube-nocookie.com/' in html
    assert "Uitgeschreven tekst" in html
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**block.meta.preview_value, "transcript": ""}))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({**block.meta.preview_value, "url": "https://example.nl/v"}))


def test_table_needs_a_caption_and_renders_header_cells():
    block = TableBlock()
    value = block.to_python(block.meta.preview_value)
    html = block.render(value)
    assert "<caption" in html and '<th scope="col"' in html and '<th scope="row"' in html
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**block.meta.preview_value, "caption": ""}))


def test_callout_names_its_kind_in_words_not_only_colour():
    block = BodyStreamBlock().child_blocks["callout"]
    html = block.render(block.to_python(block.meta.preview_value))
    assert "Let op" in html


def test_unknown_block_types_in_stored_data_are_dropped_not_rendered():
    stream = BodyStreamBlock()
    value = stream.to_python([{"type": "script", "value": "<script>x</script>"}])
    assert len(value) == 0
