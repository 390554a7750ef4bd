"""The installer script and the frozen build (the build itself is marked slow; CI runs it)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _builder():
    spec = importlib.util.spec_from_file_location("build_installer", ROOT / "build_installer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _section(script: str, name: str) -> str:
    start = script.index(f'Section "{name}"')
    return script[start:script.index("SectionEnd", start)]


def test_version_comes_from_pyproject():
    import station_app

    builder = _builder()
    assert builder.project_version() == station_app.__version__
    assert builder.version_tuple("1.2") == (1, 2, 0, 0)


def test_installer_script_is_per_user_with_shortcuts_and_keeps_data(tmp_path):
    builder = _builder()
    script = builder.nsis_script("1.4.2", tmp_path / "dist", tmp_path / "setup.exe")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\' in script
    assert '!insertmacro MUI_LANGUAGE "SimpChinese"' in script
    assert 'VIProductVersion "1.4.2.0"' in script
    install = _section(script, "Install")
    assert "$SMPROGRAMS" in install and "$DESKTOP" in install and "CreateShortcut" in install
    assert "HKCU" in install and "HKLM" not in script
    uninstall = _section(script, "Uninstall")
    # The uninstaller removes program files only: never the data folder in %APPDATA%.
    assert "$APPDATA" not in uninstall.replace("; Only the program files. The data folder $APPDATA", "")
    assert "RMDir /r \"$INSTDIR\"" not in uninstall
    assert 'RMDir "$INSTDIR"' in uninstall  # removed only when empty
    assert "@" not in "".join(line for line in script.splitlines() if not line.startswith(";"))


def test_data_folder_is_outside_the_install_folder(monkeypatch):
    from station_app import paths

    monkeypatch.delenv("STATION_APP_DATA", raising=False)
    data = paths.default_data_dir()
    assert paths.app_root() not in data.parents


def test_self_test_uses_a_temporary_folder_and_leaves_user_data_alone(tmp_path, capsys):
    from station_app.cli import main

    user_data = tmp_path / "user-data"
    assert main(["--data-dir", str(user_data), "self-test", "--no-gui"]) == 0
    out = capsys.readouterr().out
    assert "生成接待登记台账" in out and "自检通过" in out
    assert not user_data.exists()


@pytest.mark.skipif(not shutil.which("makensis"), reason="makensis (Debian package nsis) not installed")
def test_installer_script_compiles_with_makensis(tmp_path):
    builder = _builder()
    dist = tmp_path / "StationLedger"
    (dist / "_internal").mkdir(parents=True)
    (dist / "StationLedger.exe").write_bytes(b"MZ placeholder for the frozen GUI")
    (dist / "station-app.exe").write_bytes(b"MZ placeholder for the frozen CLI")
    (dist / "_internal" / "base_library.zip").write_bytes(b"PK")
    out = tmp_path / "setup.exe"
    nsi = tmp_path / "setup.nsi"
    nsi.write_text(builder.nsis_script("0.9.1", dist, out), "utf-8")
    proc = subprocess.run(["makensis", "-V2", "-INPUTCHARSET", "UTF8", str(nsi)], check=False,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert out.read_bytes()[:2] == b"MZ" and out.stat().st_size > 30_000


def _outputs_in_checkout() -> dict:
    """The checkout's dist/ and build/ folders (and what they hold) as they are now."""
    return {p.name: (p.stat().st_mtime_ns, sorted(c.name for c in p.iterdir()))
            for p in (ROOT / "dist", ROOT / "build") if p.is_dir()}


@pytest.mark.slow
def test_frozen_build_passes_its_self_test(tmp_path):
    """Runs build_installer.py end to end: freeze, self-test of the frozen app, portable zip — built in a
    temporary folder, not in the checkout."""
    pytest.importorskip("PyInstaller")
    before = _outputs_in_checkout()
    proc = subprocess.run([sys.executable, "build_installer.py", "--out", str(tmp_path)], check=False, cwd=ROOT,
                          capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=1800)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    assert "自检通过" in proc.stdout
    assert _outputs_in_checkout() == before  # nothing built (or left) in the checkout
    bundle = tmp_path / "dist" / "StationLedger"
    size = _builder().folder_size(bundle)
    # 167 MB with the rare-character font, 186 MB with the PostgreSQL client (psycopg's libpq and OpenSSL)
    assert size <= 195 * 1000 * 1000, f"bundle is {size / 1e6:.0f} MB"
    fonts = bundle / "_internal" / "resources" / "fonts"
    assert (fonts / "StationHanExt.ttf.xz").exists() and (fonts / "LICENSE-hanazono.txt").exists()
    assert not list(bundle.rglob("*WebEngine*")) and not list(bundle.rglob("libQt6Quick*"))
    portable = next((tmp_path / "dist").glob("StationLedger-*-portable.zip"))
    with zipfile.ZipFile(portable) as zf:
        assert "StationLedger/portable.txt" in zf.namelist()
