"""The desktop application on a PostgreSQL server: the window and its lists on the server's records, and two
clients on one server — another PC (a separate process) saves the dispute this window is editing."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from records_data import type_chinese
from station_app.services import accounts, context, disputes
from station_app.store import models as M

ROOT = Path(__file__).resolve().parents[2]
SHOTS = os.environ.get("STATION_SHOTS")

OTHER_PC = textwrap.dedent("""
    import sys
    import station_app.services.registry
    from station_app.services import context, records
    from station_app.store.models import Dispute
    from station_app.store.server import open_server_database

    open_server_database(sys.argv[1])
    context.set_actor("zhangsan", "录入员")
    records.update(Dispute.get_by_id(int(sys.argv[2])), {"summary": "另一台电脑上改写的简要情况。"})
""")


@pytest.fixture
def case(app, server_database):
    context.set_actor("tester", "管理员")
    accounts.create_user("zhangsan", "Zs-2026-pass", role="录入员", display_name="张三")
    c = disputes.create_dispute(
        {"accepted_on": "2026-03-05", "dispute_type": "劳动争议", "source": "当事人申请",
         "summary": "拖欠工资8000元。"}, parties=[{"role": "申请人", "name": "王秀英"}])
    return M.Dispute.get_by_id(c.id)


def test_the_window_lists_the_servers_records(qtbot, case, data_dir, window_settings):
    from station_app.ui.main_window import MainWindow

    w = MainWindow(data_dir, window_settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.show_page("disputes")
    page = w.pages["disputes"]
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 1, timeout=10000)
    assert "共 1 条" in page.view.count_label.text()
    if SHOTS:
        w.grab().save(os.path.join(SHOTS, "server-disputes.png"))


def test_a_save_from_another_pc_while_editing_asks_and_keep_mine_wins(qtbot, case, server_database, tmp_path):
    from station_app.ui.dialogs.dispute import DisputeDialog

    dlg = DisputeDialog(None, case)
    qtbot.addWidget(dlg)
    dlg.show()
    type_chinese(dlg.ui.summary, "（补）")
    mine = dlg.ui.summary.toPlainText()
    script = tmp_path / "other_pc.py"
    script.write_text(OTHER_PC, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), server_database.url_for_tests, str(case.id)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    asked = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append((box.text(), box.informativeText()))
            if SHOTS:
                box.grab().save(os.path.join(SHOTS, "server-conflict.png"))
            next(b for b in box.buttons() if b.text() == "保留我的修改").click()
        else:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(10, answer)
    assert dlg.save()
    assert asked and asked[0][0].startswith("该记录已被 张三 于 ")
    assert "另一台电脑上改写的简要情况。" in asked[0][1]
    assert M.Dispute.get_by_id(case.id).summary == mine
