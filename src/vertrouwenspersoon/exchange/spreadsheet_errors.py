"""Errors of a spreadsheet import: sheet, row, case reference and column — never cell content.

The only cell text an error may repeat is an unknown taxonomy-like code (lower-case letters,
digits and hyphens, at most 40 characters), because that is what the user has to correct and it
cannot be an alias or a note. The problem sentences are the domain's (``domain.errors``) plus the
few that only a spreadsheet can cause, registered here.
"""

from __future__ import annotations

import re

from vertrouwenspersoon import messages
from vertrouwenspersoon.domain.errors import PROBLEM_TEXT, ValidationError
from vertrouwenspersoon.errors import BadInputError

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

messages.register(
    {
        "exchange.sheet.row": ("Rij {row}", "Row {row}"),
        "exchange.sheet.sheet-row": ("Blad {sheet}, rij {row}", "Sheet {sheet}, row {row}"),
        "exchange.sheet.case": (" (dossier {reference})", " (case {reference})"),
        "exchange.sheet.column": (", kolom {column}: ", ", column {column}: "),
        "exchange.sheet.no-column": (": ", ": "),
        "exchange.problem.unknown-code-shown": (
            "onbekende code '{code}'; gebruik een code of een label uit de taxonomie.",
            "unknown code '{code}'; use a code or a label from the taxonomy.",
        ),
        "exchange.problem.unknown-code": (
            "onbekende code; gebruik een code of een label uit de taxonomie.",
            "unknown code; use a code or a label from the taxonomy.",
        ),
        "exchange.problem.unknown-column": (
            "deze kolom bestaat niet in het sjabloon (zie docs/exchange-format.md).",
            "this column does not exist in the template (see docs/exchange-format.md).",
        ),
        "exchange.problem.missing-column": (
            "deze verplichte kolom ontbreekt in de kopregel.",
            "this required column is missing from the header row.",
        ),
        "exchange.problem.duplicate-column": (
            "deze kolom staat twee keer in de kopregel.",
            "this column appears twice in the header row.",
        ),
        "exchange.problem.bad-boolean": (
            "gebruik ja/nee, true/false of 1/0.",
            "use ja/nee (yes/no), true/false or 1/0.",
        ),
        "exchange.problem.unknown-case": (
            "dit dossier staat niet op het blad met dossiers.",
            "this case is not on the sheet of cases.",
        ),
        "exchange.problem.unknown-sheet": (
            "dit blad hoort niet bij het sjabloon; gebruik dossiers, contactmomenten, afspraken of "
            "toelichting.",
            "this sheet is not part of the template; use dossiers, contactmomenten, afspraken or "
            "toelichting.",
        ),
        "exchange.problem.no-header": (
            "er staat geen kopregel met kolomnamen in.",
            "there is no header row with column names.",
        ),
        "exchange.problem.csv": (
            "deze regel kan niet als CSV worden gelezen.",
            "this line cannot be read as CSV.",
        ),
    }
)


class SpreadsheetError(BadInputError):
    """A spreadsheet cannot be imported; exit code 2.

    ``row`` is the row number as the spreadsheet program shows it (the header is row 1),
    ``sheet`` None for a CSV file or the sheet of cases, ``reference`` the case when known,
    ``column`` the template's column name (or ``#n`` for an unnamed column), ``problem`` a
    domain problem key or one of this module's. ``code`` is shown only when it looks like a code.
    """

    def __init__(
        self,
        *,
        row: int,
        column: str | None,
        problem: str,
        reference: str | None = None,
        sheet: str | None = None,
        code: str | None = None,
    ) -> None:
        if code is not None and not (len(code) <= 40 and _SLUG.match(code)):
            code = None
        super().__init__(
            "exchange.sheet.error",
            row=row,
            column=column,
            problem=problem,
            reference=reference,
            sheet=sheet,
            code=code,
        )
        self.row = row
        self.column = column
        self.problem = problem
        self.reference = reference
        self.sheet = sheet
        self.code = code

    def message(self, lang: str | None = None) -> str:
        lang = lang or messages.current_language()
        if self.sheet is None:
            where = messages.text("exchange.sheet.row", lang, row=self.row)
        else:
            where = messages.text("exchange.sheet.sheet-row", lang, sheet=self.sheet, row=self.row)
        if self.reference is not None:
            where += messages.text("exchange.sheet.case", lang, reference=self.reference)
        if self.column is not None:
            where += messages.text("exchange.sheet.column", lang, column=self.column)
        else:
            where += messages.text("exchange.sheet.no-column", lang)
        return where + self._problem_text(lang)

    def describe(self, lang: str = "nl") -> str:
        """The same sentence, under the name the domain's errors use."""
        return self.message(lang)

    def _problem_text(self, lang: str) -> str:
        if self.problem == "unknown-code" and self.code is not None:
            return messages.text("exchange.problem.unknown-code-shown", lang, code=self.code)
        if f"exchange.problem.{self.problem}" in messages.CATALOG:
            return messages.text(f"exchange.problem.{self.problem}", lang)
        pair = PROBLEM_TEXT.get(self.problem, (self.problem, self.problem))
        return pair[1] if lang == "en" else pair[0]


def from_validation(error: ValidationError, *, row: int, sheet: str | None, column: str) -> SpreadsheetError:
    """A domain error re-pointed at the spreadsheet cell it came from."""
    return SpreadsheetError(
        row=row, column=column, problem=error.problem, reference=error.reference, sheet=sheet
    )
