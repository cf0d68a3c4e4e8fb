"""ictwizard: van één ICT-coördinator naar teamgerichte ICT-coördinatie."""

__version__ = "0.1.0"
