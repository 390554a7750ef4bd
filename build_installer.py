"""Build Station Ledger into a self-contained folder, a portable zip and (on Windows) an installer.

    python build_installer.py            # every step, stops at the first failure
    python build_installer.py --skip-freeze   # only forms, translations and the installer script

Steps: compile forms (pyside6-uic) → compile translations (pyside6-lrelease) → freeze with
PyInstaller (one folder) → self-test the frozen app → portable zip → NSIS installer script, compiled
with makensis (on Windows, or anywhere makensis exists when --installer is given).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / "StationLedger"
APP_NAME = "委员工作站履职台账"
PUBLISHER = "委员工作站履职台账项目组"


class BuildError(Exception):
    pass


def project_version() -> str:
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise BuildError("pyproject.toml 中没有 version")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    parts = [int(p) for p in re.findall(r"\d+", version)[:4]]
    return tuple(parts + [0] * (4 - len(parts)))  # type: ignore[return-value]


def run(cmd: list[str], step: str, **kw) -> subprocess.CompletedProcess:
    print(f"  $ {' '.join(str(c) for c in cmd)}", flush=True)
    proc = subprocess.run([str(c) for c in cmd], check=False, cwd=ROOT, text=True, capture_output=True, **kw)
    if proc.returncode != 0:
        raise BuildError(f"{step}失败（退出码 {proc.returncode}）：\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return proc


def tool(name: str) -> str:
    """A console tool from the running interpreter's environment (venv bin / Scripts) or PATH."""
    folder = Path(sys.executable).parent
    for cand in (folder / name, folder / f"{name}.exe"):
        if cand.exists():
            return str(cand)
    found = shutil.which(name)
    if not found:
        raise BuildError(f"找不到工具 {name}，请先安装：pip install -e '.[build]'")
    return found


def step_forms() -> None:
    run([sys.executable, ROOT / "scripts" / "compile_forms.py"], "编译界面文件 ")
    print(f"  {len(list((ROOT / 'forms').glob('*.ui')))} 个界面文件已编译")


def step_translations() -> None:
    ts_files = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    for ts in ts_files:
        run([tool("pyside6-lrelease"), ts, "-qm", ts.with_suffix(".qm")], f"编译翻译 {ts.name} ")
    print(f"  {len(ts_files)} 个翻译文件已编译")


