"""`timeline build` starts MkDocs early; MkDocs waits for the pages, builds once they are written,
and stops without touching the site when their generation fails."""
import os
import subprocess
import sys

import pytest

from timeline import handoff

pytestmark = pytest.mark.skipif(not handoff.can_start_early(), reason="the handoff needs POSIX pipes")

# What the plugin does in the child: wait, then (standing in for MkDocs) write the site.
WAITS = """
import sys
from pathlib import Path
from timeline import handoff
try:
    handoff.wait_for_pages()
except handoff.PagesNotReady:
    sys.exit(3)
Path(sys.argv[1]).write_text(Path(sys.argv[2]).read_text())
"""


def start(tmp_path, script=WAITS):
    pages, built = tmp_path / "pages.md", tmp_path / "site.html"
    pages.write_text("old pages")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    return handoff.EarlyBuild([sys.executable, "-c", script, str(built), str(pages)], env), pages, built


def test_the_child_builds_from_the_pages_written_before_go(tmp_path):
    early, pages, built = start(tmp_path)
    pages.write_text("new pages")  # generation, while the child starts
    assert not built.exists()
    assert early.go() == 0
    assert built.read_text() == "new pages"


def test_a_failed_generation_stops_the_child_before_it_builds(tmp_path):
    early, _, built = start(tmp_path)
    early.cancel()
    assert early.process.returncode == 3
    assert not built.exists()


def test_a_child_that_does_not_wait_is_reported_so_it_runs_again(tmp_path):
    early, _, built = start(tmp_path, script=WAITS.replace("    handoff.wait_for_pages()\n", "    pass\n"))
    assert early.go() is None  # it may have built from the old pages
    assert built.read_text() == "old pages"


def test_a_child_that_fails_before_waiting_is_not_run_again(tmp_path):
    early, _, built = start(tmp_path, script="import sys; sys.exit(2)")  # a mistake in mkdocs.yml
    assert early.go() == 2  # its status: it has said why, and a second run would say it again


def test_wait_for_pages_does_nothing_outside_a_handoff(monkeypatch):
    monkeypatch.delenv(handoff.READY, raising=False)
    assert handoff.wait_for_pages() is False  # at once


def test_timeline_build_with_mkdocs_builds_the_new_pages_and_a_failure_leaves_the_site(site_project):
    def build():
        return subprocess.run([sys.executable, "-m", "timeline.cli", "build", "--reference-date",
                               "2023-12-01"], cwd=site_project, capture_output=True, text=True)

    first = build()
    assert first.returncode == 0, first.stderr
    # one MkDocs build, the one started early that waited for the pages
    assert first.stderr.count("building the pages timeline build has just written") == 1
    assert first.stderr.count("Documentation built") == 1
    page = site_project / "site" / "timeline" / "2023" / "index.html"
    assert "Thanksgiving" in page.read_text()
    (site_project / "seeds" / "talks.txt").write_text(
        "Talks resume, 28 NOV\nNegotiators met in Baghdad on Monday to restart the talks.\n")
    assert build().returncode == 0
    assert "Baghdad" in page.read_text()  # MkDocs read the pages written after it started
    built = {p: p.stat().st_mtime_ns for p in (site_project / "site").rglob("*") if p.is_file()}
    overrides = site_project / "overrides" / "timeline"
    overrides.mkdir(parents=True)
    (overrides / "year.md.j2").write_text("# {{ title }}\n\n{% for x in %}\n")
    failed = build()
    assert failed.returncode == 1
    assert "year.md.j2:3: error: template error" in failed.stderr
    assert "Traceback" not in failed.stderr and "Error" not in failed.stderr  # MkDocs said nothing
    assert {p: p.stat().st_mtime_ns for p in (site_project / "site").rglob("*") if p.is_file()} == built


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="finds the processes left through /proc")
def test_a_ctrl_c_during_generation_ends_timeline_build_and_leaves_nothing_running(site_project):
    # the generation runs in a forked process with a process pool; MkDocs waits in a session of
    # its own. A Ctrl-C reaches the terminal's process group: everything must stop, nothing may
    # be left holding MkDocs' pipe (it then waited for ever)
    import shutil
    import signal
    import time

    from conftest import DATA

    for copy in range(20):  # enough seeds for the pool to be busy when the Ctrl-C comes
        for seed in DATA.iterdir():
            shutil.copy(seed, site_project / "seeds" / f"{copy}-{seed.name}")
    build = subprocess.Popen([sys.executable, "-m", "timeline.cli", "build", "--reference-date", "2024-12-20",
                              "--no-cache", "--jobs", "2"], cwd=site_project, start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    os.killpg(build.pid, signal.SIGINT)
    _, errors = build.communicate(timeout=60)  # it hung here before the fix
    assert build.returncode in (0, 130, 1), errors
    time.sleep(1)
    assert running_in(site_project) == []  # not MkDocs, not the generation, not a pool worker


def running_in(folder) -> list[str]:
    """The command lines of the processes whose working folder is `folder` (Linux: /proc)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if os.readlink(f"/proc/{pid}/cwd") == str(folder):
                found.append(open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode())
        except OSError:
            continue
    return found
