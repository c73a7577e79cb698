"""The benchmark suite (DESIGN.md "Performance"): `python -m benchmarks.run [--quick]`."""
