"""Every unsuppressed figure of the published report equals the truth counted independently here."""

from __future__ import annotations

from datetime import date

import pytest

from unit.reports.synthetic import TINY_UNIT, make_cases, truth
from vertrouwenspersoon.reports.api import build_report
from vertrouwenspersoon.reports.facts import CaseFacts
from vertrouwenspersoon.reports.report_json import cells_from_json
from vertrouwenspersoon.reports.statistics import compute

YEAR = 2026


@pytest.mark.parametrize(("seed", "n", "k"), [(1, 120, 5), (2, 60, 5), (3, 200, 3), (4, 45, 7)])
def test_published_figures_equal_the_truth(seed: int, n: int, k: int) -> None:
    cases = make_cases(seed, YEAR, n)
    expected = truth(cases, YEAR, k)
    doc = build_report(cases, YEAR, k=k).to_json()
    published = cells_from_json(doc)
    assert doc["format"] == "vertrouwenspersoon-report" and doc["version"] == 1 and doc["k"] == k
    shown = 0
    for cell, count in published.items():
        if count is None:
            withheld = any(rule.startswith(f"table {cell[0]} withheld") for rule in doc["rules"])
            assert withheld or expected.get(cell, 0) != 0, f"a zero was suppressed: {cell}"
            continue
        shown += 1
        assert count == expected.get(cell, 0), cell
        assert count == 0 or count >= k, cell
    assert shown > 40
    # every non-zero true cell is listed (published or suppressed)
    assert {c for c, v in expected.items() if v} <= set(published)


def test_every_count_is_null_and_suppressed_or_zero_or_at_least_k() -> None:
    doc = build_report(make_cases(5, YEAR, 80), YEAR, k=5).to_json()
    entries = list(doc["totals"].values()) + list(doc["aftercare"].values())
    entries += [row for rows in doc["tables"].values() for row in rows]
    for entry in entries:
        if entry["count"] is None:
            assert entry["suppressed"] is True
        else:
            assert "suppressed" not in entry and (entry["count"] == 0 or entry["count"] >= 5)


def test_small_unit_is_merged_and_never_named() -> None:
    doc = build_report(make_cases(1, YEAR, 120), YEAR, k=5).to_json()
    codes = [row["code"] for row in doc["tables"]["unit"]]
    assert TINY_UNIT not in codes and "other-units" in codes


def test_hours_round_half_up_from_total_minutes() -> None:
    # 3 contacts of 30 min = 90 min -> 2 h (half up); per-contact rounding would give 3 x 1 or 3 x 0
    case = CaseFacts(
        opened_on=date(YEAR, 2, 1),
        behaviours=("bullying",),
        contacts=(
            (date(YEAR, 2, 1), 30),
            (date(YEAR, 2, 2), 30),
            (date(YEAR, 2, 3), 30),
            (date(YEAR - 1, 12, 31), 600),
        ),
    )
    fig = compute([case], YEAR)
    assert (fig.contacts, fig.contact_minutes, fig.contact_hours) == (3, 90, 2)
    assert compute([case, case], YEAR).contact_hours == 3  # 180 min


def test_carried_over_and_excluded_cases() -> None:
    cases = [
        CaseFacts(opened_on=date(YEAR - 1, 5, 1), closed_on=None, behaviours=("bullying",)),  # still open
        CaseFacts(
            opened_on=date(YEAR - 2, 5, 1),
            closed_on=date(YEAR - 2, 9, 1),
            behaviours=("bullying",),
            contacts=((date(YEAR, 3, 1), 30),),
        ),  # contact in the year
        CaseFacts(opened_on=date(YEAR - 1, 5, 1), closed_on=date(YEAR - 1, 12, 31), behaviours=("bullying",)),
        CaseFacts(opened_on=date(YEAR + 1, 1, 2), behaviours=("bullying",)),
        CaseFacts(opened_on=date(YEAR, 12, 31), behaviours=("bullying", "integrity")),
    ]
    fig = compute(cases, YEAR)
    assert (fig.new_cases, fig.carried_over) == (1, 2)
    assert fig.tables["quarter"] == {"q1": 0, "q2": 0, "q3": 0, "q4": 1, "earlier": 2}
    assert fig.tables["behaviour"]["bullying"] == 3 and fig.tables["behaviour"]["integrity"] == 1


def test_aftercare_on_time_means_done_on_or_before_the_deadline() -> None:
    due = date(YEAR, 6, 8)
    case = CaseFacts(
        opened_on=date(YEAR, 1, 5),
        closed_on=date(YEAR, 5, 11),
        behaviours=("other",),
        aftercare=(
            (due, due, None),
            (due, date(YEAR, 6, 9), None),
            (due, None, None),
            (due, None, date(YEAR, 6, 1)),
            (date(YEAR + 1, 1, 5), date(YEAR, 12, 1), None),
        ),
    )
    fig = compute([case], YEAR)
    assert (fig.aftercare_due, fig.aftercare_done_on_time) == (3, 1)


def test_aftercare_due_this_year_of_a_case_closed_last_year_counts_this_year() -> None:
    closed_last_year = CaseFacts(
        opened_on=date(YEAR - 1, 9, 1),
        closed_on=date(YEAR - 1, 12, 10),
        behaviours=("bullying",),
        aftercare=((date(YEAR, 1, 7), date(YEAR, 1, 7), None),),
    )
    fig = compute([closed_last_year], YEAR)
    assert (fig.aftercare_due, fig.aftercare_done_on_time) == (1, 1)
    assert fig.cases == 0 and fig.tables["behaviour"]["bullying"] == 0  # not a case of this year
    assert compute([closed_last_year], YEAR - 1).aftercare_due == 0
