"""Charts for the PDF action plan, as inline SVG strings.

The report is printed, often on a school's black-and-white printer, so every chart tells its
series apart by shade *and* by outline, hatching or a printed number, never by hue. The SVGs are
plain strings built with the standard library only: WeasyPrint draws them as vectors (sharp at
any zoom, small PDFs) and no chart library has to be installed on a school laptop.

All charts share one coordinate scale: a `viewBox` 600 units wide drawn at `width="100%"`. At
the A4 content width (about 170 mm) one unit is about 0.28 mm, so a 10-unit font prints at
about 8 pt; two charts side by side simply print smaller, in proportion.

Text from users (names, labels, titles) goes through `_esc` on every path, so a name such as
``<script>`` or ``A & B "x"`` prints literally and the SVG stays well-formed. Numbers that the
reader sees arrive already formatted (the caller owns the Dutch decimal comma), except in
`workload`, whose signature asks it to format hours itself. Output is deterministic: the same
input gives the same string, so reports can be compared and snapshot-tested.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from datetime import date, timedelta
from itertools import pairwise
from xml.sax.saxutils import escape

__all__ = ["hbars", "organogram", "radar", "timeline", "workload"]

WIDTH = 600.0
"""Width of every chart's viewBox; see the module docstring for the print scale."""

FONT_FAMILY = "DejaVu Sans, sans-serif"
"""DejaVu Sans ships with WeasyPrint's usual Linux setups and has every Dutch accent."""

INK = "#222"
"""Darkest shade: outlines, text and the series that matters most."""
MID = "#777"
"""Middle shade: a second series."""
LIGHT = "#bbb"
"""Light shade: grid lines and a third series."""
PALE = "#e4e4e4"
"""Background bands: visible on paper without competing with the data."""

# Advance widths of DejaVu Sans (regular, bold) for the characters " " (32) to "~" (126), in
# hundredths of an em, read from the font files. Text is measured with them to wrap and
# truncate labels before WeasyPrint draws them: SVG text never wraps by itself, and a label
# running into the next bar is worse than one shortened with "…".
_WIDTHS_REGULAR = (
    32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64,
    64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77,
    75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 39,
    34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61,
    63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84,
)  # fmt: skip
_WIDTHS_BOLD = (
    35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70,
    70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82,
    84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46,
    37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69,
    72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
)  # fmt: skip
_WIDE_CHARACTERS = frozenset("…—€%@MWmw")

# Characters that XML 1.0 forbids even when escaped; a pasted control character in a name
# would otherwise make the whole SVG (and so the PDF) fail to render.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

ELLIPSIS = "…"

Attr = str | float


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    """Drop characters XML cannot carry, so user text can never break the document."""
    return _NOT_XML.sub("", text)


def _esc(text: str) -> str:
    """Escape user text for element content *and* double-quoted attributes."""
    return escape(_clean(text), {'"': "&quot;"})


def _f(value: float) -> str:
    """Format a coordinate compactly and deterministically (at most two decimals)."""
    if not math.isfinite(value):
        value = 0.0
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _finite(value: float, default: float = 0.0) -> float:
    """Replace NaN and infinities, which would otherwise poison every coordinate."""
    return value if math.isfinite(value) else default


def _clamp(value: float, low: float, high: float) -> float:
    """Keep a value inside a scale; NaN counts as the bottom of the scale."""
    return min(max(_finite(value, low), low), high)


def _el(tag: str, attrs: Mapping[str, Attr | None], text: str | None = None) -> str:
    """One SVG element; string attribute values and the text are escaped here, once for all."""
    parts = [tag]
    for key, value in attrs.items():
        if value is None:
            continue
        shown = _esc(value) if isinstance(value, str) else _f(value)
        parts.append(f'{key}="{shown}"')
    if text is None:
        return f"<{' '.join(parts)}/>"
    return f"<{' '.join(parts)}>{_esc(text)}</{tag}>"


def _text(
    x: float,
    y: float,
    content: str,
    *,
    size: float,
    bold: bool = False,
    anchor: str = "start",
    fill: str = INK,
    cls: str | None = None,
) -> str:
    """A single line of text at baseline `y`; attributes only, since WeasyPrint ignores CSS."""
    return _el(
        "text",
        {
            "x": x,
            "y": y,
            "font-size": size,
            "font-weight": "bold" if bold else None,
            "text-anchor": None if anchor == "start" else anchor,
            "fill": fill,
            "class": cls,
        },
        content,
    )


def _svg(x: float, y: float, width: float, height: float, body: Sequence[str], kind: str) -> str:
    """Wrap chart elements in a scalable root: a viewBox and 100 % width, no fixed size."""
    head = _el(
        "svg",
        {
            "xmlns": "http://www.w3.org/2000/svg",
            "viewBox": f"{_f(x)} {_f(y)} {_f(width)} {_f(height)}",
            "width": "100%",
            "font-family": FONT_FAMILY,
            "font-size": 10.0,
            "class": f"chart chart-{kind}",
            "role": "img",
        },
    )
    return head[:-2] + ">" + "".join(body) + "</svg>"


