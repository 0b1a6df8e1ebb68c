"""Emoji made of several characters: what the answers accept and what the PDF can print.

An emoji can be one character (a thumbs up) or a sequence: a picture with a skin tone, with
"show as emoji" (U+FE0F), pictures joined by a zero-width joiner into one (a family, a health
worker, the rainbow flag), or a black flag with tag letters (the flag of Scotland).
"""

import unicodedata

ZERO_WIDTH_JOINER = "\u200d"
TEXT_PRESENTATION = "\ufe0e"
EMOJI_PRESENTATION = "\ufe0f"
WAVING_BLACK_FLAG = "\U0001f3f4"
TAGS = range(0xE0020, 0xE007F)
CANCEL_TAG = "\U000e007f"
SKIN_TONES = range(0x1F3FB, 0x1F400)


def is_pictograph(character):
    """An emoji or other picture character (Unicode's "other symbol"), or a skin tone."""
    return unicodedata.category(character) == "So" or ord(character) in SKIN_TONES


def joins_emoji(text, index):
    """A zero-width joiner between two pictures (e.g. a family or a profession emoji)."""
    before = text[index - 1] if index > 0 else ""
    if before == EMOJI_PRESENTATION and index > 1:
        before = text[index - 2]
    after = text[index + 1] if index + 1 < len(text) else ""
    return bool(before and after) and is_pictograph(before) and is_pictograph(after)


def in_flag_tags(text, index):
    """A tag character of a subdivision flag, such as the flag of Scotland: the black flag, tag
    letters and the cancel tag, and nothing else in between."""
    start = index
    while start > 0 and ord(text[start - 1]) in TAGS:
        start -= 1
    end = index
    while end < len(text) and ord(text[end]) in TAGS:
        end += 1
    return start > 0 and text[start - 1] == WAVING_BLACK_FLAG and text[end : end + 1] == CANCEL_TAG


def holds_emoji_together(text, index):
    """Whether the invisible character at `index` joins an emoji sequence: a zero-width joiner
    between two pictures, or a tag of a subdivision flag. Anywhere else it only hides."""
    character = text[index]
    if character == ZERO_WIDTH_JOINER:
        return joins_emoji(text, index)
    if ord(character) in TAGS:
        return in_flag_tags(text, index)
    if character == CANCEL_TAG:
        return index > 0 and ord(text[index - 1]) in TAGS
    return False


def sequence_end(text, start):
    """Where the emoji sequence that starts with the picture at `start` ends."""
    index = start + 1
    while index < len(text):
        character = text[index]
        if (
            character in (TEXT_PRESENTATION, EMOJI_PRESENTATION)
            or ord(character) in SKIN_TONES
            or ord(character) in TAGS
            or character == CANCEL_TAG
        ):
            index += 1
        elif (
            character == ZERO_WIDTH_JOINER
            and index + 1 < len(text)
            and is_pictograph(text[index + 1])
        ):
            index += 2
        else:
            break
    return index


def split_emoji(text):
    """The text in parts: (is_emoji, part), an emoji sequence being one part."""
    parts, plain, index = [], [], 0
    while index < len(text):
        if is_pictograph(text[index]):
            if plain:
                parts.append((False, "".join(plain)))
                plain = []
            end = sequence_end(text, index)
            parts.append((True, text[index:end]))
            index = end
        else:
            plain.append(text[index])
            index += 1
    if plain:
        parts.append((False, "".join(plain)))
    return parts