def windows_version_file(version: str) -> Path:
    v = version_tuple(version)
    BUILD.mkdir(parents=True, exist_ok=True)
    path = BUILD / "version_info.txt"
    path.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('080404b0', [
      StringStruct('CompanyName', '{PUBLISHER}'),
      StringStruct('FileDescription', '{APP_NAME}'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'StationLedger'),
      StringStruct('OriginalFilename', 'StationLedger.exe'),
      StringStruct('ProductName', '{APP_NAME}'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])]
)
""", "utf-8")
    return path


def step_freeze(version: str) -> None:
    env = dict(os.environ, STATION_VERSION_FILE=str(windows_version_file(version)), STATION_BUILD_DIR=str(BUILD))
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", BUILD / "pyinstaller", "installer/station_ledger.spec"],
        "PyInstaller 打包", env=env)
    if not BUNDLE.is_dir():
        raise BuildError(f"打包后没有找到 {BUNDLE}")
    gui = BUNDLE / "StationLedger"
    if os.name != "nt" and not gui.exists():
        gui.symlink_to("station-app")  # one executable serves GUI and command line off Windows


def frozen_cli() -> Path:
    exe = BUNDLE / ("station-app.exe" if os.name == "nt" else "station-app")
    if not exe.exists():
        raise BuildError(f"打包结果中没有 {exe.name}")
    return exe


# What Qt's offscreen platform prints on any machine without a screen: not an error of ours.
BENIGN_QT_MESSAGES = ("qt.qpa.", "QStandardPaths", "This plugin does not support propagateSizeHints()")


def step_self_test() -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    proc = run([frozen_cli(), "self-test"], "打包程序自检", env=env)  # works in a temporary data folder
    elapsed = time.perf_counter() - started
    unexpected = [line for line in proc.stderr.splitlines()
                  if line.strip() and not line.startswith(BENIGN_QT_MESSAGES)]
    if unexpected:
        raise BuildError("打包程序自检输出了错误信息：\n" + "\n".join(unexpected[-30:]))
    print("  " + proc.stdout.strip().replace("\n", "\n  "))
    return elapsed


def folder_size(path: Path) -> int:
    """Bytes of the regular files below *path*, links not followed (as the installer packs them)."""
    total = 0
    for folder, _dirs, files in os.walk(path):
        total += sum(os.lstat(os.path.join(folder, f)).st_size for f in files
                     if not os.path.islink(os.path.join(folder, f)))
    return total


def step_portable(version: str) -> Path:
    target = DIST / f"StationLedger-{version}-{platform.system().lower()}-portable.zip"
    tmp = target.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(BUNDLE.rglob("*")):
            if f.is_symlink():
                info = zipfile.ZipInfo(str(Path("StationLedger") / f.relative_to(BUNDLE)))
                info.external_attr = 0o120777 << 16  # keep links as links (unzip restores them)
                zf.writestr(info, os.readlink(f))
            elif f.is_file():
                zf.write(f, Path("StationLedger") / f.relative_to(BUNDLE))
        zf.writestr("StationLedger/portable.txt",
                    "有此文件时，程序以便携模式运行：数据保存在程序旁的 data 文件夹中。\n"
                    "Portable mode: data is kept in the data folder beside the program.\n")
    os.replace(tmp, target)
    return target


def nsis_script(version: str, dist_dir: Path, out_file: Path) -> str:
    template = (ROOT / "installer" / "station_ledger.nsi.in").read_text("utf-8")
    icon = ROOT / "resources" / "icons" / "app.ico"
    values = {
        "@APP_NAME@": APP_NAME, "@VERSION@": version, "@PUBLISHER@": PUBLISHER,
        "@VERSION4@": ".".join(str(n) for n in version_tuple(version)),
        "@DISTDIR@": str(dist_dir), "@OUTFILE@": str(out_file), "@ICON@": str(icon),
    }
    for key, value in values.items():
        template = template.replace(key, value)
    return template


def step_installer(version: str, dist_dir: Path, compile_it: bool) -> Path:
    out = DIST / f"StationLedger-{version}-setup.exe"
    script = BUILD / "station_ledger.nsi"
    BUILD.mkdir(parents=True, exist_ok=True)
    script.write_text(nsis_script(version, dist_dir, out), "utf-8")
    print(f"  安装脚本：{script}")
    if compile_it:
        run([shutil.which("makensis") or "makensis", "-V2", "-INPUTCHARSET", "UTF8", script], "makensis 生成安装包")
        print(f"  安装包：{out}")
    return script


def use_output_folder(folder: Path) -> None:
    """Build into *folder*/dist and *folder*/build instead of the checkout (the slow test builds in a tmp dir)."""
    global DIST, BUILD, BUNDLE
    folder = Path(folder).resolve()
    DIST, BUILD = folder / "dist", folder / "build"
    BUNDLE = DIST / "StationLedger"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="构建委员工作站履职台账的发布包")
    parser.add_argument("--skip-freeze", action="store_true", help="只编译界面/翻译并生成安装脚本")
    parser.add_argument("--installer", action="store_true",
                        help="在非 Windows 系统上也用 makensis 编译安装包（用于检查脚本）")
    parser.add_argument("--out", type=Path, default=None,
                        help="输出文件夹（其中放 dist 与 build；默认为项目文件夹）")
    args = parser.parse_args(argv)
    if args.out is not None:
        use_output_folder(args.out)
    version = project_version()
    timings: dict[str, float] = {}
    steps = [("编译界面文件", step_forms), ("编译翻译文件", step_translations)]
    if not args.skip_freeze:
        steps += [("PyInstaller 打包", lambda: step_freeze(version)),
                  ("打包程序自检", step_self_test),
                  ("便携版压缩包", lambda: step_portable(version))]
    want_nsis = os.name == "nt" or args.installer
    steps.append(("安装程序", lambda: step_installer(version, BUNDLE, want_nsis and bool(shutil.which("makensis")))))
    try:
        for index, (label, fn) in enumerate(steps, 1):
            print(f"[{index}/{len(steps)}] {label}", flush=True)
            started = time.perf_counter()
            result = fn()
            timings[label] = time.perf_counter() - started
            if isinstance(result, Path):
                print(f"  → {result}")
    except BuildError as exc:
        print(f"\n构建失败：{exc}", file=sys.stderr)
        return 1
    if BUNDLE.is_dir() and not args.skip_freeze:
        print(f"\n打包大小：{folder_size(BUNDLE) / 1e6:.1f} MB（{BUNDLE}）")
    print("用时：" + "，".join(f"{k} {v:.1f}s" for k, v in timings.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
