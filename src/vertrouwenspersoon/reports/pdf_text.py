"""The words of the PDF report, Dutch first with complete English; `{k}` is the threshold."""

from __future__ import annotations

# The one mark of a withheld cell: the same for a small count and for one that protects it, so a reader
# cannot tell which, and it never states a number that could be false ("< 5" over a count of 17 would).
MARK = "×"

TEXT: dict[str, tuple[str, str]] = {
    "title": ("Jaarverslag vertrouwenspersoon {year}", "Annual report of the confidential advisor {year}"),
    "confidential": ("Vertrouwelijk — geanonimiseerd", "Confidential — anonymised"),
    "cover_note": (
        "Dit verslag bevat alleen geanonimiseerde aantallen. Aantallen kleiner dan {k} worden niet getoond.",
        "This report contains anonymised counts only. Counts smaller than {k} are not shown.",
    ),
    "summary": ("Samenvatting", "Summary"),
    "new_cases": ("Nieuwe dossiers", "New cases"),
    "carried_over": ("Overgenomen uit eerdere jaren", "Carried over from earlier years"),
    "contacts": ("Contactmomenten", "Contact moments"),
    "contact_hours": ("Uren contact", "Hours of contact"),
    "aftercare_on_time": ("Nazorg op tijd", "Aftercare on time"),
    "behaviour_chart": ("Dossiers per soort gedrag", "Cases by kind of behaviour"),
    "no_cases": (
        "In {year} zijn er geen dossiers geweest.",
        "There were no cases in {year}.",
    ),
    "fewer_than_k": (
        "In {year} waren er minder dan {k} dossiers. Om de melders te beschermen bevat dit verslag geen aantallen.",
        "In {year} there were fewer than {k} cases. To protect the reporters this report contains no figures.",
    ),
    "breakdowns": ("Uitsplitsingen", "Breakdowns"),
    "multi_note": (
        "Een dossier kan in meer dan één rij voorkomen; de rijen tellen niet op tot het totaal.",
        "A case can appear in more than one row; the rows do not add up to the total.",
    ),
    "withheld": (
        "Deze tabel wordt niet getoond: minder dan {k} dossiers.",
        "This table is not shown: fewer than {k} cases.",
    ),
    "withheld_grounds": (
        "Deze tabel wordt niet getoond omdat het aantal discriminatiedossiers kleiner is dan {k} of verborgen.",
        "This table is not shown because the number of discrimination cases is below {k} or hidden.",
    ),
    "category": ("Categorie", "Category"),
    "cases": ("Dossiers", "Cases"),
    "suppressed_note": (
        "× = afgeschermd: een aantal van 1 tot en met {km1}, of een aantal dat verborgen is zodat zo’n klein "
        "aantal niet terug te rekenen is.",
        "× = withheld: a count from 1 to {km1}, or a count hidden so that such a small count cannot be worked "
        "out.",
    ),
    "trend": ("Ontwikkeling over de jaren", "Trend over the years"),
    "chart_top": (
        "De grafiek toont de {n} grootste rijen; de tabel erboven toont ze allemaal.",
        "The chart shows the {n} largest rows; the table above shows them all.",
    ),
    "year": ("Jaar", "Year"),
    "trend_note": (
        "Eerdere jaren staan hier precies zoals ze destijds zijn gepubliceerd.",
        "Earlier years are shown exactly as they were published at the time.",
    ),
    "no_trend": ("Er zijn geen eerdere jaarverslagen.", "There are no earlier annual reports."),
    "aftercare": ("Nazorg", "Aftercare"),
    "aftercare_due": ("Nazorgafspraken met deadline in het jaar", "Aftercare appointments due in the year"),
    "aftercare_done": ("Op of vóór de deadline gedaan", "Done on or before the deadline"),
    "aftercare_share": ("Aandeel op tijd", "Share on time"),
    "aftercare_why": (
        "Dit cijfer beantwoordt de vraag: is er na mijn melding iets met mij gedaan?",
        "This figure answers the question: was I followed up after my report?",
    ),
    "narrative": ("Signalen en aanbevelingen", "Signals and recommendations"),
    "no_narrative": ("(Geen toelichting.)", "(No commentary.)"),
    "methods": ("Werkwijze", "Methods"),
    "methods_intro": (
        "Tabellen met minder dan {k} dossiers worden niet getoond, en aantallen van 1 tot en met {km1} evenmin. "
        "Zo is niemand te herkennen, ook niet in een kleine faculteit.",
        "Tables with fewer than {k} cases are not shown, and neither are counts from 1 to {km1}. "
        "This keeps everyone unrecognisable, even in a small faculty.",
    ),
    "methods_rules": (
        [
            "Een dossier telt mee in een jaar als het in dat jaar is geopend (nieuw), of eerder is geopend en in "
            "dat jaar nog open was of een contactmoment had (overgenomen).",
            "Tabellen tellen dossiers; een dossier met twee soorten gedrag telt in beide rijen.",
            "Aantallen van 1 tot en met {km1} worden afgeschermd (×). Waar nodig worden ook andere cellen "
            "afgeschermd, zodat geen klein aantal terug te rekenen is uit totalen, andere tabellen, of uit alles "
            "wat eerder uit deze kluis is gepubliceerd (eerdere uitgaven, aangrenzende jaren, statistiekbundels). "
            "Die extra cellen worden zo gekozen dat de lezer zo weinig mogelijk mist. Een controle toont voor elke "
            "afgeschermde cel aan dat de gepubliceerde cijfers ook kloppen met een andere waarde, en met {k} of "
            "meer; pas dan wordt gepubliceerd.",
            "Eenheden met minder dan {k} dossiers zijn samengevoegd tot ‘Overige eenheden’.",
            "Geen data fijner dan een kwartaal; geen vrije tekst uit dossiers. De enige tekst is de toelichting "
            "van de vertrouwenspersoon.",
            "Uren contact: de minuten van alle contactmomenten in het jaar, gedeeld door 60 en afgerond "
            "(een half uur naar boven).",
            "Nazorg op tijd: nazorgafspraken met een deadline in het jaar (niet geannuleerd) die op of vóór de "
            "deadline zijn gedaan.",
        ],
        [
            "A case counts in a year when it was opened that year (new), or opened earlier and still open or "
            "with a contact moment that year (carried over).",
            "Tables count cases; a case with two kinds of behaviour counts in both rows.",
            "Counts from 1 to {km1} are withheld (×). Where needed other cells are withheld too, so that no small "
            "count can be worked out from totals, other tables, or anything this vault published before (earlier "
            "editions, adjacent years, statistics bundles). Those extra cells are chosen so that the reader loses as "
            "little as possible. A check shows for every withheld cell that the published figures also fit another "
            "value, and one of {k} or more; only then is the report published.",
            "Units with fewer than {k} cases are combined into ‘Other units’.",
            "No dates finer than a quarter; no free text from cases. The only text is the advisor's commentary.",
            "Hours of contact: the minutes of all contact moments in the year divided by 60, rounded (half an "
            "hour up).",
            "Aftercare on time: aftercare appointments due in the year (not cancelled) done on or before the "
            "deadline.",
        ],
    ),
    "page": ("Pagina {n}", "Page {n}"),
    "footer": ("Jaarverslag {year} — vertrouwelijk", "Annual report {year} — confidential"),
}


def t(key: str, lang: str, **params: object) -> str:
    pair = TEXT[key]
    value = pair[0] if lang == "nl" else pair[1]
    assert isinstance(value, str)
    return value.format(**params)


def rules_text(lang: str, k: int) -> list[str]:
    pair = TEXT["methods_rules"]
    rules = pair[0] if lang == "nl" else pair[1]
    return [rule.format(k=k, km1=k - 1) for rule in rules]
