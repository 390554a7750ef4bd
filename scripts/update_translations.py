"""Bring resources/translations/station_app_<area>_en.ts in line with the sources, then compile the .qm files.

Areas: shell, fields, dialogs, settings, forms, audit (the 操作日志 tab and 修改记录 dialog, kept out of
settings/dialogs). `fields` is generated from the labels services/ and
outputs/ declare (field labels, kind names, fixed states, list columns), so the GUI can show them in
English through `station_app.ui.i18n.tr_field`. Existing translations are kept by lupdate; strings no
longer in the sources are dropped. Usage:

    python scripts/update_translations.py                 # every area: lupdate + lrelease
    python scripts/update_translations.py dialogs forms   # only these areas
    python scripts/update_translations.py --release-only  # only lrelease (after editing a .ts)

After lupdate, the glossary (resources/translations/glossary.json) is applied to every .ts: a source string
gets its one English translation in every context (the plural form where the glossary says so, another
wording only for its listed exceptions), and a new or moved string already translated elsewhere gets that
translation. What is left unfinished is printed.
"""

from __future__ import annotations

import argparse
import html
import json
import re
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
GLOSSARY = OUT / "glossary.json"

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
    labels += (list(C.REFERRAL_KIND_LABELS.values()) + list(C.LIMIT_UNIT_LABELS.values())
               + list(list_specs.PROPOSAL_FLAGS))
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


# ---- the glossary: one English translation per source string ----
CONTEXT_RE = re.compile(r"(<context>\s*<name>)(.*?)(</name>)(.*?)(</context>)", re.DOTALL)
MESSAGE_RE = re.compile(r"(<message>\s*<source>)(.*?)(</source>\s*)<translation( type=\"unfinished\")?>(.*?)"
                        r"</translation>", re.DOTALL)


class Glossary:
    """resources/translations/glossary.json: terms (source → English, or {one, many}), the contexts and
    context/source pairs that use the plural form, and the (context, source) exceptions with their reason."""

    def __init__(self, path: Path = GLOSSARY):
        data = json.loads(path.read_text("utf-8")) if path.exists() else {}
        self.path = path
        self.terms: dict[str, str | dict] = data.get("terms", {})
        self.plural = set(data.get("plural", []))
        self.exceptions = {(e["context"], e["source"]): e for e in data.get("exceptions", [])}

    def expected(self, context: str, source: str) -> str | None:
        """The English *source* must read as in *context*; None when the glossary does not say."""
        if (context, source) in self.exceptions:
            return self.exceptions[(context, source)]["english"]
        term = self.terms.get(source)
        if isinstance(term, dict):
            many = context in self.plural or f"{context}/{source}" in self.plural
            return term["many" if many else "one"]
        return term

    def is_exception(self, context: str, source: str) -> bool:
        return (context, source) in self.exceptions


def ts_messages(ts: Path) -> list[tuple[str, str, str, bool]]:
    """(context, source, translation, finished) of every message of *ts*, read as lupdate writes it."""
    found = []
    for ctx in CONTEXT_RE.finditer(ts.read_text("utf-8")):
        for m in MESSAGE_RE.finditer(ctx.group(4)):
            found.append((html.unescape(ctx.group(2)), html.unescape(m.group(2)), html.unescape(m.group(5)),
                          not m.group(4)))
    return found


def _escape(text: str) -> str:
    return html.escape(text, quote=True).replace("&#x27;", "&apos;")


def _fold(text: str) -> str:
    """*text* with its first letter in lower case: "Follow-up" at a sentence's start, "follow-up" inside it."""
    return text[:1].lower() + text[1:]


def translation_memory(ts_files: list[Path]) -> dict[str, set[str]]:
    """source → the English translations it has anywhere (finished ones)."""
    memory: dict[str, set[str]] = {}
    for ts in ts_files:
        for _ctx, source, text, finished in ts_messages(ts):
            if finished and text.strip():
                memory.setdefault(source, set()).add(text)
    return memory


def apply_glossary(ts: Path, glossary: Glossary, memory: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Rewrite *ts* so every message reads as the glossary says (or, not in it, as the one translation the
    same source has elsewhere); returns the (context, source) pairs still unfinished."""
    left: list[tuple[str, str]] = []

    def fix_context(ctx: re.Match) -> str:
        context = html.unescape(ctx.group(2))

        def fix_message(m: re.Match) -> str:
            source, text, finished = html.unescape(m.group(2)), html.unescape(m.group(5)), not m.group(4)
            wanted = glossary.expected(context, source)
            if wanted is None and not (finished and text.strip()):
                known = memory.get(source, set())
                wanted = next(iter(known)) if len(known) == 1 else None
            if wanted is None or (finished and _fold(text) == _fold(wanted)):  # a sentence's capital stays
                if wanted is None and not (finished and text.strip()):
                    left.append((context, source))
                return m.group(0)
            return f"{m.group(1)}{m.group(2)}{m.group(3)}<translation>{_escape(wanted)}</translation>"

        body = MESSAGE_RE.sub(fix_message, ctx.group(4))
        return ctx.group(1) + ctx.group(2) + ctx.group(3) + body + ctx.group(5)

    text = ts.read_text("utf-8")
    fixed = CONTEXT_RE.sub(fix_context, text)
    if fixed != text:
        ts.write_text(fixed, "utf-8")
    return left


def shared_sources(ts_files: list[Path]) -> dict[str, dict[str, str]]:
    """source → {context: English} for the sources shown in more than one context."""
    found: dict[str, dict[str, str]] = {}
    for ts in ts_files:
        for ctx, source, text, _finished in ts_messages(ts):
            found.setdefault(source, {})[ctx] = text
    return {s: uses for s, uses in found.items() if len(uses) > 1}


def conflicts(ts_files: list[Path], glossary: Glossary) -> dict[str, dict[str, str]]:
    """The sources with two English translations the glossary does not explain (its exceptions and plural
    forms aside; a capital letter at the start of a sentence is not another translation)."""
    found = {}
    for source, uses in shared_sources(ts_files).items():
        plain = {ctx: text for ctx, text in uses.items() if not glossary.is_exception(ctx, source)}
        term = glossary.terms.get(source)
        forms = {term["many"]} if isinstance(term, dict) else set()
        if len({_fold(t) for t in plain.values() if _fold(t) not in {_fold(f) for f in forms}}) > 1:
            found[source] = uses
    return found


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
    every_ts = sorted(OUT.glob("station_app_*_en.ts"))
    memory = translation_memory(every_ts)  # before lupdate drops the strings that moved to another context
    areas = args.areas or list(AREAS)
    if not args.release_only:
        for area in areas:
            lupdate(area)
    glossary, left = Glossary(), []
    for ts in sorted(OUT.glob("station_app_*_en.ts")):  # every file: a term's wording is the same everywhere
        left += apply_glossary(ts, glossary, memory)
    for area in areas:
        ts = ts_path(area)
        if not args.no_release and ts.exists():
            lrelease(ts)
        print(ts.relative_to(ROOT))
    for context, source in left:
        print(f"未翻译：{context}: {source}")
    for source, uses in conflicts(sorted(OUT.glob("station_app_*_en.ts")), glossary).items():
        print(f"译法不一致（请在 {GLOSSARY.name} 中定下一种）：{source} → {uses}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
