"""The coded fields of a case (melder, rol, gedrag, …) as one form, shared by the New-case dialog
and the Overzicht of the Dossier page. It reads a Case, edits a draft, and shows the domain's
validation errors next to the fields the advisor has touched."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QWidget

from vertrouwenspersoon.domain.errors import DomainError
from vertrouwenspersoon.domain.model import Case
from vertrouwenspersoon.domain.taxonomy import Taxonomy
from vertrouwenspersoon.gui.dialogs.base import FieldErrors
from vertrouwenspersoon.gui.forms.ui_case_fields import Ui_CaseFields

DISCRIMINATION = "discrimination"

# validation field path -> the key used by the error labels of this form
PATHS = {
    "reporter.alias": "alias",
    "reporter.role": "role",
    "reporter.gender": "gender",
    "reporter.unit": "unit",
    "channel": "channel",
    "relation": "relation",
    "hierarchical": "hierarchical",
    "setting": "setting",
    "behaviour": "behaviour",
    "grounds": "grounds",
    "requests": "requests",
}


class CaseFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseFields()
        self.ui.setupUi(self)
        self.touched: set[str] = set()
        ui = self.ui
        self.errors = FieldErrors({path: getattr(ui, f"{key}Error") for path, key in PATHS.items()})
        self._loading = False
        self._retranslate()
        watch: list[tuple[Any, str, str]] = [
            (ui.aliasEdit.textChanged, "reporter.alias", ""),
            (ui.anonymousCheck.toggled, "reporter.alias", "anonymous"),
            (ui.roleCombo.currentIndexChanged, "reporter.role", ""),
            (ui.genderCombo.currentIndexChanged, "reporter.gender", ""),
            (ui.unitCombo.currentTextChanged, "reporter.unit", ""),
            (ui.channelCombo.currentIndexChanged, "channel", ""),
            (ui.relationCombo.currentIndexChanged, "relation", ""),
            (ui.hierarchicalCombo.currentIndexChanged, "hierarchical", ""),
            (ui.settingCombo.currentIndexChanged, "setting", ""),
            (ui.behaviourList.codes_changed, "behaviour", "behaviour"),
            (ui.groundsList.codes_changed, "grounds", ""),
            (ui.requestsList.codes_changed, "requests", ""),
        ]
        for signal, path, special in watch:
            signal.connect(lambda *_a, path=path, special=special: self._edited(path, special))

    def setup(self, taxonomy: Taxonomy, units: Sequence[str]) -> None:
        ui = self.ui
        self._loading = True
        ui.roleCombo.setup(taxonomy, "role")
        ui.genderCombo.setup(taxonomy, "gender")
        ui.channelCombo.setup(taxonomy, "channel")
        ui.relationCombo.setup(taxonomy, "relation")
        ui.settingCombo.setup(taxonomy, "setting")
        ui.behaviourList.setup(taxonomy, "behaviour")
        ui.groundsList.setup(taxonomy, "grounds")
        ui.requestsList.setup(taxonomy, "request")
        ui.unitCombo.clear()
        ui.unitCombo.addItems(["", *units])
        self._loading = False
        self._sync_visibility()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        combo = self.ui.hierarchicalCombo
        chosen = combo.currentIndex()
        self._loading = True
        combo.clear()
        combo.addItem(QCoreApplication.translate("CaseFields", "— kies —"), None)
        combo.addItem(
            QCoreApplication.translate("CaseFields", "ja, de beklaagde heeft macht over de melder"), True
        )
        combo.addItem(QCoreApplication.translate("CaseFields", "nee"), False)
        combo.setCurrentIndex(max(chosen, 0))
        self._loading = False

    # -- values ------------------------------------------------------------------------------------
    def set_case(self, case: Case) -> None:
        ui = self.ui
        self._loading = True
        ui.anonymousCheck.setChecked(case.anonymous)
        ui.aliasEdit.setText(case.alias or "")
        ui.roleCombo.set_code(case.role or None)
        ui.genderCombo.set_code(case.gender)
        ui.unitCombo.setCurrentText(case.unit or "")
        ui.channelCombo.set_code(case.channel or None)
        ui.relationCombo.set_code(case.relation or None)
        index = ui.hierarchicalCombo.findData(case.hierarchical) if isinstance(case.hierarchical, bool) else 0
        ui.hierarchicalCombo.setCurrentIndex(max(index, 0))
        ui.settingCombo.set_code(case.setting or None)
        ui.behaviourList.set_codes(case.behaviour)
        ui.groundsList.set_codes(case.grounds)
        ui.requestsList.set_codes(case.requests)
        self._loading = False
        self.touched = set()
        self.errors.clear()
        self._sync_visibility()

    def values(self) -> dict[str, Any]:
        """The fields as Case keyword arguments (None where nothing is chosen, for validation)."""
        ui = self.ui
        anonymous = ui.anonymousCheck.isChecked()
        behaviour = ui.behaviourList.codes()
        alias = ui.aliasEdit.text().strip()
        unit = ui.unitCombo.currentText().strip()
        return {
            "anonymous": anonymous,
            "alias": None if anonymous else (alias or None),
            "role": ui.roleCombo.code(),
            "gender": ui.genderCombo.code(),
            "unit": unit or None,
            "channel": ui.channelCombo.code(),
            "relation": ui.relationCombo.code(),
            "hierarchical": ui.hierarchicalCombo.currentData(),
            "setting": ui.settingCombo.code(),
            "behaviour": behaviour,
            "grounds": ui.groundsList.codes() if DISCRIMINATION in behaviour else (),
            "requests": ui.requestsList.codes(),
        }

    def apply(self, case: Case) -> Case:
        """`case` with this form's values (a new value; the contact details go when anonymous)."""
        values = self.values()
        if values["anonymous"]:
            values["contact_details"] = None
        # A list shows codes in taxonomy order; the case keeps its own (the first behaviour is the one
        # the advisor chose first), so an unchanged choice must not read as a change
        for key in ("behaviour", "grounds", "requests"):
            values[key] = _keep_order(getattr(case, key), values[key])
        if values["alias"] is not None and values["alias"] == (case.alias or "").strip():
            values["alias"] = case.alias
        return replace(case, **values)

    def show_errors(self, errors: Iterable[DomainError], everything: bool = False) -> None:
        self.errors.show(errors, None if everything else self.touched)

    def clear(self) -> None:
        self.ui.aliasEdit.clear()
        self.ui.unitCombo.setCurrentText("")
        self.errors.clear()

    def _edited(self, path: str, special: str) -> None:
        if self._loading:
            return
        if special != "anonymous":
            self.touched.add(path)
        if special == "behaviour":
            self.touched.add("grounds")  # ticking discrimination makes the grounds required: say so
        self._sync_visibility()
        self.changed.emit()

    def _sync_visibility(self) -> None:
        ui = self.ui
        anonymous = ui.anonymousCheck.isChecked()
        ui.aliasEdit.setEnabled(not anonymous)
        ui.aliasLabel.setEnabled(not anonymous)
        grounds = DISCRIMINATION in ui.behaviourList.codes()
        for widget in (ui.groundsLabel, ui.groundsList):
            widget.setVisible(grounds)
        if not grounds:
            self.errors.set("grounds", "")


def _keep_order(old: tuple[str, ...], chosen: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """`chosen` in the order of `old`, newly chosen codes after it."""
    chosen = tuple(chosen)
    return tuple(c for c in old if c in chosen) + tuple(c for c in chosen if c not in old)
