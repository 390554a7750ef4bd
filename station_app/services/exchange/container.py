"""The package file: an encrypted zip holding a signed manifest, the rows as JSON lines and attachments.

File layout: ``MAGIC``, a 4-byte header length, the header (JSON: format version, the recipient's key
fingerprint, the ephemeral key and nonce prefix — nothing about the station or its data), then the
sealed zip (crypto.seal_stream). Inside: ``manifest.json`` (station, sequence number, period, counts per
kind, SHA-256 and size of every part), ``manifest.sig`` (Ed25519 over manifest.json's bytes), ``rows/*.jsonl``
and ``files/<sha256>``. Reading checks, in order: magic and format, recipient, decryption (damage, a cut-off
file), the signature, then every part's hash — each with its reason in Chinese.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from station_app.services.exchange import PackageError, crypto
from station_app.services.exchange.keys import b64, unb64

MAGIC = b"STLGPKG\n"
FORMAT = "station-ledger-package"
FORMAT_VERSION = 1
SUFFIX = ".slpkg"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
MAX_HEADER = 4096


class Cancelled(Exception):
    """The user stopped the export; nothing was written."""


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class PackageWriter:
    """Collects parts into a zip in a temporary file; finish() signs, seals and renames into place."""

    def __init__(self):
        self._tmp = tempfile.TemporaryFile()  # noqa: SIM115 — lives until finish() or discard()
        self._zip = zipfile.ZipFile(self._tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6)
        self.parts: dict[str, dict] = {}

    def add_bytes(self, name: str, data: bytes, **info) -> None:
        self._zip.writestr(name, data)
        self.parts[name] = {"sha256": _sha(data), "size": len(data), **info}

    def add_file(self, name: str, path: Path, sha256: str) -> None:
        """An attachment, stored uncompressed (photos do not shrink), its hash checked as it is copied."""
        digest, size = hashlib.sha256(), 0
        with open(path, "rb") as src, self._zip.open(zipfile.ZipInfo(name), "w", force_zip64=True) as dst:
            for block in iter(lambda: src.read(1 << 20), b""):
                digest.update(block)
                dst.write(block)
                size += len(block)
        if digest.hexdigest() != sha256:
            raise PackageError(f"附件文件 {path} 已损坏（内容与保存时不一致），请先在“检查”中处理后再导出。")
        self.parts[name] = {"sha256": sha256, "size": size}

    def finish(self, path: Path, manifest: dict, signing_key: bytes, recipient_key: bytes,
               progress=None, cancelled=None) -> Path:
        """Write the package to *path* (via a temporary name in the same folder); returns *path*."""
        manifest = {**manifest, "format": FORMAT, "format_version": FORMAT_VERSION, "parts": self.parts}
        body = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
        self._zip.writestr(MANIFEST, body)
        self._zip.writestr(SIGNATURE, b64(crypto.sign(signing_key, body)))
        self._zip.close()
        total = self._tmp.tell()
        self._tmp.seek(0)
        eph, prefix, key = crypto.seal_params(recipient_key)
        header = json.dumps({"format": FORMAT, "version": FORMAT_VERSION,
                             "recipient": crypto.fingerprint(recipient_key), "ephemeral": b64(eph),
                             "nonce": b64(prefix)}, sort_keys=True).encode("utf-8")
        path = Path(path)
        tmp = path.with_name(f".{path.name}.part")

        def step(done, all_):
            if cancelled and cancelled():
                raise Cancelled()
            if progress:
                progress(done, all_)

        try:
            with open(tmp, "wb") as out:
                out.write(MAGIC + struct.pack(">I", len(header)) + header)
                crypto.seal_stream(self._tmp, out, key, prefix, header, progress=step, total=total)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise PackageError(f"无法写入上报包 {path}：{exc.strerror or exc}") from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        finally:
            self._tmp.close()
        return path

    def discard(self) -> None:
        try:
            self._zip.close()
        finally:
            self._tmp.close()


@dataclass
class Package:
    """An opened, decrypted and verified package (the zip lives in an anonymous temporary file)."""

    path: Path
    manifest: dict
    signature: bytes
    digest: str  # SHA-256 of manifest.json: names this package exactly
    _zip: zipfile.ZipFile = field(repr=False)
    _tmp: object = field(repr=False)

    @property
    def signing_key(self) -> bytes:
        return unb64(self.manifest["station"]["signing_key"], 32)

    def rows(self, name: str):
        """The rows of part *name* (``rows/<table>.jsonl``) as dicts; nothing when the part is absent."""
        if name not in self.manifest["parts"]:
            return iter(())
        data = self._zip.read(name).strip(b"\n")
        if not data:
            return iter(())
        # one JSON object per line, newlines inside values escaped: the lines joined are one JSON array
        return iter(json.loads(b"[" + data.replace(b"\n", b",") + b"]"))

    def copy_file(self, sha256: str, dest) -> None:
        with self._zip.open(f"files/{sha256}") as src:
            shutil.copyfileobj(src, dest, 1 << 20)

    def has_file(self, sha256: str) -> bool:
        return f"files/{sha256}" in self.manifest["parts"]

    def close(self) -> None:
        self._zip.close()
        self._tmp.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def read_header(fh, where: str) -> tuple[dict, bytes]:
    magic = fh.read(len(MAGIC))
    if magic != MAGIC:
        raise PackageError(f"{where} 不是上报包文件（文件头不符）。")
    raw = fh.read(4)
    if len(raw) < 4:
        raise PackageError(f"上报包 {where} 不完整（文件被截断），请重新拷贝。")
    (size,) = struct.unpack(">I", raw)
    if size > MAX_HEADER:
        raise PackageError(f"上报包 {where} 已损坏（文件头长度不符）。")
    header_bytes = fh.read(size)
    if len(header_bytes) < size:
        raise PackageError(f"上报包 {where} 不完整（文件被截断），请重新拷贝。")
    try:
        header = json.loads(header_bytes)
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise PackageError(f"上报包 {where} 已损坏（文件头无法识别）。")
    if not isinstance(header.get("version"), int) or header["version"] > FORMAT_VERSION:
        raise PackageError(f"上报包 {where} 的格式版本（{header.get('version')}）比本程序新，请升级程序后再导入。")
    return header, header_bytes


def recipient_of(path: Path) -> str:
    """The fingerprint of the key a package is sealed for (readable without the key)."""
    with open(path, "rb") as fh:
        header, _raw = read_header(fh, Path(path).name)
    return str(header.get("recipient", ""))


def open_package(path: Path, box_private: bytes, *, schema_version: int) -> Package:
    """Decrypt and verify the package at *path* with this database's receiving key; PackageError if unusable."""
    path = Path(path)
    where = path.name
    mine = crypto.fingerprint(crypto.box_public(box_private))
    try:
        fh = open(path, "rb")  # noqa: SIM115 — closed by the with below
    except OSError as exc:
        raise PackageError(f"无法读取上报包 {path}：{exc.strerror or exc}") from None
    tmp = tempfile.TemporaryFile()  # noqa: SIM115 — owned by the Package returned
    try:
        with fh:
            header, header_bytes = read_header(fh, where)
            if header.get("recipient") != mine:
                raise PackageError(f"上报包 {where} 不是发给本单位的（它的接收方密钥指纹为 {header.get('recipient')}，"
                                   f"本单位为 {mine}），无法解开。请工作站导入本单位下发的公钥文件后重新导出。")
            try:
                eph, prefix = unb64(header.get("ephemeral", ""), 32), unb64(header.get("nonce", ""), 4)
            except ValueError:
                raise PackageError(f"上报包 {where} 已损坏（文件头无法识别）。") from None
            try:
                key = crypto.open_key(box_private, eph)
                crypto.open_stream(fh, tmp, key, prefix, header_bytes)
            except crypto.OpenError as exc:
                if str(exc) in ("truncated", "no data"):
                    raise PackageError(f"上报包 {where} 不完整（文件被截断），请重新拷贝。") from None
                raise PackageError(f"上报包 {where} 已损坏或被改动（解密校验不通过），"
                                   "请重新拷贝或请工作站重新导出。") from None
        tmp.seek(0)
        try:
            zf = zipfile.ZipFile(tmp)
            body = zf.read(MANIFEST)
            signature = unb64(zf.read(SIGNATURE).decode("ascii"), 64)
            manifest = json.loads(body)
        except (zipfile.BadZipFile, KeyError, ValueError, UnicodeDecodeError):
            raise PackageError(f"上报包 {where} 已损坏（内容无法识别）。") from None
        package = Package(path, manifest, signature, _sha(body), zf, tmp)
        _check_manifest(package, body, where, schema_version)
        return package
    except BaseException:
        tmp.close()
        raise


