"""A small timing harness: warm-up, repeated runs, median and p95 (pytest-benchmark is not a dependency)."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Timing:
    """Wall-clock seconds of `runs` repetitions after `warmup` discarded ones."""

    runs: int
    warmup: int
    median: float
    p95: float
    minimum: float
    maximum: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile, so p95 of 20 runs is the 19th fastest, a value that was really seen."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(fraction * len(ordered) - 1e-9)))
    return ordered[rank - 1]


def from_samples(samples: list[float], warmup: int = 0) -> Timing:
    return Timing(
        runs=len(samples),
        warmup=warmup,
        median=statistics.median(samples),
        p95=percentile(samples, 0.95),
        minimum=min(samples),
        maximum=max(samples),
    )


def measure(fn: Callable[[], object], *, runs: int = 30, warmup: int = 3) -> Timing:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return from_samples(samples, warmup)
