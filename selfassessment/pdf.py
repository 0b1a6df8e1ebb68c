"""The result as a tagged PDF (PDF/UA-1), written by WeasyPrint from an HTML template.

The template escapes every text like the website does; headings, lists and the score table are
tagged, so screen readers read the PDF like the result page. Every section is a bookmark, links
are real links with their full address written out, and the footer shows the page numbers.
"""

from pathlib import Path

from visitortools.pdf import render_pdf

STYLESHEET = Path(__file__).with_name("result_pdf.css")


def absolute(url, base_url):
    return url if url.startswith(("http://", "https://")) else f"{base_url}{url}"


def build_result_pdf(
    result, *, title, date, base_url, site_name, result_url, organisation="", kind_label=""
):
    """The bytes of the result PDF: the organisation, the day the answers were given, the link
    back to them, scores and how they are made, the action plan, what to find out, strengths,
    and every answer."""
    first = len(result.first_steps)
    context = {
        "result": result,
        "title": title,
        "date": date,
        "organisation": organisation,
        "kind_label": kind_label,
        "result_url": result_url,
        "site_name": site_name,
        "first_steps": steps(result.first_steps, 1, base_url),
        "later_steps": steps(result.later_steps, first + 1, base_url),
        "to_find_out": steps(result.to_find_out, 1, base_url),
    }
    return render_pdf("selfassessment/result_pdf.html", context, stylesheet=STYLESHEET)


def steps(steps, start, base_url):
    return [
        {
            "number": number,
            "step": step,
            "links": [(link.title, absolute(link.url, base_url)) for link in step.links],
        }
        for number, step in enumerate(steps, start=start)
    ]
