"""Sub-commands of `station-app`, one module per area; each module exposes register(subparsers).

Every run builds the whole parser (≈ 60 ms), so a command module imports what its commands use inside
them: outputs.sheets alone costs ≈ 1.2 s, outputs.ledgers ≈ 0.7 s, services.records ≈ 0.3 s and the
GUI (PySide6) ≈ 0.3 s (measured with `python -X importtime`).
"""

MODULES = (
    "station_app.commands.core",      # gui, init, demo, check, backup, restore, stats, user
    "station_app.commands.station",   # station show / set: 工作站信息
    "station_app.commands.roster",    # roster generate …
    "station_app.commands.ledgers",   # export ledger, template, import
    "station_app.commands.sheets",    # export sheet, export inspection
    "station_app.commands.audit",     # log: 操作日志
    "station_app.commands.encryption",  # encrypt, recover, recovery-code
    "station_app.commands.due",       # due: 督办 items overdue or due soon, by department
    "station_app.commands.report",    # report-text: 年度报告的存在问题、下一步打算
    "station_app.commands.exchange",  # exchange export / trust / key / import / status: 上报包
    "station_app.commands.selftest",  # self-test (used on the frozen build)
)
