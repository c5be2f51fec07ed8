"""Work beside: a forked process does one piece of a build, and anything going wrong there is
done again here, as if there had been no fork."""
import os
import subprocess
import sys

import pytest

from timeline import processes


# In a fresh interpreter: beside() forks only a process with no other thread, and a test
# session may have threads running (a Dask cluster's, a build's) that make it work in place.
BESIDE_IN_A_CHILD = """
import os
from timeline import processes
parent = os.getpid()
with processes.beside(os.getpid) as later:
    assert later() != parent, "made here, not in a child"
def fails_in_a_child():
    if os.getpid() != parent:
        raise RuntimeError("the child failed")
    return "made here"
with processes.beside(fails_in_a_child) as later:
    assert later() == "made here"
print("ok")
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork: beside() works in place")
def test_work_beside_runs_in_another_process_and_a_failed_child_is_redone_here():
    in_a_fresh_interpreter(BESIDE_IN_A_CHILD)


def test_an_error_in_work_beside_is_raised_here():
    with pytest.raises(ZeroDivisionError):  # an error is raised here, as without the fork
        with processes.beside(lambda: 1 / 0) as later:
            later()


def test_an_error_before_the_result_is_raised_and_the_waiting_child_let_go():
    # leaving the block while the child works must end and reap it, not hang or leave it running
    with pytest.raises(KeyError):
        with processes.beside(lambda: "x" * 1_000_000):
            raise KeyError("a template failed meanwhile")



ENDS_WHEN_DONE = """
import os, pathlib, sys, time
from timeline import processes
told = pathlib.Path(sys.argv[1])
def big():
    told.write_text(str(os.getpid()))
    return "x" * 5_000_000  # far more than a pipe holds
with processes.beside(big) as later:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # the child, done, must end (a zombie until reaped)
        stat = pathlib.Path(f"/proc/{told.read_text()}/stat") if told.exists() and told.read_text() else None
        if stat is not None and stat.read_text().rpartition(")")[2].split()[0] == "Z":
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the child still runs, holding its memory, until its result is read")
    assert later() == "x" * 5_000_000
print("ok")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the child's state in /proc")
def test_a_child_beside_ends_as_soon_as_its_work_is_done_not_when_its_result_is_read(tmp_path):
    ran = subprocess.run([sys.executable, "-c", ENDS_WHEN_DONE, str(tmp_path / "pid")],
                         capture_output=True, text=True, timeout=120)
    assert ran.stdout.strip() == "ok", ran.stderr


REAPED_ELSEWHERE = """
import os
from timeline import processes
parent, wait = os.getpid(), os.waitpid
def reaped_elsewhere(pid, options):
    wait(pid, options)  # as a host that ignores SIGCHLD: the child is gone when we ask
    raise ChildProcessError(10, "No child processes")
os.waitpid = reaped_elsewhere
with processes.beside(os.getpid) as later:
    assert later() == parent, "not made again here"
print("ok")
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork: beside() works in place")
def test_a_child_the_host_already_reaped_counts_as_failed_and_the_work_is_done_here():
    in_a_fresh_interpreter(REAPED_ELSEWHERE)


def in_a_fresh_interpreter(script: str) -> None:
    """Run `script` in a new Python, which must print "ok" (a test session may run threads)."""
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert ran.stdout.strip() == "ok", ran.stderr


APART = """
import os, sys, threading
from timeline import processes
parent = os.getpid()
assert processes.apart(os.getpid) != parent, "made here, not in a child"
def fails():
    raise RuntimeError("a bug in generation")
try:
    processes.apart(fails)
except processes.Stopped:
    pass
else:
    raise AssertionError("a failed child must not pass for a result")
held = threading.Event()
thread = threading.Thread(target=held.wait)
thread.start()
try:
    assert processes.apart(os.getpid) == parent, "a threaded process must not fork"
finally:
    held.set()
    thread.join()
print("ok")
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork: apart() works in place")
def test_work_apart_comes_back_from_a_child_and_a_failed_child_is_reported_with_its_traceback():
    ran = subprocess.run([sys.executable, "-c", APART], capture_output=True, text=True, timeout=120)
    assert ran.stdout.strip() == "ok", ran.stderr
    assert "RuntimeError: a bug in generation" in ran.stderr  # the child said why, once
    assert ran.stderr.count("RuntimeError: a bug in generation") == 1


ORPHAN = """
import pathlib, sys, time
from timeline import processes
def work():
    time.sleep(3)
    pathlib.Path(sys.argv[1]).write_text("generated after timeline build was killed")
    return 0
processes.apart(work)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel ends the child on Linux only")
def test_work_apart_ends_when_the_process_that_waits_for_it_is_killed(tmp_path):
    import time

    flag = tmp_path / "flag"
    waiting = subprocess.Popen([sys.executable, "-c", ORPHAN, str(flag)])
    time.sleep(1)
    waiting.kill()
    waiting.wait()
    time.sleep(3.5)
    assert not flag.exists()  # the generation did not go on writing after its parent died
