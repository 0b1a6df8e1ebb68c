"""Builds the demo downloads as real PDF files beside their sources in themes/content/documents/.

The PDFs are committed, so that loading the demo content needs no PDF library (fpdf2 is a
development dependency only). Run after changing a document's text and commit the result:
    .venv/bin/python -m democontent.make_documents
"""

from fpdf import FPDF

LINTBLAUW = (21, 66, 115)


def build_pdf(document):
    """Return the bytes of a tagged, readable PDF with a title, description and sections."""
    pdf = FPDF(format="A4")
    pdf.set_title(document["title"])
    pdf.set_author("Veilige publieke dienstverlening")
    pdf.set_lang("nl")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_text_color(*LINTBLAUW)
    pdf.multi_cell(0, 10, document["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, document["description"], new_x="LMARGIN", new_y="NEXT")
    for section in document["sections"]:
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 13)
        pdf.set_text_color(*LINTBLAUW)
        pdf.multi_cell(0, 7, section["heading"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "", 11)
        for paragraph in section.get("paragraphs", []):
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        for bullet in section.get("bullets", []):
            pdf.multi_cell(0, 6, f"-  {bullet}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        0,
        5,
        "Veilige publieke dienstverlening - veiligepubliekedienstverlening.nl",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


def main():
    import yaml

    from democontent.by_app.themes import DOCUMENTS, pdf_path
    from democontent.files import content_path

    for source_path in sorted(content_path(DOCUMENTS).glob("*.yaml")):
        document = yaml.safe_load(source_path.read_text(encoding="utf-8"))
        pdf_path(source_path).write_bytes(build_pdf(document))
        print(pdf_path(source_path))


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "veiligpubliek.settings.dev")
    django.setup()
    main()
