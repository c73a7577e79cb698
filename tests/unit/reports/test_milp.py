"""The exact check behind every witness, in its array form and its restricted form.

A witness is only trusted after `satisfies` says every row holds in integers. The array path (RowBlock) and
the restricted programmes of a merge must give the same verdict as checking each row by hand here."""

from __future__ import annotations

import random

from vertrouwenspersoon.reports.milp import (
    Program,
    Row,
    RowBlock,
    expand,
    restrict,
    rows_by_column,
    satisfies,
    solve,
)


def by_hand(program: Program, x: list[int]) -> bool:
    if any(
        v < lo or (hi is not None and v > hi) for v, lo, hi in zip(x, program.lo, program.hi, strict=True)
    ):
        return False
    for row in program.rows:
        total = 0
        for j, c in row.coeffs.items():
            total += c * x[j]
        if row.lo is not None and total < row.lo:
            return False
        if row.hi is not None and total > row.hi:
            return False
    return True


def random_program(rng: random.Random, n: int = 12, rows: int = 9) -> tuple[Program, list[int]]:
    """A programme and a point that satisfies it (rows are drawn around the point's own values)."""
    point = [rng.randint(0, 5) for _ in range(n)]
    program = Program([0] * n, [rng.choice([5, 20]) for _ in range(n)])
    for _ in range(rows):
        coeffs = {j: rng.choice([-2, -1, 1, 3]) for j in rng.sample(range(n), rng.randint(1, 5))}
        value = sum(c * point[j] for j, c in coeffs.items())
        lo = rng.choice([None, value, value - rng.randint(0, 3)])
        hi = rng.choice([value, value + rng.randint(0, 3)]) if lo is None else rng.choice([None, value])
        program.rows.append(Row(coeffs, lo, hi))
    return program, point


def test_array_check_agrees_with_every_row_checked_by_hand():
    rng = random.Random(7)
    agreed = {True: 0, False: 0}
    for _ in range(300):
        program, point = random_program(rng)
        program.block = RowBlock(program.rows[:6])  # the rest is checked row by row
        for x in (point, [v + rng.choice([-1, 0, 0, 1]) for v in point]):
            verdict = satisfies(program, x)
            assert verdict == by_hand(program, x)
            agreed[verdict] += 1
    assert agreed[True] > 10 and agreed[False] > 10  # both verdicts were exercised


def test_a_point_too_large_for_int64_is_checked_in_python_integers():
    big = 2**61
    program = Program([0, 0], [None, None], [Row({0: 3, 1: -3}, 0, 0)])
    program.block = RowBlock(program.rows)
    assert program.block.holds([big, big], 2) is None
    assert satisfies(program, [big, big])
    assert not satisfies(program, [big, big - 1])


def test_rows_over_later_columns_are_left_to_the_caller():
    program = Program([0, 0, 0], [9, 9, 9], [Row({0: 1, 1: 1}, 3, 3), Row({0: 1, 2: 1}, 9, 9)])
    program.block = RowBlock(program.rows)
    assert satisfies(program, [1, 2, 0], variables=2)  # the second row uses column 2: not checked
    assert not satisfies(program, [1, 2, 0])


def test_a_restricted_solution_is_a_solution_of_the_whole_programme():
    rng = random.Random(11)
    tried = 0
    for _ in range(200):
        program, base = random_program(rng)
        assert by_hand(program, base)
        free = sorted(rng.sample(range(program.n), 4))
        local = restrict(program, base, free, rows_by_column(program.rows))
        assert local.rows == restrict(program, base, free).rows  # the index changes nothing
        objective = {i: rng.choice([-1.0, 1.0]) for i in range(len(free))}
        solution = solve(Program(local.lo, local.hi, local.rows, objective), time_limit=5.0)
        assert solution is not None  # base restricted to `free` is always feasible
        point = expand(base, free, [round(v) for v in solution])
        assert by_hand(program, point)
        assert [point[j] for j in range(program.n) if j not in free] == [
            base[j] for j in range(program.n) if j not in free
        ]
        tried += 1
    assert tried > 20
