"""Writing files so that a crash or a cancel never leaves half of one behind.

A file is written beside its target under a temporary name and takes the target's name only when
it is whole. On Windows that last step fails while another program holds the target open (an
export's previous version open in Excel or Acrobat: WinError 32) or for a moment while antivirus
scans the new file (WinError 5): the step is retried with a short backoff, then refused with a
message that names the file and says what to do.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from secdesk.domain.errors import EnvironmentProblem
from secdesk.i18n import tr

# About three seconds in all: longer than an antivirus scan of a new file, short enough that a
# person waiting for an export does not think the app has hung.
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)


def _cannot_write(target: Path, error: OSError) -> EnvironmentProblem:
    return EnvironmentProblem(
        tr("ファイルを書き込めません（{path}）: {error}").format(
            path=target, error=error.strerror or error
        )
    )


def replace_file(temp: Path, target: Path, sleep: Callable[[float], None] = time.sleep) -> None:
    """Give `temp` the name `target`, waiting a little while another program holds `target`."""
    for delay in (*RETRY_DELAYS, None):
        try:
            temp.replace(target)
            return
        except PermissionError as error:
            if delay is None:
                raise EnvironmentProblem(
                    tr(
                        "「{name}」を上書きできません。Excel などのプログラムでこのファイルを開いて"
                        "いる場合は、ファイルを閉じてからやり直してください（{path}）。"
                    ).format(name=target.name, path=target)
                ) from error
            sleep(delay)
        except OSError as error:
            raise _cannot_write(target, error) from error


class StagedFile:
    """A file being written beside its target; `publish()` gives it the target's name."""

    def __init__(self, temp: Path, target: Path) -> None:
        self.temp = temp
        self.target = target
        self.published = False

    def publish(self) -> None:
        try:
            with self.temp.open("rb+") as handle:
                os.fsync(handle.fileno())
        except OSError as error:
            raise _cannot_write(self.target, error) from error
        replace_file(self.temp, self.target)
        self.published = True


@contextlib.contextmanager
def staged_file(target: Path | str) -> Iterator[StagedFile]:
    """A temporary file beside `target`, removed on the way out unless it was published. Call
    `publish()` where the name must appear: inside a database transaction, so that a trail
    entry is committed only for a file that did take its name."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise _cannot_write(target, error) from error
    os.close(fd)
    staged = StagedFile(Path(name), target)
    try:
        yield staged
    finally:
        if not staged.published:
            staged.temp.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `target`; it replaces `target` only if the block succeeds."""
    with staged_file(target) as staged:
        try:
            yield staged.temp
        except OSError as error:
            raise _cannot_write(staged.target, error) from error
        staged.publish()


def sha256_file(path: Path | str) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
