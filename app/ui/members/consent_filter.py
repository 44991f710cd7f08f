"""The «Без согласия» filter of the member list (members whose signed consent is missing).

Built with the window, also on a light start before the database is there
(extensions.LIGHT_MODULES): the first paint has the filter row it keeps, and a box ticked
before the handover is applied with the rest of the filter after it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox


def install(window) -> None:  # noqa: ANN001 - MainWindow
    translate = QCoreApplication.translate
    box = QCheckBox(translate("ConsentFilter", "Without consent"), objectName="withoutConsent")
    box.setToolTip(
        translate("ConsentFilter", "Only members whose signed consent has not been received")
    )
    window.filter_row.insertWidget(window.filter_row.count() - 1, box)
    window.filter_hooks.append(lambda f: setattr(f, "without_consent", box.isChecked()))
    box.toggled.connect(lambda _: window.apply_filter())
    window.without_consent_box = box
