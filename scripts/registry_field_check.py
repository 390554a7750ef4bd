"""How many places one new field costs: add 微信号 (visitor_wechat) to Visit on a throw-away copy of the
checkout and count what had to be edited, then check that the field reached everything that reads the registry.

    python scripts/registry_field_check.py [--keep]

A detached git worktree of HEAD is made in a temporary folder (the checkout is never touched). A database is
created there with the unchanged code, then four edits are made — the model column, a migration step, the
registry entry (services/fields.py) and the Designer form (forms/visit.ui, compiled by
scripts/compile_forms.py) — and nothing else. The copy then: migrates the old database; shows the field in
the visit dialog with its label from the registry and clears it for the next visitor; exports it in the visits
ledger, masked as a contact; finds it through the search index; masks it in the audit log; and runs
tests/test_registry.py and tests/gui/test_registry_dialogs.py. The only expected failure is the English
translation of 微信号, which the translation files (kept by the lead, not by this change) still lack.
Prints the files and places touched; exit 0 when the count and the checks hold.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

FIELD = ('    F("visitor_wechat", "微信号", max_len=50, synonyms=("微信",), sensitivity=PHONE, searched=True,\n'
         '      printed=False),\n')
MODEL = '    visitor_wechat = pw.CharField(max_length=50, default="")  # 微信号\n'
MIGRATION = '''def _v{n}_to_v{m}(db: pw.SqliteDatabase) -> None:
    """v{m}: a visitor's 微信号."""
    from station_app.store.reception import Visit

    add_missing_columns(db, Visit, ["visitor_wechat"])


'''
FORM_ROWS = '''         <item row="{r}" column="0">
          <widget class="QLabel" name="label_visitor_wechat">
           <property name="buddy">
            <cstring>visitor_wechat</cstring>
           </property>
          </widget>
         </item>
         <item row="{r}" column="1" colspan="1">
          <widget class="QLineEdit" name="visitor_wechat"/>
         </item>
         <item row="{r1}" column="1" colspan="1">
          <widget class="FieldErrorLabel" name="err_visitor_wechat"/>
         </item>
'''


def run(cmd, cwd, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(cwd), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(cmd, cwd=cwd, env=env, text=True, capture_output=True, check=False, **kw)


def insert_after(path: Path, anchor: str, text: str) -> None:
    s = path.read_text(encoding="utf-8")
    i = s.index(anchor) + len(anchor)
    path.write_text(s[:i] + text + s[i:], encoding="utf-8")


def add_to_form(path: Path) -> None:
    """Two rows at the end of the first page's grid (label and line edit, then its error line)."""
    s = path.read_text(encoding="utf-8")
    start = s.index('name="grid_0"')
    depth, i = 1, s.index(">", start)
    while depth:
        nxt_open, nxt_close = s.find("<layout", i), s.find("</layout>", i)
        if nxt_open != -1 and nxt_open < nxt_close:
            depth, i = depth + 1, nxt_open + 7
        else:
            depth, i = depth - 1, nxt_close + 9
    end = i - len("</layout>")
    rows = [int(r) for r in re.findall(r'<item row="(\d+)"', s[start:end])]
    last = max(rows) + 1
    path.write_text(s[:end] + FORM_ROWS.format(r=last, r1=last + 1) + s[end:], encoding="utf-8")


def edit(copy: Path) -> None:
    insert_after(copy / "station_app/store/reception.py",
                 '    visitor_phone = pw.CharField(max_length=30, default="")\n', MODEL)
    migrations = copy / "station_app/store/migrations.py"
    s = migrations.read_text(encoding="utf-8")
    steps = re.search(r"^STEPS = \{(.*)\}$", s, re.MULTILINE)
    n = max(int(k) for k in re.findall(r"(\d+):", steps.group(1))) + 1  # the new step starts here
    s = s.replace("# from-version -> step", MIGRATION.format(n=n, m=n + 1) + "# from-version -> step", 1)
    s = s.replace(steps.group(0), "STEPS = {" + steps.group(1) + f", {n}: _v{n}_to_v{n + 1}" + "}", 1)
    migrations.write_text(s, encoding="utf-8")
    fields = copy / "station_app/services/fields.py"
    s = fields.read_text(encoding="utf-8")
    anchor = re.search(r'    F\("visitor_phone".*?\),\n', s, re.DOTALL).group(0)
    insert_after(fields, anchor, FIELD)
    add_to_form(copy / "forms/visit.ui")


CHECK = textwrap.dedent('''
    import datetime as dt, sys, tempfile
    from pathlib import Path
    from openpyxl import load_workbook
    from station_app.store.db import open_database, close_database
    from station_app.store.migrations import schema_version, SCHEMA_VERSION
    from station_app.services import context, records, search, registry  # registry: the index's sources
    from station_app.services.audit_describe import show_value
    db = open_database(sys.argv[1])  # the database made before the edit: migrated
    assert schema_version(db) == SCHEMA_VERSION, schema_version(db)
    context.set_actor("admin", "管理员")
    v = records.create("visit", {"visit_date": dt.date.today(), "visitor_name": "韩梅", "category": "其他",
                                 "content": "咨询", "handling": "当场解答", "visitor_wechat": "hanmei_2024"})
    assert list(search.search("hanmei_2024")) == ["visit"], "the search index"
    assert show_value("visit", "visitor_wechat", "hanmei_2024") == "****2024", "the audit log masks it"
    from station_app.outputs.ledgers import export_rows
    out = Path(tempfile.mkdtemp()) / "v.xlsx"
    export_rows("visits", [v.id], out)
    ws = load_workbook(out).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    head = next(r for r in rows if "微信号" in r)
    col = head.index("微信号")
    values = [r[col] for r in rows[rows.index(head) + 1:] if r[col]]
    assert values == ["****2024"], values  # exported, masked like a contact
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from station_app.ui.dialogs.visit import VisitDialog
    dlg = VisitDialog(None)
    assert dlg.ui.label_visitor_wechat.text() == "微信号"
    dlg.ui.visitor_wechat.setText("previous_visitor")
    dlg.ui.visitor_name.setText("李雷"); dlg.ui.content.setPlainText("噪音")
    dlg.ui.category.setValue("其他"); dlg.ui.handling.setValue("当场解答")
    dlg.save_and_next()
    assert dlg.saved_count == 1
    assert dlg.ui.visitor_wechat.text() == "", "carried into the next visitor"
    close_database()
    print("checks: migration, dialog label, cleared for the next visitor, ledger column (masked), search, audit mask")
