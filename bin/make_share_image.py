"""Draw static/img/share.png, the default image for shared links (1200 × 630, Open Graph size).

Run once after changing the design and commit the result:
    .venv/bin/python bin/make_share_image.py
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
LINTBLAUW = "#154273"
WHITE = "#ffffff"
FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
TARGET = Path(__file__).resolve().parent.parent / "static" / "img" / "share.png"


def draw():
    image = Image.new("RGB", (WIDTH, HEIGHT), LINTBLAUW)
    canvas = ImageDraw.Draw(image)
    # The wordmark of the site header: a white emblem bar next to the name on two lines.
    emblem_left, emblem_top = 120, 195
    canvas.rectangle((emblem_left, emblem_top, emblem_left + 70, emblem_top + 240), fill=WHITE)
    font = ImageFont.truetype(FONT, 84)
    canvas.multiline_text(
        (emblem_left + 110, emblem_top + 10),
        "Veilige publieke\ndienstverlening",
        font=font,
        fill=WHITE,
        spacing=28,
    )
    image.save(TARGET, optimize=True)
    return TARGET


if __name__ == "__main__":
    print(f"Geschreven: {draw()}")
