"""How a ledger is declared: its columns (header, width, value getter, format) and where its rows come from."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import itemgetter

from station_app.services import masking
from station_app.services.fields import Kind, kind_of

# formats: text (short, centred), wrap (long text, left), date, month (yyyy-mm), int, amount, float
_FORMAT_OF_TYPE = {"longtext": "wrap", "date": "date", "int": "int", "amount": "amount"}
_WIDTH_OF_TYPE = {"longtext": 20, "date": 11, "int": 6, "amount": 14, "phone": 13, "id_number": 20}
UUID_HEADER = "记录标识"


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # Excel width units (a Chinese character is about 2)
    get: Callable[[dict], object]
    fmt: str = "text"
    field: str | None = None  # the record field it imports into (None: shown only)
    synonyms: tuple[str, ...] = ()  # other header texts meaning this column in hand-kept sheets
    total: bool = False  # summed in the totals row
    sensitive: str | None = None  # the field's sensitivity class (services.masking): masked unless in full
    role: str | None = None  # import role other than a plain field: "members", "uuid", …
    hidden: bool = False
    printed: bool = True  # on the printed pages; False: kept in the sheet, right of the print area
    lookup: str | None = None  # lookup kind whose values the template offers as a drop-down
    choices: tuple[str, ...] = ()  # fixed values offered as a drop-down
    parse: Callable[[object], object] | None = None  # cell text -> field value on import (e.g. step names)

    @property
    def numeric(self) -> bool:
        return self.fmt in ("int", "amount", "float")


@dataclass(frozen=True)
class Ledger:
    key: str  # CLI key: visits, disputes …
    title: str  # 接待登记台账
    sheet: str  # worksheet name
    columns: tuple[Column, ...]
    load: Callable  # load(start, end, ids) -> (count, iterable of row dicts)
    kind: str | None = None  # record kind (services.fields) for import; None: not importable
    dated: bool = True  # the period filters its rows
    note: str = ""  # a line under the table (e.g. what a figure means)
    extra: dict = field(default_factory=dict)

    def __post_init__(self):
        """A record ledger holds every field its kind exports (services.fields `exported`): a field not placed
        in the declaration is added after it, kept in the sheet right of the print area."""
        if self.kind is None:
            return
        placed = {c.field for c in self.columns if c.field}
        rest = tuple(field_column(self.kind, f.name, _WIDTH_OF_TYPE.get(f.type, 12), printed=False)
                     for f in kind_of(self.kind).fields if f.exported and f.name not in placed)
        if rest:
            object.__setattr__(self, "columns", self.columns + rest)

    @property
    def importable(self) -> bool:
        return self.kind is not None

    @property
    def record_kind(self) -> Kind:
        return kind_of(self.kind)


def _masked(getter, how: str):
    def get(row):
        return masking.mask(how, getter(row))
    return get


def field_column(kind_key: str, name: str, width: float, *, header: str | None = None, fmt: str | None = None,
                 get: Callable | None = None, total: bool = False, synonyms: Iterable[str] = (),
                 parse: Callable | None = None, choices: Iterable[str] = (), printed: bool = True) -> Column:
    """A column showing one record field: label, synonyms, format and masking come from services.fields."""
    f = kind_of(kind_key).field(name)
    label = header or f.label
    syn = tuple(synonyms) + ((f.label,) if label != f.label else ()) + f.synonyms
    return Column(label, width, get or itemgetter(name), fmt or _FORMAT_OF_TYPE.get(f.type, "text"), field=name,
                  synonyms=syn, total=total, sensitive=f.sensitivity, lookup=f.lookup,
                  choices=tuple(choices) or tuple(f.choices or ()), parse=parse, printed=printed)


def shown(header: str, width: float, get: Callable, fmt: str = "text", *, total: bool = False,
          role: str | None = None, synonyms: Iterable[str] = (), printed: bool = True) -> Column:
    """A column that is not a plain record field: shown only, or imported through its *role*."""
    return Column(header, width, get, fmt, total=total, role=role, synonyms=tuple(synonyms), printed=printed)


def uuid_column() -> Column:
    """Hidden, unprinted: lets an exported ledger be re-imported without doubling its records."""
    return Column(UUID_HEADER, 38, itemgetter("uuid"), "text", role="uuid", hidden=True, printed=False)


STATION_HEADER = "工作站"


def station_column(names: dict[int, str]) -> Column:
    """工作站: the record's station, first in a ledger that covers several stations (the county's)."""
    return Column(STATION_HEADER, 16, lambda row: names.get(row.get("station"), ""), "text",
                  synonyms=("所属工作站", "工作站名称"))


def sheet_order(cols: Iterable[Column]) -> list[Column]:
    """Columns as the sheet holds them: the printed ones (the print area, from column A), then those kept for
    the record only, then the hidden ones — each group in declaration order."""
    cols = list(cols)
    return ([c for c in cols if c.printed and not c.hidden] + [c for c in cols if not c.printed and not c.hidden]
            + [c for c in cols if c.hidden])


def bound_columns(ledger: Ledger, unmasked: bool) -> list[Column]:
    """The ledger's columns in sheet order, with personal data masked unless *unmasked*."""
    out = []
    for col in sheet_order(ledger.columns):
        if masking.masks(col.sensitive) and not unmasked:
            col = Column(**{**col.__dict__, "get": _masked(col.get, col.sensitive)})
        out.append(col)
    return out
