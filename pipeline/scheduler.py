"""The `--scheduler` option before Dask is imported: its check, and the fork server of `local:N`.

A `local:N` run's workers are forked from a server that imports Dask and spaCy and loads the model
(`pipeline.preload`), about 2.5 s of CPU before the first worker can start. Started by the command
line as soon as its options are checked, the server does this on the other core while this process
imports spaCy and Dask, plans the run and starts the scheduler, instead of after them.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
import multiprocessing
import re
from multiprocessing import forkserver

LOCAL = re.compile(r"local:(\d+)")
ADDRESS = re.compile(r"([a-z][a-z0-9+.-]*://)?[^\s/:]+:\d+/?")
PRELOAD = ["pipeline.preload"]
KEEP_FREED_BYTES = 256 * 2**20
HEAP_ALLOCATIONS_BELOW = 32 * 2**20
"""glibc malloc for the workers: freed memory kept up to 256 MB instead of handed back to the system,
and blocks under 32 MB (glibc's largest) taken from the heap instead of mapped and unmapped each time.
A Dask task runs in a worker thread, whose malloc arena otherwise gives back and faults in again what
each batch frees: 280,000 to 320,000 page faults in the task threads on 200 releases, against 110,000
with these (pool workers, whose main-thread arena keeps its memory, have about 360,000 with the model's
load, and none per batch once grown). Setting the trim threshold freezes glibc's otherwise moving mmap
threshold, so both are set. As environment variables (MALLOC_TRIM_THRESHOLD_, MALLOC_MMAP_THRESHOLD_)
for workers that Dask spawns; by mallopt in the fork server of `local:N`, whose workers it forks."""


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


def keep_freed_memory() -> None:
    """This process's malloc keeps what it frees (glibc's mallopt; elsewhere nothing to do)."""
    m_trim_threshold, m_mmap_threshold = -1, -3
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None)
        libc.mallopt(m_trim_threshold, KEEP_FREED_BYTES)
        libc.mallopt(m_mmap_threshold, HEAP_ALLOCATIONS_BELOW)


def stop_fork_server() -> None:
    """multiprocessing has no public call for it; its own tests use this one."""
    with contextlib.suppress(Exception):
        forkserver._forkserver._stop()
