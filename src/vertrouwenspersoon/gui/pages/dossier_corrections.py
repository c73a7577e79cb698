"""Correcting a case from its page: a contact moment edited or removed (with undo), an open agreement edited,
a closed case reopened, a case made by mistake deleted. Each goes through the domain's step and the
repository, so it is validated and audited like any change; no old value is ever logged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from vertrouwenspersoon.domain import lifecycle
from vertrouwenspersoon.domain.errors import DomainError
from vertrouwenspersoon.domain.model import Case
from vertrouwenspersoon.gui.dialogs.base import ask, problem_sentence

# (parent, reference) -> whether to delete; tests inject their own answer
ConfirmDelete = Callable[[QWidget, str], bool]


def ask_delete(parent: QWidget, reference: str) -> bool:
    return ask(
        parent,
        QCoreApplication.translate("Corrections", "Dossier %1 verwijderen?").replace("%1", reference),
        QCoreApplication.translate(
            "Corrections",
            "Alleen voor een dossier dat per vergissing is aangemaakt. Alles erin verdwijnt en komt niet terug.",
        ),
        QCoreApplication.translate("Corrections", "Verwijderen"),
        QCoreApplication.translate("Corrections", "Bewaren"),
        icon=QMessageBox.Icon.Warning,
    )


class Corrections(QObject):
    def __init__(self, page, confirm_delete: ConfirmDelete = ask_delete) -> None:  # type: ignore[no-untyped-def]
        super().__init__(page)
        self.page = page
        self.confirm_delete = confirm_delete
        self._undo: Case | None = None
        ui = page.ui
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoRemoveButton")
        self.undo_button.hide()
        ui.timelineButtons.insertWidget(1, self.undo_button)
        ui.editContactButton.clicked.connect(self.edit_contact)
        ui.removeContactButton.clicked.connect(self.remove_contact)
        ui.editFollowupButton.clicked.connect(self.edit_followup)
        ui.reopenButton.clicked.connect(self.reopen)
        ui.deleteCaseButton.clicked.connect(self.delete_case)
        self.undo_button.clicked.connect(self.undo_remove)
        ui.contactsView.selectionModel().currentChanged.connect(lambda *_: self.update())
        ui.followupsView.selectionModel().currentChanged.connect(lambda *_: self.update())
        self.retranslate()

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("Ongedaan maken"))
        self.undo_button.setAccessibleName(self.tr("Verwijderen van het contactmoment ongedaan maken"))

    def update(self) -> None:
        page, ui = self.page, self.page.ui
        case = page.case
        usable = case is not None and not case.purged
        contact = page.contacts.position(ui.contactsView.currentIndex())
        ui.editContactButton.setEnabled(usable and contact is not None)
        ui.removeContactButton.setEnabled(usable and contact is not None)
        followup = page.followups.followup(ui.followupsView.currentIndex())
        ui.editFollowupButton.setEnabled(usable and followup is not None and not followup.settled)
        closed = case is not None and case.closed_on is not None
        ui.reopenButton.setVisible(closed and not case.purged)
        ui.closeButton.setVisible(not closed)
        ui.deleteCaseButton.setEnabled(case is not None)

    def forget(self) -> None:
        """Lock or another case: an undo must not cross to it."""
        self._undo = None
        self.undo_button.hide()

    # -- contact moments ------------------------------------------------------------------------------
    def edit_contact(self) -> None:
        from vertrouwenspersoon.gui.dialogs.contact import ContactDialog

        page = self.page
        position = page.contacts.position(page.ui.contactsView.currentIndex())
        if page.case is None or position is None:
            return
        page._open_dialog(ContactDialog(page.session, page.case, page, index=position), "contact.edit")

    def remove_contact(self) -> None:
        page = self.page
        position = page.contacts.position(page.ui.contactsView.currentIndex())
        if page.case is None or position is None:
            return
        before = page.case
        if self.page._lifecycle(lambda case: lifecycle.remove_contact(case, position), "contact.delete"):
            self._undo = before
            self.undo_button.show()

    def undo_remove(self) -> None:
        previous, self._undo = self._undo, None
        self.undo_button.hide()
        if previous is not None and self.page.case is not None:
            contacts = previous.contacts
            self.page._lifecycle(lambda case: replace(case, contacts=contacts), "contact.restore")

    # -- follow-ups -------------------------------------------------------------------------------------
    def edit_followup(self) -> None:
        from vertrouwenspersoon.gui.dialogs.followup import FollowupDialog

        page = self.page
        position = page.selected_followup()
        if page.case is None or position is None:
            return
        page._open_dialog(FollowupDialog(page.session, page.case, page, index=position), "followup.edit")

    # -- the case ---------------------------------------------------------------------------------------
    def reopen(self) -> None:
        today = self.page.session.clock.today()
        self.page._lifecycle(lambda case: lifecycle.reopen_case(case, today), "case.reopen")

    def delete_case(self) -> None:
        page = self.page
        if page.case is None or page.case_id is None:
            return
        if not self.confirm_delete(page, page.case.reference):
            return
        try:
            page.session.repository.delete(page.case_id)
        except DomainError as error:
            page.ui.overviewState.setText(problem_sentence(error))
            return
        self.forget()
        page.clear()
        page.session.data_changed.emit()
        page.back_requested.emit()
