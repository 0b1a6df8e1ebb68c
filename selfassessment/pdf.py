"""The result as a PDF with fpdf2 (pure Python, already used for the demo documents).

fpdf2 does not write a fully tagged PDF, so this one does what it can for readers: the
language and title are set, every section is a bookmark in the outline, text is real text in
reading order and links are real links. WeasyPrint would tag more, but needs Pango and other
system libraries on every machine the site runs on.
"""

from django.utils.formats import date_format
from fpdf import FPDF

LINTBLAUW = (21, 66, 115)
# The PDF's built-in fonts cover Latin-1; these common characters are written as their nearest
# Latin-1 form instead of failing.
REPLACEMENTS = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "€": "EUR"}
)


def latin1(text):
    return str(text).translate(REPLACEMENTS).encode("latin-1", "replace").decode("latin-1")


class ResultPdf(FPDF):
    def __init__(self, site_name):
        super().__init__(format="A4")
        self.site_name = site_name
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(auto=True, margin=20)
        self.set_lang("nl")
        self.set_author(latin1(site_name))

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 10, latin1(f"{self.site_name} - pagina {self.page_no()}"), align="C")

    def heading(self, text, size=14, level=0):
        self.ln(3)
        self.start_section(latin1(text), level=level)
        self.set_font("Helvetica", "B", size)
        self.set_text_color(*LINTBLAUW)
        self.multi_cell(0, size * 0.5, latin1(text), new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def text_line(self, text, bold=False, size=11):
        self.set_font("Helvetica", "B" if bold else "", size)
        self.multi_cell(0, 6, latin1(text), new_x="LMARGIN", new_y="NEXT")

    def link_line(self, title, url):
        self.set_font("Helvetica", "U", 10)
        self.set_text_color(*LINTBLAUW)
        self.multi_cell(0, 5, latin1(f"- {title}: {url}"), link=url, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)


def build_result_pdf(result, *, title, date, base_url, site_name):
    """The bytes of the result PDF: date, scores, the action plan and strengths."""
    pdf = ResultPdf(site_name)
    pdf.set_title(latin1(title))
    pdf.add_page()
    pdf.start_section(latin1(title))
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_text_color(*LINTBLAUW)
    pdf.multi_cell(0, 10, latin1(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.text_line(
        f"Uitslag van {date_format(date, 'j F Y')}. U beantwoordde {result.answered} van de {result.total} vragen."
    )
    if result.overall is not None:
        pdf.text_line(f"Totaalscore: {result.overall} van de 100 ({result.words}).", bold=True)

    pdf.heading("Score per deel", level=1)
    for part_score in result.parts:
        score = "-" if part_score.score is None else f"{part_score.score} van de 100"
        pdf.text_line(f"{part_score.part.title}: {score} ({part_score.words})")

    pdf.heading("Uw actieplan: begin hiermee", level=1)
    if not result.first_steps:
        pdf.text_line("Er zijn geen stappen nodig: alles wat we vroegen is goed geregeld.")
    for number, step in enumerate(result.first_steps, start=1):
        write_step(pdf, number, step, base_url)
    if result.later_steps:
        pdf.heading("Daarna", level=1)
        for number, step in enumerate(result.later_steps, start=len(result.first_steps) + 1):
            write_step(pdf, number, step, base_url)

    if result.strengths:
        pdf.heading("Wat al goed gaat", level=1)
        for question, _option in result.strengths:
            pdf.text_line(f"- {question.short}")
    return bytes(pdf.output())


def write_step(pdf, number, step, base_url):
    pdf.heading(f"Stap {number}: {step.question.short}", size=12, level=2)
    pdf.text_line(f"Wat: {step.what}")
    pdf.text_line(f"Waarom: {step.why}")
    if step.who:
        pdf.text_line(f"Wie: {step.who}")
    for link in step.links:
        url = link.url if link.url.startswith("http") else f"{base_url}{link.url}"
        pdf.link_line(link.title, url)
