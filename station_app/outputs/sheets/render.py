"""render_sheet: records of one kind → one PDF (every record its own numbered sheet)."""

from __future__ import annotations

from pathlib import Path

from station_app.outputs import Ticker, atomic_path
from station_app.outputs.sheets.engine import Context, render
from station_app.outputs.sheets.fonts import Coverage
from station_app.outputs.sheets.kinds import SheetError
from station_app.outputs.sheets.kinds.roster import months_of_slots
from station_app.outputs.sheets.registry import SPECS
from station_app.services.privacy import allow_unmasked
from station_app.store.models import Station

# Printed pages a record of the kind typically takes (measured on the demo data): the 约 N 页 asked
# about before a big print is estimated from these, without rendering anything.
TYPICAL_PAGES = {"dispute": 12.0, "reception": 1.5, "topic": 1.8, "member": 1.8}


def estimate_pages(kind: str, count: int) -> int:
    """About how many pages *count* records of *kind* print to (at least one per record)."""
    return max(count, round(count * TYPICAL_PAGES.get(kind, 1.0)))


def spec_of(kind: str):
    try:
        return SPECS[kind]
    except KeyError:
        raise SheetError(f"未知的档案类型“{kind}”，可选：{'、'.join(SPECS)}") from None


def station():
    return Station.own_row()


def station_of(records) -> Station | None:
    """The station whose records these all are, when it is a registered one (a county printing a station's
    record names that station on the sheet, with its 全宗号); None for the own station's or a mixed batch."""
    ids = {getattr(r, "station_id", None) for r in records}
    if len(ids) != 1:
        return None
    (sid,) = ids
    own = Station.own_row()
    if sid is None or own is None or sid == own.id:
        return None
    return Station.get_or_none(Station.id == sid)


def make_context(spec, *, unmasked=False, year=None, cov=None, cache=None, station_row=None) -> Context:
    ctx = Context(station_row or station(), unmasked=unmasked, landscape=spec.landscape, scale=spec.scale,
                  cov=cov, year=year)
    if cache is not None:
        ctx.cache = cache
    return ctx


def build_sheets(spec, records, ctx: Context, ticker: Ticker | None = None) -> list:
    sheets = []
    ctx.batch = list(records)
    if spec.number is not None:  # 件号 stored before the first sheet is built, in the records' order
        spec.number(ctx.batch, ctx.year)
    for i, record in enumerate(records):
        ctx.index = i
        sheets.append(spec.build(record, ctx))
        if ticker:
            ticker.check()
    return sheets


def render_records(spec, records, dest, ctx: Context, ticker: Ticker | None = None):
    """Build and lay out *records* into *dest*; returns the sheets and what the render learned."""
    sheets = build_sheets(spec, records, ctx, ticker)
    on_sheet = (lambda i: ticker.step(1, sheets[i].title)) if ticker else None
    state = render(sheets, dest, ctx, on_sheet)
    return sheets, state


def render_sheet(kind: str, ids, path, *, year: int | None = None, unmasked: bool = False,
                 progress=None, cancel=None, coverage: Coverage | None = None) -> Path:
    """Render the records *ids* of *kind* (or all of *year* when ids is None) into the PDF *path*.

    Characters the font lacks are printed as □ and collected in *coverage* (a Coverage) for a warning.
    """
    spec = spec_of(kind)
    records = spec.select(list(ids) if ids is not None else None, year)
    return _render(spec, records, path, year, unmasked, progress, cancel, coverage)


def render_selection(kind: str, ids, path, *, year: int | None = None, unmasked: bool = False,
                     progress=None, cancel=None, coverage: Coverage | None = None) -> Path:
    """The sheets of rows selected on a list page: like render_sheet, except that for the roster the
    ids are duty slots (值班安排) and each month holding one of them is printed."""
    if kind != "roster":
        return render_sheet(kind, ids, path, year=year, unmasked=unmasked, progress=progress, cancel=cancel,
                            coverage=coverage)
    return _render(spec_of(kind), months_of_slots(ids), path, year, unmasked, progress, cancel, coverage)


def _render(spec, records, path, year, unmasked, progress, cancel, coverage) -> Path:
    if not records:
        where = f"{year}年" if year else "所选范围"
        raise SheetError(f"{where}没有可生成“{spec.label}”的记录。")
    if unmasked:  # full ID / phone numbers: administrators only, audited
        allow_unmasked(f"{spec.label}（{len(records)} 份）→ {path}")
    ctx = make_context(spec, unmasked=unmasked, year=year, cov=coverage, station_row=station_of(records))
    ticker = Ticker(len(records), progress, cancel, every=1)
    with atomic_path(path) as tmp:
        render_records(spec, records, str(tmp), ctx, ticker)
    return Path(path)
