"""`timeline build` starts `mkdocs build` before it generates the pages, and hands them over.

MkDocs' start-up (Python, its plugins, the theme, the configuration: about a second) then runs
on a second core while the pages are generated. The child stops where the plugin would generate
the pages (`wait_for_pages`, called by the plugin when TIMELINE_SKIP_GENERATE is set) until they
are written.

Two pipes make the handshake (POSIX only; elsewhere MkDocs starts after generation, as before):
the child says it is waiting; the parent says "go" once the pages are written, or closes its
pipe (generation failed) and the child stops without touching the site. A child that never says
it is waiting (a plugin left out of mkdocs.yml some way the parent did not see) may have built
from the old pages while new ones were being written, so it is run again if it succeeded (a
failure, such as a mistake in mkdocs.yml, has said why once already). The child runs in a
session of its own, so a Ctrl-C in the terminal stops the parent, whose closed pipe then stops
the child quietly; while the child builds, the parent passes a Ctrl-C on.
"""

from __future__ import annotations

import os
import signal
import subprocess

READY = "TIMELINE_PAGES_READY"  # "<fd to read go from>,<fd to say waiting on>" in the child
GO = b"go"
WAITING = b"waiting"


class PagesNotReady(Exception):
    """The parent closed the pipe without saying go: its generation failed or it stopped."""


def can_start_early() -> bool:
    """Pipes handed to a child by number and sessions exist (POSIX): not on Windows."""
    return os.name == "posix"


class EarlyBuild:
    """`command` (a `mkdocs build`) started now, waiting for `go` (see the module docstring)."""

    def __init__(self, command: list[str], env: dict[str, str]):
        go_read, self._go = os.pipe()
        self._waiting, waiting_write = os.pipe()
        try:
            self.process = subprocess.Popen(command, env=dict(env, **{READY: f"{go_read},{waiting_write}"}),
                                            pass_fds=(go_read, waiting_write), start_new_session=True)
        except BaseException:
            for fd in (self._go, self._waiting):
                os.close(fd)
            raise
        finally:
            os.close(go_read)
            os.close(waiting_write)

    def go(self) -> int | None:
        """The pages are written: the child's exit status once it has built the site, or None
        when it ended well without waiting for them (then it must run again)."""
        with os.fdopen(self._waiting, "rb") as said:
            waited = said.read(len(WAITING)) == WAITING  # blocks until the child says so, or exits
        try:
            if waited:
                os.write(self._go, GO)
        except OSError:  # it is gone already
            waited = False
        finally:
            os.close(self._go)
        try:
            status = self.process.wait()
        except KeyboardInterrupt:  # its own session did not hear the Ctrl-C: pass it on
            self.process.send_signal(signal.SIGINT)
            self.process.wait()
            raise
        return None if status == 0 and not waited else status

    def forget(self) -> None:
        """In a process forked from the parent (its generation): let go of the pipes, so only
        the parent can say go or close them, and nothing forked later holds them open."""
        for fd in (self._go, self._waiting):
            try:
                os.close(fd)
            except OSError:
                pass

    def cancel(self) -> None:
        """Generation failed: the child stops before it touches the site."""
        os.close(self._go)
        os.close(self._waiting)
        self.process.wait()


def wait_for_pages() -> bool:
    """In a `mkdocs build` started by EarlyBuild: say so, and return True once the parent says
    go. Raises PagesNotReady when it closes the pipe instead. In any other process: False."""
    spec = os.environ.pop(READY, None)
    if not spec:
        return False
    try:
        go, waiting = (int(fd) for fd in spec.split(","))
    except ValueError:
        return False
    try:
        os.write(waiting, WAITING)
    except OSError:  # the parent stopped listening: its generation failed
        os.close(go)
        raise PagesNotReady from None
    finally:
        os.close(waiting)
    with os.fdopen(go, "rb") as said:
        if said.read(len(GO)) != GO:  # the pipe closed without a word: generation failed
            raise PagesNotReady
    return True
