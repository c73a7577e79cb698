"""A mouse wheel scrolls the page; it never changes a spin box or combo box the advisor did not click.

Scrolling through Instellingen once turned the anonymity threshold k from 5 to 3 and saved it. Qt gives a
spin box focus on a wheel event and then changes its value; this filter, installed once on the application,
gives such controls focus only by click or Tab and hands a wheel event over an unfocused one to its parent,
so the surrounding scroll area scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, _GUARDED):
            return False
        kind = event.type()
        if kind == QEvent.Type.Polish and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and not _focused(watched):
            parent = watched.parentWidget()
            if parent is not None:
                QCoreApplication.sendEvent(parent, event)
            return True
        return False


def _focused(widget: QWidget) -> bool:
    """A spin box's focus is on its line edit; an open combo popup counts as focused too."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def install() -> None:
    """Install the guard on the running application (once; later calls do nothing)."""
    app = QCoreApplication.instance()
    if app is None or app.property("vp_wheel_guard"):
        return
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    app.setProperty("vp_wheel_guard", True)
