"""Import a filled-in ledger: every row checked by the domain rules first; any problem and nothing is saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import station_app.outputs.ledgers.hooks as hooks  # noqa: PLR0402  (not via the package: no cycle)
from station_app.outputs import CancelFn, Cancelled, ProgressFn, Ticker
from station_app.outputs.ledgers.export import ALL_ORDER, LEDGERS, ledger_of
from station_app.outputs.ledgers.fastread import FormulaWithoutValue
from station_app.outputs.ledgers.limits import LimitError, check_limits
from station_app.outputs.ledgers.loaders import member_ids_by_name
from station_app.outputs.ledgers.reader import ImportFileError, SheetRows, open_book, read_ledger
from station_app.outputs.ledgers.report import Duplicate, ImportReport, Problem, clip
from station_app.outputs.ledgers.spec import Ledger
from station_app.services import changes, context, item_numbers, masking
from station_app.services.bulk import insert_links, insert_rows, preload
from station_app.services.errors import ValidationError
from station_app.services.validation import lookup_values, validate
from station_app.store.base import database_proxy
from station_app.store.org import OWN_STATION_ID

_ROLE_KEYS = ("members", "mediators", "planned", "present", "swaps", "parties", "authors", "limit", "follows")


@dataclass
class Pending:
    row: int
    values: dict
    members: list[int] = field(default_factory=list)
    extra: dict = field(default_factory=dict)


class _Rollback(Exception):
    pass


class _Checker:
    """Checks one sheet's rows of one ledger against the domain rules, collecting problems and duplicates."""

    def __init__(self, ledger: Ledger, sheet: SheetRows, report: ImportReport, names: dict[str, int]):
        self.ledger, self.sheet, self.report, self.names = ledger, sheet, report, names
        self.record_kind = ledger.record_kind
        self.kind, self.lookups = preload(self.record_kind)
        model = self.record_kind.model
        self.uuids = {r[0] for r in model.select(model.uuid).tuples()}
        self.key = self.record_kind.natural_key
        self.keys = set()
        if self.key:
            fields = [getattr(model, k) for k in self.key]
            q = model.alive(*fields)
            if "station" in model._meta.fields:  # the own station's: another station's may look the same
                q = q.where(model.station == OWN_STATION_ID)
            self.keys = {tuple(r) for r in q.tuples()}
        self.numbers = hooks.existing_numbers(self.record_kind.key)
        self.filing_nos = hooks.existing_filing_numbers() if self.record_kind.key == "proposal" else set()
        self.swap_reasons = lookup_values("swap_reason") if ledger.kind == "duty_slot" else []
        self.masked_seen: set[str] = set()
        self.item_kind, self.item_date = item_numbers.RECORD_KINDS.get(model, (None, None))
        self.item_taken: set[tuple[int, int]] = set()  # (year, seq) given by earlier rows of this file
        self.roles: dict = {}

    def problem(self, row: int, col_index: int | None, value, reason: str) -> None:
        letter = self.sheet.letter(col_index) if col_index is not None else ""
        header = self.sheet.headers.get(col_index, "") if col_index is not None else ""
        if isinstance(value, str):
            value = clip(value)  # a 400 MB cell is quoted by its first 50 characters
        self.report.problems.append(Problem(self.sheet.sheet, row, letter, header, value, reason))

    def missing_columns(self) -> bool:
        present = {c.field for c in self.sheet.columns.values() if c.field}
        missing = [f.label for f in self.record_kind.fields
                   if f.required and f.default is None and f.name not in present
                   and any(c.field == f.name for c in self.ledger.columns)]
        for label in missing:
            self.problem(self.sheet.header_row, None, None, f"缺少必填列「{label}」")
        return bool(missing)

    def check(self, number: int, cells: list) -> Pending | None:
        data, roles, uuid, where = {}, {}, "", {}
        for i, col in self.sheet.columns.items():
            raw = cells[i] if i < len(cells) else None
            if col.role == "uuid":
                uuid = str(raw or "").strip()
            elif col.role == "item_no":
                roles["item_no"] = (i, raw)
            elif col.role in _ROLE_KEYS:
                roles[col.role] = (i, raw)
            elif col.field:
                where[col.field] = i
                if isinstance(raw, FormulaWithoutValue):
                    self.problem(number, i, raw,
                                 "是没有计算结果的公式，不能导入（请在 Excel 中打开并保存后再导入，或改填数值）")
                    continue
                if raw is None or (isinstance(raw, str) and not raw.strip()):
                    continue
                if masking.masks(col.sensitive) and isinstance(raw, str) and "*" in raw:
                    self.masked_seen.add(col.header)
                    continue
                data[col.field] = col.parse(raw) if col.parse else raw
        problems_before = len(self.report.problems)
        try:
            values = validate(self.kind, data, lookups=self.lookups)
        except ValidationError as exc:
            for p in exc.problems:
                self.problem(number, where.get(p.field), p.value if p.value is not None else data.get(p.field),
                             p.message)
            values = None
        pending = Pending(number, values or {})
        if values is not None and self.record_kind.key == "topic":
            wrong = hooks.topic_step(values, data)
            if wrong:
                self.problem(number, where.get("step"), data.get("step"), wrong)
        self._roles(pending, roles)
        if values is None or len(self.report.problems) > problems_before:
            return None
        return self._dedupe(pending, uuid, where)

    def _item_no(self, pending: Pending) -> bool:
        """A given 登记编号 / 编号 is kept when free in its year; taken or malformed, the row is wrong."""
        i, raw = self.roles["item_no"]
        if raw is None or not str(raw).strip():
            return True
        try:
            year, seq = hooks.item_seq(raw, self.item_kind)
        except hooks.RowError as exc:
            self.problem(pending.row, i, raw, str(exc))
            return False
        year = year or pending.values[self.item_date].year
        if (year, seq) in self.item_taken or not item_numbers.is_free(self.item_kind, year, seq):
            text = item_numbers.Number(self.item_kind, year, seq).text
            self.problem(pending.row, i, raw, f"{year}年的{text}已被其他记录使用，编号不能重复")
            return False
        self.item_taken.add((year, seq))
        pending.extra["item_seq"] = (year, seq)
        return True

    def _roles(self, pending: Pending, roles: dict) -> None:
        self.roles = roles
        for role, (i, raw) in roles.items():
            try:
                if role == "members":
                    pending.members = hooks.resolve(hooks.names_in(raw), self.names)[0]
                elif role == "planned":
                    pending.extra["planned"] = hooks.resolve(hooks.names_in(raw), self.names)[0]
                elif role == "mediators":
                    pending.members, others = hooks.mediators(raw, self.names)
                    if others:
                        pending.values["other_mediators"] = "、".join(others)[:200]
                elif role == "parties":
                    pending.extra["parties"] = hooks.parties(raw)
                elif role == "swaps":
                    pending.extra["swaps"] = hooks.swaps(raw, self.names, self.swap_reasons)
                elif role == "present":
                    pending.extra["present"] = set(hooks.resolve(hooks.names_in(raw), self.names)[0])
                elif role == "authors":
                    pending.members = hooks.authors(raw, self.names)
                elif role == "limit":
                    pending.extra["limit"] = hooks.limit(raw)
                elif role == "follows":
                    pending.extra["follows"] = hooks.follows(raw)
            except hooks.RowError as exc:
                self.problem(pending.row, i, raw, str(exc))
        present = pending.extra.get("present")
        if present:
            on_slot = set(pending.extra.get("planned", ())) | {s for _, s, _ in pending.extra.get("swaps", ())}
            stray = present - on_slot
            if stray:
                i, raw = roles["present"]
                self.problem(pending.row, i, raw, "实到委员应是安排委员或替班委员")

    def _dedupe(self, pending: Pending, uuid: str, where: dict) -> Pending | None:
        v = pending.values
        if self.record_kind.key == "dispute" and v.get("case_no"):
            v["case_no"] = hooks.case_number(v)[0]
        if uuid and uuid in self.uuids:
            self.report.duplicates.append(Duplicate(self.sheet.sheet, pending.row, "与已有记录相同（记录标识一致）"))
            return None
        key = tuple(v.get(k) for k in self.key) if self.key else None
        if key and all(x not in (None, "") for x in key) and key in self.keys:
            label = "、".join(self.record_kind.field(k).label for k in self.key)
            self.report.duplicates.append(Duplicate(self.sheet.sheet, pending.row, f"与已有记录重复（{label}相同）"))
            return None
        number_field = hooks.NUMBER_FIELDS.get(self.record_kind.key)
        if number_field and v.get(number_field):
            number = hooks.topic_code(v) if number_field == "code" else v[number_field]
            if number in self.numbers:
                col = where.get(number_field)
                self.problem(pending.row, col, number, "编号已被其他记录使用，编号不能重复")
                return None
            self.numbers.add(number)
        if v.get("filing_no") and self.record_kind.key == "proposal":  # the 政协's 立案号: one proposal each
            if v["filing_no"] in self.filing_nos:
                self.problem(pending.row, where.get("filing_no"), v["filing_no"],
                             "立案号已被其他提案使用，同一立案号不能用于两件提案")
                return None
            self.filing_nos.add(v["filing_no"])
        if "item_no" in self.roles and not self._item_no(pending):
            return None
        if uuid:
            v["uuid"] = uuid
            self.uuids.add(uuid)
        if key:
            self.keys.add(key)
        return pending


