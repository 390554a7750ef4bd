"""The package file and key files on their own: sealing, signatures, and every way a file can be refused."""

from __future__ import annotations

import json
import os

import pytest

from station_app.services.exchange import PackageError, container, crypto, keys

SCHEMA = 5


def _manifest(sign_key: bytes, schema: int = SCHEMA) -> dict:
    return {"schema_version": schema, "app_version": "test", "sequence": 1,
            "station": {"uuid": "u-1", "name": "三塬镇委员工作室", "cppcc": "景泰县政协",
                        "signing_key": keys.b64(crypto.signing_public(sign_key))}}


def _write(path, sign_key, box_public, *, schema=SCHEMA, rows=None, big=b""):
    writer = container.PackageWriter()
    lines = [json.dumps(r, ensure_ascii=False) for r in (rows or [{"uuid": "a", "name": "王桂兰"}])]
    writer.add_bytes("rows/visit.jsonl", ("\n".join(lines) + "\n").encode("utf-8"), rows=len(lines))
    if big:
        writer.add_bytes("rows/big.jsonl", big)
    return writer.finish(path, _manifest(sign_key, schema), sign_key, box_public)


@pytest.fixture
def pair():
    return crypto.new_signing_key(), crypto.new_box_key()


def test_a_package_opens_with_the_recipients_key_and_gives_back_its_rows(tmp_path, pair):
    sign, box = pair
    path = _write(tmp_path / "p.slpkg", sign, crypto.box_public(box), big=b"x" * (3 * crypto.CHUNK + 5))
    assert not list(tmp_path.glob(".*.part"))
    raw = path.read_bytes()
    assert "王桂兰".encode() not in raw and b"visit" not in raw  # nothing readable without the key
    with container.open_package(path, box, schema_version=SCHEMA) as pkg:
        assert list(pkg.rows("rows/visit.jsonl")) == [{"uuid": "a", "name": "王桂兰"}]
        assert pkg.manifest["station"]["name"] == "三塬镇委员工作室"
        assert pkg.signing_key == crypto.signing_public(sign)
        assert pkg.manifest["parts"]["rows/big.jsonl"]["size"] == 3 * crypto.CHUNK + 5


