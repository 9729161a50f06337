"""Benchmarks: our client side by side with the official `langchain-auth` and the raw floor.

Run them with `make bench` (or `.venv/bin/python -m bench.run`); see README, "Performance".
"""
