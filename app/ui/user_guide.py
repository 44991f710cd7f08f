"""Help inside the program: the Russian user guide in a window, and "What's This?".

The guide is Markdown in resources/guide (shipped with the program, also in the frozen
build); QTextBrowser renders it, follows the links between chapters and shows the
screenshots beside it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from ..paths import resource

GUIDE_INDEX = "index.md"


def guide_dir() -> Path:
    return resource("guide")


class GuideBrowser(QTextBrowser):
    """A text browser that shrinks the screenshots to the page width (never enlarges)."""

    MAX_IMAGE_WIDTH = 820

    def loadResource(self, kind: int, url: QUrl):  # noqa: ANN201, N802 - Qt override
        data = super().loadResource(kind, url)
        if kind == QTextDocument.ResourceType.ImageResource.value and data is not None:
            image = data if isinstance(data, QImage) else QImage.fromData(data)
            if not image.isNull() and image.width() > self.MAX_IMAGE_WIDTH:
                return image.scaledToWidth(
                    self.MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation
                )
            return image if not image.isNull() else data
        return data


class UserGuideWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("Profdesk user guide"))
        self.browser = GuideBrowser(objectName="guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(guide_dir())])
        self.browser.sourceChanged.connect(self._show_title)
        back = QPushButton(self.tr("← &Back"), objectName="guideBack")
        back.setShortcut(QKeySequence.StandardKey.Back)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        home = QPushButton(self.tr("&Contents"), objectName="guideHome")
        home.clicked.connect(self.browser.home)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addWidget(home)
        buttons.addStretch(1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(buttons)
        layout.addWidget(self.browser)
        self.setCentralWidget(central)
        self.resize(980, 760)
        self.open_page(GUIDE_INDEX)

    def open_page(self, name: str) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(guide_dir() / name)))

    def _show_title(self, _url: QUrl) -> None:
        title = self.browser.documentTitle()
        self.setWindowTitle(self.tr("Profdesk user guide") + (f" — {title}" if title else ""))


def install_help(window, help_menu: str) -> None:  # noqa: ANN001 - MainWindow
    """The guide (F1) and "What's This?" (Shift+F1) in the Help menu."""
    window.add_action(
        help_menu,
        QCoreApplication.translate("UserGuide", "&User guide"),
        lambda: show_guide(window),
        shortcut=QKeySequence.StandardKey.HelpContents,
        tip=QCoreApplication.translate(
            "UserGuide", "The guide in Russian: every job step by step, with pictures"
        ),
        name="actionUserGuide",
    )
    window.add_action(
        help_menu,
        QCoreApplication.translate("UserGuide", "What's &This?"),
        QWhatsThis.enterWhatsThisMode,
        shortcut="Shift+F1",
        tip=QCoreApplication.translate("UserGuide", "Click a field to see what it is for"),
        name="actionWhatsThis",
    )


def show_guide(window, page: str = GUIDE_INDEX) -> UserGuideWindow:  # noqa: ANN001
    guide = getattr(window, "user_guide", None)
    if guide is None:
        guide = UserGuideWindow(window)
        window.user_guide = guide
    if page != GUIDE_INDEX:
        guide.open_page(page)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
