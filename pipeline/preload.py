"""Imported once by the server that forks a LocalCluster's worker processes (`--scheduler local:N`).

Spawned, each worker would import Dask and spaCy and load the model itself (about 3 s of CPU apiece);
forked from a server that has done it once, each starts with the model in memory, shared
copy-on-write, as the `--jobs` pool's forked workers do. A failure here is left to the worker,
which loads the model itself and reports the error as usual.
"""

import contextlib

import distributed  # noqa: F401  (the worker's own imports, done once)

from pipeline.nlp import load_pipeline

with contextlib.suppress(Exception):
    load_pipeline()
