"""The slow parts of Jaarverslag and the merge, as worker tasks (gui.worker): never on the GUI thread.

Building a report runs the exact disclosure checks (≈0.2–1 s); writing a PDF and sealing or opening
bundles take time too. SQLCipher connections belong to their thread, so a task reads the vault through
its own `vault.open_reader()` connection. These do what `commands.report_commands.year_report` and
`commands.stats_commands` do, with the same arguments; what they need from the vault's settings and
per-year records (k, narrative, earlier editions, advisor id) is read on the GUI thread and passed in.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from vertrouwenspersoon.gui.worker import Progress
from vertrouwenspersoon.reports import bundle, statistics
from vertrouwenspersoon.reports.api import PublishedReport, build_report, report_from_merged
from vertrouwenspersoon.reports.ledger import publications
from vertrouwenspersoon.store import atomic
from vertrouwenspersoon.store.facts_source import facts_for_year
from vertrouwenspersoon.store.vault import Vault
from vertrouwenspersoon.store.years import YearRepository, advisor_id


@dataclass(frozen=True)
class ReportInputs:
    """Everything a year's report needs besides the cases, read on the GUI thread (small queries)."""

    year: int
    k: int
    narrative: str
    institution: str
    lang: str
    previous: list[dict] = field(default_factory=list)
    ledger: list[dict] = field(default_factory=list)
    population: str = "vault"


def report_inputs(vault: Vault, settings: Any, year: int, lang: str) -> ReportInputs:
    """As `report_commands.year_report`: earlier published years for the trend, the ledger to protect."""
    years = YearRepository(vault)
    return ReportInputs(
        year=year,
        k=int(settings.get("report_k")),
        narrative=years.narrative(year),
        institution=str(settings.get("institution_name")),
        lang=lang,
        previous=years.trend_documents(year),
        ledger=years.ledger_around(year),
        population=advisor_id(vault),
    )


def _facts(vault: Vault, year: int, progress: Progress) -> list:
    view = vault.thread_view()  # the worker's own connection
    try:
        progress.check()
        return facts_for_year(view, year)
    finally:
        view.close()


def build_task(vault: Vault, inputs: ReportInputs) -> Callable[[Progress], PublishedReport]:
    def task(progress: Progress) -> PublishedReport:
        progress.report(5)
        facts = _facts(vault, inputs.year, progress)
        progress.report(20)
        progress.check()

        def step(rounds: int) -> None:  # each round of secondary suppression: move on, and honour cancel
            progress.check()
            progress.report(min(95, 20 + 5 * rounds))

        report = build_report(
            facts,
            inputs.year,
            k=inputs.k,
            narrative=inputs.narrative,
            previous=list(inputs.previous),
            ledger=publications(inputs.ledger),
            population=inputs.population,
            institution=inputs.institution,
            lang=inputs.lang,
            on_progress=step,
        )
        progress.report(100)
        return report

    return task


def with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def pdf_task(report: PublishedReport, out: Path, narrative: str, lang: str) -> Callable[[Progress], Path]:
    """Write the PDF of `report` with the narrative as it is now, in the language of the window."""
    final = replace(report, narrative=narrative, lang=lang)

    def task(progress: Progress) -> Path:
        progress.report(10)
        progress.check()
        final.write_pdf(out)
        progress.report(100)
        return out

    return task


def json_task(report: PublishedReport, out: Path) -> Callable[[Progress], Path]:
    """The report JSON exactly as `report --out FILE.json` writes it."""

    def task(progress: Progress) -> Path:
        progress.report(10)
        text = json.dumps(report.to_json(), indent=1, ensure_ascii=False) + "\n"
        atomic.write_bytes(out, text.encode("utf-8"))
        progress.report(100)
        return out

    return task


def export_task(
    vault: Vault,
    year: int,
    advisor_id: str,
    public_key: Path,
    out: Path,
    published: Sequence[dict] = (),
    sealed: Callable[[statistics.YearFigures], None] | None = None,
) -> Callable[[Progress], Path]:
    """As `stats export`: the year's exact aggregates sealed to the ombudsperson's public key."""

    def task(progress: Progress) -> Path:
        progress.report(5)
        bundle.load_public_key(public_key)  # a wrong file is refused before any counting
        facts = _facts(vault, year, progress)
        progress.report(50)
        progress.check()
        figures = statistics.compute(facts, year)
        bundle.export_bundle(figures, advisor_id, year, public_key, out, published=published)
        if sealed is not None:
            sealed(figures)
        progress.report(100)
        return out

    return task


def merge_task(
    key_file: Path, passphrase: str, files: Sequence[Path], k: int, institution: str, lang: str
) -> Callable[[Progress], PublishedReport]:
    """As `stats merge`: open the private key, merge the bundles, disclosure control on the sum against
    the advisors' own reports and the earlier merges. Its `merge_records` are added to the ledger when the
    report is saved."""
    paths = list(files)

    def task(progress: Progress) -> PublishedReport:
        progress.report(5)
        key = bundle.load_private_key(key_file, passphrase)  # Argon2id: the slow step
        progress.report(40)
        progress.check()
        earlier = bundle.load_ledger(key_file, key)
        merged = bundle.merge(paths, key)
        progress.report(70)
        progress.check()
        report = report_from_merged(
            merged.per_year,
            k=k,
            institution=institution,
            lang=lang,
            parts=merged.parts,
            ledger=publications([*merged.published, *earlier]),
        )
        progress.report(100)
        return report

    return task
