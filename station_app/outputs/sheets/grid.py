"""The form grid (label | value pairs) and how it breaks across pages: a text taller than the page
continues under its label marked （续）; other rows move whole."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from station_app.outputs.sheets.cells import (
    LINE,
    PAD,
    SHADE,
    MinHeight,
    Stack,
    Styles,
    cell,
    cell_style,
    markup,
)


class Grid(Flowable):
    """A form grid that can break inside a long text row (诉求内容 of 2,000 characters), continuing it
    under the label marked （续） on the next page; other rows move whole."""

    TALL = 300  # points: a row this tall is split at the page end rather than moved whole

    def __init__(self, rows, width, st, cov, label_w):
        super().__init__()
        self.rows, self.args = list(rows), (width, st, cov, label_w)
        self.table = _grid_table(self.rows, width, st, cov, label_w)

    def wrap(self, aw, ah):
        self.width, self.height = self.table.wrap(aw, ah)
        return self.width, self.height

    def draw(self):
        self.table.drawOn(self.canv, 0, 0)

    def split(self, aw, ah):
        self.wrap(aw, ah)
        heights = self.table._rowHeights
        used, k = 0.0, 0
        while k < len(heights) and used + heights[k] <= ah:
            used += heights[k]
            k += 1
        if k >= len(self.rows):
            return []
        row = self.rows[k]
        if len(row) == 1 and heights[k] > self.TALL and isinstance(row[0][1], str):
            halves = self._split_text(row[0], ah - used)
            if halves:
                first, rest = halves
                return [Grid([*self.rows[:k], (first,)], *self.args),
                        Grid([(rest,), *self.rows[k + 1:]], *self.args)]
        if k == 0:
            return []
        return [Grid(self.rows[:k], *self.args), Grid(self.rows[k:], *self.args)]

    def _split_text(self, pair, space):
        width, st, cov, label_w = self.args
        label, value = pair[0], pair[1]
        par = Paragraph(markup(value, cov), st.cell)
        parts = par.split(width - label_w - 2 * PAD, space - 4 - 5 - 1)  # less the grid's cell padding
        if len(parts) < 2:
            return None
        return (label, parts[0]), (f"{label}（续）", parts[1])


def _grid_table(rows, width: float, st: Styles, cov, label_w: float) -> Table:
    value_w = (width - 2 * label_w) / 2
    cmds = cell_style(st, [("GRID", (0, 0), (-1, -1), 0.6, LINE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("BACKGROUND", (0, 0), (0, -1), SHADE), ("ALIGN", (0, 0), (0, -1), "CENTER"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])
    data = []
    for r, row in enumerate(rows):
        cells = []
        wide = len(row) == 1
        for pair in row:
            label, value = pair[0], pair[1]
            if len(pair) > 2 and pair[2]:
                inner = value if isinstance(value, Flowable) else (
                    Stack(value) if isinstance(value, list) else Paragraph(markup(value, cov), st.cell))
                par = MinHeight(inner, pair[2])
            else:
                par = cell(value, width - label_w if wide else value_w, st.cell, cov)
            cells += [cell(label, label_w, st.label, cov), par]
        if wide:
            cells += ["", ""]
            cmds.append(("SPAN", (1, r), (3, r)))
        else:
            cmds += [("BACKGROUND", (2, r), (2, r), SHADE), ("ALIGN", (2, r), (2, r), "CENTER")]
        data.append(cells)
    return Table(data, colWidths=[label_w, value_w, label_w, value_w], style=TableStyle(cmds))
