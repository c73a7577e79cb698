"""Errors of the domain layer, and the sentences that explain them.

Every error carries only a location (case reference or position in a file, a field path such
as ``contacts[2].minutes``) and a stable problem key. Case content (aliases, notes, descriptions)
never appears in an error, so an error can be printed, logged or shown in a crash dialog without
leaking anything. The sentences live here as plain data, in Dutch and English, because the domain
must stand alone; the CLI and the GUI render them with :func:`describe`.
"""

from __future__ import annotations

# problem key -> (Dutch, English). Sentences say what is wrong and, where it helps, what to do.
PROBLEM_TEXT: dict[str, tuple[str, str]] = {
    "required": ("dit veld is verplicht.", "this field is required."),
    "unknown-code": (
        "deze code staat niet in de taxonomie.",
        "this code is not in the taxonomy.",
    ),
    "unknown-unit": (
        "deze eenheid staat niet in de lijst met eenheden van de instelling (instelling 'units'); "
        "kies een eenheid uit die lijst of laat het veld leeg.",
        "this unit is not in the institution's list of units (setting 'units'); "
        "choose a unit from that list or leave the field empty.",
    ),
    "no-units-listed": (
        "de instelling heeft geen lijst met eenheden (instelling 'units'), dus een eenheid kan niet worden "
        "vastgelegd; laat het veld leeg of vraag de beheerder de lijst met eenheden in te stellen.",
        "the institution has no list of units (setting 'units'), so no unit can be recorded; leave the "
        "field empty or ask the administrator to set the list of units.",
    ),
    "unknown-key": (
        "dit veld bestaat niet in het uitwisselformaat.",
        "this field does not exist in the exchange format.",
    ),
    "wrong-type": ("deze waarde heeft het verkeerde type.", "this value has the wrong type."),
    "bad-format": (
        "deze waarde heeft niet de juiste vorm (datum JJJJ-MM-DD, tijd JJJJ-MM-DDTUU:MM, "
        "referentie JJJJ-NNN).",
        "this value is not in the expected form (date YYYY-MM-DD, time YYYY-MM-DDTHH:MM, "
        "reference YYYY-NNN).",
    ),
    "impossible-date": ("deze datum bestaat niet.", "this date does not exist."),
    "closed-before-opened": (
        "de sluitdatum ligt vóór de openingsdatum.",
        "the closing date is before the opening date.",
    ),
    "contact-before-opened": (
        "dit contactmoment ligt vóór de openingsdatum van het dossier.",
        "this contact moment is before the case was opened.",
    ),
    "before-opened": (
        "deze datum ligt vóór de openingsdatum van het dossier.",
        "this date is before the case was opened.",
    ),
    "out-of-range": ("deze waarde valt buiten het toegestane bereik.", "this value is out of range."),
    "control-characters": (
        "deze tekst bevat onzichtbare stuurtekens; verwijder ze.",
        "this text contains invisible control characters; remove them.",
    ),
    "invalid-characters": (
        "deze tekst bevat tekens die geen geldige Unicode zijn.",
        "this text contains characters that are not valid Unicode.",
    ),
    "too-long": ("deze tekst is te lang.", "this text is too long."),
    "duplicate-code": ("deze code staat er twee keer in.", "this code is listed twice."),
    "duplicate-reference": (
        "deze referentie komt meer dan eens voor in het bestand.",
        "this reference occurs more than once in the file.",
    ),
    "grounds-without-discrimination": (
        "discriminatiegronden horen alleen bij gedrag 'discriminatie'.",
        "discrimination grounds belong only with behaviour 'discrimination'.",
    ),
    "not-allowed-when-anonymous": (
        "een anonieme melding heeft geen naam of contactgegevens.",
        "an anonymous report has no alias or contact details.",
    ),
    "not-allowed-when-purged": (
        "een opgeschoond dossier bevat geen persoonlijke gegevens meer.",
        "a purged case holds no personal data.",
    ),
    "not-allowed-when-open": (
        "dit kan pas bij een gesloten dossier.",
        "this is only possible for a closed case.",
    ),
    "done-and-cancelled": (
        "een afspraak is afgerond of geannuleerd, niet allebei.",
        "a follow-up is done or cancelled, not both.",
    ),
    "invalid-rule": (
        "deze herhaling is geen geldige RRULE (bijvoorbeeld FREQ=WEEKLY;COUNT=4).",
        "this recurrence is not a valid RRULE (for example FREQ=WEEKLY;COUNT=4).",
    ),
    "unsupported-format": (
        "dit is geen bestand met dossiers van Vertrouwenspersoon.",
        "this is not a Vertrouwenspersoon case file.",
    ),
    "unsupported-version": (
        "deze versie van het uitwisselformaat wordt niet ondersteund.",
        "this version of the exchange format is not supported.",
    ),
    # life cycle
    "already-closed": ("dit dossier is al gesloten.", "this case is already closed."),
    "already-purged": ("dit dossier is al opgeschoond.", "this case has already been purged."),
    "legal-hold": (
        "voor dit dossier geldt een bewaarplicht; het wordt niet opgeschoond.",
        "this case is under a legal hold; it is not purged.",
    ),
    "no-such-followup": ("deze afspraak bestaat niet.", "this follow-up does not exist."),
    "no-such-contact": ("dit contactmoment bestaat niet.", "this contact moment does not exist."),
    "not-closed": ("dit dossier is niet gesloten.", "this case is not closed."),
    "counted-in-report": (
        "dit dossier telt mee in een jaarverslag of statistiek die al is gemaakt; verwijderen kan niet meer, "
        "corrigeer het dossier in plaats daarvan.",
        "this case is counted in an annual report or statistics already made; it can no longer be deleted, "
        "correct the case instead.",
    ),
    "already-settled": (
        "deze afspraak is al afgerond of geannuleerd.",
        "this follow-up is already done or cancelled.",
    ),
    # taxonomy and settings
    "code-reused": (
        "deze code bestaat al met een andere betekenis; kies een nieuwe code.",
        "this code already exists with another meaning; choose a new code.",
    ),
    "bad-code": (
        "een code bestaat uit kleine letters, cijfers en streepjes.",
        "a code consists of lower-case letters, digits and hyphens.",
    ),
    "unknown-group": ("deze codegroep bestaat niet.", "this code group does not exist."),
    "bad-offset": (
        "deze termijn is niet geldig (bijvoorbeeld 10d, 4w, 3m of 1y).",
        "this term is not valid (for example 10d, 4w, 3m or 1y).",
    ),
}

