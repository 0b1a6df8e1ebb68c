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
