"""The benchmark measures a step from outside: wall time, the CPU of every process it
waited for, and the memory of its whole process tree, whatever the benchmark itself holds.

Each case is a small Python child whose cost is known in advance.
"""

from __future__ import annotations

import sys
import textwrap

import pytest

from bench import measure

MB = 1000 * 1000


def python(code: str) -> list[str]:
    return [sys.executable, "-c", textwrap.dedent(code)]


HOLD_50_MB = "import time; data = bytes(range(256)) * 200_000; time.sleep(0.5)"  # 51.2 MB
HOLD_30_MB = "import time; data = bytes(range(256)) * 120_000; time.sleep(0.8)"  # 30.7 MB


def test_a_child_holding_50_mb_is_measured_above_40_mb(tmp_path):
    result = measure.run(python(HOLD_50_MB), tmp_path).check("a child holding 50 MB")
    assert result.tree_peak > 40 * MB
    assert result.max_rss > 40 * MB


def test_the_tree_sums_its_processes_and_the_largest_is_one_of_them(tmp_path):
    two_children = f"""
        import subprocess, sys
        hold = {HOLD_30_MB!r}
        children = [subprocess.Popen([sys.executable, "-c", hold]) for _ in range(2)]
        assert all(child.wait() == 0 for child in children)
    """
    result = measure.run(python(two_children), tmp_path).check("two children holding 30 MB")
    assert result.tree_peak > 60 * MB  # both children at once, counted together
    assert 30 * MB < result.max_rss < 55 * MB  # one child: its 30 MB and an interpreter


def test_the_benchmark_s_own_memory_is_not_the_child_s(tmp_path):
    held_here = bytes(range(256)) * 400_000  # 102 MB in the measuring process
    result = measure.run(python("pass"), tmp_path)
    assert len(held_here) > 100 * MB
    assert result.max_rss < 50 * MB  # not inherited through fork, as ru_maxrss would be


def test_cpu_counts_the_processes_the_child_waited_for(tmp_path):
    burn = "import time\nstart = time.process_time()\nwhile time.process_time() - start < 0.3: pass"
    grandchild = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {burn!r}])"
    result = measure.run(python(grandchild), tmp_path).check("a grandchild burning 0.3 s")
    assert result.cpu >= 0.3
    assert result.wall >= 0.3


def test_a_step_over_its_time_limit_is_killed_and_says_so(tmp_path):
    result = measure.run(python("import time; time.sleep(30)"), tmp_path, timeout=0.5)
    assert result.returncode == -9
    assert result.wall < 10
    assert "(killed: longer than 0.5 s)" in result.stderr
    with pytest.raises(measure.StepFailed, match="a sleeper exited with status -9"):
        result.check("a sleeper")


@pytest.mark.parametrize(
    ("code", "returncode", "stdout"),
    [
        ("print('fine')", 0, "fine\n"),
        ("import sys; print('half'); sys.exit(3)", 3, "half\n"),
    ],
)
def test_exit_status_and_output_are_kept(tmp_path, code, returncode, stdout):
    result = measure.run(python(code), tmp_path)
    assert (result.returncode, result.stdout) == (returncode, stdout)


def test_on_linux_the_tree_sums_pss():
    if not sys.platform.startswith("linux"):
        pytest.skip("psutil reads PSS on Linux only")
    assert measure.TREE_MEMORY == "PSS"
    assert "PSS of every process summed" in measure.MEMORY_METHOD
