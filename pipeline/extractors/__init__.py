"""Extractors: each a registered spaCy factory around pure functions, its rules kept as data."""
