"""The report's SVG charts: well-formed, escaped, deterministic, and drawing what they promise."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from ictwizard.report import charts

NS = "{http://www.w3.org/2000/svg}"
SCRIPT = "<script>alert(1)</script>"
AMP = 'A & B "x"'

DOMAINS = [
    ("Visie", 1.67, "1,7"),
    ("Deskundigheid", 2.9, "2,9"),
    ("Inhoud & toepassingen", 3.4, "3,4"),
    ("Infrastructuur", 4.8, "4,8"),
    ("Leiderschap", 2.2, "2,2"),
    ("Samenwerking", 3.0, "3,0"),
]
LEGEND = ("Beschikbaar", "Nu toegewezen", "Streefdoel")
QUARTERS = ["K1 2027", "K2 2027", "K3 2027", "K4 2027"]


def parse(svg: str) -> ET.Element:
    """Parse chart output; the charts are our own output, not untrusted input."""
    return ET.fromstring(svg)  # noqa: S314


def text_of(element: ET.Element) -> str:
    """All text in an element, concatenated as a reader (or a screen reader) would get it."""
    return "".join(element.itertext())


def squash(text: str) -> str:
    """Text without whitespace, to find wrapped text whatever the line breaks."""
    return "".join(text.split())


def by_class(root: ET.Element, tag: str, cls: str) -> list[ET.Element]:
    """Elements of one tag whose class list contains `cls`."""
    return [e for e in root.iter(NS + tag) if cls in e.get("class", "").split()]


def hostile_charts(label: str) -> dict[str, str]:
    """One chart of each kind with `label` in every place where users put text."""
    return {
        "radar": charts.radar([(label, 3, "3,0"), ("Visie", 2, "2,0"), ("Deskundigheid", 4, "4")]),
        "hbars": charts.hbars([(label, 2, "2"), ("A2", 1, "1")]),
        "workload": charts.workload(
            [(label, 4, 5, 3), ("Koen D.", 3, 1, None)], legend=(label, label, label), unit="u"
        ),
        "timeline": charts.timeline(
            [(label, label, date(2027, 1, 1), date(2027, 3, 31))],
            start=date(2027, 1, 1),
            quarters=4,
            quarter_labels=QUARTERS,
        ),
        "organogram": charts.organogram([(label, [(label, label), ("PICT", "Sofie D.")])]),
    }


ALL_KINDS = ["radar", "hbars", "workload", "timeline", "organogram"]


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_chart_is_well_formed_svg_with_a_viewbox_and_relative_width(kind: str) -> None:
    root = parse(hostile_charts("Visie")[kind])
    assert root.tag == NS + "svg"
    assert len(root.get("viewBox", "").split()) == 4
    assert root.get("width") == "100%"
    assert root.get("height") is None
    assert "DejaVu Sans" in root.get("font-family", "")


@pytest.mark.parametrize("kind", ALL_KINDS)
@pytest.mark.parametrize("label", [SCRIPT, AMP])
def test_hostile_labels_print_literally_and_never_as_markup(kind: str, label: str) -> None:
    svg = hostile_charts(label)[kind]
    root = parse(svg)
    assert label in text_of(root)
    assert "<script" not in svg
    assert not list(root.iter(NS + "script"))
    assert not list(root.iter("script"))


def test_control_characters_in_names_are_dropped_so_the_svg_stays_parseable() -> None:
    svg = charts.hbars([("Ko\x00en\x1b D.", 1, "1")])
    assert "Koen D." in text_of(parse(svg))


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_the_same_input_gives_the_same_string(kind: str) -> None:
    assert hostile_charts(AMP)[kind] == hostile_charts(AMP)[kind]


def test_radar_with_six_axes_has_six_vertex_labels_five_rings_and_every_axis_label() -> None:
    root = parse(charts.radar(DOMAINS))
    values = [e.text for e in by_class(root, "text", "value")]
    assert values == ["1,7", "2,9", "3,4", "4,8", "2,2", "3,0"]
    assert len(by_class(root, "polygon", "ring")) == 5
    assert [e.text for e in by_class(root, "text", "ring-label")] == ["1", "2", "3", "4", "5"]
    labels = text_of(root)
    for label, _, _ in DOMAINS:
        assert label in labels


def test_radar_flagged_axis_is_bold_and_marked_the_others_are_not() -> None:
    root = parse(charts.radar(DOMAINS, flagged={"Visie"}))
    bold = {e.text for e in by_class(root, "text", "axis-label") if e.get("font-weight") == "bold"}
    assert bold == {"Visie"}
    assert len(by_class(root, "circle", "flag")) == 1
    assert "!" in text_of(root)


def test_radar_clamps_values_outside_the_scale_to_the_rings() -> None:
    low = parse(charts.radar([("A", -3, "x"), ("B", 1, "1"), ("C", 1, "1")]))
    high = parse(charts.radar([("A", 99, "x"), ("B", 1, "1"), ("C", 1, "1")]))
    lowest = parse(charts.radar([("A", 1, "x"), ("B", 1, "1"), ("C", 1, "1")]))
    top = parse(charts.radar([("A", 5, "x"), ("B", 1, "1"), ("C", 1, "1")]))
    score = by_class(low, "polygon", "score")[0].get("points")
    assert score == by_class(lowest, "polygon", "score")[0].get("points")
    assert by_class(high, "polygon", "score")[0].get("points") == (
        by_class(top, "polygon", "score")[0].get("points")
    )


@pytest.mark.parametrize("count", [3, 4, 5, 7, 8])
def test_radar_handles_three_to_eight_axes(count: int) -> None:
    axes = [(f"Domein {i}", 1 + i % 5, f"{1 + i % 5}") for i in range(count)]
    root = parse(charts.radar(axes))
    assert len(by_class(root, "text", "value")) == count
    points = by_class(root, "polygon", "score")[0].get("points", "")
    assert len(points.split()) == count


def test_radar_with_too_few_axes_still_renders() -> None:
    for axes in ([], [("Visie", 2.0, "2")], [("Visie", 2.0, "2"), ("Leiderschap", 4.0, "4")]):
        assert parse(charts.radar(axes)).tag == NS + "svg"


def test_hbars_draws_one_bar_per_row_scaled_to_the_largest() -> None:
    root = parse(charts.hbars([("A1", 2, "2"), ("B1", 4, "4"), ("C2", 1, "1")]))
    widths = [float(e.get("width", "0")) for e in by_class(root, "rect", "bar")]
    assert len(widths) == 3
    assert widths[1] == max(widths)
    assert widths[0] == pytest.approx(widths[1] / 2, abs=0.02)
    assert [e.text for e in by_class(root, "text", "value")] == ["2", "4", "1"]


def test_hbars_with_all_zeros_draws_empty_bars_without_dividing_by_zero() -> None:
    root = parse(charts.hbars([("A1", 0, "0"), ("A2", 0, "0")]))
    assert by_class(root, "rect", "bar") == []
    assert [e.text for e in by_class(root, "text", "value")] == ["0", "0"]
    assert parse(charts.hbars([("A1", 1, "1")], max_value=0)).tag == NS + "svg"
    assert parse(charts.hbars([])).tag == NS + "svg"


def test_hbars_respects_an_explicit_maximum() -> None:
    half = parse(charts.hbars([("A1", 5, "5")], max_value=10))
    full = parse(charts.hbars([("A1", 10, "10")], max_value=10))
    half_w = float(by_class(half, "rect", "bar")[0].get("width", "0"))
    full_w = float(by_class(full, "rect", "bar")[0].get("width", "0"))
    assert half_w == pytest.approx(full_w / 2, abs=0.02)


def test_workload_marks_only_the_overloaded_person() -> None:
    root = parse(
        charts.workload(
            [("Pieter V.", 18, 16.5, 12), ("Dries L.", 8, 9.5, 8), ("Ilse T.", 8, 6, None)],
            legend=LEGEND,
            unit="u",
        )
    )
    people = by_class(root, "g", "person")
    assert [p.get("data-name") for p in people] == ["Pieter V.", "Dries L.", "Ilse T."]
    for person in people:
        overflow = by_class(person, "rect", "overflow")
        bold = [e.text for e in person.iter(NS + "text") if e.get("font-weight") == "bold"]
        if person.get("data-name") == "Dries L.":
            assert len(overflow) == 1
            assert bold == ["9,5 u"]
        else:
            assert overflow == []
            assert bold == []


def test_workload_formats_hours_with_a_decimal_comma_only_for_dutch_units() -> None:
    dutch = text_of(parse(charts.workload([("Ilse", 2.5, 1, 1.5)], legend=LEGEND, unit="u")))
    english = text_of(parse(charts.workload([("Ilse", 2.5, 1, 1.5)], legend=LEGEND, unit="h")))
    for shown in ("2,5 u", "1,5 u", "1 u"):
        assert shown in dutch
    for shown in ("2.5 h", "1.5 h", "1 h"):
        assert shown in english


def test_workload_target_bar_and_legend_appear_only_when_a_target_is_given() -> None:
    with_target = parse(charts.workload([("Ilse", 2, 1, 2)], legend=LEGEND, unit="u"))
    without = parse(charts.workload([("Ilse", 2, 1, None)], legend=LEGEND, unit="u"))
    assert "Streefdoel" in text_of(with_target)
    assert "Streefdoel" not in text_of(without)
    assert len(list(by_class(with_target, "g", "person")[0].iter(NS + "rect"))) == 3
    assert len(list(by_class(without, "g", "person")[0].iter(NS + "rect"))) == 2


def test_workload_grows_with_the_number_of_people_and_survives_zero_hours() -> None:
    def height(count: int) -> float:
        rows = [(f"P{i}", 0.0, 0.0, None) for i in range(count)]
        return float(
            parse(charts.workload(rows, legend=LEGEND, unit="u")).get("viewBox", "").split()[3]
        )

    assert height(8) > height(4) > height(1)
    assert parse(charts.workload([], legend=LEGEND, unit="u")).tag == NS + "svg"


def plan_timeline(items: list[tuple[str, str, date, date]]) -> ET.Element:
    """A four-quarter timeline over 2027."""
    return parse(
        charts.timeline(items, start=date(2027, 2, 14), quarters=4, quarter_labels=QUARTERS)
    )


def test_timeline_draws_one_bar_per_item_and_a_heading_per_group_change() -> None:
    items = [
        ("Voorbereiden", "Intake", date(2027, 1, 1), date(2027, 2, 1)),
        ("Voorbereiden", "Draagvlak", date(2027, 2, 1), date(2027, 5, 1)),
        ("In kaart", "Bevraging", date(2027, 3, 1), date(2027, 4, 1)),
        ("Voorbereiden", "Terugkoppeling", date(2027, 6, 1), date(2027, 7, 1)),
    ]
    root = plan_timeline(items)
    assert len(by_class(root, "rect", "bar")) == 4
    headings = [e.text for e in by_class(root, "text", "group-title")]
    assert headings == ["Voorbereiden", "In kaart", "Voorbereiden"]
    assert len(by_class(root, "rect", "group")) == 3
    assert [e.text for e in by_class(root, "text", "quarter")] == QUARTERS


def test_timeline_places_a_full_quarter_exactly_on_its_column() -> None:
    root = plan_timeline([("Fase", "K2", date(2027, 4, 1), date(2027, 6, 30))])
    bar = by_class(root, "rect", "bar")[0]
    width = float(bar.get("width", "0"))
    x = float(bar.get("x", "0"))
    grid_left = charts.WIDTH - 4 - 4 * width
    assert x == pytest.approx(grid_left + width, abs=0.02)


def test_timeline_clips_items_to_the_visible_quarters() -> None:
    inside = plan_timeline([("F", "Heel 2027", date(2027, 1, 1), date(2027, 12, 31))])
    wider = plan_timeline([("F", "Langer", date(2025, 1, 1), date(2030, 12, 31))])
    full = by_class(inside, "rect", "bar")[0]
    clipped = by_class(wider, "rect", "bar")[0]
    assert clipped.get("x") == full.get("x")
    assert clipped.get("width") == full.get("width")


def test_timeline_items_wholly_outside_the_range_get_an_edge_arrow_not_a_bar() -> None:
    root = plan_timeline(
        [
            ("F", "Vroeger", date(2026, 1, 1), date(2026, 6, 30)),
            ("F", "Later", date(2028, 1, 1), date(2028, 3, 1)),
        ]
    )
    assert by_class(root, "rect", "bar") == []
    assert len(by_class(root, "polygon", "offrange")) == 2
    assert "Vroeger" in text_of(root)
    assert "Later" in text_of(root)


def test_timeline_end_before_begin_is_a_minimal_mark() -> None:
    root = plan_timeline([("F", "Omgekeerd", date(2027, 5, 1), date(2027, 2, 1))])
    bar = by_class(root, "rect", "bar")[0]
    assert 0 < float(bar.get("width", "0")) <= 3.01


def test_timeline_truncates_long_titles_with_an_ellipsis() -> None:
    title = "Een gedeelde pedagogische visie op ICT uitschrijven samen met alle partners " * 2
    root = plan_timeline([("F", title, date(2027, 1, 1), date(2027, 2, 1))])
    shown = by_class(root, "text", "title")[0].text or ""
    assert shown.endswith("…")
    assert title.startswith(shown[:-1])


def test_timeline_grows_with_rows() -> None:
    def height(count: int) -> float:
        items = [("F", f"Actie {i}", date(2027, 1, 1), date(2027, 2, 1)) for i in range(count)]
        return float(plan_timeline(items).get("viewBox", "").split()[3])

    assert height(12) - height(11) == pytest.approx(12, abs=0.5)


ORGANOGRAM = [
    (
        "Scholengroep (SG)",
        [
            ("Directeur met focus op ICT", "Koen D."),
            ("Coördinerend TICT", "Dries L."),
            ("Overkoepelend PICT", "Ilse T."),
            ("Gespecialiseerde TICT", "Pieter V., Hilde W."),
            ("Externe partner", "Tom R."),
        ],
    ),
    (
        "School",
        [
            ("Directeur van de school", "Annelies V."),
            ("TICT van de school", "—"),
            ("PICT van de school", "Sofie D."),
        ],
    ),
]


def test_organogram_draws_one_box_per_role_with_every_person() -> None:
    root = parse(charts.organogram(ORGANOGRAM))
    assert len(by_class(root, "rect", "role")) == 8
    # Wrapped text lands on separate lines; compare without the spaces where lines broke.
    shown = squash(text_of(root))
    for title, roles in ORGANOGRAM:
        assert squash(title) in shown
        for role, people in roles:
            assert squash(role) in shown
            assert squash(people) in shown


def test_organogram_emphasises_the_first_three_boxes_of_each_level() -> None:
    root = parse(charts.organogram(ORGANOGRAM))
    boxes = by_class(root, "rect", "role")
    core = ["core" in box.get("class", "") for box in boxes]
    assert core == [True, True, True, False, False, True, True, True]
    thick = {float(b.get("stroke-width", "0")) for b, c in zip(boxes, core, strict=True) if c}
    thin = {float(b.get("stroke-width", "0")) for b, c in zip(boxes, core, strict=True) if not c}
    assert min(thick) > max(thin)


def test_organogram_wraps_a_fifth_role_to_a_second_row_and_connects_the_levels() -> None:
    root = parse(charts.organogram(ORGANOGRAM))
    tops = sorted({float(b.get("y", "0")) for b in by_class(root, "rect", "role")})
    assert len(tops) == 3  # SG row 1, SG row 2, school row 1
    assert by_class(root, "line", "connector")


def test_organogram_keeps_long_people_lists_inside_the_box() -> None:
    names = ", ".join(f"Leerkracht {i}" for i in range(30))
    root = parse(charts.organogram([("School", [("Ankerpunt", names)])]))
    lines = [e.text or "" for e in by_class(root, "text", "people")]
    assert len(lines) == 3
    assert lines[-1].endswith("…")
    box = by_class(root, "rect", "role")[0]
    for line in lines:
        assert charts.text_width(line, 9) <= float(box.get("width", "0"))


def test_wrap_breaks_at_spaces_and_hyphens_and_splits_words_wider_than_a_line() -> None:
    assert charts.wrap("Directeur met focus op ICT", 60, 10) == ["Directeur", "met focus…"]
    assert charts.wrap("ICT-beleidsplan", 40, 10, max_lines=3)[0] == "ICT-"
    pieces = charts.wrap(SCRIPT, 50, 10, max_lines=10)
    assert "".join(pieces) == SCRIPT
    assert all(charts.text_width(p, 10) <= 50 for p in pieces)
