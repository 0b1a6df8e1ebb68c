"""Spreadsheet exports that a visitor's words cannot turn into a formula.

A comment such as ``=HYPERLINK("https://...")`` or ``+31...`` would be run by Excel or
LibreOffice when an editor opens the CSV (CSV injection). Wagtail's XLSX export already stores
such cells as text; for CSV a cell that starts with one of these characters gets a leading
apostrophe, which spreadsheets show as plain text (OWASP's advice).
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def as_text_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class FormulaSafeCsvMixin:
    """For a Wagtail view with SpreadsheetExportMixin (a ReportView)."""

    def write_csv_row(self, writer, row_dict):
        return super().write_csv_row(
            writer, {field: as_text_cell(value) for field, value in row_dict.items()}
        )
