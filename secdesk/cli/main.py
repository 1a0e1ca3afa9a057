"""`secdesk`: no argument opens the GUI; subcommands run headless through the same services.

Exit status: 0 success, 1 input refused (every problem printed), 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import ClassVar

from secdesk import __version__, i18n
from secdesk.cli.arguments import QT_PLATFORM_CHECK
from secdesk.cli.context import CliContext, CliError
from secdesk.domain.errors import SecdeskError
from secdesk.i18n import QT_TR_NOOP, tr

# Modules that add subcommands; each has register(CommandTree).
COMMAND_MODULES = (
    "secdesk.cli.base_commands",
    "secdesk.cli.roster_commands",
    "secdesk.cli.backup_commands",
    "secdesk.cli.audit_commands",
    "secdesk.cli.incident_commands",
    "secdesk.cli.training_commands",
    "secdesk.cli.report_commands",
    "secdesk.cli.pg_commands",
)


class CommandTree:
    """Top-level commands and grouped ones (`import staff`, `export staff`, `user add` …)."""

    GROUPS: ClassVar[dict[str, str]] = {
        "user": QT_TR_NOOP("ユーザーアカウントの管理"),
        "import": QT_TR_NOOP("ファイルの取り込み"),
        "export": QT_TR_NOOP("ファイルへの書き出し"),
        "report": QT_TR_NOOP("PDF 報告書の作成"),
        "course": QT_TR_NOOP("研修・訓練の設定"),
    }

    def __init__(self, parser: argparse.ArgumentParser) -> None:
        self._top = parser.add_subparsers(dest="command", metavar="COMMAND")
        self._groups: dict[str, argparse._SubParsersAction] = {}

    def command(self, name: str, help_text: str) -> argparse.ArgumentParser:
        return self._top.add_parser(name, help=help_text, description=help_text)

    def subcommand(self, group: str, name: str, help_text: str) -> argparse.ArgumentParser:
        if group not in self._groups:
            group_help = tr(self.GROUPS.get(group, group))
            group_parser = self._top.add_parser(group, help=group_help, description=group_help)
            self._groups[group] = group_parser.add_subparsers(
                dest="subcommand", metavar="SUBCOMMAND", required=True
            )
        return self._groups[group].add_parser(name, help=help_text, description=help_text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="secdesk",
        description=tr(
            "secdesk: 情報セキュリティ担当（CSIRT）のための業務ツール。引数なしで画面を開きます。"
        ),
    )
    parser.add_argument("--version", action="version", version=f"secdesk {__version__}")
    parser.add_argument(
        "--self-test",
        nargs="?",
        const="",
        metavar="FILE.pdf",
        help=tr(
            "インストールの自己診断（フォント・画面定義・移行・翻訳・keyring・Qt・PDF 出力）。"
            "FILE.pdf を指定すると診断結果の PDF を残す"
        ),
    )
    parser.add_argument(
        "--db",
        metavar="URL_OR_PATH",
        help=tr("データベース（SQLite のファイルパスまたは PostgreSQL の URL）"),
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=tr("操作するユーザー（パスワードは SECDESK_PASSWORD またはプロンプト）"),
    )
    parser.add_argument(
        "--lang", choices=i18n.SUPPORTED, help=tr("表示言語（既定: 環境の言語、通常は日本語）")
    )
    tree = CommandTree(parser)
    from importlib import import_module

    for name in COMMAND_MODULES:
        import_module(name).register(tree)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == [QT_PLATFORM_CHECK]:  # the self-test's child process, also in the bundle
        from secdesk.gui.platform_check import main as platform_check

        return platform_check()
    i18n.set_language(_language_hint(argv) or i18n.language_from_environment())
    _utf8_console()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)
    if args.self_test is not None:
        if args.self_test and not args.self_test.lower().endswith(".pdf"):
            parser.error(tr("--self-test の後には .pdf のファイル名だけを指定できます。"))
        from secdesk.cli import self_test

        return self_test.run(args.self_test or None)
    if args.command is None:
        if launch_windowed(argv):
            return 0
        return _open_gui(args.db, args.lang)
    from secdesk import paths

    paths.sweep_work_dirs()  # plaintext left by a process that was killed (docs/reliability.md)
    context = CliContext(args)
    try:
        return int(args.handler(context, args) or 0)
    except CliError as error:
        print(error.message, file=sys.stderr)
        return error.status
    except SecdeskError as error:
        print(str(error), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(tr("中断しました。"), file=sys.stderr)
        return 130
    finally:
        context.close()


def launch_windowed(
    argv: list[str],
    executable: str | None = None,
    frozen: bool | None = None,
    windows: bool | None = None,
    popen=None,
) -> bool:
    """`secdesk.exe` with no command, in the Windows bundle: start `secdesk-gui.exe` beside it and
    return at once, so that no console window stays behind the app (closing that console would
    kill the app without its close handler: no save, no backup on exit)."""
    executable = sys.executable if executable is None else executable
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    windows = os.name == "nt" if windows is None else windows
    program = Path(executable)
    if not (frozen and windows and program.stem.lower() == "secdesk"):
        return False
    windowed = program.with_name("secdesk-gui.exe")
    if not windowed.is_file():
        return False
    import subprocess

    detached = getattr(subprocess, "DETACHED_PROCESS", 0x8) | getattr(
        subprocess, "CREATE_NEW_PROCESS_GROUP", 0x200
    )
    (popen or subprocess.Popen)([str(windowed), *argv], creationflags=detached, close_fds=True)
    return True


def _language_hint(argv: list[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _utf8_console() -> None:
    # Windows consoles may default to a code page that cannot print every Japanese name.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            with suppress(ValueError, OSError):
                reconfigure(errors="replace")


def gui_main() -> int:
    """Entry point of `secdesk-gui` (no console window on Windows)."""
    parser = argparse.ArgumentParser(prog="secdesk-gui")
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=i18n.SUPPORTED)
    args, _ = parser.parse_known_args()
    return _open_gui(args.db, args.lang)


def _open_gui(database: str | None, language: str | None) -> int:
    from secdesk.location import local_register_with_accounts, resolve

    location = resolve(database)  # once: the GUI is handed the value, not asked to look again
    known = local_register_with_accounts(location)
    if known is None:
        # No login window before the register is open (gui/login_first.py), so the data layer
        # comes before Qt: once imported, PySide6 reads the source of every module imported after
        # it (looking for its own users), which costs SQLAlchemy's ~300 modules about 0.1 s of
        # start-up in a virtual environment (docs/performance.md, "Start-up and bundle").
        import secdesk.services.app
        import secdesk.services.core.accounts
        import secdesk.services.core.opening  # noqa: F401
    from secdesk.gui.app import run

    return run(database=location, language=language, known=known)
