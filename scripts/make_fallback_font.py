"""Build resources/fonts/StationHanExt.ttf.xz, the fallback font for rare characters (CJK Ext-A / Ext-B).

    python scripts/make_fallback_font.py [--hanazono DIR]     # needs: pip install fonttools

Source: Hanazono Mincho (花園明朝) A and B, Debian package `fonts-hanazono` (TrueType outlines, dual
licensed Hanazono Font License / SIL OFL 1.1). Kept: CJK Unified Ideographs Extension A (from HanaMinA),
Extension B (from HanaMinB), and the ideographs, radicals and strokes of the BMP that the main font
(wqy-microhei) lacks. Hinting and layout tables are dropped, the two subsets merged into one font named
"Station Han Ext" (a modified version must not use the reserved names), and the file is xz-compressed
(the program unpacks it once into the user's cache folder; see station_app/fontfiles.py).
"""

from __future__ import annotations

import argparse
import lzma
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from station_app.fontfiles import main_font_path  # the unpacked main font

FONTS = ROOT / "resources" / "fonts"
OUT = FONTS / "StationHanExt.ttf.xz"
FAMILY = "Station Han Ext"
EXT_A = range(0x3400, 0x4DC0)
EXT_B = range(0x20000, 0x2A6E0)
BMP_HAN = (range(0x2E80, 0x2FE0), range(0x31C0, 0x31F0), range(0x4E00, 0xA000), range(0xF900, 0xFB00))


def subset(src: Path, codes, out: Path) -> None:
    from fontTools import subset as fs
    from fontTools.ttLib import TTFont

    font = TTFont(str(src))
    opts = fs.Options()
    opts.hinting = False
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.drop_tables += ["DSIG", "FFTM"]
    sub = fs.Subsetter(opts)
    sub.populate(unicodes=list(codes))
    sub.subset(font)
    font.save(str(out))


def rename(font) -> None:
    """Own family names, and the notice the licence asks of a modified version."""
    names = font["name"]
    notice = ("Subset of Hanazono Mincho A/B (GlyphWiki Project, Hanazono Font License / SIL OFL 1.1): "
              "CJK Extension A and B only, hinting removed, merged by the Station Ledger build script "
              "scripts/make_fallback_font.py.")
    for rec in list(names.names):
        if rec.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22):
            names.removeNames(nameID=rec.nameID)
    for name_id, value in ((1, FAMILY), (2, "Regular"), (3, f"{FAMILY} Regular"), (4, f"{FAMILY} Regular"),
                           (6, "StationHanExt-Regular"), (10, notice)):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)


def build(hanazono: Path, out: Path = OUT) -> Path:
    from fontTools.merge import Merger
    from fontTools.ttLib import TTFont

    main = TTFont(str(main_font_path()), fontNumber=0, lazy=True).getBestCmap()
    gaps = [c for r in BMP_HAN for c in r if c not in main]
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "a.ttf", Path(tmp) / "b.ttf"
        subset(hanazono / "HanaMinA.ttf", [*EXT_A, *gaps], a)
        subset(hanazono / "HanaMinB.ttf", EXT_B, b)
        font = Merger().merge([str(a), str(b)])
        rename(font)
        merged = Path(tmp) / "merged.ttf"
        font.save(str(merged))
        data = merged.read_bytes()
    part = out.with_suffix(".part")
    part.write_bytes(lzma.compress(data, preset=9 | lzma.PRESET_EXTREME))
    os.replace(part, out)
    print(f"{out}: {len(data) / 1e6:.1f} MB unpacked, {out.stat().st_size / 1e6:.1f} MB compressed")
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hanazono", type=Path, default=Path("/usr/share/fonts/truetype/hanazono"),
                        help="folder with HanaMinA.ttf and HanaMinB.ttf (apt-get install fonts-hanazono)")
    args = parser.parse_args(argv)
    if not (args.hanazono / "HanaMinA.ttf").exists():
        print(f"找不到 {args.hanazono}/HanaMinA.ttf：请先 apt-get install fonts-hanazono", file=sys.stderr)
        return 1
    build(args.hanazono)
    return 0


if __name__ == "__main__":
    sys.exit(main())