def _check_manifest(package: Package, body: bytes, where: str, schema_version: int) -> None:
    m = package.manifest
    if not isinstance(m, dict) or m.get("format") != FORMAT or not isinstance(m.get("parts"), dict):
        raise PackageError(f"上报包 {where} 已损坏（清单无法识别）。")
    if not isinstance(m.get("format_version"), int) or m["format_version"] > FORMAT_VERSION:
        raise PackageError(f"上报包 {where} 的格式版本（{m.get('format_version')}）比本程序新，请升级程序后再导入。")
    try:
        public = package.signing_key
    except (KeyError, TypeError, ValueError):
        raise PackageError(f"上报包 {where} 已损坏（缺少工作站公钥）。") from None
    if not crypto.verify(public, package.signature, body):
        raise PackageError(f"上报包 {where} 的签名无效：内容被改动过，或不是该工作站签发的。未导入。")
    schema = m.get("schema_version")
    if not isinstance(schema, int) or schema > schema_version:
        raise PackageError(f"上报包 {where} 由更新版本的程序导出（数据结构版本 {schema}，"
                           f"本程序支持 {schema_version}），请升级程序后再导入。")
    names = set(package._zip.namelist()) - {MANIFEST, SIGNATURE}
    if names != set(m["parts"]):
        raise PackageError(f"上报包 {where} 已损坏（内容与清单不符）。")
    for name, info in m["parts"].items():
        digest = hashlib.sha256()
        with package._zip.open(name) as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != info.get("sha256"):
            raise PackageError(f"上报包 {where} 中的 {name} 校验和不符（SHA-256），内容已损坏。未导入。")
