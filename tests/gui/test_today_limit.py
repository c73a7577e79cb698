"""Vandaag after a long neglected list: only the first rows are shown, the counts stay whole."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from gui.helpers import unlock
from support.vaults import make_vault
from vertrouwenspersoon.app_context import case_repository
from vertrouwenspersoon.domain.model import FollowUp
from vertrouwenspersoon.domain.synthetic import generate_cases
from vertrouwenspersoon.gui.pages.today_model import MAX_ROWS
from vertrouwenspersoon.policy import load_settings


def test_more_overdue_than_shown_keeps_the_true_count(qtbot, shell_for, tmp_path: Path, clock) -> None:
    today = clock.today()
    cases = generate_cases(3, 120, 2025, 2025, date(2025, 12, 31))
    overdue = [
        FollowUp(
            kind="agreement", description="bellen", actor="advisor", due_on=today - timedelta(days=1 + n)
        )
        for n in range(2)
    ]
    cases = [replace(c, followups=c.followups + tuple(overdue)) for c in cases]
    directory = tmp_path / "kluis"
    vault, _ = make_vault(directory)
    repo = case_repository(vault, load_settings())
    repo.import_cases(cases)
    expected = repo.overdue_count(today)
    vault.close()
    assert expected > MAX_ROWS

    shell = shell_for(directory)
    unlock(qtbot, shell)
    page = shell.main.pages["today"]
    assert page.model.row_count_total == MAX_ROWS
    assert page.model.overdue == expected
    assert str(expected) in page.ui.summaryLabel.text()
    assert f"de eerste {MAX_ROWS}" in page.ui.summaryLabel.text()
