"""Signatures (Ed25519) and sealing for one recipient (X25519 + HKDF-SHA256 + AES-256-GCM in chunks).

A sealed stream: the caller's header bytes (authenticated, not secret) followed by chunks, each
``4-byte length || AES-GCM ciphertext``. The key comes from an ephemeral X25519 key agreed with the
recipient's public key; every chunk's nonce carries its index and its additional data says whether it is
the last one, so reordered, dropped, flipped or cut-off chunks all fail to open.
"""

from __future__ import annotations

import hashlib
import os
import struct

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

CHUNK = 1 << 20  # plaintext bytes per chunk
INFO = b"station-ledger exchange v1"
_RAW = {"encoding": serialization.Encoding.Raw, "format": serialization.PublicFormat.Raw}
_RAW_PRIVATE = {"encoding": serialization.Encoding.Raw, "format": serialization.PrivateFormat.Raw,
                "encryption_algorithm": serialization.NoEncryption()}


class OpenError(Exception):
    """The sealed data does not open: damaged, cut off, or sealed for another key."""


# ---- keys as raw bytes ----
def new_signing_key() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(**_RAW_PRIVATE)


def new_box_key() -> bytes:
    return X25519PrivateKey.generate().private_bytes(**_RAW_PRIVATE)


def signing_public(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(**_RAW)


def box_public(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(**_RAW)


def fingerprint(public: bytes) -> str:
    """20 decimal digits in groups of four, easy to read out over the phone: ``3820 1177 0452 9931 6084``."""
    number = int.from_bytes(hashlib.sha256(b"station-ledger/fingerprint/" + public).digest()[:10], "big")
    digits = f"{number % 10**20:020d}"
    return " ".join(digits[i:i + 4] for i in range(0, 20, 4))


# ---- signatures ----
def sign(private: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(message)


def verify(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# ---- sealing ----
def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=INFO).derive(shared)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">Q", index)


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return hashlib.sha256(header).digest() + struct.pack(">QB", index, 1 if last else 0)


def seal_params(recipient_public: bytes) -> tuple[bytes, bytes, bytes]:
    """(ephemeral public key, nonce prefix, content key) for sealing to *recipient_public*."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes(**_RAW)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    return eph_pub, os.urandom(4), _key(shared, eph_pub, recipient_public)


def open_key(private: bytes, ephemeral_public: bytes) -> bytes:
    me = X25519PrivateKey.from_private_bytes(private)
    try:
        shared = me.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as exc:
        raise OpenError(str(exc)) from None
    return _key(shared, ephemeral_public, me.public_key().public_bytes(**_RAW))


def seal_stream(src, dst, key: bytes, prefix: bytes, header: bytes, progress=None, total: int = 0) -> None:
    """Encrypt the file object *src* into *dst* (after the caller wrote *header* there)."""
    aead = AESGCM(key)
    index, done = 0, 0
    block = src.read(CHUNK)
    while True:
        following = src.read(CHUNK) if len(block) == CHUNK else b""
        last = not following
        sealed = aead.encrypt(_nonce(prefix, index), block, _aad(header, index, last))
        dst.write(struct.pack(">I", len(sealed)))
        dst.write(sealed)
        done += len(block)
        if progress:
            progress(done, total)
        if last:
            return
        block, index = following, index + 1


def open_stream(src, dst, key: bytes, prefix: bytes, header: bytes) -> None:
    """Decrypt chunks from *src* (positioned after the header) into *dst*; OpenError when anything is off."""
    aead = AESGCM(key)
    index = 0
    while True:
        head = src.read(4)
        if len(head) < 4:
            raise OpenError("truncated" if index or head else "no data")
        (size,) = struct.unpack(">I", head)
        if size > CHUNK + 16:
            raise OpenError("bad chunk length")
        sealed = src.read(size)
        if len(sealed) < size:
            raise OpenError("truncated")
        last = not src.peek(1)[:1] if hasattr(src, "peek") else _at_end(src)
        try:
            dst.write(aead.decrypt(_nonce(prefix, index), sealed, _aad(header, index, last)))
        except InvalidTag:
            raise OpenError("tag mismatch") from None
        if last:
            return
        index += 1


def _at_end(src) -> bool:
    here = src.tell()
    more = src.read(1)
    src.seek(here)
    return not more