@pytest.mark.parametrize("where", ["header", "early", "middle", "last"])
def test_one_flipped_byte_anywhere_is_refused(tmp_path, pair, where):
    sign, box = pair
    path = _write(tmp_path / "p.slpkg", sign, crypto.box_public(box), big=b"y" * (2 * crypto.CHUNK))
    data = bytearray(path.read_bytes())
    at = {"header": 20, "early": 200, "middle": len(data) // 2, "last": len(data) - 1}[where]
    data[at] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(PackageError, match="损坏|改动"):
        container.open_package(path, box, schema_version=SCHEMA)


@pytest.mark.parametrize("keep", [0, 5, 12, 100, -1, -16])
def test_a_truncated_package_is_refused(tmp_path, pair, keep):
    sign, box = pair
    path = _write(tmp_path / "p.slpkg", sign, crypto.box_public(box), big=b"z" * (crypto.CHUNK + 10))
    data = path.read_bytes()
    if keep < 0:
        keep = len(data) + keep
    elif keep == 100:
        keep = len(data) // 2
    path.write_bytes(data[:keep])
    with pytest.raises(PackageError, match="截断|不是上报包|损坏"):
        container.open_package(path, box, schema_version=SCHEMA)


def test_cut_exactly_after_a_full_chunk_is_refused(tmp_path, pair):
    sign, box = pair
    path = _write(tmp_path / "p.slpkg", sign, crypto.box_public(box),
                  big=os.urandom(2 * crypto.CHUNK))  # incompressible: 2+ chunks
    data = path.read_bytes()
    header = len(container.MAGIC) + 4 + int.from_bytes(data[8:12], "big")
    first = int.from_bytes(data[header:header + 4], "big")
    cut = header + 4 + first
    assert cut < len(data)
    path.write_bytes(data[:cut])
    with pytest.raises(PackageError, match="损坏|截断"):
        container.open_package(path, box, schema_version=SCHEMA)


def test_a_package_for_another_recipient_is_refused_naming_both_fingerprints(tmp_path, pair):
    sign, box = pair
    other = crypto.new_box_key()
    path = _write(tmp_path / "p.slpkg", sign, crypto.box_public(other))
    with pytest.raises(PackageError, match="不是发给本单位") as info:
        container.open_package(path, box, schema_version=SCHEMA)
    assert crypto.fingerprint(crypto.box_public(other)) in info.value.message
    assert container.recipient_of(path) == crypto.fingerprint(crypto.box_public(other))


def test_a_manifest_signed_by_another_key_than_it_names_is_refused(tmp_path, pair):
    sign, box = pair
    writer = container.PackageWriter()
    writer.add_bytes("rows/visit.jsonl", b'{"uuid": "a"}\n')
    manifest = _manifest(sign)  # names *sign*'s public key …
    # … signed by another
    writer.finish(tmp_path / "p.slpkg", manifest, crypto.new_signing_key(), crypto.box_public(box))
    with pytest.raises(PackageError, match="签名无效"):
        container.open_package(tmp_path / "p.slpkg", box, schema_version=SCHEMA)


def test_a_newer_schema_is_refused_and_an_older_one_opens(tmp_path, pair):
    sign, box = pair
    _write(tmp_path / "new.slpkg", sign, crypto.box_public(box), schema=SCHEMA + 1)
    with pytest.raises(PackageError, match="更新版本的程序") as info:
        container.open_package(tmp_path / "new.slpkg", box, schema_version=SCHEMA)
    assert f"数据结构版本 {SCHEMA + 1}" in info.value.message
    _write(tmp_path / "old.slpkg", sign, crypto.box_public(box), schema=SCHEMA - 1)
    container.open_package(tmp_path / "old.slpkg", box, schema_version=SCHEMA).close()


def test_an_unknown_file_and_a_newer_format_are_refused(tmp_path, pair):
    _sign, box = pair
    (tmp_path / "x.slpkg").write_bytes(b"PK\x03\x04 this is a zip, not a package")
    with pytest.raises(PackageError, match="不是上报包文件"):
        container.open_package(tmp_path / "x.slpkg", box, schema_version=SCHEMA)
    header = json.dumps({"format": container.FORMAT, "version": 99}).encode()
    (tmp_path / "n.slpkg").write_bytes(container.MAGIC + len(header).to_bytes(4, "big") + header + b"\0" * 40)
    with pytest.raises(PackageError, match="格式版本（99）比本程序新"):
        container.open_package(tmp_path / "n.slpkg", box, schema_version=SCHEMA)
    with pytest.raises(PackageError, match="无法读取"):
        container.open_package(tmp_path / "missing.slpkg", box, schema_version=SCHEMA)


def test_fingerprints_are_twenty_digits_in_groups_and_differ_per_key():
    a, b = (crypto.box_public(crypto.new_box_key()) for _ in range(2))
    fa = crypto.fingerprint(a)
    assert len(fa) == 24 and fa.replace(" ", "").isdigit() and fa.count(" ") == 4
    assert fa != crypto.fingerprint(b) and fa == crypto.fingerprint(a)


def test_a_key_file_is_checked_against_its_fingerprint(tmp_path):
    public = crypto.box_public(crypto.new_box_key())
    doc = {"format": keys.KEY_FORMAT, "version": 1, "name": "景泰县政协委员联络委", "cppcc": "景泰县政协",
           "uuid": "c-1", "box_key": keys.b64(public), "fingerprint": crypto.fingerprint(public)}
    parsed = keys.parse_key_file(json.dumps(doc, ensure_ascii=False), "county.slkey")
    assert parsed.box_key == public and parsed.name == "景泰县政协委员联络委"
    other = crypto.box_public(crypto.new_box_key())
    with pytest.raises(PackageError, match="指纹与公钥不符"):
        keys.parse_key_file(json.dumps({**doc, "box_key": keys.b64(other)}), "county.slkey")
    with pytest.raises(PackageError, match="不是上级下发的公钥文件"):
        keys.parse_key_file("hello", "x.txt")
    with pytest.raises(PackageError, match="比本程序新"):
        keys.parse_key_file(json.dumps({**doc, "version": 7}), "county.slkey")
    (tmp_path / "bin.slkey").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(PackageError, match="不是文本"):
        keys.read_key_file(tmp_path / "bin.slkey")
