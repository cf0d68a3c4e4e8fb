"""Sessions in and out of other people's tools: the takenoverzicht Excel, CSV and JSON.

Headless like the analysis: openpyxl is imported inside the functions that need it, so the
other commands do not pay for it.
"""
