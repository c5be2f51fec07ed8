"""Work beside: a process forked to do one piece of a build while this one does another, on a
machine's second core (the exports and the key dates while the pages are rendered), and when
forking is safe at all.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import tempfile
import threading
import time
import traceback


def fork_is_safe() -> bool:
    """True where a fork exists (not Windows) and this process runs no other thread: forking a
    threaded host (`mkdocs serve`, a Dask client) can copy a lock another thread holds."""
    return hasattr(os, "fork") and threading.active_count() == 1


@contextlib.contextmanager
def beside(make, wanted: bool = True):
    """Yield a function that returns `make()`, run meanwhile in a forked process when `wanted`
    and it is safe: a fork exists (not Windows) and this process runs no other thread (forking a
    threaded host such as `mkdocs serve` can copy a held lock). If the child fails in any way,
    `make()` runs again here, where an error is raised as it would have been. Leaving the block
    early ends and reaps the child.

    The child leaves its result pickled in an unlinked temporary file and ends at once, rather
    than waiting on a pipe until this process reads it: a child holds the pages it copied from
    this one (copy-on-write) while it lives. At 10,000 seeds the exports' and the key dates'
    children held 520 MB beside a first render's 440 MB for the minute it took, done after
    seconds; the file is the page cache's, given back as the OS needs it.
    """
    if not wanted or not fork_is_safe():
        yield make
        return
    try:
        handoff = tempfile.TemporaryFile(prefix="timeline-beside-")
    except OSError:
        yield make
        return
    try:
        pid = os.fork()
    except OSError:
        handoff.close()
        yield make
        return
    if pid == 0:  # the child: never returns into the caller's code
        status = 1
        try:
            handoff.write(pickle.dumps(make(), protocol=pickle.HIGHEST_PROTOCOL))
            handoff.flush()
            status = 0
        except BaseException:
            pass
        finally:
            os._exit(status)
    done = False

    def result():
        nonlocal done
        try:
            status = _reaped(pid)
            done = True
            handoff.seek(0)  # the child moved the offset the two share; its bytes are all there now
            data = handoff.read() if status == 0 else b""
        finally:
            handoff.close()
        if data:
            try:
                return pickle.loads(data)
            except Exception:
                pass
        return make()

    try:
        yield result
    finally:
        if not done:  # left early (an error here): stop the child's work, do not wait for it
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
            _reaped(pid)
            handoff.close()


def _reaped(pid: int) -> int:
    """The forked child's exit status once it has ended; 1 (a failure: the work is redone here)
    when the host has already reaped it or ignores SIGCHLD."""
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return 1


class Stopped(Exception):
    """The forked process of `apart` ended without a result (killed, or it failed: what it
    printed says why)."""


# how long a child that heard the Ctrl-C too is given to stop its own workers before it is ended
STOP_GRACE_S = 10.0


def apart(work, in_child=None):
    """`work()` run in a forked process, its result (small: it is pickled back through a pipe)
    returned here; the memory it built is the OS's again when the child ends, at once and
    without freeing its objects one by one. Runs here when forking is not safe. `timeline build`
    generates the pages this way and then waits for MkDocs: the 300-700 MB a collection of
    10,000 seeds takes would otherwise be held beside MkDocs' own to the end, and freed object
    by object after it. Raises Stopped when the child ended without a result; a Ctrl-C reaches
    both processes (one process group): the child stops its workers and itself quietly, this one
    raises KeyboardInterrupt once it has. `in_child()` runs first in the child (to let go of
    what only this process may hold: timeline build's pipes to MkDocs). On Linux the child ends
    with this process, should this one be killed."""
    if not fork_is_safe():
        return work()
    read_end, write_end = os.pipe()
    parent = os.getpid()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return work()
    if pid == 0:  # the child: never returns into the caller's code
        status = 1
        try:
            os.close(read_end)
            _end_with_parent(parent)
            if in_child is not None:
                in_child()
            data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            status = 0
        except KeyboardInterrupt:
            status = 130
        except BrokenPipeError:  # the parent is gone: nobody to tell
            status = 1
        except BaseException:  # a bug: its traceback, as it would have shown in one process
            traceback.print_exc()
        finally:
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(Exception):
                    stream.flush()
            os._exit(status)
    os.close(write_end)
    finished = False
    try:
        with os.fdopen(read_end, "rb") as reader:
            data = reader.read()
        status = _reaped(pid)
        finished = True
    finally:
        if not finished:  # a Ctrl-C here: the child heard it too; let it stop, then make sure
            _stopped(pid)
    if data:  # whole (a cut pickle does not load), even if the host reaped the child first
        try:
            return pickle.loads(data)
        except Exception:
            pass
    raise Stopped(f"exit status {status}")


def _stopped(pid: int) -> None:
    """Wait up to STOP_GRACE_S for the child to end by itself (a Ctrl-C stops its process pool
    first: ended at once, its workers would be left running), then end it; reaped either way."""
    deadline = time.monotonic() + STOP_GRACE_S
    while time.monotonic() < deadline:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return
        if done:
            return
        time.sleep(0.05)
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGTERM)
    _reaped(pid)


def _end_with_parent(parent: int) -> None:
    """Linux: have the kernel end this (forked) process when `parent` dies, so a killed
    `timeline build` leaves no generation running on. Elsewhere nothing."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # it died before the kernel was told
        os._exit(1)
