"""Writing files so that a crash or a cancel never leaves half of one behind."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from secdesk.domain.errors import EnvironmentProblem
from secdesk.i18n import tr


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `target`; it replaces `target` only if the block succeeds."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise EnvironmentProblem(
            tr("ファイルを書き込めません（{path}）: {error}").format(
                path=target, error=error.strerror
            )
        ) from error
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        temp.replace(target)
    except OSError as error:
        raise EnvironmentProblem(
            tr("ファイルを書き込めません（{path}）: {error}").format(
                path=target, error=error.strerror
            )
        ) from error
    finally:
        temp.unlink(missing_ok=True)


def sha256_file(path: Path | str) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
