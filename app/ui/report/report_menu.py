"""Adds the Reports menu to the main window: the statistical report window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...models.permissions import Permission

if TYPE_CHECKING:  # the report window (and reportlab under it) loads when first opened
    from ..main_window import MainWindow
    from .report_window import ReportWindow


def open_report_window(window: MainWindow) -> ReportWindow:
    """One report window per main window: raised if it is already open."""
    existing = getattr(window, "report_window", None)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    from .report_window import ReportWindow

    report_window = ReportWindow(window.db, window.tasks, window.org_model.all_nodes(), window)
    window.report_window = report_window
    report_window.show()
    return report_window


def install(window: MainWindow) -> None:
    window.add_action(
        QCoreApplication.translate("ReportMenu", "&Reports"),
        QCoreApplication.translate("ReportMenu", "Statistical &report…"),
        lambda: open_report_window(window),
        shortcut="Ctrl+R",
        tip=QCoreApplication.translate(
            "ReportMenu",
            "Members, coverage, youth and e-registration as of a date, rolled up the tree",
        ),
        name="actionStatisticalReport",
        permission=Permission.REPORTS,
    )
