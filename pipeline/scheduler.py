"""The `--scheduler` option before Dask is imported: its check, and the fork server of `local:N`.

A `local:N` run's workers are forked from a server that imports Dask and spaCy and loads the model
(`pipeline.preload`), about 2.5 s of CPU before the first worker can start. Started by the command
line as soon as its options are checked, the server does this on the other core while this process
imports spaCy and Dask, plans the run and starts the scheduler, instead of after them.
"""

from __future__ import annotations

import contextlib
import importlib.util
import multiprocessing
import re
from multiprocessing import forkserver

LOCAL = re.compile(r"local:(\d+)")
ADDRESS = re.compile(r"([a-z][a-z0-9+.-]*://)?[^\s/:]+:\d+/?")
PRELOAD = ["pipeline.preload"]


def dask_installed() -> bool:
    """Whether the dask extra is there, without importing it (about 1 s)."""
    return importlib.util.find_spec("distributed") is not None


def check_scheduler(address: str) -> str | None:
    """Why --scheduler cannot be used as given (one line), or None."""
    local = LOCAL.fullmatch(address)
    if local and int(local.group(1)) < 1:
        return "--scheduler local:N needs at least 1 worker"
    if not local and not ADDRESS.fullmatch(address):
        return f"--scheduler must be local:N or a scheduler address such as tcp://host:8786, not {address!r}"
    return None


def can_fork_workers() -> bool:
    return "forkserver" in multiprocessing.get_all_start_methods()


def start_fork_server() -> None:
    """Start the server that forks the local workers, loading the model (does nothing if it runs)."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
    forkserver.ensure_running()


def stop_fork_server() -> None:
    """multiprocessing has no public call for it; its own tests use this one."""
    with contextlib.suppress(Exception):
        forkserver._forkserver._stop()
