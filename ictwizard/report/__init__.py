"""The PDF action plan: HTML templates, charts and the WeasyPrint rendering."""