# where the problem is -> (Dutch, English)
LOCATION_TEXT: dict[str, tuple[str, str]] = {
    "case": ("Dossier {reference}, veld {field}: ", "Case {reference}, field {field}: "),
    "case-only": ("Dossier {reference}: ", "Case {reference}: "),
    "position": (
        "Dossier nr. {number} in het bestand, veld {field}: ",
        "Case no. {number} in the file, field {field}: ",
    ),
    "document": ("Bestand, veld {field}: ", "File, field {field}: "),
    "setting": ("Instelling {field}: ", "Setting {field}: "),
}


class DomainError(Exception):
    """Base of every domain error: a location and a stable problem key, never case content."""

    def __init__(self, problem: str, field: str | None = None, reference: str | None = None) -> None:
        self.problem = problem
        self.field = field
        self.reference = reference
        super().__init__(str(self))

    def _where(self) -> str:
        parts = []
        if self.reference is not None:
            parts.append(f"case {self.reference}")
        if self.field is not None:
            parts.append(f"field {self.field}")
        return ", ".join(parts) or "domain"

    def __str__(self) -> str:
        return f"{self._where()}: {self.problem}"

    def _location(self, lang: str) -> str:
        if self.reference is not None and self.field is not None:
            key, params = "case", {"reference": self.reference, "field": self.field}
        elif self.reference is not None:
            key, params = "case-only", {"reference": self.reference}
        else:
            key, params = "document", {"field": self.field or "-"}
        return _pick(LOCATION_TEXT[key], lang).format(**params)

    def describe(self, lang: str = "nl") -> str:
        """One sentence for the user, e.g. 'Dossier 2026-014, veld contacts[2].minutes: …'."""
        text = _pick(PROBLEM_TEXT.get(self.problem, (self.problem, self.problem)), lang)
        return self._location(lang) + text


class ValidationError(DomainError):
    """A case (or a case in an exchange document) is not acceptable.

    ``reference`` names the case; when the reference itself is missing or unusable, ``index``
    (0-based position in the document's ``cases`` array) locates it instead.
    """

    def __init__(self, reference: str | None, field: str, problem: str, *, index: int | None = None) -> None:
        self.index = index
        super().__init__(problem, field, reference)

    def _where(self) -> str:
        if self.reference is None and self.index is not None:
            return f"cases[{self.index}], field {self.field}"
        return super()._where()

    def _location(self, lang: str) -> str:
        if self.reference is None and self.index is not None:
            template = _pick(LOCATION_TEXT["position"], lang)
            return template.format(number=self.index + 1, field=self.field)
        return super()._location(lang)


class LifecycleError(DomainError):
    """A life-cycle step that does not apply to the case in its current state."""

    def __init__(self, reference: str, problem: str, field: str | None = None) -> None:
        super().__init__(problem, field, reference)


class TaxonomyError(DomainError):
    """The taxonomy data or an institution's extension of it is not acceptable."""

    def __init__(self, group: str, code: str | None, problem: str) -> None:
        self.group = group
        self.code = code
        field = group if code is None else f"{group}.{code}"
        super().__init__(problem, field, None)

    def _location(self, lang: str) -> str:
        return _pick(LOCATION_TEXT["setting"], lang).format(field=self.field)


class SettingError(DomainError):
    """A deadline setting (term such as '4w', recurrence rule) that cannot be used."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(problem, field, None)

    def _location(self, lang: str) -> str:
        return _pick(LOCATION_TEXT["setting"], lang).format(field=self.field)


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def describe(error: DomainError, lang: str = "nl") -> str:
    """The user's sentence for any domain error, in Dutch ('nl', default) or English ('en')."""
    return error.describe(lang)
