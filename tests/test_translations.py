"""The English interface files: every *_en.ts finished, in step with the sources, compiled into its .qm."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TS_FILES = sorted(FOLDER.glob("*_en.ts"))
HAN = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}|%n|%\d")


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _same_placeholders(source: str, text: str) -> bool:
    """Every {value} of the source is kept; dates may show the month by name ({mon}) instead of its number."""
    src, out = set(PLACEHOLDER.findall(source)), set(PLACEHOLDER.findall(text))
    return out <= src | {"{mon}"} and src <= out | {"{month}"}


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name"), msg.findtext("source"), msg.find("translation"))
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def test_the_shell_and_fields_translations_exist():
    names = {p.name for p in TS_FILES}
    assert {"station_app_shell_en.ts", "station_app_fields_en.ts"} <= names
    assert (FOLDER / "GLOSSARY.md").is_file()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_message_is_translated_into_english(ts):
    problems = []
    for context, source, translation in _messages(ts):
        text = translation.text or ""
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished") or not text.strip():
            problems.append(f"{context}: {source!r} is {kind or 'empty'}")
        elif HAN.search(text) and "、" not in text:  # 、 is quoted as the separator users type
            problems.append(f"{context}: {source!r} → {text!r} still has Chinese")
        elif not _same_placeholders(source, text):
            problems.append(f"{context}: {source!r} → {text!r} changes the placeholders")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_committed_qm_is_compiled_from_the_ts(ts, tmp_path):
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} missing: run scripts/update_translations.py --release-only"
    fresh = _script().lrelease(ts, tmp_path / qm.name)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run scripts/update_translations.py"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_ts_holds_exactly_the_strings_the_sources_mark(ts, tmp_path):
    """lupdate over the area's sources finds no new string and none that is gone."""
    script = _script()
    area = ts.stem.removeprefix("station_app_").removesuffix("_en")
    if area not in script.AREAS:
        pytest.skip(f"{area}: not an area of scripts/update_translations.py")
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    script.lupdate(area, copy)
    before = {(c, s) for c, s, _t in _messages(ts)}
    after = {(c, s) for c, s, _t in _messages(copy)}
    assert after == before, (f"run scripts/update_translations.py {area}: new {sorted(after - before)[:5]}, "
                             f"gone {sorted(before - after)[:5]}")


def test_fields_context_covers_every_service_label():
    from station_app.services.fields import KINDS

    labels = {s for c, s, _t in _messages(FOLDER / "station_app_fields_en.ts") if c == "fields"}
    for kind in KINDS.values():
        assert kind.label in labels
        for f in kind.fields:
            assert f.label in labels, f"{kind.key}.{f.name}"
            assert {c for c in f.choices or () if not c.isascii()} <= labels


def test_update_script_rejects_an_unknown_area(capsys):
    with pytest.raises(SystemExit) as stop:
        _script().main(["nonsense"])
    assert stop.value.code == 2
    assert "nonsense" in capsys.readouterr().err


def test_installer_bundles_the_english_qm_files_and_drops_other_qt_languages():
    """The spec's `wanted` filter (run on its own, without PyInstaller)."""
    tree = ast.parse((ROOT / "installer" / "station_ledger.spec").read_text("utf-8"))
    keep = [node for node in tree.body if (isinstance(node, ast.FunctionDef) and node.name == "wanted") or (
        isinstance(node, ast.Assign) and any(getattr(t, "id", "") in ("DROP_PARTS", "DROP_LIBS", "KEEP_TRANSLATIONS")
                                             for t in node.targets))]
    scope: dict = {}
    exec(compile(ast.Module(body=keep, type_ignores=[]), "spec", "exec"), scope)  # noqa: S102
    wanted = scope["wanted"]
    for ts in TS_FILES:
        assert wanted((f"resources/translations/{ts.with_suffix('.qm').name}", "x", "DATA"))
    assert not wanted(("resources/translations/station_app_shell_en.ts", "x", "DATA"))
    assert wanted(("PySide6/Qt/translations/qtbase_zh_CN.qm", "x", "DATA"))
    assert not wanted(("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA"))


# ---- one English translation per source string (resources/translations/glossary.json) ----
def test_no_source_string_has_two_translations_the_glossary_does_not_explain():
    script = _script()
    found = script.conflicts(TS_FILES, script.Glossary())
    assert not found, "add them to glossary.json (terms or exceptions): " + "\n".join(
        f"{source}: {uses}" for source, uses in found.items())


def test_every_message_reads_as_the_glossary_says():
    script = _script()
    glossary = script.Glossary()
    wrong = [f"{ctx}: {source!r} → {text!r}, glossary {glossary.expected(ctx, source)!r}"
             for ts in TS_FILES for ctx, source, text, _done in script.ts_messages(ts)
             if glossary.expected(ctx, source) is not None
             and script._fold(text) != script._fold(glossary.expected(ctx, source))]
    assert not wrong, "run scripts/update_translations.py:\n" + "\n".join(wrong)


def test_the_glossary_says_why_each_exception_differs_and_names_only_real_plural_terms():
    script = _script()
    glossary = script.Glossary()
    for (ctx, source), entry in glossary.exceptions.items():
        assert entry["english"].strip() and len(entry["reason"]) > 10, (ctx, source)
        assert entry["english"] != glossary.expected("-", source), f"{ctx}/{source}: the same as the term"
    for name in glossary.plural:
        if "/" in name:
            assert isinstance(glossary.terms.get(name.split("/", 1)[1]), dict), f"{name}: no one/many term"
    assert len(glossary.exceptions) <= 20  # a short list: anything else has one English


def test_the_update_script_gives_each_context_the_glossary_term_and_fills_moved_strings(tmp_path):
    script = _script()
    glossary_file = tmp_path / "glossary.json"
    glossary_file.write_text(json.dumps({
        "terms": {"取消": "Cancel", "委员": {"one": "Member", "many": "Members"}},
        "plural": ["Pages"],
        "exceptions": [{"context": "fields", "source": "取消", "english": "Cancelled", "reason": "a shift's state"}],
    }, ensure_ascii=False), "utf-8")
    glossary = script.Glossary(glossary_file)

    def ts(name: str, messages: list[tuple[str, str, str | None]]) -> Path:
        body = "".join(
            f"<context>\n    <name>{ctx}</name>\n    <message>\n        <source>{src}</source>\n"
            + (f"        <translation>{text}</translation>\n" if text is not None
               else '        <translation type="unfinished"></translation>\n')
            + "    </message>\n</context>\n" for ctx, src, text in messages)
        path = tmp_path / name
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1">\n'
                        + body + "</TS>\n", "utf-8")
        return path

    shell = ts("a_en.ts", [("Jobs", "取消", "Abort"), ("Pages", "委员", None), ("Moved", "年度", None),
                           ("fields", "取消", None), ("Other", "姓名", "Name"), ("Other", "取消", "Cancel")])
    planted = ts("b_en.ts", [("Form", "姓名", "Full name")])
    assert set(script.conflicts([shell, planted], glossary)) == {"取消", "姓名"}  # the test can fail
    left = script.apply_glossary(shell, glossary, {"年度": {"Year"}})
    assert [(c, s, t) for c, s, t, _f in script.ts_messages(shell)] == [
        ("Jobs", "取消", "Cancel"), ("Pages", "委员", "Members"), ("Moved", "年度", "Year"),
        ("fields", "取消", "Cancelled"), ("Other", "姓名", "Name"), ("Other", "取消", "Cancel")]
    assert left == [] and set(script.conflicts([shell, planted], glossary)) == {"姓名"}
