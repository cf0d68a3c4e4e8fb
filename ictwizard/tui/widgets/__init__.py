"""Widgets shared by several wizard steps."""