def _insert(ledger: Ledger, rows: list[Pending], ticker: Ticker) -> int:
    kind = ledger.record_kind
    hooks.before_insert(kind.key, rows)
    ids = insert_rows(kind.model, [p.values for p in rows], progress=None, cancel=ticker.cancel,
                      label=kind.label, item_seqs=[p.extra.get("item_seq") for p in rows])
    if kind.member_link and kind.key not in hooks.OWN_LINKS:
        link, owner = kind.member_link
        insert_links(link, owner, ids, [p.members for p in rows])
    hooks.after_insert(kind.key, rows, ids)
    return len(ids)


def import_ledger(kind: str, path, *, dry_run: bool = False, progress: ProgressFn = None,
                  cancel: CancelFn = None) -> ImportReport:
    """Check every row of the ledger file; save all rows (duplicates skipped) only when none is wrong."""
    path = Path(path)
    ledgers = [LEDGERS[k] for k in ALL_ORDER if LEDGERS[k].importable] if kind == "all" else [ledger_of(kind)]
    if not ledgers[0].importable:
        raise ImportFileError(f"「{ledgers[0].title}」由软件统计生成，不能导入")
    if not dry_run:
        context.require_edit()
    label = "全年台账" if kind == "all" else ledgers[0].title
    report = ImportReport(kind, label, path, dry_run=dry_run)
    try:
        check_limits(path)  # before openpyxl reads anything: a bomb is refused in well under a second
    except LimitError as exc:
        raise ImportFileError(f"{path.name}：{exc}") from None
    wb = open_book(path)
    try:
        sheets = []
        for ledger in ledgers:
            found = read_ledger(wb, ledger, required_sheet=(kind == "all"))
            if found is not None:
                sheets.append((ledger, found))
        if not sheets:
            raise ImportFileError(f"文件中没有可导入的台账工作表（应为：{'、'.join(l.sheet for l in ledgers)}）")
    finally:
        wb.close()
    report.sheets = [s.sheet for _, s in sheets]
    report.sheet_rows = [s for _, s in sheets]
    report.rows_read = sum(len(s.rows) for _, s in sheets)
    ticker = Ticker(report.rows_read or 1, progress, cancel, every=200)
    try:
        with changes.operation() as operation, database_proxy.atomic():
            names = member_ids_by_name()
            for ledger, sheet in sheets:  # members first: later sheets may name members just imported
                checker = _Checker(ledger, sheet, report, names)
                if checker.missing_columns():
                    continue
                rows = []
                for number, cells in sheet.rows:
                    pending = checker.check(number, cells)
                    if pending is not None:
                        rows.append(pending)
                    ticker.step(1, f"检查{ledger.title}")
                for header in sorted(checker.masked_seen):
                    report.warnings.append(f"「{sheet.sheet}」的「{header}」列是脱敏后的号码（含*），未导入该列")
                if rows and not report.problems:
                    report.imported[ledger.title] = _insert(ledger, rows, ticker)
                    if ledger.kind == "member":
                        names = member_ids_by_name()
                elif not rows:
                    report.imported[ledger.title] = 0
            if report.problems or dry_run:
                operation.discard()  # nothing is kept: no notice
                raise _Rollback()
    except _Rollback:
        if report.problems:
            report.imported = {}
    except Cancelled:
        raise
    return report