''')


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="给来访登记加一个“微信号”字段，统计要改的地方")
    parser.add_argument("--keep", action="store_true", help="keep the temporary worktree")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="registry-field-"))
    copy = tmp / "copy"
    subprocess.run(["git", "worktree", "add", "--detach", str(copy), "HEAD"], cwd=ROOT, check=True,
                   capture_output=True)
    try:
        old_db = tmp / "before.sqlite3"
        made = run([PY, "-c", f"from station_app.store.db import open_database; open_database({str(old_db)!r})"],
                   copy)
        assert made.returncode == 0, made.stderr
        edit(copy)
        compiled = run([PY, "scripts/compile_forms.py"], copy)
        assert compiled.returncode == 0, compiled.stderr
        stat = subprocess.run(["git", "diff", "--numstat"], cwd=copy, text=True, capture_output=True, check=True).stdout
        files = [line.split("\t")[2] for line in stat.splitlines()]
        places = {}
        for name in files:
            diff = subprocess.run(["git", "diff", "-U0", "--", name], cwd=copy, text=True,
                                  capture_output=True, check=True).stdout
            places[name] = diff.count("\n@@ ") + diff.startswith("@@")
        hand = [f for f in files if not f.startswith("station_app/ui/forms/")]
        print("files touched:", len(files), f"({len(hand)} by hand + the compiled form)")
        for name in files:
            print(f"  {name}: {places[name]} place(s)" + ("  [generated by scripts/compile_forms.py]"
                                                            if name.startswith("station_app/ui/forms/") else ""))
        print("places by hand:", sum(places[f] for f in hand))
        checked = run([PY, "-c", CHECK, str(old_db)], copy)
        print(checked.stdout.strip() or checked.stderr[-3000:])
        tests = run([PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_registry.py",
                     "tests/gui/test_registry_dialogs.py", "tests/test_forms_compiled.py"], copy)
        tail = [line for line in tests.stdout.splitlines() if line.startswith(("FAILED", "ERROR")) or "passed" in line]
        print("\n".join(tail))
        failed = [line for line in tail if line.startswith(("FAILED", "ERROR"))]
        only_translation = all("english_translation" in line for line in failed)
        ok = (set(hand) == {"station_app/store/reception.py", "station_app/store/migrations.py",
                            "station_app/services/fields.py", "forms/visit.ui"}
              and checked.returncode == 0 and only_translation)
        print("expected failures only (English for 微信号, the lead's .ts step)" if only_translation and failed
              else "")
        print("OK" if ok else "NOT OK")
        return 0 if ok else 1
    finally:
        if args.keep:
            print("kept:", copy)
        else:
            subprocess.run(["git", "worktree", "remove", "--force", str(copy)], cwd=ROOT, capture_output=True,
                           check=False)
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
