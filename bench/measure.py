"""Running one step of the benchmark as a subprocess, with a time limit, and measuring it.

Every figure of the suite is a subprocess measured from outside, as a person at a
terminal would see it: wall time around the whole process (start-up included), the
CPU time of the process and of every process it waited for (the kernel's account,
from `os.wait4`), and memory two ways, sampled with psutil while it runs: the whole
process tree (the importer and its worker processes) and its largest single process.

The kernel's own max RSS (`ru_maxrss` from `os.wait4`) is no use here: a child
started by `fork` or `vfork` and `exec` inherits its parent's high-water mark, so it
would report the benchmark's own memory for any step smaller than the benchmark.
"""

from __future__ import annotations

import contextlib
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import psutil

PYTHON = sys.executable
STEP_TIMEOUT = 600  # seconds: no subprocess may take longer than this
SAMPLE_INTERVAL = 0.05  # seconds between two samples of the process tree's memory


class StepFailed(Exception):
    """A step of the benchmark did not do its job: the run must fail loudly."""


def progress(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


@dataclass
class Run:
    """One measured subprocess."""

    command: list[str]
    returncode: int
    wall: float  # seconds, time.perf_counter around the subprocess
    cpu: float  # seconds, user + system, of the process and every process it waited for
    max_rss: int  # bytes: the largest single process of the tree (RSS), sampled
    tree_peak: int  # bytes: the whole process tree (TREE_MEMORY summed), sampled
    stdout: str
    stderr: str

    def check(self, what: str) -> Run:
        if self.returncode != 0:
            lines = (self.stderr or self.stdout).strip().splitlines()
            tail = "\n".join([line for line in lines if not line.startswith("INFO ")][-20:])
            raise StepFailed(f"{what} exited with status {self.returncode}:\n{tail}")
        return self


def _tree_memory_kind() -> str:
    """What the tree's memory sums: "PSS" where psutil reads it (Linux), else "RSS"."""
    try:
        return "PSS" if hasattr(psutil.Process().memory_full_info(), "pss") else "RSS"
    except psutil.Error:
        return "RSS"


# What the tree's memory sums. PSS shares each page among the processes that map it,
# so pages shared after `fork` count once; RSS counts them once per process.
TREE_MEMORY = _tree_memory_kind()
MEMORY_METHOD = (
    f"psutil, sampled every {SAMPLE_INTERVAL:g} s: the largest single process (RSS, "
    f"memory_info), and the whole process tree ({TREE_MEMORY} of every process summed, "
    f"{'memory_full_info' if TREE_MEMORY == 'PSS' else 'memory_info'}); "
    "peak = the larger of the two"
)


def process_memory(process: psutil.Process) -> tuple[int, int]:
    """One process's memory in bytes: (its share, its RSS); the share is its PSS,
    or its RSS where PSS is unknown."""
    if TREE_MEMORY == "PSS":
        with contextlib.suppress(psutil.AccessDenied):  # not ours to read in full: RSS then
            info = process.memory_full_info()
            return info.pss, info.rss
    rss = process.memory_info().rss
    return rss, rss


def tree_memory(root: psutil.Process) -> tuple[int, int]:
    """The memory of a process and all its descendants now, in bytes: the tree's
    (TREE_MEMORY summed) and its largest single process's RSS; (0, 0) once it is gone."""
    try:
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    total = biggest = 0
    for process in processes:
        with contextlib.suppress(psutil.Error):  # a worker may exit between the two calls
            share, rss = process_memory(process)
            total, biggest = total + share, max(biggest, rss)
    return total, biggest


class TreeSampler:
    """Samples the memory of a process tree in a thread, keeping the peaks."""

    def __init__(self, pid: int, interval: float = SAMPLE_INTERVAL):
        self.root, self.interval = psutil.Process(pid), interval
        self.tree_peak = self.process_peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def stop(self) -> tuple[int, int]:
        """Stop sampling; the peaks: (whole tree, largest single process)."""
        self._stop.set()
        self._thread.join()
        return self.tree_peak, self.process_peak

    def _loop(self) -> None:
        while not self._stop.is_set():
            tree, biggest = tree_memory(self.root)
            self.tree_peak = max(self.tree_peak, tree)
            self.process_peak = max(self.process_peak, biggest)
            self._stop.wait(self.interval)


def child_env() -> dict[str, str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONHASHSEED": "0"}
    # Measure the code, not the byte-compiler: let Python keep its .pyc caches.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run(command: list[str], cwd: Path, *, timeout: float = STEP_TIMEOUT) -> Run:
    """Run `command` in its own process group, measured; killed after `timeout` seconds."""
    with tempfile.TemporaryDirectory(prefix="bench-run-") as scratch:
        out_path, err_path = Path(scratch, "stdout"), Path(scratch, "stderr")
        with out_path.open("wb") as out, err_path.open("wb") as err:
            start = time.perf_counter()
            process = subprocess.Popen(
                command, cwd=cwd, stdout=out, stderr=err, env=child_env(), start_new_session=True
            )
            sampler = TreeSampler(process.pid)
            killed = threading.Event()
            timer = threading.Timer(timeout, _kill_group, (process.pid, killed))
            timer.start()
            try:
                # CPU as the kernel counts it, every process the child waited for included.
                _, status, usage = os.wait4(process.pid, 0)
                wall = time.perf_counter() - start
            finally:
                timer.cancel()
                tree_peak, max_rss = sampler.stop()
        process.returncode = os.waitstatus_to_exitcode(status)
        stdout = out_path.read_text("utf-8", "replace")
        stderr = err_path.read_text("utf-8", "replace")
    if killed.is_set():
        stderr += f"\n(killed: longer than {timeout:g} s)"
    return Run(
        command,
        process.returncode,
        wall,
        usage.ru_utime + usage.ru_stime,
        max_rss,
        tree_peak,
        stdout,
        stderr,
    )


def _kill_group(pid: int, killed: threading.Event) -> None:
    killed.set()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)  # only the group this benchmark started


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def largest(values: Iterable[int | None]) -> int | None:
    """The largest of the values that were measured; None if none was."""
    known = [v for v in values if v is not None]
    return max(known) if known else None


def startup_time(cwd: Path) -> float:
    """Seconds of a bare `python -c pass`: at small sizes, a large share of every figure."""
    return median(run([PYTHON, "-c", "pass"], cwd).wall for _ in range(5))
