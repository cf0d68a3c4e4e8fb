"""Fuzzing every loader: hostile or clumsy input gives a result or one clear message."""