def _char_width(char: str, table: Sequence[int]) -> int:
    """Width of one character in hundredths of an em; accents are measured as their letter."""
    code = ord(char)
    if 32 <= code < 127:
        return table[code - 32]
    base = unicodedata.normalize("NFD", char)[:1]
    if base and 32 <= ord(base) < 127:
        return table[ord(base) - 32]
    if char in _WIDE_CHARACTERS:
        return 100
    if unicodedata.combining(char):
        return 0
    return 70


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Estimate how wide `text` prints in DejaVu Sans at `size` viewBox units.

    Exact for ASCII and accented Latin letters; other characters count as a wide letter, so a
    label is rather shortened too early than allowed to overlap its neighbour.
    """
    table = _WIDTHS_BOLD if bold else _WIDTHS_REGULAR
    return sum(_char_width(char, table) for char in text) * size / 100


def truncate(text: str, max_width: float, size: float, *, bold: bool = False) -> str:
    """Shorten `text` with "…" until it fits `max_width`; a long title stays recognisable."""
    text = " ".join(_clean(text).split())
    if text_width(text, size, bold=bold) <= max_width:
        return text
    # Never measure more characters than could possibly fit (hostile or pasted long input).
    text = text[: max(1, int(max_width / (size * 0.25)) + 1)]
    while text and text_width(text.rstrip() + ELLIPSIS, size, bold=bold) > max_width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def wrap(
    text: str, max_width: float, size: float, *, bold: bool = False, max_lines: int = 2
) -> list[str]:
    """Break `text` into at most `max_lines` lines that fit `max_width`.

    Lines break at spaces and after hyphens (Dutch compounds such as "ICT-beleidsplan"); a
    single word wider than the line is split where it must, so a long name stays readable in
    a narrow box. What does not fit in the last line is cut with "…" rather than dropped.
    """
    text = " ".join(_clean(text).split())
    # Never measure more characters than the lines could hold (hostile or pasted long input).
    limit = int(max_lines * max_width / (size * 0.25)) + 2
    if len(text) > limit:
        text = text[:limit] + ELLIPSIS
    pieces: list[tuple[str, bool]] = []  # (piece, glued to the previous piece)
    for word in text.split(" "):
        for index, piece in enumerate(re.findall(r"[^-]+-+|[^-]+|-+", word) or [word]):
            for part, chunk in enumerate(_split_word(piece, max_width, size, bold=bold)):
                pieces.append((chunk, index > 0 or part > 0))
    lines: list[str] = []
    current = ""
    for piece, glued in pieces:
        candidate = current + piece if glued or not current else f"{current} {piece}"
        if not current or text_width(candidate, size, bold=bold) <= max_width:
            current = candidate
            continue
        lines.append(current)
        current = piece
    lines.append(current)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], truncate(rest, max_width, size, bold=bold)]
    return [truncate(line, max_width, size, bold=bold) for line in lines]


def _split_word(word: str, max_width: float, size: float, *, bold: bool) -> list[str]:
    """Cut a word that is wider than a line into chunks that each fit."""
    table = _WIDTHS_BOLD if bold else _WIDTHS_REGULAR
    chunks: list[str] = []
    current, width = "", 0.0
    for char in word:
        char_width = _char_width(char, table) * size / 100
        if current and width + char_width > max_width:
            chunks.append(current)
            current, width = "", 0.0
        current += char
        width += char_width
    chunks.append(current)
    return chunks


# --------------------------------------------------------------------------------------------
# Radar (Vier in balans)
# --------------------------------------------------------------------------------------------

_RADAR_R = 122.0
_RADAR_LABEL_SIZE = 10.5
_RADAR_LABEL_LINE = 12.5
_RADAR_LABEL_WIDTH = 150.0
_RADAR_VALUE_SIZE = 9.5


def _ring_values(low: float, high: float) -> list[float]:
    """Whole scale values for the grid, thinned to a multiple of 2, 5, 10… on long scales."""
    step = 1.0
    for candidate in (1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 1000.0):
        step = candidate
        if (math.floor(high / step) - math.ceil(low / step)) < 10:
            break
    first = math.ceil(low / step)
    last = math.floor(high / step)
    return [k * step for k in range(first, last + 1)][:11]


def radar(
    axes: Sequence[tuple[str, float, str]],
    *,
    low: float = 1,
    high: float = 5,
    flagged: Collection[str] = (),
) -> str:
    """Draw the Vier in balans radar: one axis per domain, the team's scores as a polygon.

    The lowest scale value sits on the first ring rather than in the centre, so a domain
    scored 1 still shows as a point of the polygon and the rings are evenly spaced. Each score
    is printed next to its vertex, because reading a value off concentric rings is imprecise,
    certainly in grey on paper. Domains "uit balans" are bold and carry a "!" badge, so they
    are found without colour.

    Args:
        axes: ``(label, value, value_text)`` per domain, in clockwise order from the top,
            e.g. ``("Visie", 1.67, "1,7")``; values outside the scale are clamped.
        low: Bottom of the scale (the innermost ring).
        high: Top of the scale (the outer ring).
        flagged: Labels of the domains to mark as "uit balans".

    Returns:
        The SVG markup.
    """
    if not (math.isfinite(low) and math.isfinite(high)):
        low, high = 1.0, 5.0
    if high <= low:
        high = low + 1
    span = high - low
    inner = _RADAR_R / (span + 1) if span <= 10 else _RADAR_R / 11
    count = len(axes)

    def radius(value: float) -> float:
        return inner + (_RADAR_R - inner) * (_clamp(value, low, high) - low) / span

    def angle(index: int) -> float:
        return -math.pi / 2 + 2 * math.pi * index / max(count, 1)

    def point(index: int, r: float) -> tuple[float, float]:
        return r * math.cos(angle(index)), r * math.sin(angle(index))

    def polygon_points(radii: Sequence[float]) -> str:
        return " ".join(f"{_f(x)},{_f(y)}" for x, y in (point(i, r) for i, r in enumerate(radii)))

    body: list[str] = []
    # Grid: rings (as the polygon's own shape when there are enough axes), then the spokes.
    rings = _ring_values(low, high)
    for value in rings:
        r = radius(value)
        outer = value == rings[-1]
        style: dict[str, Attr | None] = {
            "fill": "none",
            "stroke": MID if outer else LIGHT,
            "stroke-width": 1.0 if outer else 0.7,
            "class": "ring",
        }
        if count >= 3:
            body.append(_el("polygon", {"points": polygon_points([r] * count), **style}))
        else:
            body.append(_el("circle", {"cx": 0.0, "cy": 0.0, "r": r, **style}))
    for index in range(count):
        x, y = point(index, _RADAR_R)
        body.append(_el("line", {"x1": 0.0, "y1": 0.0, "x2": x, "y2": y, "stroke": LIGHT}))

    # The team's scores: light fill so the grid stays visible, a dark outline that prints.
    radii = [radius(value) for _, value, _ in axes]
    if count >= 3:
        body.append(
            _el(
                "polygon",
                {
                    "points": polygon_points(radii),
                    "fill": "#c8c8c8",
                    "fill-opacity": 0.75,
                    "stroke": INK,
                    "stroke-width": 1.8,
                    "stroke-linejoin": "round",
                    "class": "score",
                },
            )
        )
    elif count == 2:
        (x1, y1), (x2, y2) = point(0, radii[0]), point(1, radii[1])
        body.append(
            _el(
                "line",
                {"x1": x1, "y1": y1, "x2": x2, "y2": y2, "stroke": INK, "stroke-width": 1.8},
            )
        )

    # Ring values once, on a bisector between the first two spokes, where no vertex sits. On a
    # polygon ring the bisector meets the edge at r·cos(π/n); the number sits just inside it.
    between = -math.pi / 2 + (math.pi / count if count >= 2 else math.pi / 4)
    edge = math.cos(math.pi / count) if count >= 3 else 1.0
    for value in rings:
        r = radius(value) * edge - 5
        body.append(
            _text(
                r * math.cos(between),
                r * math.sin(between) + 3,
                f"{value:g}",
                size=8,
                anchor="middle",
                fill="#555",
                cls="ring-label",
            )
        )

    # Vertices: a dot and the printed score on a white badge, pushed along the spoke away from
    # the axis label (inwards for high scores, outwards for low ones).
    for index, (_, _, value_text) in enumerate(axes):
        r = radii[index]
        x, y = point(index, r)
        body.append(_el("circle", {"cx": x, "cy": y, "r": 3.0, "fill": INK}))
        shift = 14.0 if r < _RADAR_R - 22 else -15.0
        bx, by = point(index, r + shift)
        shown = truncate(value_text, 40, _RADAR_VALUE_SIZE)
        badge = text_width(shown, _RADAR_VALUE_SIZE) + 6
        body.append(
            _el(
                "rect",
                {
                    "x": bx - badge / 2,
                    "y": by - 6.5,
                    "width": badge,
                    "height": 12.0,
                    "rx": 2.0,
                    "fill": "#fff",
                    "stroke": MID,
                    "stroke-width": 0.5,
                },
            )
        )
        body.append(
            _text(bx, by + 3.4, shown, size=_RADAR_VALUE_SIZE, anchor="middle", cls="value")
        )

    # Axis labels outside the outer ring. The block of lines is placed by the spoke's direction
    # (left of the point on the left side, above it at the top, and so on) so that every label
    # grows away from the chart, whatever the number of axes.
    left_edge, right_edge = -WIDTH / 2, WIDTH / 2
    top_edge, bottom_edge = -_RADAR_R - 4, _RADAR_R + 4
    for index, (label, _, _) in enumerate(axes):
        bold = label in flagged
        badge = 14.0 if bold else 0.0
        lines = wrap(label, _RADAR_LABEL_WIDTH - badge, _RADAR_LABEL_SIZE, bold=bold)
        block_w = badge + max(text_width(line, _RADAR_LABEL_SIZE, bold=bold) for line in lines)
        block_h = len(lines) * _RADAR_LABEL_LINE
        cos_a, sin_a = math.cos(angle(index)), math.sin(angle(index))
        ax, ay = (_RADAR_R + 10) * cos_a, (_RADAR_R + 10) * sin_a
        left = ax - block_w * (1 - cos_a) / 2
        top = ay - block_h * (1 - sin_a) / 2
        # Lines align towards the chart: right-aligned on the left side, centred at the top
        # and bottom, left-aligned on the right side.
        share = 0.5 if abs(cos_a) < 0.3 else (1.0 if cos_a < 0 else 0.0)
        for number, line in enumerate(lines):
            line_w = text_width(line, _RADAR_LABEL_SIZE, bold=bold)
            line_left = left + badge + (block_w - badge - line_w) * share
            line_top = top + number * _RADAR_LABEL_LINE
            if bold and number == 0:
                cy = line_top + _RADAR_LABEL_LINE / 2
                body.append(
                    _el(
                        "circle",
                        {"cx": line_left - 8.5, "cy": cy, "r": 5.5, "fill": INK, "class": "flag"},
                    )
                )
                body.append(
                    _text(
                        line_left - 8.5,
                        cy + 3.5,
                        "!",
                        size=9,
                        bold=True,
                        anchor="middle",
                        fill="#fff",
                    )
                )
            body.append(
                _text(
                    line_left,
                    line_top + _RADAR_LABEL_SIZE * 0.82,
                    line,
                    size=_RADAR_LABEL_SIZE,
                    bold=bold,
                    fill="#000",
                    cls="axis-label",
                )
            )
        left_edge = min(left_edge, left - 4)
        right_edge = max(right_edge, left + block_w + 4)
        top_edge = min(top_edge, top - 4)
        bottom_edge = max(bottom_edge, top + block_h + 4)
    return _svg(left_edge, top_edge, right_edge - left_edge, bottom_edge - top_edge, body, "radar")


# --------------------------------------------------------------------------------------------
# Horizontal bars (competence distribution)
# --------------------------------------------------------------------------------------------

_BAR_ROW = 17.0
_BAR_HEIGHT = 11.0
_LABEL_SIZE = 10.0
_VALUE_SIZE = 9.5


def hbars(rows: Sequence[tuple[str, float, str]], *, max_value: float | None = None) -> str:
    """Draw one horizontal bar per row, e.g. how many people sit at each level A1..C2.

    A single series needs no legend; each bar carries its number at its end, so the chart
    reads without a scale and survives grey printing. Bars are scaled to `max_value` (the
    largest value by default) so several charts can share one scale when the caller wants.

    Args:
        rows: ``(label, value, value_text)`` per bar, top to bottom; negative values count as 0.
        max_value: Value of a full-width bar; defaults to the largest value. Zero everywhere
            draws empty bars.

    Returns:
        The SVG markup.
    """
    values = [max(_finite(value), 0.0) for _, value, _ in rows]
    top = max(values, default=0.0) if max_value is None else max(_finite(max_value), 0.0)
    label_w = min(
        max((text_width(label[:80], _LABEL_SIZE) for label, _, _ in rows), default=0.0), 200.0
    )
    value_w = max(
        [text_width(text[:80], _VALUE_SIZE) for _, _, text in rows] + [20.0],
    )
    x0 = label_w + 10
    x1 = WIDTH - min(value_w, 120.0) - 8
    height = len(rows) * _BAR_ROW + 8
    body: list[str] = []
    for index, ((label, _, value_text), value) in enumerate(zip(rows, values, strict=True)):
        y = 4 + index * _BAR_ROW
        middle = y + _BAR_ROW / 2
        body.append(
            _text(
                x0 - 6,
                middle + 3.6,
                truncate(label, label_w, _LABEL_SIZE),
                size=_LABEL_SIZE,
                anchor="end",
                cls="label",
            )
        )
        length = (x1 - x0) * min(value / top, 1.0) if top > 0 else 0.0
        if length > 0:
            body.append(
                _el(
                    "rect",
                    {
                        "x": x0,
                        "y": middle - _BAR_HEIGHT / 2,
                        "width": length,
                        "height": _BAR_HEIGHT,
                        "fill": MID,
                        "stroke": INK,
                        "stroke-width": 0.8,
                        "class": "bar",
                    },
                )
            )
        body.append(
            _text(
                x0 + length + 4,
                middle + 3.4,
                truncate(value_text, 120, _VALUE_SIZE),
                size=_VALUE_SIZE,
                cls="value",
            )
        )
    # The zero line: shows where an empty bar would start.
    body.append(_el("line", {"x1": x0, "y1": 2.0, "x2": x0, "y2": height - 2, "stroke": INK}))
    return _svg(0, 0, WIDTH, height, body, "hbars")


# --------------------------------------------------------------------------------------------
# Workload per person
# --------------------------------------------------------------------------------------------

_WL_NAME_MAX = 180.0
_WL_BAR = 8.0
_WL_PITCH = 10.0
_WL_GAP = 9.0
_WL_LEGEND = 22.0
_WL_VALUE_W = 62.0
_HATCH_ID = "ictw-workload-target"
_OVER_ID = "ictw-workload-over"

_WORKLOAD_DEFS = (
    "<defs>"
    # Target: mid grey with dark diagonal lines, so it differs from "now" by texture too.
    f'<pattern id="{_HATCH_ID}" width="4" height="4" patternUnits="userSpaceOnUse">'
    '<rect width="4" height="4" fill="#a8a8a8"/>'
    '<path d="M-1,1 l2,-2 M0,4 l4,-4 M3,5 l2,-2" stroke="#333" stroke-width="0.8"/>'
    "</pattern>"
    # Overflow: heavy black stripes on white, the visual "too much" that prints in any grey.
    f'<pattern id="{_OVER_ID}" width="6" height="6" patternUnits="userSpaceOnUse">'
    '<rect width="6" height="6" fill="#fff"/>'
    '<path d="M-1.5,1.5 l3,-3 M0,6 l6,-6 M4.5,7.5 l3,-3" stroke="#000" stroke-width="2"/>'
    "</pattern>"
    "</defs>"
)


def _hours(value: float, unit: str) -> str:
    """Format hours as the signature promises: `:g`, a decimal comma when the unit is "u"."""
    number = f"{value:g}"
    if unit == "u":
        number = number.replace(".", ",")
    return f"{number} {unit}" if unit else number


def workload(
    rows: Sequence[tuple[str, float, float, float | None]],
    *,
    legend: tuple[str, str, str],
    unit: str,
) -> str:
    """Draw, per person, the hours they have next to the hours assigned now and in the target.

    "Available" is an empty outline: it is the frame the other bars should fit in. "Now" is
    solid dark and "target" hatched mid grey, so the two differ in print by texture as well as
    shade. Hours beyond what a person has are drawn as heavy black stripes and the number is
    bold: overload is the first thing an ICT-team must see, on any printer.

    Args:
        rows: ``(name, available, assigned_now, assigned_target)`` per person; the target may
            be None (no target bar for that person).
        legend: Labels for available, now and target, in the report's language.
        unit: Appended to every number, e.g. "u"; with "u" decimals get a comma (Dutch).

    Returns:
        The SVG markup.
    """
    has_target = any(target is not None for *_, target in rows)
    scale_max = 0.0
    for _, available, now, target in rows:
        for value in (available, now, target):
            if value is not None:
                scale_max = max(scale_max, _finite(value))
    # The name column is as wide as the longest name needs, within limits, so the bars keep
    # most of the width.
    name_w = min(
        max((text_width(name[:80], _LABEL_SIZE) for name, *_ in rows), default=0.0) + 2,
        _WL_NAME_MAX,
    )
    name_w = max(name_w, 60.0)
    x0 = name_w + 8
    x1 = WIDTH - _WL_VALUE_W

    def length(value: float) -> float:
        return (x1 - x0) * max(_finite(value), 0.0) / scale_max if scale_max > 0 else 0.0

    body: list[str] = [_WORKLOAD_DEFS]

    # Legend at the top, in the same shapes as the bars.
    swatches: list[tuple[str, dict[str, Attr | None]]] = [
        (legend[0], {"fill": "#fff", "stroke": INK, "stroke-width": 0.8}),
        (legend[1], {"fill": INK}),
    ]
    if has_target:
        swatches.append(
            (legend[2], {"fill": f"url(#{_HATCH_ID})", "stroke": INK, "stroke-width": 0.5})
        )
    x = x0
    for label, style in swatches:
        shown = truncate(label, 150, _LABEL_SIZE)
        body.append(
            _el("rect", {"x": x, "y": 5.0, "width": 16.0, "height": 9.0, **style, "class": "key"})
        )
        body.append(_text(x + 21, 13.5, shown, size=_LABEL_SIZE, cls="legend"))
        x += 21 + text_width(shown, _LABEL_SIZE) + 18

    y = _WL_LEGEND + 4
    for name, available, now, target in rows:
        available = max(_finite(available), 0.0)
        bars: list[tuple[float, dict[str, Attr | None]]] = [
            (available, {"fill": "#fff", "stroke": INK, "stroke-width": 0.8}),
            (now, {"fill": INK}),
        ]
        if target is not None:
            bars.append(
                (target, {"fill": f"url(#{_HATCH_ID})", "stroke": INK, "stroke-width": 0.5})
            )
        group_h = len(bars) * _WL_PITCH - (_WL_PITCH - _WL_BAR)
        group: list[str] = [
            _text(
                name_w,
                y + group_h / 2 + 3.6,
                truncate(name, name_w - 2, _LABEL_SIZE),
                size=_LABEL_SIZE,
                anchor="end",
                cls="name",
            )
        ]
        limit = length(available)
        for index, (value, style) in enumerate(bars):
            value = max(_finite(value), 0.0)
            top = y + index * _WL_PITCH
            full = length(value)
            over = index > 0 and value > available + 1e-9
            within = min(full, limit) if over else full
            if within > 0:
                group.append(
                    _el(
                        "rect",
                        {"x": x0, "y": top, "width": within, "height": _WL_BAR, **style},
                    )
                )
            if over:
                group.append(
                    _el(
                        "rect",
                        {
                            "x": x0 + within,
                            "y": top,
                            "width": max(full - within, 1.5),
                            "height": _WL_BAR,
                            "fill": f"url(#{_OVER_ID})",
                            "stroke": "#000",
                            "stroke-width": 1.0,
                            "class": "overflow",
                        },
                    )
                )
            group.append(
                _text(
                    x0 + full + 4,
                    top + _WL_BAR - 0.8,
                    _hours(value, unit),
                    size=9,
                    bold=over,
                    fill="#000" if over else INK,
                    cls="value over" if over else "value",
                )
            )
        body.append(
            _el("g", {"class": "person", "data-name": _clean(name)})[:-2]
            + ">"
            + "".join(group)
            + "</g>"
        )
        y += group_h + _WL_GAP
    body.append(
        _el(
            "line", {"x1": x0, "y1": _WL_LEGEND + 1, "x2": x0, "y2": y - _WL_GAP + 3, "stroke": INK}
        )
    )
    return _svg(0, 0, WIDTH, y - _WL_GAP + 6, body, "workload")


# --------------------------------------------------------------------------------------------
# Timeline of the action plan
# --------------------------------------------------------------------------------------------

_TL_LABEL_W = 196.0
_TL_HEADER = 18.0
_TL_GROUP = 15.0
_TL_ROW = 12.0
_TL_BAR = 7.0
_TL_MIN_MARK = 3.0


def _quarter_start(day: date) -> date:
    """First day of the calendar quarter that contains `day`."""
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _add_quarters(day: date, count: int) -> date:
    """First day of the quarter `count` quarters after the quarter starting on `day`."""
    months = day.year * 12 + day.month - 1 + 3 * count
    return date(months // 12, months % 12 + 1, 1)


def timeline(
    items: Sequence[tuple[str, str, date, date]],
    *,
    start: date,
    quarters: int,
    quarter_labels: Sequence[str],
) -> str:
    """Draw the action plan as a Gantt-like timeline with one column per quarter.

    A school plans in quarters and school years, not in days, so the grid is quarters and
    bars are placed to the day inside them. Phases get a heading row instead of a colour; end
    dates count inclusively (an action "until 31 March" fills the first quarter). Actions
    outside the visible range get an arrow at the edge instead of silently disappearing.

    Args:
        items: ``(group, title, begin, end)`` in display order; `group` is the phase name.
        start: Any day in the first quarter to show.
        quarters: Number of quarter columns.
        quarter_labels: One label per column, e.g. "K1 2027".

    Returns:
        The SVG markup.
    """
    quarters = max(quarters, 1)
    first = _quarter_start(start)
    bounds = [_add_quarters(first, k) for k in range(quarters + 1)]
    x0 = _TL_LABEL_W + 6
    x1 = WIDTH - 4
    column = (x1 - x0) / quarters

    def position(day: date) -> float:
        if day <= bounds[0]:
            return x0
        if day >= bounds[-1]:
            return x1
        k = (day.year - first.year) * 4 + (day.month - 1) // 3 - (first.month - 1) // 3
        days = (bounds[k + 1] - bounds[k]).days
        return x0 + (k + (day - bounds[k]).days / days) * column

    rows_h = 0.0
    previous: str | None = None
    for group, *_ in items:
        if group != previous:
            rows_h += _TL_GROUP
            previous = group
        rows_h += _TL_ROW
    height = _TL_HEADER + rows_h + 4

    body: list[str] = []
    # Columns: every other quarter shaded, a heavier line where a calendar year starts.
    for k in range(quarters):
        if k % 2 == 1:
            body.append(
                _el(
                    "rect",
                    {
                        "x": x0 + k * column,
                        "y": 0.0,
                        "width": column,
                        "height": height,
                        "fill": "#f0f0f0",
                    },
                )
            )
    for k in range(quarters + 1):
        year_start = bounds[k].month == 1
        body.append(
            _el(
                "line",
                {
                    "x1": x0 + k * column,
                    "y1": 0.0 if year_start else 3.0,
                    "x2": x0 + k * column,
                    "y2": height,
                    "stroke": MID if year_start else LIGHT,
                    "stroke-width": 1.0 if year_start else 0.6,
                },
            )
        )
    for k in range(quarters):
        label = quarter_labels[k] if k < len(quarter_labels) else ""
        lines = wrap(label, column - 4, 9, bold=True, max_lines=2)
        if len(lines) == 1:
            baselines = [_TL_HEADER - 6]
        else:
            baselines = [_TL_HEADER - 11, _TL_HEADER - 2.5]
            lines = lines[:2]
        size = 9.0 if len(lines) == 1 else 8.0
        for baseline, line in zip(baselines, lines, strict=False):
            body.append(
                _text(
                    x0 + (k + 0.5) * column,
                    baseline,
                    line,
                    size=size,
                    bold=True,
                    anchor="middle",
                    cls="quarter",
                )
            )
    body.append(
        _el("line", {"x1": 0.0, "y1": _TL_HEADER, "x2": WIDTH, "y2": _TL_HEADER, "stroke": INK})
    )

    y = _TL_HEADER
    previous = None
    for group, title, begin, end in items:
        if group != previous:
            previous = group
            body.append(
                _el(
                    "rect",
                    {
                        "x": 0.0,
                        "y": y + 2,
                        "width": WIDTH,
                        "height": _TL_GROUP - 2,
                        "fill": PALE,
                        "class": "group",
                    },
                )
            )
            body.append(
                _text(
                    3,
                    y + _TL_GROUP - 3.5,
                    truncate(group, WIDTH - 6, 9.5, bold=True),
                    size=9.5,
                    bold=True,
                    fill="#000",
                    cls="group-title",
                )
            )
            y += _TL_GROUP
        middle = y + _TL_ROW / 2
        body.append(
            _text(
                10,
                middle + 3.2,
                truncate(title, _TL_LABEL_W - 12, 9),
                size=9,
                cls="title",
            )
        )
        exclusive = end + timedelta(days=1) if end < date.max else end
        if end < begin:
            exclusive = begin
        if exclusive <= bounds[0] or begin >= bounds[-1]:
            # Outside the range: an arrow at the edge the action lies beyond.
            tip = x0 + 1 if exclusive <= bounds[0] else x1 - 1
            back = tip + 6 if exclusive <= bounds[0] else tip - 6
            body.append(
                _el(
                    "polygon",
                    {
                        "points": f"{_f(tip)},{_f(middle)} {_f(back)},{_f(middle - 3.5)} "
                        f"{_f(back)},{_f(middle + 3.5)}",
                        "fill": INK,
                        "class": "offrange",
                    },
                )
            )
        else:
            left = position(max(begin, bounds[0]))
            right = position(min(exclusive, bounds[-1]))
            if right - left < _TL_MIN_MARK:
                left = min(left, x1 - _TL_MIN_MARK)
                right = left + _TL_MIN_MARK
            body.append(
                _el(
                    "rect",
                    {
                        "x": left,
                        "y": middle - _TL_BAR / 2,
                        "width": right - left,
                        "height": _TL_BAR,
                        "fill": "#666",
                        "stroke": INK,
                        "stroke-width": 0.6,
                        "class": "bar",
                    },
                )
            )
        y += _TL_ROW
    return _svg(0, 0, WIDTH, height, body, "timeline")


# --------------------------------------------------------------------------------------------
# Organogram of the target team
# --------------------------------------------------------------------------------------------

_ORG_TITLE_W = 96.0
_ORG_PER_ROW = 4
_ORG_GAP = 8.0
_ORG_PAD = 7.0
_ORG_LEVEL_GAP = 22.0
_ORG_ROLE_SIZE = 9.5
_ORG_PEOPLE_SIZE = 9.0
_ORG_LINE = 11.0
_ORG_CORE = 3


def organogram(
    levels: Sequence[tuple[str, Sequence[tuple[str, str]]]], *, core: Sequence[int] | None = None
) -> str:
    """Draw the target team: one band per level, a box per role, lines between the levels.

    The first three boxes of a level are the core triangle directie – TICT – PICT and get a
    thick border: the report's main message is that these three carry ICT together. Role and
    people are wrapped inside the box (long names are cut with "…") so the boxes never
    overlap, and more than four roles wrap to a second row to keep the text legible.

    Args:
        levels: ``(level_title, [(role_title, people_text), ...])`` from top to bottom;
            `people_text` may be "—" or several names.
        core: Per level, how many leading boxes belong to the core triangle (default 3); a
            level without directie, TICT or PICT should not get thick borders.

    Returns:
        The SVG markup.
    """
    x0 = _ORG_TITLE_W + 8
    area = WIDTH - x0 - 4
    box_w = (area - (_ORG_PER_ROW - 1) * _ORG_GAP) / _ORG_PER_ROW
    inner_w = box_w - 10

    body: list[str] = []
    connectors: list[str] = []
    above: list[tuple[float, float]] = []
    y = 4.0
    for level_index, (level_title, roles) in enumerate(levels):
        core_count = core[level_index] if core is not None else _ORG_CORE
        title_lines = wrap(level_title, _ORG_TITLE_W - 8, 10.5, bold=True, max_lines=4)
        texts = [
            (
                wrap(role, inner_w, _ORG_ROLE_SIZE, bold=True, max_lines=2),
                wrap(people or "—", inner_w, _ORG_PEOPLE_SIZE, max_lines=3),
            )
            for role, people in roles
        ]
        rows = [texts[i : i + _ORG_PER_ROW] for i in range(0, len(texts), _ORG_PER_ROW)]
        row_heights = [
            max(6 + len(r) * _ORG_LINE + 3 + len(p) * _ORG_LINE + 2 for r, p in row) for row in rows
        ]
        content_h = sum(row_heights) + _ORG_GAP * max(len(rows) - 1, 0)
        band_h = max(content_h, len(title_lines) * 13.0) + 2 * _ORG_PAD
        body.append(
            _el(
                "rect",
                {
                    "x": 0.0,
                    "y": y,
                    "width": WIDTH,
                    "height": band_h,
                    "rx": 4.0,
                    "fill": "#efefef",
                    "class": "level",
                },
            )
        )
        for number, line in enumerate(title_lines):
            body.append(
                _text(
                    7,
                    y + _ORG_PAD + 10 + number * 13,
                    line,
                    size=10.5,
                    bold=True,
                    fill="#000",
                    cls="level-title",
                )
            )
        top = y + _ORG_PAD
        tops: list[tuple[float, float]] = []
        last_row: list[tuple[float, float]] = []  # (left, right) of the boxes in the last row
        for row_index, (row, row_h) in enumerate(zip(rows, row_heights, strict=True)):
            row_w = len(row) * box_w + (len(row) - 1) * _ORG_GAP
            left = x0 + (area - row_w) / 2
            for col, (role_lines, people_lines) in enumerate(row):
                index = row_index * _ORG_PER_ROW + col
                is_core = index < core_count
                bx = left + col * (box_w + _ORG_GAP)
                body.append(
                    _el(
                        "rect",
                        {
                            "x": bx,
                            "y": top,
                            "width": box_w,
                            "height": row_h,
                            "rx": 3.0,
                            "fill": "#fff",
                            "stroke": INK if is_core else MID,
                            "stroke-width": 2.2 if is_core else 0.8,
                            "class": "role core" if is_core else "role",
                        },
                    )
                )
                line_y = top + 4 + _ORG_LINE - 2
                for line in role_lines:
                    body.append(
                        _text(
                            bx + 5,
                            line_y,
                            line,
                            size=_ORG_ROLE_SIZE,
                            bold=True,
                            fill="#000",
                            cls="role-title",
                        )
                    )
                    line_y += _ORG_LINE
                line_y += 3
                for line in people_lines:
                    body.append(_text(bx + 5, line_y, line, size=_ORG_PEOPLE_SIZE, cls="people"))
                    line_y += _ORG_LINE
                if row_index == 0:
                    tops.append((bx + box_w / 2, top))
                if row_index == len(rows) - 1:
                    last_row.append((bx, bx + box_w))
            top += row_h + _ORG_GAP
        # A trunk from the band above (the level as a whole, not one of its boxes) down to a
        # bus line in the gap, and from the bus a stub to each box of this level's first row.
        if level_index > 0 and tops:
            bus_y = y - _ORG_LEVEL_GAP / 2
            trunk = _free_x(x0 + area / 2, above)
            xs = [x for x, _ in tops] + [trunk]
            connectors.append(_connector(trunk, y - _ORG_LEVEL_GAP, trunk, bus_y))
            connectors.append(_connector(min(xs), bus_y, max(xs), bus_y))
            for x, box_top in tops:
                connectors.append(_connector(x, bus_y, x, box_top))
        above = last_row
        y += band_h + _ORG_LEVEL_GAP
    height = max(y - _ORG_LEVEL_GAP + 4, 10.0)
    # Connectors last, so the bands do not cover them; they run through the gaps and end at box
    # edges, so they never cross a box's text.
    return _svg(0, 0, WIDTH, height, body + connectors, "organogram")


def _free_x(centre: float, boxes: Sequence[tuple[float, float]]) -> float:
    """The x nearest `centre` that is not under a box, for the trunk leaving a level's band.

    A trunk that starts right under one box would read as "this level hangs under that role";
    starting it in a gap keeps it the link between two levels.
    """
    options = [centre]
    for (_, right), (left, _) in pairwise(boxes):
        options.append((right + left) / 2)
    if boxes:
        options += [boxes[0][0] - 14, boxes[-1][1] + 14]
    free = [x for x in options if all(not (left - 3 < x < right + 3) for left, right in boxes)]
    return min(free, key=lambda x: (abs(x - centre), x))


def _connector(x1: float, y1: float, x2: float, y2: float) -> str:
    """A connector line of the organogram."""
    return _el(
        "line",
        {
            "x1": x1,
            "y1": y1,
            "x2": x2,
            "y2": y2,
            "stroke": INK,
            "stroke-width": 1.2,
            "class": "connector",
        },
    )
