"""Imported once by the server that forks a LocalCluster's worker processes (`--scheduler local:N`).

Spawned, each worker would import Dask and spaCy and load the model itself (about 3 s of CPU apiece);
forked from a server that has done it once, each starts with the model in memory, shared
copy-on-write, as the `--jobs` pool's forked workers do. A failure here is left to the worker,
which loads the model itself and reports the error as usual.
"""

import atexit
import contextlib
import os

import pipeline.distributed  # noqa: F401  (Dask, and what a batch needs besides the model: done once)
from pipeline.nlp import load_pipeline

# The run waits for the server to end when its last local cluster closes: it ends without freeing the
# model's objects one by one (0.9 to 3.5 s of wall time on a loaded machine, measured). Its forked
# workers end by os._exit and never run it.
atexit.register(os._exit, 0)
with contextlib.suppress(Exception):
    load_pipeline()
