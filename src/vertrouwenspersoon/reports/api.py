"""The one entry point the CLI and the GUI call to make an annual report.

`build_report` counts, protects and audits before anything exists to be written: a `PublishedReport` can
only be made from figures that passed the audit, and both its JSON and its PDF are rendered from the same
published cells, so the two always show the same figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from vertrouwenspersoon import messages
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.reports.attack_model import Publication
from vertrouwenspersoon.reports.disclosure import DEFAULT_K, audit, cell_values, check_k, protect
from vertrouwenspersoon.reports.facts import CaseFacts
from vertrouwenspersoon.reports.ledger import publications
from vertrouwenspersoon.reports.ledger import record as ledger_record
from vertrouwenspersoon.reports.report_json import FORMAT, VERSION, to_json
from vertrouwenspersoon.reports.statistics import YearFigures, carried_cells, compute

messages.register(
    {
        "report.previous_malformed": (
            "Een eerder jaarverslag is geen geldig rapportbestand (JSON).",
            "An earlier annual report is not a valid report file (JSON).",
        ),
        "report.previous_newer": (
            "Een eerder jaarverslag heeft formaatversie {version}; dit programma kent versie {known}.",
            "An earlier annual report has format version {version}; this program knows version {known}.",
        ),
        "report.pdf_layout": (
            "De PDF kon niet worden opgemaakt (een tabel of grafiek past niet op een pagina); "
            "maak het verslag als JSON, of meld dit aan de ontwikkelaars.",
            "The PDF could not be laid out (a table or chart does not fit a page); "
            "write the report as JSON, or report this to the developers.",
        ),
        "report.bad_language": (
            "Onbekende taal {lang}; kies nl of en.",
            "Unknown language {lang}; choose nl or en.",
        ),
    }
)


@dataclass
class PublishedReport:
    """An audited report: JSON document, the advisor's narrative, earlier years as they were published, and
    the ledger record the caller must store before the report leaves the vault."""

    document: dict
    narrative: str
    institution: str
    lang: str
    previous: list[dict] = field(default_factory=list)
    record: dict = field(default_factory=dict)
    # a merge: the ombudsperson's ledger records of every year it publishes (added when it is saved)
    merge_records: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return self.document

    def write_pdf(self, path: str | Path) -> None:
        from vertrouwenspersoon.reports.pdf import write_report_pdf

        write_report_pdf(self, Path(path))


def _check_previous(previous: Iterable[dict]) -> list[dict]:
    checked = []
    for doc in previous:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or type(doc.get("year")) is not int:
            raise BadInputError("report.previous_malformed")
        version = doc.get("version")
        if type(version) is not int:
            raise BadInputError("report.previous_malformed")
        if version > VERSION:
            raise BadInputError("report.previous_newer", version=version, known=VERSION)
        checked.append(doc)
    return checked


def _trend(earlier: list[dict], year: int) -> list[dict]:
    """One document per earlier year: the latest edition published (documents come oldest first)."""
    latest: dict[int, dict] = {}
    for doc in earlier:
        if doc["year"] < year:
            latest[doc["year"]] = doc
    return [latest[y] for y in sorted(latest)]


def report_from_figures(
    fig: YearFigures,
    *,
    k: int = DEFAULT_K,
    narrative: str = "",
    previous: Iterable[dict] = (),
    ledger: Iterable[Publication] = (),
    population: str = "vault",
    carried: dict | None = None,
    parts: Iterable[Publication] = (),
    kind: str = "report",
    institution: str = "",
    lang: str = "nl",
    on_progress: Callable[[int], None] | None = None,
) -> PublishedReport:
    """Protect against every publication in `ledger`, audit (raises DisclosureError rather than publish)
    and package exact figures. `previous` are earlier published documents, shown in the trend as they were."""
    if lang not in ("nl", "en"):
        raise BadInputError("report.bad_language", lang=lang)
    earlier = _check_previous(previous)
    parts = list(parts)
    protected = protect(
        fig,
        k,
        [*ledger, *parts],
        population=population,
        carried=carried,
        parts=tuple(p.key for p in parts),
        on_progress=on_progress,
    )
    audit(protected)
    document = to_json(protected, fig.year)
    rec = ledger_record(protected, kind=kind, document=document, parts=parts)
    return PublishedReport(document, narrative, institution, lang, _trend(earlier, fig.year), rec)


def build_report(
    facts: Iterable[CaseFacts],
    year: int,
    *,
    k: int = DEFAULT_K,
    narrative: str = "",
    previous: list[dict] | None = None,
    ledger: Iterable[Publication] = (),
    population: str = "vault",
    institution: str = "",
    lang: str = "nl",
    on_progress: Callable[[int], None] | None = None,
) -> PublishedReport:
    """The annual report of one advisor's cases for `year`, protected against `ledger` (every earlier
    publication of this vault); `previous` are earlier published report JSONs for the trend."""
    facts = list(facts)
    check_k(k)
    return report_from_figures(
        compute(facts, year),
        k=k,
        narrative=narrative,
        previous=previous or [],
        ledger=ledger,
        population=population,
        carried=carried_cells(facts, year),
        institution=institution,
        lang=lang,
        on_progress=on_progress,
    )


def report_from_merged(
    per_year: dict[int, YearFigures],
    *,
    k: int = DEFAULT_K,
    narrative: str = "",
    institution: str = "",
    lang: str = "nl",
    parts: dict[int, list[tuple[str, YearFigures]]] | None = None,
    ledger: Iterable[Publication] = (),
) -> PublishedReport:
    """The ombudsperson's report of merged bundles: the latest year, earlier years as its trend; its
    `merge_records` are the ledger records of every year it publishes.

    `parts[year]` are (advisor id, exact figures) of each bundle; `ledger` holds the advisors' own published
    reports (carried in their bundles) and the ombudsperson's earlier merges. Earlier years get their own
    disclosure control before they appear in the trend, each protected against everything before it.
    """
    years = sorted(per_year)
    ledger = list(ledger)
    previous: list[dict] = []
    records: list[dict] = []
    report: PublishedReport | None = None
    for n, year in enumerate(years):
        blocks = [
            _part_block(ledger, f"part{year}.{i}", advisor, year, k, fig)
            for i, (advisor, fig) in enumerate((parts or {}).get(year, []))
        ]
        report = report_from_figures(
            per_year[year],
            k=k,
            narrative=narrative if n == len(years) - 1 else "",
            previous=previous,
            ledger=[p for p in ledger if p not in blocks],
            population="merge",
            parts=blocks,
            kind="merge",
            institution=institution,
            lang=lang,
        )
        previous.append(report.to_json())
        records.append(report.record)
        ledger.extend(publications([report.record], prefix=f"merge{year}."))
    assert report is not None
    report.merge_records = records
    return report


def _part_block(
    ledger: list[Publication], key: str, advisor: str, year: int, k: int, fig: YearFigures
) -> Publication:
    """An advisor's part of a merge: their own published report when its figures are exactly the bundle's
    (the attacker then knows the part is that report), else an unseen block of the bundle's figures."""
    truth = cell_values(fig, k)
    for pub in ledger:
        if (
            pub.population == advisor
            and pub.year == year
            and pub.k == k
            and not pub.virtual
            and pub.truth == truth
        ):
            return pub
    return Publication(key, advisor, year, k, truth, virtual=True)
