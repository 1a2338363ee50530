"""The same run on a Dask distributed cluster: `--scheduler tcp://host:8786` or `--scheduler local:N`.

The client plans the run exactly as `process.process_iter` does (up-to-date outputs skipped,
duplicate names resolved), cuts the work into the same batches, and sends each batch to a worker as
a future; the worker runs `process.run_tasks` on it, loading the model once per worker process
(`pipeline.nlp.load_pipeline` is cached per process) and writing the records itself, atomically,
to the output folder, which every machine must see at the same path. Outcomes come back as the
futures finish; the client keeps the manifest and the JSONL, as in a local run.

A worker that dies mid-batch is restarted by its nanny and the scheduler gives the batch to a
worker again (Dask retries a task whose worker died up to `distributed.scheduler.allowed-failures`
times); its outputs are complete or absent, and the temporary files it left are removed at the end.
"""

from __future__ import annotations

import atexit
import heapq
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path

import dask
from distributed import Client, Future, KilledWorker, LocalCluster, WorkerPlugin, as_completed

from pipeline.planning import Input, Outcome, Task, plan, remove_temporaries
from pipeline.process import BATCH_SIZE, input_bytes, run_tasks
from pipeline.scheduler import LOCAL, can_fork_workers, start_fork_server, stop_fork_server

IN_FLIGHT_PER_THREAD = 4
"""Batches sent ahead per worker thread: enough that no worker waits for the next one, few enough
that an archive of millions is never one huge graph on the scheduler (and Ctrl-C cancels little)."""
PLANNED_AHEAD = 256
"""Batches planned ahead of those sent, the largest sent first (see _largest_first): a run of a
thousand releases is sent in the order the pool sends it."""
CONNECT_TIMEOUT = "20s"
CLUSTER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,
}
"""Dask's defaults that cost our run CPU, measured: glibc told to give memory back at every 64 kB
freed (the model's arrays come and go: 34% more CPU for the same documents), a profiler sampling
the working thread every 10 ms (0.75 s of CPU in 16 s instead of 0.3), and the event loops'
periodic checks (an idle LocalCluster of 2 used 4.2% of a core in the client and 2% in each
worker; 0.8% and 0.3% with these intervals). Work stealing has nothing to balance: batches are
queued on the scheduler and handed out as workers free up. Set for a LocalCluster;
docs/distributed.md gives the same as a YAML file for `dask scheduler` and `dask worker`."""
WORKER_LOST = "the workers running this batch stopped unexpectedly (killed, or out of memory) too many times"

_worker_lock = threading.Lock()
_open_local_clusters = 0


