"""The navigation rail's item painting: the page title and, when non-zero, a small count badge.

Red is allowed here because the only badge is the number of overdue follow-ups (UX: no red
except what is overdue).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from vertrouwenspersoon.gui import theme

BADGE_ROLE = Qt.ItemDataRole.UserRole + 10


class RailDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(BADGE_ROLE) or 0
        if not count:
            return
        text = str(count)
        metrics = QFontMetrics(option.font)
        width = max(metrics.horizontalAdvance(text) + 12, 22)
        height = metrics.height() + 4
        rect = QRect(option.rect.right() - width - 8, option.rect.center().y() - height // 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.OVERDUE)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
