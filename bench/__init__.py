"""Benchmarks: the synthetic corpus generator (bench.synthetic) and the scale benchmark (bench.run)."""
