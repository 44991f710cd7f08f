"""Russian for the whole interface: our translations plus Qt's own for standard buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resource

LANGUAGE = "ru"


def install_translators(app: QCoreApplication, language: str = LANGUAGE) -> list[QTranslator]:
    """Load qtbase_<lang>.qm and every resources/i18n/<lang>/*.qm; return them (keep alive)."""
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    folder = resource("i18n", language)
    if folder.is_dir():
        for qm in sorted(folder.glob("*.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                translators.append(translator)
    return translators
