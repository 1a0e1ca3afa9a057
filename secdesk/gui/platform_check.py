"""Can Qt load its platform plugin on this machine? `secdesk --self-test` asks in a child process
(`secdesk --qt-platform-check`), because a plugin that cannot load makes Qt abort the whole
process: the child prints the platform's name and exits 0, or dies with Qt's own message on
stderr, which the self-test reports. The platform is the one the app would use (QT_QPA_PLATFORM,
else Qt's default for this system)."""

from __future__ import annotations

import sys


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([sys.argv[0]])
    sys.stdout.write(f"{app.platformName()}\n")
    sys.stdout.flush()
    return 0
