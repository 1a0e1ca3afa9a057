"""Translation in the GUI: our strings through secdesk.i18n (one catalog for core and GUI);
Qt's own dialogs (buttons, file dialogs) and the Designer forms through QTranslator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from secdesk import i18n
from secdesk.i18n import tr

__all__ = ["install_translators", "remove_translators", "tr"]

_installed: list[QTranslator] = []


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators install_translators() put in (Qt then shows its source texts)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def install_translators(app: QCoreApplication, language: str) -> None:
    remove_translators(app)
    i18n.set_language(language)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Japanese if language == "ja" else QLocale.Language.English,
            QLocale.Country.Japan,
        )
    )
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "ja":
        translator = QTranslator(app)
        if translator.load("qtbase_ja", qt_dir):
            app.installTranslator(translator)
            _installed.append(translator)
    else:
        from secdesk.paths import translations_dir

        translator = QTranslator(app)
        if translator.load(f"secdesk_{language}", str(translations_dir())):
            app.installTranslator(translator)
            _installed.append(translator)
