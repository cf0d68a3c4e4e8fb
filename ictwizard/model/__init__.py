"""Pure domain types: no Textual, Jinja2, WeasyPrint or openpyxl in here."""
