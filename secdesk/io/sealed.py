"""Encrypted files: AES-256-GCM in 1 MiB chunks, so that backups of any size stream.

Layout: MAGIC (8 bytes) | key id (8 bytes) | base nonce (12 bytes) | chunks. Each chunk is
ciphertext + 16-byte tag of up to CHUNK bytes of plaintext; its nonce is the base nonce with the
chunk counter folded into the last 4 bytes, and its associated data says whether it is the last
chunk. A reordered, dropped, truncated or altered chunk fails authentication (the STREAM
construction), so a damaged or foreign file is refused, never half-restored.
"""

from __future__ import annotations

import hashlib
import os
import struct
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from secdesk.domain.errors import SecdeskError
from secdesk.i18n import tr

MAGIC = b"SDKENC01"
CHUNK = 1 << 20
TAG = 16
KEY_BYTES = 32


class SealedFileError(SecdeskError):
    pass


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def key_id(key: bytes) -> bytes:
    """Which key a file was sealed with (a hash, not the key), so a wrong key is named as such."""
    return hashlib.sha256(b"secdesk-backup-key" + key).digest()[:8]


def is_sealed(path: Path | str) -> bool:
    with Path(path).open("rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def _nonce(base: bytes, counter: int) -> bytes:
    (tail,) = struct.unpack(">I", base[8:])
    return base[:8] + struct.pack(">I", (tail ^ counter) & 0xFFFFFFFF)


def seal(source: Path | str, target: Path | str, key: bytes) -> None:
    aead = AESGCM(key)
    base = os.urandom(12)
    with Path(source).open("rb") as src, Path(target).open("wb") as dst:
        dst.write(MAGIC + key_id(key) + base)
        counter = 0
        chunk = src.read(CHUNK)
        while True:
            following = src.read(CHUNK)
            last = not following
            dst.write(aead.encrypt(_nonce(base, counter), chunk, b"last" if last else b"more"))
            if last:
                break
            chunk, counter = following, counter + 1


def unseal(source: Path | str, target: Path | str, key: bytes) -> None:
    aead = AESGCM(key)
    with Path(source).open("rb") as src, Path(target).open("wb") as dst:
        header = src.read(len(MAGIC) + 8 + 12)
        if len(header) < len(MAGIC) + 20 or not header.startswith(MAGIC):
            raise SealedFileError(tr("暗号化された secdesk のバックアップではありません。"))
        if header[len(MAGIC) : len(MAGIC) + 8] != key_id(key):
            raise SealedFileError(
                tr(
                    "このバックアップは別の暗号鍵で暗号化されています。作成した端末の鍵か、回復キーを使ってください。"
                )
            )
        base = header[len(MAGIC) + 8 :]
        counter = 0
        block = src.read(CHUNK + TAG)
        while block:
            following = src.read(CHUNK + TAG)
            last = not following
            try:
                dst.write(aead.decrypt(_nonce(base, counter), block, b"last" if last else b"more"))
            except InvalidTag:
                raise SealedFileError(
                    tr(
                        "バックアップが壊れているか、改ざんされています（{n} 番目のブロック）。復元しません。"
                    ).format(n=counter + 1)
                ) from None
            block, counter = following, counter + 1
        if counter == 0:
            raise SealedFileError(tr("バックアップが途中で切れています。復元しません。"))


def recovery_code(key: bytes) -> str:
    """The key as printable groups (base32), for the paper copy in the safe."""
    import base64

    text = base64.b32encode(key).decode().rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def key_from_recovery_code(code: str) -> bytes:
    import base64
    import binascii

    text = "".join(ch for ch in code.upper() if ch.isalnum())
    text = text.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        key = base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != KEY_BYTES:
        raise SealedFileError(tr("回復キーの形式が正しくありません。"))
    return key