@contextmanager
def connect(address: str) -> Iterator[Client]:
    """A Client of the cluster at address, or of a LocalCluster of N single-threaded worker processes
    started for the run (`local:N`) and closed with it."""
    local = LOCAL.fullmatch(address)
    if local is None:
        try:
            client = Client(address, timeout=CONNECT_TIMEOUT)
        except OSError as error:  # TimeoutError included
            raise OSError(0, f"cannot reach the Dask scheduler ({error})", address) from None
        with client:
            yield client
        return
    with (
        dask.config.set(CLUSTER_CONFIG),
        _forked_workers(),
        LocalCluster(
            n_workers=int(local.group(1)),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,  # failures are reported per input, one line each
            plugins=(LocalWorker(),),  # set up before the worker registers: no round trip after
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@contextmanager
def _forked_workers() -> Iterator[None]:
    """The LocalCluster's nannies start their worker processes from a fork server that has loaded
    the model once (pipeline.preload), where the platform has one. The server is stopped when the
    last local cluster of this process closes, so nothing outlives the run and the server's CPU is
    counted in this process's children."""
    global _open_local_clusters
    if not can_fork_workers():
        yield
        return
    with dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"}):
        start_fork_server()  # if the command line has not: the model loads while the scheduler starts
        with _worker_lock:
            _open_local_clusters += 1
        try:
            yield
        finally:
            with _worker_lock:
                _open_local_clusters -= 1
                if _open_local_clusters == 0:
                    stop_fork_server()


def stop_unused_fork_server() -> None:
    """The command line starts the server before it knows whether any input needs a worker."""
    with _worker_lock:
        if _open_local_clusters == 0:
            stop_fork_server()


class LocalWorker(WorkerPlugin):
    """The LocalCluster's worker processes are ours. A Ctrl-C in a terminal reaches every process of
    its group: the client stops the run and closes the cluster, so the workers ignore it (each would
    print a traceback). And they end without freeing the model's millions of objects one by one
    (about 0.4 s of CPU each, measured, on the run's critical path when the cluster closes), as
    `communique` itself does. Given to the workers when they start (a worker argument, which a
    restarted worker gets again), rather than registered once they run: that was a round trip
    through the scheduler to every worker before the first task (0.44 s on a loaded machine)."""

    def setup(self, worker: object) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the plugin is set up in the main thread
        atexit.register(_exit_now)


def _exit_now() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def run_batch(tasks: list[Task], folder: str, limit: int | None, batch_size: int) -> list[Outcome]:
    """On a worker: one batch through the worker process's pipeline. Relative paths are the client's,
    so they are resolved from its working folder (the shared folder must be mounted at the same path).
    One batch at a time per process: the pipeline is not shared between threads."""
    with _worker_lock:
        if any(_relative(task.path) or _relative(task.target) for task in tasks):
            try:
                os.chdir(folder)
            except OSError as error:
                raise RuntimeError(
                    f"the client's folder {folder} is not on this worker ({error.strerror}); "
                    "mount the shared folder at the same path on every machine, or give absolute paths"
                ) from None
        return run_tasks(tasks, limit, batch_size)


def _relative(path: Path | str | None) -> bool:
    """A relative file path (not a URL, not an absent target)."""
    return isinstance(path, Path) and not path.is_absolute()


def _failed(batch: list[Task], error: BaseException) -> list[Outcome]:
    if isinstance(error, KilledWorker):
        reason = WORKER_LOST
    else:
        message = str(error).splitlines()[0] if str(error) else "failed"
        reason = f"{type(error).__name__}: {message}"[:300]
    return [Outcome(str(task.path), "failed", reason=reason) for task in batch]


def process_iter(
    paths: Iterable[Input],
    output_dir: Path,
    scheduler: str,
    *,
    batch_size: int = BATCH_SIZE,
    limit: int | None = None,
    force: bool = False,
) -> Iterator[Outcome]:
    """process.process_iter with the batches sent to a Dask cluster, yielding one Outcome per input
    as futures finish. Interrupting the consumer cancels the futures (a LocalCluster is closed);
    every output is then complete or absent."""
    try:
        remove_temporaries(output_dir)
        skipped: list[Outcome] = []
        batches = _largest_first(_batches(plan(paths, output_dir, force), batch_size, skipped))
        first = next(batches, None)
        yield from _drain(skipped)
        if first is not None:  # else everything is up to date: no cluster needed
            with connect(scheduler) as client:
                yield from _submit_and_collect(client, chain([first], batches), skipped, limit, batch_size)
    finally:
        remove_temporaries(output_dir)  # left by a worker killed mid-write (its batch was redone)
        if LOCAL.fullmatch(scheduler):
            stop_unused_fork_server()


def _batches(planned: Iterable[Task | Outcome], size: int, skipped: list[Outcome]) -> Iterator[list[Task]]:
    """The plan's tasks in batches, as it goes (an archive of millions is planned while the first
    batches run); its up-to-date inputs are put in skipped, for the caller to report."""
    batch: list[Task] = []
    for item in planned:
        if isinstance(item, Outcome):
            skipped.append(item)
            continue
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _largest_first(batches: Iterator[list[Task]], ahead: int = PLANNED_AHEAD) -> Iterator[list[Task]]:
    """The largest of the next `ahead` batches first (a batch's cost follows its input bytes), as the
    local pool sends all of its batches. The run ends on the smallest: in input order, a worker
    could be given its last two batches, as large as any, while the other had nothing left. And a
    worker's malloc arena grows to its largest batch once, at the start, instead of growing and
    giving memory back batch after batch (a Dask task runs in a thread, whose arena gives back
    freed memory): on 200 releases the run's minor page faults halved and its system time fell by
    a third. The plan still streams: an archive of millions is not planned in full before the
    first batch goes (1,024 releases are)."""
    heap: list[tuple[int, int, list[Task]]] = []
    for order, batch in enumerate(batches):
        heapq.heappush(heap, (-input_bytes(batch), order, batch))
        if len(heap) > ahead:
            yield heapq.heappop(heap)[2]
    while heap:
        yield heapq.heappop(heap)[2]


def _submit_and_collect(
    client: Client, batches: Iterator[list[Task]], skipped: list[Outcome], limit: int | None, batch_size: int
) -> Iterator[Outcome]:
    """Keep a window of batches in flight, refilled as each finishes; cancel what is left on exit."""
    folder = os.getcwd()
    in_flight: dict[Future, list[Task]] = {}

    def send(count: int) -> list[Future]:
        sent = []
        for batch in islice(batches, count):
            future = client.submit(run_batch, batch, folder, limit, batch_size, pure=False)
            in_flight[future] = batch
            sent.append(future)
        return sent

    def window() -> int:
        return IN_FLIGHT_PER_THREAD * max(sum(client.nthreads().values()), 2)

    target = window()
    finished = as_completed(send(target))
    try:
        for done, future in enumerate(finished, 1):
            yield from _drain(skipped)
            batch = in_flight.pop(future)
            try:
                outcomes = future.result()
            except Exception as error:  # the batch's worker could not run it: each input fails
                outcomes = _failed(batch, error)
            yield from outcomes
            if done % 64 == 0:  # workers may have joined or left
                target = window()
            for new in send(target - len(in_flight)):
                finished.add(new)
        yield from _drain(skipped)
    finally:
        if in_flight:
            client.cancel(list(in_flight))


def _drain(items: list[Outcome]) -> Iterator[Outcome]:
    yield from items
    items.clear()
