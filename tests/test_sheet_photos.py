"""Activity-sheet photos: turned upright by their EXIF orientation, small photos never blown up."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image
from pypdf import PdfReader

import sheetdata
from station_app.outputs.sheets import render_sheet
from station_app.store.models import Attachment

RED, BLUE = (220, 30, 30), (40, 80, 200)


@pytest.fixture
def data(db, data_dir):
    return sheetdata.make(data_dir)


def _store(data_dir, owner, caption: str, data: bytes, suffix: str):
    sha = hashlib.sha256(data).hexdigest()
    path = data_dir.attachments / sha[:2] / sha
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return Attachment.create(sha256=sha, filename=f"{caption}{suffix}", size=len(data), owner_table="activity",
                             owner_id=owner.id, caption=caption)


def sideways_jpeg() -> bytes:
    """What a phone held upright stores: a 600×300 sensor image (red band on top) with orientation 6,
    which a viewer turns 90° clockwise into a 300×600 portrait with the red band on the right."""
    img = Image.new("RGB", (600, 300), BLUE)
    img.paste(RED, (0, 0, 600, 60))
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92, exif=exif)
    return buf.getvalue()


def only_photos(data):
    Attachment.delete().where(Attachment.owner_table == "activity").execute()


def drawn_images(pdf) -> list:
    """(PIL image as embedded, width and height in points as drawn) of every photo on the pages."""
    out = []
    for page in PdfReader(str(pdf)).pages:
        sizes = []

        def visit(op, args, cm, tm, sizes=sizes):
            if op == b"Do":
                sizes.append((abs(cm[0]) + abs(cm[2]), abs(cm[1]) + abs(cm[3])))

        page.extract_text(visitor_operand_before=visit)
        out += [(im.image, size) for im, size in zip(page.images, sizes)]
    return out


def test_a_photo_with_orientation_6_prints_upright(data, data_dir, tmp_path):
    only_photos(data)
    _store(data_dir, data.activity, "竖拍照片", sideways_jpeg(), ".jpg")
    out = render_sheet("activity", [data.activity.id], tmp_path / "a.pdf")
    [(img, (w, h))] = drawn_images(out)
    assert img.size == (300, 600)  # reportlab received the turned picture
    assert h > w * 1.9  # and it is drawn as a portrait
    rgb = img.convert("RGB")
    right, left = rgb.getpixel((285, 300)), rgb.getpixel((15, 300))
    assert right[0] > 180 and right[2] < 100  # the band that was on top is on the right: turned clockwise
    assert left[2] > 150 and left[0] < 100


def test_a_small_photo_is_not_enlarged(data, data_dir, tmp_path):
    only_photos(data)
    buf = io.BytesIO()
    Image.new("RGB", (200, 150), BLUE).save(buf, "PNG")
    _store(data_dir, data.activity, "小图", buf.getvalue(), ".png")
    out = render_sheet("activity", [data.activity.id], tmp_path / "a.pdf")
    [(img, (w, h))] = drawn_images(out)
    assert img.size == (200, 150)
    assert w <= 200 / 150 * 72 + 0.01 and h <= 150 / 150 * 72 + 0.01  # at most its size at 150 dpi
    assert w == pytest.approx(96, abs=0.5)


def test_a_large_photo_still_fits_its_half_of_the_width(data, tmp_path):
    out = render_sheet("activity", [data.activity.id], tmp_path / "a.pdf")
    sizes = [size for _, size in drawn_images(out)]
    assert len(sizes) == 2
    half = (21.0 - 4.5 - 0.4) / 2 / 2.54 * 72  # A4 less the margins and the gap, in points
    for w, h in sizes:
        assert w <= half + 0.5 and h <= 6.5 / 2.54 * 72 + 0.5
