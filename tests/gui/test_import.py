"""Importing cases in the app: in a worker, all or nothing, with the CLI's sentences."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from gui.helpers import unlock
from support.vaults import make_vault
from vertrouwenspersoon.domain.exchange import to_document
from vertrouwenspersoon.domain.synthetic import generate_cases
from vertrouwenspersoon.exchange.json_file import write_export
from vertrouwenspersoon.security.kdf import weak_params_for_tests


def _open_dossiers(qtbot, shell_for, tmp_path: Path, chosen: Path, **kwargs):  # type: ignore[no-untyped-def]
    directory = tmp_path / "kluis"
    make_vault(directory)[0].close()
    shell = shell_for(directory, open_chooser=lambda *a: chosen, **kwargs)
    unlock(qtbot, shell)
    shell.main.show_page("dossiers")
    return shell, shell.main.pages["dossiers"]


def test_import_of_a_sealed_file_runs_in_a_worker_and_lists_the_cases(
    qtbot, shell_for, tmp_path: Path
) -> None:
    cases = generate_cases(4, 25, 2025, 2026, date(2026, 3, 1))
    source = tmp_path / "export.vpsealed"
    write_export(source, cases, passphrase="bestandswachtwoordzin", kdf_params=weak_params_for_tests())
    shell, page = _open_dossiers(qtbot, shell_for, tmp_path, source)
    page.importer._ask_secret = lambda *a: "bestandswachtwoordzin"
    page.import_cases()
    assert page.importer.running
    qtbot.waitUntil(lambda: not page.importer.running, timeout=20000)
    assert page.ui.importStatus.text() == "25 dossiers geïmporteerd."
    assert shell.session.repository.count() == 25
    assert page.model.rowCount() == 25


def test_an_invalid_file_names_case_and_field_and_imports_nothing(qtbot, shell_for, tmp_path: Path) -> None:
    cases = generate_cases(5, 6, 2025, 2025, date(2025, 12, 1))
    document = json.loads(json.dumps(to_document(cases)))
    document["cases"][3]["behaviour"] = ["pestn"]
    source = tmp_path / "kapot.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    shell, page = _open_dossiers(qtbot, shell_for, tmp_path, source)
    page.import_cases()
    qtbot.waitUntil(lambda: not page.importer.running, timeout=20000)
    status = page.ui.importStatus.text()
    assert document["cases"][3]["reference"] in status and "behaviour" in status
    assert cases[3].alias not in status
    assert shell.session.repository.count() == 0
