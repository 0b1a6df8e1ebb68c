"""Draw the demo content's illustrations into democontent/images/, with their list images.csv.

Our own abstract illustrations in the site's palette (lintblauw and the theme colours), so the
demo needs no photos from elsewhere. Run after changing a drawing and commit the result:
    .venv/bin/python -m democontent.make_images

images.csv lists per file: the page it belongs to (slug; "home" is the home page), the image
title in the library, the Dutch alt text and whether it is decorative (then the alt text is
empty and screen readers skip the image).
"""

import csv
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 675  # 16:9; pages show it at most 46rem wide
SCALE = 2  # drawn at twice the size and scaled down, for smooth edges
FOLDER = Path(__file__).resolve().parent / "images"
CSV_FIELDS = ["file", "page_slug", "title", "alt_text", "decorative"]

COLOURS = {
    "blauw": ("#154273", "#e4ebf2"),
    "groen": ("#275937", "#e3efe6"),
    "oranje": ("#8a3d00", "#fbeadc"),
    "paars": ("#5b2a6e", "#efe5f3"),
}
LINTBLAUW, LINTBLAUW_LIGHT, WHITE = "#154273", "#dce3ea", "#ffffff"
THEME_COLOUR = {
    "preventie": "blauw",
    "handelen-bij-een-incident": "oranje",
    "nazorg": "groen",
    "beleid-maken": "paars",
}


@dataclass
class DemoImage:
    page_slug: str
    title: str
    alt_text: str
    motif: str
    colour: str
    decorative: bool = False

    @property
    def file(self):
        return f"{self.page_slug}.png"


PAGES = [
    DemoImage(
        "home",
        "Drie ingangen",
        "Illustratie: drie open deuren naast elkaar, in blauw, oranje en groen.",
        "doors",
        "blauw",
    ),
    DemoImage(
        "preventie",
        "Voorkomen",
        "Illustratie: twee mensen aan een balie, met een groot blauw schild achter hen.",
        "shield",
        "blauw",
    ),
    DemoImage(
        "handelen-bij-een-incident",
        "Handelen bij een incident",
        "Illustratie: een oranje waarschuwingsteken met golven eromheen.",
        "signal",
        "oranje",
    ),
    DemoImage(
        "nazorg",
        "Nazorg",
        "Illustratie: twee mensen naast elkaar, met een groen hart boven hen.",
        "heart",
        "groen",
    ),
    DemoImage(
        "beleid-maken",
        "Beleid maken",
        "Illustratie: een paars kompas op een kaart met lijnen en punten.",
        "compass",
        "paars",
    ),
]
# The practice examples get an abstract pattern in the colour of their first theme; it adds
# nothing to the text, so it is decorative.
PRACTICE_EXAMPLES = {
    "zuiderhaven-reageert-binnen-48-uur": "handelen-bij-een-incident",
    "veenstede-boas-samen-op-straat": "preventie",
    "randmeren-online-intimidatie-na-vergunning": "handelen-bij-een-incident",
    "de-lage-landen-protocol-telefoon-en-e-mail": "preventie",
    "dijkwaarden-veilige-huisbezoeken": "preventie",
    "marswoude-steunt-bedreigde-raadsleden": "nazorg",
    "brederwijk-richt-bedrijfsopvangteam-op": "nazorg",
    "rijksinspectie-kades-en-havens-doet-aangifte": "handelen-bij-een-incident",
    "mergelrand-verhaalt-schade-op-dader": "handelen-bij-een-incident",
    "heuvelrade-bouwt-veiligere-publiekshal": "preventie",
    "noorderkust-traint-brandweer-in-omgaan-met-agressie": "preventie",
    "wolderbroek-maakt-de-norm-zichtbaar": "preventie",
    "peelbeek-brengt-risicos-buitenwerk-in-kaart": "beleid-maken",
    "kraaiendal-maakt-registreren-makkelijk": "beleid-maken",
    "lindehoven-stappenplan-nazorg-leidinggevenden": "nazorg",
    "ommerdal-veilige-raadsvergadering": "preventie",
}
IMAGES = PAGES + [
    DemoImage(slug, "Patroon bij een praktijkvoorbeeld", "", "pattern", THEME_COLOUR[theme], True)
    for slug, theme in PRACTICE_EXAMPLES.items()
]


def s(*values):
    """Scale coordinates to the drawing size."""
    return [value * SCALE for value in values]


def person(canvas, x, y, colour, size=1.0):
    """A simple figure: a round head above rounded shoulders."""
    head = 38 * size
    canvas.ellipse(s(x - head, y - 3.2 * head, x + head, y - 1.2 * head), fill=colour)
    canvas.rounded_rectangle(
        s(x - 1.9 * head, y - head, x + 1.9 * head, y + 2.2 * head), 40 * SCALE * size, fill=colour
    )


def draw_doors(canvas, image):
    for index, colour in enumerate(["blauw", "oranje", "groen"]):
        dark, tint = COLOURS[colour]
        left = 180 + index * 300
        canvas.rounded_rectangle(s(left, 150, left + 240, 560), 120 * SCALE, fill=tint)
        canvas.rounded_rectangle(s(left + 40, 210, left + 200, 560), 80 * SCALE, fill=dark)
        canvas.ellipse(s(left + 160, 380, left + 180, 400), fill=WHITE)
    canvas.rectangle(s(100, 560, 1100, 580), fill=LINTBLAUW)


