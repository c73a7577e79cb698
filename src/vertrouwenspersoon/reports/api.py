"""The one entry point the CLI and the GUI call to make an annual report.

`build_report` counts, protects and audits before anything exists to be written: a `PublishedReport` can
only be made from figures that passed the audit, and both its JSON and its PDF are rendered from the same
published cells, so the two always show the same figures.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from vertrouwenspersoon import messages
from vertrouwenspersoon.errors import BadInputError
from vertrouwenspersoon.reports.disclosure import DEFAULT_K, audit, protect
from vertrouwenspersoon.reports.facts import CaseFacts
from vertrouwenspersoon.reports.report_json import FORMAT, VERSION, to_json
from vertrouwenspersoon.reports.statistics import YearFigures, compute

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
        "report.bad_language": (
            "Onbekende taal {lang}; kies nl of en.",
            "Unknown language {lang}; choose nl or en.",
        ),
    }
)


@dataclass
class PublishedReport:
    """An audited report: JSON document, the advisor's narrative, and earlier years as they were published."""

    document: dict
    narrative: str
    institution: str
    lang: str
    previous: list[dict] = field(default_factory=list)

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


def report_from_figures(
    fig: YearFigures,
    *,
    k: int = DEFAULT_K,
    narrative: str = "",
    previous: Iterable[dict] = (),
    institution: str = "",
    lang: str = "nl",
) -> PublishedReport:
    """Protect, audit (raises DisclosureError rather than publish) and package exact figures."""
    if lang not in ("nl", "en"):
        raise BadInputError("report.bad_language", lang=lang)
    earlier = _check_previous(previous)
    protected = protect(fig, k, earlier)
    audit(protected)
    document = to_json(protected, fig.year)
    trend = sorted((d for d in earlier if d["year"] < fig.year), key=lambda d: d["year"])
    return PublishedReport(document, narrative, institution, lang, trend)


def build_report(
    facts: Iterable[CaseFacts],
    year: int,
    *,
    k: int = DEFAULT_K,
    narrative: str = "",
    previous: list[dict] | None = None,
    institution: str = "",
    lang: str = "nl",
) -> PublishedReport:
    """The annual report of one advisor's cases for `year`; `previous` are earlier published report JSONs
    (earlier years for the trend, shown exactly as published; an earlier edition of the same year keeps its
    suppressions)."""
    return report_from_figures(
        compute(facts, year),
        k=k,
        narrative=narrative,
        previous=previous or [],
        institution=institution,
        lang=lang,
    )


def report_from_merged(
    per_year: dict[int, YearFigures],
    *,
    k: int = DEFAULT_K,
    narrative: str = "",
    institution: str = "",
    lang: str = "nl",
) -> PublishedReport:
    """The ombudsperson's report of merged bundles: the latest year, earlier years as its trend.

    Earlier years get their own disclosure control (each as it would be published on its own) before they
    appear in the trend, so no exact earlier figure reaches the report.
    """
    years = sorted(per_year)
    previous: list[dict] = []
    for year in years[:-1]:
        previous.append(report_from_figures(per_year[year], k=k, previous=previous, lang=lang).to_json())
    return report_from_figures(
        per_year[years[-1]], k=k, narrative=narrative, previous=previous, institution=institution, lang=lang
    )
