"""The database's key pairs (signing, receiving), the public key file a receiving level hands out, and trust.

Both private keys live in the Setting table (inside the database, so an encrypted data folder keeps them
encrypted); they are made at `init` and, for an older database, on first need. The public key file is a
small UTF-8 JSON file with the receiving key and its fingerprint, which the clerk compares over the phone.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from station_app.services import context
from station_app.services.exchange import PackageError, crypto
from station_app.store.base import now
from station_app.store.models import AuditLog, Setting

KEYS_SETTING = "exchange.keys"  # {"sign": b64 Ed25519 private, "box": b64 X25519 private, "made_at"}
TRUST_SETTING = "exchange.upper"  # the receiving level: {"name", "cppcc", "uuid", "box_key", "fingerprint", …}
KEY_FORMAT = "station-ledger-public-key"
KEY_VERSION = 1
KEY_SUFFIX = ".slkey"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, size: int) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (ValueError, TypeError):
        raise ValueError("not base64") from None
    if len(raw) != size:
        raise ValueError("wrong length")
    return raw


def _setting(key: str):
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else None


def _put(key: str, value) -> None:
    row = Setting.get_or_none(Setting.key == key) or Setting(key=key)
    row.value = value
    row.save()


def ensure_keys() -> dict:
    """The database's private keys {"sign": bytes, "box": bytes}, made now if it has none yet."""
    value = _setting(KEYS_SETTING)
    if value:
        return {"sign": unb64(value["sign"], 32), "box": unb64(value["box"], 32)}
    keys = {"sign": crypto.new_signing_key(), "box": crypto.new_box_key()}
    _put(KEYS_SETTING, {"sign": b64(keys["sign"]), "box": b64(keys["box"]), "made_at": now().isoformat()})
    AuditLog.create(username=context.current().username, action="package_keys", table="station",
                    note=f"生成上报包密钥（签名密钥指纹 {crypto.fingerprint(crypto.signing_public(keys['sign']))}）")
    return keys


def signing_public() -> bytes:
    return crypto.signing_public(ensure_keys()["sign"])


def box_public() -> bytes:
    return crypto.box_public(ensure_keys()["box"])


def signing_fingerprint() -> str:
    return crypto.fingerprint(signing_public())


def box_fingerprint() -> str:
    return crypto.fingerprint(box_public())


@dataclass(frozen=True)
class KeyFile:
    """A receiving level's public key, as read from its key file."""

    name: str
    cppcc: str
    uuid: str
    box_key: bytes
    fingerprint: str
    made_at: str = ""

    def as_setting(self) -> dict:
        return {"name": self.name, "cppcc": self.cppcc, "uuid": self.uuid, "box_key": b64(self.box_key),
                "fingerprint": self.fingerprint, "made_at": self.made_at}


def key_file_text(station) -> str:
    """The public key file of this database (its receiving key), for *station* (the own Station row)."""
    public = box_public()
    return json.dumps({
        "format": KEY_FORMAT, "version": KEY_VERSION, "name": station.name, "cppcc": station.cppcc or "",
        "uuid": station.uuid, "box_key": b64(public), "fingerprint": crypto.fingerprint(public),
        "made_at": now().isoformat(),
    }, ensure_ascii=False, indent=1) + "\n"


def write_atomically(path: Path, data: bytes) -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_key_file(path: Path, station) -> KeyFile:
    text = key_file_text(station)
    try:
        write_atomically(Path(path), text.encode("utf-8"))
    except OSError as exc:
        raise PackageError(f"无法写入公钥文件 {path}：{exc.strerror or exc}") from None
    return parse_key_file(text, str(path))


def read_key_file(path: Path) -> KeyFile:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PackageError(f"无法读取公钥文件 {path}：{exc.strerror or exc}") from None
    if len(raw) > 64 * 1024:
        raise PackageError(f"{path.name} 不是上级下发的公钥文件（文件过大）。")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PackageError(f"{path.name} 不是上级下发的公钥文件（不是文本）。") from None
    return parse_key_file(text, path.name)


def parse_key_file(text: str, where: str) -> KeyFile:
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict) or data.get("format") != KEY_FORMAT:
        raise PackageError(f"{where} 不是上级下发的公钥文件。")
    if not isinstance(data.get("version"), int) or data["version"] > KEY_VERSION:
        raise PackageError(f"公钥文件 {where} 的格式版本（{data.get('version')}）比本程序新，请升级程序。")
    try:
        box_key = unb64(str(data.get("box_key", "")), 32)
    except ValueError:
        raise PackageError(f"公钥文件 {where} 已损坏（公钥不完整）。") from None
    fingerprint = crypto.fingerprint(box_key)
    if data.get("fingerprint") != fingerprint:
        raise PackageError(f"公钥文件 {where} 已损坏或被改动（指纹与公钥不符）。")
    name = str(data.get("name") or "").strip()
    if not name:
        raise PackageError(f"公钥文件 {where} 缺少接收单位名称。")
    return KeyFile(name=name, cppcc=str(data.get("cppcc") or ""), uuid=str(data.get("uuid") or ""),
                   box_key=box_key, fingerprint=fingerprint, made_at=str(data.get("made_at") or ""))


def trusted() -> KeyFile | None:
    """The receiving level this database sends its packages to, or None before `exchange trust`."""
    value = _setting(TRUST_SETTING)
    if not value:
        return None
    return KeyFile(name=value["name"], cppcc=value.get("cppcc", ""), uuid=value.get("uuid", ""),
                   box_key=unb64(value["box_key"], 32), fingerprint=value["fingerprint"],
                   made_at=value.get("made_at", ""))


def trust(key: KeyFile) -> KeyFile | None:
    """Send packages to *key*'s holder from now on; returns the receiving level it replaces (or None)."""
    context.require_admin()
    if key.box_key == box_public():
        raise PackageError("这是本单位自己的公钥文件：请导入上级（接收上报包的单位）下发的公钥文件。")
    before = trusted()
    _put(TRUST_SETTING, {**key.as_setting(), "trusted_at": now().isoformat()})
    was = f"，原为“{before.name}”（指纹 {before.fingerprint}）" if before and before != key else ""
    AuditLog.create(username=context.current().username, action="package_trust", table="station",
                    note=f"上报包接收单位：{key.name}（指纹 {key.fingerprint}）{was}"[:200])
    return before
