"""The record-kind registry walked kind by kind: every field has a widget in its form, a ledger column or an
explicit "not exported", a place on its sheet or an explicit "not printed", a model column at least as long,
a translation; the search index and the kind → page / ledger / sheet maps come from it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import peewee as pw
import pytest

from station_app.outputs.ledgers import LEDGERS
from station_app.outputs.sheets import SHEET_KINDS
from station_app.services import masking
from station_app.services.fields import KINDS
from station_app.services.list_specs import SPECS, listed
from station_app.services.registry import ENTRIES, LINKS, search_sources
from station_app.store import fts

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
SHEETS = ROOT / "station_app" / "outputs" / "sheets" / "kinds"
# kinds edited without a Designer form of their own name: where their fields are edited instead
NO_FORM = {"station": "settings, 工作站 tab", "work_team": "settings, 工作专班 tab",
           "reception_rule": "settings, 接待日规则", "duty_slot": "the roster page",
           "referral": "ui/dialogs/referral.py builds its form in code", "referral_follow": "ui/dialogs/referral.py"}
# a field of a form kind without an input widget, and why
NOT_EDITED = {("topic", "step"): "advanced by 推进到下一环节 (topic_step form)"}
CHILD_SHEET = {"party": "dispute", "mediation_session": "dispute", "follow_up": "dispute", "meeting": "topic"}


def _form(kind: str):
    """(widget names, {field: label text}) of forms/<kind>.ui."""
    root = ET.parse(FORMS / f"{kind}.ui").getroot()
    names, labels = set(), {}
    for w in root.iter("widget"):
        names.add(w.get("name"))
        if w.get("name").startswith("label_"):
            labels[w.get("name")[6:]] = w.findtext("property[@name='text']/string")
    return names, labels


FORM_KINDS = [k for k in KINDS if k not in NO_FORM]


def test_every_kind_has_a_form_or_says_where_it_is_edited():
    assert {k for k in KINDS if (FORMS / f"{k}.ui").is_file()} == set(FORM_KINDS)


@pytest.mark.parametrize("key", FORM_KINDS)
def test_every_field_has_a_widget_and_a_label_in_its_form(key):
    names, labels = _form(key)
    for f in KINDS[key].fields:
        if (key, f.name) in NOT_EDITED:
            continue
        assert f.name in names, f"{key}.{f.name}（{f.label}）has no widget in forms/{key}.ui"
        if f.type != "bool":  # a check box carries its own text
            assert f.name in labels, f"{key}.{f.name}（{f.label}）has no label_{f.name} in forms/{key}.ui"


@pytest.mark.parametrize("ledger", [k for k, led in LEDGERS.items() if led.kind], ids=str)
def test_every_field_has_a_ledger_column_or_is_declared_not_exported(ledger):
    led = LEDGERS[ledger]
    kind = KINDS[led.kind]
    columns = [c.field for c in led.columns if c.field]
    assert len(columns) == len(set(columns)), "a field in two columns"
    for f in kind.fields:
        if f.exported:
            assert f.name in columns, f"{kind.key}.{f.name} is exported but not in ledger {ledger}"
        else:
            assert f.name not in columns, f"{kind.key}.{f.name} is declared exported=False but is in {ledger}"
    for c in led.columns:  # a column of a sensitive field masks as its class says
        if c.field:
            assert c.sensitive == kind.field(c.field).sensitivity


def _sheet_source(sheet: str) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(SHEETS.glob(f"{sheet}*.py")))


@pytest.mark.parametrize("key", [k for k in KINDS if (ENTRIES.get(k) and ENTRIES[k].sheet) or k in CHILD_SHEET])
def test_every_printed_field_is_placed_on_its_sheet(key):
    sheet = CHILD_SHEET.get(key) or ENTRIES[key].sheet
    source = _sheet_source(sheet)
    for f in KINDS[key].fields:
        used = re.search(rf"[.\"']{f.name}\b", source) is not None
        if f.printed:
            assert used, f"{key}.{f.name}（{f.label}）is printed but sheet {sheet} never reads it"


@pytest.mark.parametrize("key", list(KINDS))
def test_model_lengths_hold_the_registry_lengths(key):
    kind = KINDS[key]
    for f in kind.fields:
        column = kind.model._meta.fields.get(f.name)
        assert column is not None, f"{key}.{f.name} is not a column of {kind.model.__name__}"
        if isinstance(column, pw.CharField) and not isinstance(column, pw.FixedCharField):
            if f.type in ("text", "longtext", "department"):
                assert f.max_len, f"{key}.{f.name}: a CharField({column.max_length}) needs max_len in the registry"
            if f.max_len:
                assert f.max_len <= column.max_length, (
                    f"{key}.{f.name}: registry max_len {f.max_len} > model max_length {column.max_length}")


def test_sensitivity_classes_are_known_and_id_numbers_and_phones_are_masked():
    seen = {f.sensitivity for k in KINDS.values() for f in k.fields if f.sensitivity}
    assert seen <= set(masking.CLASSES)
    for k in KINDS.values():
        for f in k.fields:
            if f.type in ("id_number",) or (f.type == "phone" and k.key != "station"):
                assert masking.masks(f.sensitivity), f"{k.key}.{f.name} is personal and not masked"
    assert masking.mask(masking.PHONE, "13912345678") == "139****5678"
    assert masking.mask(masking.ADDRESS, "某村3组") == "某村3组"


def test_the_search_index_reads_the_searched_fields():
    assert list(fts.SOURCES) == [s.kind for s in search_sources()]
    for s in search_sources():
        body = fts.SOURCES[s.kind][3]
        for f in KINDS[s.kind].fields:
            assert (f"t.{f.name}," in body) == f.searched, f"{s.kind}.{f.name}: searched={f.searched}"
    assert ("party", "dispute_id", "dispute") in fts.CHILD_SOURCES


def test_the_maps_name_real_pages_ledgers_sheets_and_links():
    from station_app.ui.pages import PAGE_MODULES  # a plain tuple (no Qt widget is built)

    for e in ENTRIES.values():
        assert e.kind in KINDS
        assert e.page in PAGE_MODULES
        assert e.ledger is None or e.ledger in LEDGERS
        assert e.sheet is None or e.sheet in SHEET_KINDS
        for child in e.children:
            assert [k for k, _ in child.column_labels()]  # labels resolve
    assert set(LINKS) == {"visit", "reception_day", "dispute", "activity", "duty_slot", "proposal"}
    for key in SPECS:
        assert key in ENTRIES, f"list {key} has no registry entry"
        assert set(listed(key)) <= set(KINDS[key].names)


def test_only_visits_keep_fields_for_the_next_entry():
    kept = {(k.key, f.name) for k in KINDS.values() for f in k.fields if f.keep_for_next}
    assert kept == {("visit", "visit_date"), ("visit", "mode"), ("visit", "category"), ("visit", "handling")}


def _fields_translations() -> dict[str, str]:
    root = ET.parse(ROOT / "resources" / "translations" / "station_app_fields_en.ts").getroot()
    out = {}
    for msg in root.iter("message"):
        t = msg.find("translation")
        if t is not None and t.get("type") not in ("unfinished", "obsolete", "vanished") and (t.text or "").strip():
            out[msg.findtext("source")] = t.text
    return out


def test_every_kind_and_field_label_has_an_english_translation():
    done = _fields_translations()
    missing = sorted({label for k in KINDS.values()
                      for label in (k.label, k.members_label, *(f.label for f in k.fields)) if label not in done})
    assert not missing, f"labels without English (fields context): {missing}"


def test_every_child_table_header_has_an_english_translation():
    done = _fields_translations()
    missing = sorted({label for e in ENTRIES.values() for c in e.children for _k, label in c.column_labels()
                      if label not in done})
    assert not missing, f"child-table headers without English (fields context): {missing}"
