"""Pure analysis over a session: what the team could not see in the Excel.

Every function here takes the content and the session and returns frozen results; the TUI,
the PDF and the text summary only display them. No Textual, Jinja2 templates or WeasyPrint.
"""
