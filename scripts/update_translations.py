"""Bring resources/translations/station_app_<area>_en.ts in line with the sources, then compile the .qm files.

Areas: shell, fields, dialogs, settings, forms, audit (the 操作日志 tab and 修改记录 dialog, kept out of
settings/dialogs). `fields` is generated from the labels services/ and
outputs/ declare (field labels, kind names, fixed states, list columns), so the GUI can show them in
English through `station_app.ui.i18n.tr_field`. Existing translations are kept by lupdate; strings no
longer in the sources are dropped. Usage:

    python scripts/update_translations.py                 # every area: lupdate + lrelease
    python scripts/update_translations.py dialogs forms   # only these areas
    python scripts/update_translations.py --release-only  # only lrelease (after editing a .ts)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "translations"
UI = ROOT / "station_app" / "ui"
FIELDS_CONTEXT = "fields"

# area -> the sources lupdate reads (folders are scanned recursively for .py / .ui)
AREAS: dict[str, tuple[Path, ...]] = {
    "shell": (
        UI / "app.py", UI / "crash.py", UI / "i18n.py", UI / "main_window.py", UI / "pages", UI / "widgets",
        UI / "models",
        UI / "login.py", UI / "search_dialog.py", UI / "jobs.py", UI / "charts.py", UI / "period_bar.py",
        UI / "theme.py", UI / "daily_backup.py", UI / "display.py",
    ),
    "fields": (),  # generated, see field_labels()
    "dialogs": (UI / "dialogs",),
    "settings": (UI / "settings",),
    "forms": (ROOT / "forms",),  # the .ui files; their compiled code calls QCoreApplication.translate
    "audit": (UI / "settings" / "audit_log.py", UI / "settings" / "audit_view.py", UI / "dialogs" / "history.py"),
}


def area_files(area: str) -> list[Path]:
    """The .py / .ui files of *area* (folders expanded here: lupdate skips .py files in folders it scans)."""
    files: list[Path] = []
    claimed = {p for other, paths in AREAS.items() if other != area for p in paths if p.is_file()}
    for path in AREAS[area]:
        if path.is_dir():  # a file another area names itself is that area's, not the folder's
            files += sorted(p for p in path.rglob("*") if p.suffix in (".py", ".ui") and "__pycache__" not in p.parts
                            and p not in claimed)
        elif path.exists():
            files.append(path)
    return files


def ts_path(area: str) -> Path:
    return OUT / f"station_app_{area}_en.ts"


def qm_path(area: str) -> Path:
    return ts_path(area).with_suffix(".qm")


def tool(name: str) -> str:
    """pyside6-<name> next to the running interpreter (a venv), else on PATH."""
    exe = f"pyside6-{name}" + (".exe" if sys.platform == "win32" else "")
    here = Path(sys.executable).parent / exe
    found = str(here) if here.exists() else shutil.which(exe)
    if not found:
        raise SystemExit(f"找不到 {exe}：请先安装 PySide6-Essentials。")
    return found


# ---- the generated `fields` context ----
def field_labels() -> list[str]:
    """Every label services/ and outputs/ hand to the GUI, in declaration order, without repeats."""
    from station_app.services import list_specs
    from station_app.services.fields import KINDS
    from station_app.store import choices as C

    labels: list[str] = []
    for kind in KINDS.values():
        labels += [kind.label, kind.members_label]
        for f in kind.fields:
            labels.append(f.label)
            labels += list(f.choices or ())
    from station_app.services.registry import ENTRIES  # child-table columns named there

    labels += [label for e in ENTRIES.values() for c in e.children for _key, label in c.column_labels()]
    for spec in list_specs.SPECS.values():
        labels += [c.label for c in spec.columns] + list(spec.statuses)
    labels += list(C.TOPIC_STEPS) + list(C.USER_ROLES) + list(C.WEEKDAY_NAMES) + list(C.RULE_KIND_LABELS.values())
    labels += [label for label, _values in C.LOOKUP_SEEDS.values()]
    labels += list(C.REFERRAL_KIND_LABELS.values()) + list(C.LIMIT_UNIT_LABELS.values()) + list(list_specs.PROPOSAL_FLAGS)
    labels += [name for name, _required in C.DOSSIER_ITEMS]
    from station_app.services import notices  # warnings and reminders the services give

    labels += list(notices.TEMPLATES.values())
    try:  # the ledger and archive-sheet names (outputs/, no Qt)
        from station_app.outputs.ledgers import LEDGER_KINDS
        from station_app.outputs.sheets import SHEET_KINDS

        labels += list(LEDGER_KINDS.values()) + list(SHEET_KINDS.values())
    except ImportError:
        pass
    return [label for label in dict.fromkeys(labels) if label and not label.isascii()]


def fields_source() -> str:
    """A Python file lupdate reads: one QT_TRANSLATE_NOOP("fields", …) per label."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP({FIELDS_CONTEXT!r}, {label!r})" for label in field_labels()]
    return "\n".join(lines) + "\n"


# ---- lupdate / lrelease ----
def lupdate(area: str, ts: Path | None = None) -> Path:
    """Merge the area's current source strings into its .ts (existing translations kept)."""
    ts = ts or ts_path(area)
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        if area == FIELDS_CONTEXT:
            generated = Path(tmp) / "fields.py"
            generated.write_text(fields_source(), encoding="utf-8")
            sources = [generated]
        else:
            sources = area_files(area)
        if not sources:
            raise SystemExit(f"区域 {area} 没有源文件。")
        cmd = [tool("lupdate"), *map(str, sources), "-extensions", "py,ui", "-no-obsolete", "-locations", "none",
               "-source-language", "zh_CN", "-target-language", "en", "-silent", "-ts", str(ts)]
        subprocess.run(cmd, check=True)
    return ts


def lrelease(ts: Path, qm: Path | None = None) -> Path:
    """Compile *ts* into *qm* (beside it by default)."""
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="更新界面翻译文件（.ts）并编译（.qm）。")
    parser.add_argument("areas", nargs="*", help=f"要更新的区域：{'、'.join(AREAS)}（默认全部）")
    parser.add_argument("--release-only", action="store_true", help="只编译 .qm，不重新提取")
    parser.add_argument("--no-release", action="store_true", help="只提取 .ts，不编译")
    args = parser.parse_args(argv)
    unknown = [a for a in args.areas if a not in AREAS]
    if unknown:
        parser.error(f"未知区域：{'、'.join(unknown)}（可选：{'、'.join(AREAS)}）")
    for area in args.areas or list(AREAS):
        ts = ts_path(area)
        if not args.release_only:
            lupdate(area)
        if not args.no_release and ts.exists():
            lrelease(ts)
        print(ts.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
