"""scripts/screenshots.py grabs every page with the demo data; each picture has content."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"


def test_a_screenshot_of_every_page(app, tmp_path):
    from PySide6.QtGui import QImage

    from station_app.ui.pages import page_keys

    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.take(tmp_path / "shots", size=(1280, 760))
    names = [p.name for p in written]
    for i, key in enumerate(page_keys(), start=1):
        assert f"{i:02d}-{key}.png" in names
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 300
        colours = {image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
        assert len(colours) > 5, path.name  # not a blank picture