def draw_shield(canvas, image):
    dark, tint = COLOURS[image.colour]
    canvas.polygon(s(600, 90, 860, 170, 830, 420, 600, 590, 370, 420, 340, 170), fill=tint)
    canvas.polygon(s(600, 140, 800, 200, 778, 400, 600, 535, 422, 400, 400, 200), fill=dark)
    canvas.rounded_rectangle(s(230, 470, 970, 560), 20 * SCALE, fill=LINTBLAUW_LIGHT)
    person(canvas, 380, 420, "#0e2f52", 0.8)
    person(canvas, 820, 420, "#0e2f52", 0.8)


def draw_signal(canvas, image):
    dark, tint = COLOURS[image.colour]
    for radius in (300, 230, 160):
        canvas.ellipse(
            s(600 - radius, 340 - radius, 600 + radius, 340 + radius),
            outline=dark,
            width=14 * SCALE,
        )
        canvas.ellipse(
            s(600 - radius + 20, 340 - radius + 20, 600 + radius - 20, 340 + radius - 20),
            fill=WHITE,
        )
    canvas.polygon(s(600, 200, 730, 440, 470, 440), fill=dark)
    canvas.rounded_rectangle(s(588, 270, 612, 380), 10 * SCALE, fill=WHITE)
    canvas.ellipse(s(588, 398, 612, 422), fill=WHITE)


def draw_heart(canvas, image):
    dark, tint = COLOURS[image.colour]
    canvas.ellipse(s(380, 60, 820, 500), fill=tint)
    canvas.ellipse(s(500, 140, 610, 250), fill=dark)
    canvas.ellipse(s(590, 140, 700, 250), fill=dark)
    canvas.polygon(s(505, 215, 695, 215, 600, 330), fill=dark)
    person(canvas, 500, 520, LINTBLAUW, 0.9)
    person(canvas, 700, 520, "#0e2f52", 0.9)


def draw_compass(canvas, image):
    dark, tint = COLOURS[image.colour]
    rng = random.Random(image.page_slug)
    points = [(rng.randint(120, 1080), rng.randint(90, 590)) for _ in range(9)]
    for start, end in zip(points, points[1:], strict=False):
        canvas.line(s(*start, *end), fill=LINTBLAUW_LIGHT, width=10 * SCALE)
    for x, y in points:
        canvas.ellipse(s(x - 16, y - 16, x + 16, y + 16), fill=LINTBLAUW)
    canvas.ellipse(s(420, 160, 780, 520), fill=tint, outline=dark, width=16 * SCALE)
    canvas.polygon(s(600, 190, 640, 340, 600, 490, 560, 340), fill=dark)
    canvas.polygon(s(600, 190, 640, 340, 560, 340), fill=LINTBLAUW)
    canvas.ellipse(s(588, 328, 612, 352), fill=WHITE)


def draw_pattern(canvas, image):
    dark, tint = COLOURS[image.colour]
    rng = random.Random(image.page_slug)
    palette = [dark, LINTBLAUW, LINTBLAUW_LIGHT, tint]
    for _ in range(14):
        x, y = rng.randint(-100, 1200), rng.randint(-100, 700)
        radius = rng.randint(60, 220)
        canvas.ellipse(s(x - radius, y - radius, x + radius, y + radius), fill=rng.choice(palette))
    for _ in range(5):
        y = rng.randint(60, 620)
        canvas.rounded_rectangle(
            s(rng.randint(0, 500), y, rng.randint(700, 1200), y + 26), 13 * SCALE, fill=WHITE
        )


DRAWINGS = {
    "doors": draw_doors,
    "shield": draw_shield,
    "signal": draw_signal,
    "heart": draw_heart,
    "compass": draw_compass,
    "pattern": draw_pattern,
}


def render(image):
    _dark, tint = COLOURS[image.colour]
    background = WHITE if image.motif != "pattern" else tint
    picture = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), background)
    DRAWINGS[image.motif](ImageDraw.Draw(picture), image)
    return picture.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)


def write_all(folder=FOLDER):
    folder.mkdir(parents=True, exist_ok=True)
    for image in IMAGES:
        # Few colours: a palette PNG keeps each file small without visible loss.
        picture = render(image).quantize(colors=64, method=Image.Quantize.MEDIANCUT)
        picture.save(folder / image.file, optimize=True)
    with open(folder / "images.csv", "w", newline="", encoding="utf-8") as listing:
        writer = csv.DictWriter(listing, fieldnames=CSV_FIELDS)
        writer.writeheader()
        for image in IMAGES:
            writer.writerow(
                {
                    "file": image.file,
                    "page_slug": image.page_slug,
                    "title": image.title,
                    "alt_text": "" if image.decorative else image.alt_text,
                    "decorative": "ja" if image.decorative else "nee",
                }
            )


if __name__ == "__main__":
    write_all()
    print(f"{len(IMAGES)} afbeeldingen in {FOLDER}")
