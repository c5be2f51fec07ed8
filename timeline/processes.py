"""Work beside: a process forked to do one piece of a build while this one does another, on a
machine's second core (the exports and the key dates while the pages are rendered), and when
forking is safe at all.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import threading


def fork_is_safe() -> bool:
    """True where a fork exists (not Windows) and this process runs no other thread: forking a
    threaded host (`mkdocs serve`, a Dask client) can copy a lock another thread holds."""
    return hasattr(os, "fork") and threading.active_count() == 1


@contextlib.contextmanager
def beside(make, wanted: bool = True):
    """Yield a function that returns `make()`, run meanwhile in a forked process when `wanted`
    and it is safe: a fork exists (not Windows) and this process runs no other thread (forking a
    threaded host such as `mkdocs serve` can copy a held lock). The child sends its result
    pickled through a pipe; if it fails in any way, `make()` runs again here, where an error is
    raised as it would have been. Leaving the block early closes the pipe and reaps the child.
    """
    if not wanted or not fork_is_safe():
        yield make
        return
    try:
        read_end, write_end = os.pipe()
    except OSError:
        yield make
        return
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        yield make
        return
    if pid == 0:  # the child: never returns into the caller's code
        status = 1
        try:
            os.close(read_end)
            data = pickle.dumps(make(), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            status = 0
        except BaseException:
            pass
        finally:
            os._exit(status)
    os.close(write_end)
    reader = os.fdopen(read_end, "rb")
    done = False

    def result():
        nonlocal done
        try:
            data = reader.read()
        finally:
            reader.close()
            status = _reaped(pid)
            done = True
        if status == 0 and data:
            try:
                return pickle.loads(data)
            except Exception:
                pass
        return make()

    try:
        yield result
    finally:
        if not done:  # left early (an error here): stop the child's work, do not wait for it
            reader.close()
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
            _reaped(pid)


def _reaped(pid: int) -> int:
    """The forked child's exit status once it has ended; 1 (a failure: the work is redone here)
    when the host has already reaped it or ignores SIGCHLD."""
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return 1
