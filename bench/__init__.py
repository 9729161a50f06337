"""Benchmarks: our client side by side with `langchain-auth`, raw httpx and a bare floor.

Run them with `make bench` (`.venv/bin/python -m bench.run`); docs/performance.md says what
each scenario measures, and holds the latest results.
"""
