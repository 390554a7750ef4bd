"""The key file beside an encrypted database: the data key wrapped per account and under the recovery code.

`station.keys` (JSON) holds no key in clear: each entry is the 256-bit data key sealed with AES-GCM under
a key derived with scrypt from a password (or the recovery code) and the entry's own salt. The database
cannot hold these (they are needed to open it), so the file sits beside it and beside every backup.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import secrets
from pathlib import Path

from station_app.store.errors import StoreError

FORMAT = "station-keys"
VERSION = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # base32: no 0/1/8/9 to confuse with O/I/B
CODE_GROUPS, CODE_GROUP_LEN = 6, 5  # 30 characters = 150 bits
RECOVERY = "recovery"


class KeyFileError(StoreError):
    """The key file is missing, unreadable, or the password / recovery code does not open it."""


def keyfile_of(db_path: str | Path) -> Path:
    """station.db → station.keys; a backup station-….db → station-….keys."""
    return Path(db_path).with_suffix(".keys")


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


def raw_key_pragma(key: bytes) -> str:
    """The SQLCipher key string for a raw 256-bit key: used as is, no PBKDF2 on each open."""
    return f"x'{key.hex()}'"


# ---- recovery code ----
def new_recovery_code() -> str:
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LEN))
    return "-".join(chars[i:i + CODE_GROUP_LEN] for i in range(0, len(chars), CODE_GROUP_LEN))


def normalise_code(code: str) -> str:
    """Upper case, spaces and dashes dropped, 0/1/8 read as O/I/B (how people copy codes by hand)."""
    text = "".join(ch for ch in (code or "").upper() if not ch.isspace() and ch not in "-—_")
    return text.translate(str.maketrans("018", "OIB"))


# ---- wrapping ----
def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _kek(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=512 * 1024 * 1024)


def entry_name(username: str) -> str:
    return "account:" + username


def _aead(key: bytes):
    """AES-GCM under *key* (cryptography is imported on first use: an unencrypted start never loads it)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _aad(name: str) -> bytes:
    return f"{FORMAT}:{VERSION}:{name}".encode()


def wrap(data_key: bytes, secret: str, name: str, **extra) -> dict:
    """An entry: the data key sealed under scrypt(secret, fresh salt); *name* is bound in as AAD."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    sealed = _aead(_kek(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(nonce, data_key, _aad(name))
    return {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt),
            "nonce": _b64(nonce), "sealed": _b64(sealed), **extra}


def wrap_with_hash(data_key: bytes, password_hash: str, name: str) -> dict:
    """A provisional entry for an account whose password is not at hand (accounts existing when encryption
    is turned on): sealed under its stored scrypt digest, which the password reproduces at login. The
    entry is replaced by a fresh-salted one (`wrap`) at that account's next login."""
    _scheme, n, r, p, salt, digest = password_hash.split("$")
    nonce = secrets.token_bytes(12)
    sealed = _aead(base64.b64decode(digest)).encrypt(nonce, data_key, _aad(name))
    return {"kdf": "scrypt-hash", "n": int(n), "r": int(r), "p": int(p), "salt": salt,
            "nonce": _b64(nonce), "sealed": _b64(sealed)}


def unwrap(entry: dict, secret: str, name: str) -> bytes | None:
    """The data key, or None when *secret* is wrong."""
    from cryptography.exceptions import InvalidTag

    try:
        kek = _kek(secret, base64.b64decode(entry["salt"]), int(entry["n"]), int(entry["r"]), int(entry["p"]))
        return _aead(kek).decrypt(base64.b64decode(entry["nonce"]), base64.b64decode(entry["sealed"]), _aad(name))
    except (InvalidTag, KeyError, ValueError, TypeError):
        return None


# ---- the file ----
def read(path: str | Path) -> dict:
    path = Path(path)
    try:
        doc = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise KeyFileError(f"数据已加密，但找不到密钥文件 {path}（应与数据库文件放在一起）。", path=path) from None
    except (OSError, ValueError) as exc:
        raise KeyFileError(f"密钥文件 {path} 无法读取或已损坏：{exc}", path=path) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("accounts"), dict):
        raise KeyFileError(f"密钥文件 {path} 不是本程序的密钥文件。", path=path)
    return doc


def write(path: str | Path, doc: dict) -> Path:
    """Write *doc* to a temporary name, fsync, rename over *path*: never a half key file."""
    path = Path(path)
    doc = {**doc, "format": FORMAT, "version": VERSION, "updated": dt.datetime.now().isoformat(timespec="seconds")}
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path


def new_document(data_key: bytes, recovery_code: str, cipher: dict) -> dict:
    return {"format": FORMAT, "version": VERSION, "cipher": dict(cipher), "accounts": {},
            RECOVERY: wrap(data_key, normalise_code(recovery_code), RECOVERY)}


def usernames(path: str | Path) -> list[str]:
    """The accounts that can open the data (for the login list); [] when the file is unreadable."""
    try:
        return sorted(read(path)["accounts"])
    except KeyFileError:
        return []


def unlock(path: str | Path, username: str, password: str) -> bytes:
    """The data key for this account's password; KeyFileError with a Chinese message otherwise."""
    doc = read(path)
    entry = doc["accounts"].get((username or "").strip())
    key = unwrap(entry, password or "", entry_name(username.strip())) if entry else None
    if key is None:
        if entry is None:  # answer as slowly as a wrong password
            _kek(password or "", b"0" * 16, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        raise KeyFileError("用户名或密码不正确，无法解开加密的数据。", path=Path(path))
    return key


def unlock_with_code(path: str | Path, code: str) -> bytes:
    doc = read(path)
    key = unwrap(doc[RECOVERY], normalise_code(code), RECOVERY) if RECOVERY in doc else None
    if key is None:
        raise KeyFileError("恢复码不正确。请核对打印或抄写的恢复码（共30个字符，分6组）。", path=Path(path))
    return key


def set_account(path: str | Path, username: str, entry: dict) -> None:
    doc = read(path)
    doc["accounts"][username] = entry
    write(path, doc)


def remove_account(path: str | Path, username: str) -> None:
    doc = read(path)
    if doc["accounts"].pop(username, None) is not None:
        write(path, doc)


SQLCIPHER4_DEFAULTS = {"cipher_page_size": 4096, "cipher_hmac_algorithm": "HMAC_SHA512"}


def cipher_settings(path: str | Path) -> dict:
    """The page settings the database beside this key file was written with ({} without a key file);
    a setting not recorded is SQLCipher 4's default, so a later change of ours cannot lock old data out."""
    try:
        return {**SQLCIPHER4_DEFAULTS, **(read(path).get("cipher") or {})}
    except KeyFileError:
        return {}
