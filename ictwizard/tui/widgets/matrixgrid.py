"""A read-only grid that draws only the cells on screen: rows × columns of any size.

Textual's DataTable renders every cell of each visible line, also those scrolled out of view
sideways; a scholengroep overview of 67 tasks × 40 schools then takes most of a second per key.
This grid formats only the visible rows and columns (about 35 × 10), keeps the first column and
the first rows in place while scrolling, and moves a cell cursor with the arrow keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

_HEADER = Style(bold=True, underline=True)
_FIXED = Style(bold=True)
_CURSOR = Style(reverse=True)
_SELECTED_ROW = Style(bold=True)
_GAP = Segment(" ")


@dataclass(frozen=True)
class Cell:
    """What one cell shows, already worded; `align` is "left", "right" or "center"."""

    text: str
    style: str = ""
    align: str = "left"


@dataclass(frozen=True)
class Column:
    """A column's key (for events), its header label and its width in cells."""

    key: str
    label: str
    width: int


Row = tuple[str, list[Cell]]
"""A row's key (for events) and its cells, one per column."""


class MatrixGrid(Widget, can_focus=True):
    """Columns and rows; the first column and the `fixed` rows stay put while scrolling."""

    DEFAULT_CSS = """
    MatrixGrid { height: 1fr; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1, 0)", show=False),
        Binding("down", "move(1, 0)", show=False),
        Binding("left", "move(0, -1)", show=False),
        Binding("right", "move(0, 1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "edge(-1)", show=False),
        Binding("end", "edge(1)", show=False),
        Binding("enter", "select", show=False),
    ]

    class Selected(Message):
        """Enter (or a click) on a cell."""

        def __init__(self, row_key: str, column_key: str) -> None:
            super().__init__()
            self.row_key = row_key
            self.column_key = column_key

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns: list[Column] = []
        self.fixed: list[Row] = []
        self.rows: list[Row] = []
        self.cursor_row = 0
        self.cursor_column = 1
        self._top = 0
        self._left = 1
        self._row_index: dict[str, int] = {}
        self._column_index: dict[str, int] = {}

    # -- data -------------------------------------------------------------------------------

    def set_data(self, columns: list[Column], fixed: list[Row], rows: list[Row]) -> None:
        """Show new data; the cursor stays on the same row and column keys where they remain."""
        row_key = self.rows[self.cursor_row][0] if self.rows else None
        column_key = self.columns[self.cursor_column].key if self.columns else None
        self.columns, self.fixed, self.rows = columns, fixed, rows
        self._row_index = {key: index for index, (key, _) in enumerate(rows)}
        self._column_index = {column.key: index for index, column in enumerate(columns)}
        self.cursor_row = self._row_index.get(row_key or "", min(self.cursor_row, len(rows) - 1))
        self.cursor_column = self._column_index.get(
            column_key or "", min(self.cursor_column, len(columns) - 1)
        )
        self.cursor_row, self.cursor_column = max(0, self.cursor_row), max(0, self.cursor_column)
        self._keep_cursor_visible()
        self.refresh()

    def cell(self, row_key: str, column_key: str) -> Cell:
        """The cell of a row (data or fixed) and column, by key."""
        row = next(cells for key, cells in [*self.fixed, *self.rows] if key == row_key)
        return row[self._column_index[column_key]]

    def move_to(self, row_key: str, column_key: str) -> None:
        """Put the cursor on a cell, by key."""
        self.cursor_row = self._row_index[row_key]
        self.cursor_column = self._column_index[column_key]
        self._keep_cursor_visible()
        self.refresh()

    @property
    def cursor_keys(self) -> tuple[str, str] | None:
        """Row and column key under the cursor."""
        if not self.rows or not self.columns:
            return None
        return self.rows[self.cursor_row][0], self.columns[self.cursor_column].key

    # -- drawing ----------------------------------------------------------------------------

    @property
    def _body_height(self) -> int:
        return max(1, self.size.height - 1 - len(self.fixed))

    def _visible_columns(self) -> list[int]:
        """The first column, then as many from `_left` on as fit the width."""
        if not self.columns:
            return []
        shown, used = [0], self.columns[0].width + 1
        for index in range(max(1, self._left), len(self.columns)):
            used += self.columns[index].width + 1
            if used > self.size.width and len(shown) > 1:
                break
            shown.append(index)
        return shown

    def render_line(self, y: int) -> Strip:
        """One screen line: the header, a fixed row, or a data row."""
        shown = self._visible_columns()
        if y == 0:
            segments = [
                seg
                for index in shown
                for seg in (self._format(self.columns[index].label, index, "left", _HEADER), _GAP)
            ]
            return Strip(segments).crop(0, self.size.width)
        if y <= len(self.fixed):
            cells = self.fixed[y - 1][1]
            return self._strip(cells, shown, None)
        index = self._top + y - 1 - len(self.fixed)
        if index >= len(self.rows):
            return Strip.blank(self.size.width)
        return self._strip(self.rows[index][1], shown, index)

    def _strip(self, cells: list[Cell], shown: list[int], row: int | None) -> Strip:
        segments = []
        for column in shown:
            cell = cells[column] if column < len(cells) else Cell("")
            style = Style.parse(cell.style) if cell.style else Style()
            if row is None:
                style += _FIXED
            elif row == self.cursor_row and column == self.cursor_column and self.has_focus:
                style += _CURSOR
            elif row == self.cursor_row and column == 0:
                style += _SELECTED_ROW
            segments += [self._format(cell.text, column, cell.align, style), _GAP]
        return Strip(segments).crop(0, self.size.width)

    def _format(self, text: str, column: int, align: str, style: Style) -> Segment:
        width = self.columns[column].width
        fitted = set_cell_size(text, width)
        if cell_len(text) > width and width > 1:
            fitted = set_cell_size(text, width - 1) + "…"
        elif align == "right":
            fitted = fitted.rstrip().rjust(width)
        elif align == "center":
            fitted = fitted.rstrip().center(width)
        return Segment(fitted, style)

    # -- moving -----------------------------------------------------------------------------

    def _keep_cursor_visible(self) -> None:
        height = self._body_height
        if self.cursor_row < self._top:
            self._top = self.cursor_row
        elif self.cursor_row >= self._top + height:
            self._top = self.cursor_row - height + 1
        self._top = max(0, min(self._top, max(0, len(self.rows) - height)))
        if self.cursor_column >= 1:
            if self.cursor_column < self._left:
                self._left = self.cursor_column
            while self.cursor_column not in self._visible_columns() and self._left < len(
                self.columns
            ):
                self._left += 1

    def action_move(self, rows: int, columns: int) -> None:
        """Arrow keys: one cell."""
        if not self.rows:
            return
        self.cursor_row = max(0, min(len(self.rows) - 1, self.cursor_row + rows))
        self.cursor_column = max(0, min(len(self.columns) - 1, self.cursor_column + columns))
        self._keep_cursor_visible()
        self.refresh()

    def action_page(self, direction: int) -> None:
        """Page up / down: a screen of rows."""
        self.action_move(direction * self._body_height, 0)

    def action_edge(self, direction: int) -> None:
        """Home / End: the first or last column."""
        self.action_move(0, direction * len(self.columns))

    def action_select(self) -> None:
        """Enter: tell the parent which cell was chosen."""
        keys = self.cursor_keys
        if keys is not None:
            self.post_message(self.Selected(*keys))

    def on_click(self, event: events.Click) -> None:
        """A click puts the cursor on the cell; a second click selects it, like Enter."""
        row = self._top + event.y - 1 - len(self.fixed)
        x, column = 0, None
        for index in self._visible_columns():
            if x <= event.x < x + self.columns[index].width + 1:
                column = index
                break
            x += self.columns[index].width + 1
        if column is None or not 0 <= row < len(self.rows):
            return
        again = (row, column) == (self.cursor_row, self.cursor_column)
        self.cursor_row, self.cursor_column = row, column
        self.refresh()
        if again:
            self.action_select()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        """The wheel scrolls three rows."""
        self._scroll(3)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        """The wheel scrolls three rows."""
        self._scroll(-3)

    def _scroll(self, rows: int) -> None:
        self._top = max(0, min(self._top + rows, max(0, len(self.rows) - self._body_height)))
        self.refresh()

    def on_focus(self) -> None:
        """The cursor cell shows only while the grid has the keyboard."""
        self.refresh()

    def on_blur(self) -> None:
        """The cursor cell shows only while the grid has the keyboard."""
        self.refresh()

    def on_resize(self) -> None:
        """A new size shows more or fewer rows and columns: keep the cursor in view."""
        self._keep_cursor_visible()
