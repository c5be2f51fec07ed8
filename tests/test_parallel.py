"""Extraction maps over batches of seeds: in-process, local processes or Dask, same results."""
import dataclasses
import datetime as dt
import gc
import os
import subprocess
import sys

import pytest
from conftest import ROOT

from timeline import pipeline, site
from timeline.model import Settings

SETTINGS = Settings(reference_date=dt.date(2023, 12, 1), cache_dir=None)
PLACES = ("Erbil", "Mosul", "Kirkuk", "Basra", "Najaf", "Tikrit")
HOLIDAYS = ("Thanksgiving Day", "Christmas", "Labor Day", "Memorial Day")


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """Twenty short articles: enough to go through a pool (POOL_THRESHOLD is 16)."""
    folder = tmp_path_factory.mktemp("seeds")
    for i in range(20):
        place, holiday = PLACES[i % len(PLACES)], HOLIDAYS[i % len(HOLIDAYS)]
        (folder / f"{i:02d}-report.txt").write_text(
            f"Report from {place}, {1 + i} NOV\n"
            f"Militants attacked a base near {place} on {holiday}, officials said.\n\n"
            f"Two days later, {i + 2} civilians were evacuated from the district.\n")
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def in_process(seeds):
    return pipeline.run([seeds], dataclasses.replace(SETTINGS, jobs=1))


def test_local_processes_give_the_same_timeline_as_one_process(seeds, in_process):
    assert len(in_process.documents) == 20
    assert pipeline.run([seeds], dataclasses.replace(SETTINGS, jobs=2)) == in_process


def test_problems_name_the_seed_file_not_a_scratch_copy(seeds, in_process):
    assert [p.path for p in in_process.problems] == [str(seeds / "empty.txt")]


def test_dask_local_cluster_gives_the_same_timeline(seeds, in_process):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=":0") as cluster:
        on_dask = dataclasses.replace(SETTINGS, scheduler=cluster.scheduler_address)
        assert pipeline.run([seeds], on_dask) == in_process


def test_unreachable_scheduler_is_an_error_not_a_hang(seeds, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(pipeline, "CONNECT_TIMEOUT", "1s")
    nowhere = dataclasses.replace(SETTINGS, scheduler="tcp://127.0.0.1:9")
    with pytest.raises(pipeline.ClusterUnavailable, match="127.0.0.1:9"):
        pipeline.run([seeds], nowhere)


def test_results_keep_the_order_of_the_seeds(seeds):
    found = [(seeds / f"{i:02d}-report.txt", f"{i:02d}-report.txt") for i in range(19, -1, -1)]
    results = pipeline.extract_all(found, dataclasses.replace(SETTINGS, jobs=2))
    assert [r.document.seed for r in results] == [seed for _, seed in found]


def test_progress_bar_goes_to_stderr_when_asked(seeds, capsys):
    items = [(None, str(seeds / "00-report.txt"), "00-report.txt")] * 3
    pipeline.map_batches(items, dataclasses.replace(SETTINGS, jobs=1), progress=True)
    assert "extracting" in capsys.readouterr().err


def test_no_progress_bar_when_not_asked(seeds, capsys):
    items = [(None, str(seeds / "00-report.txt"), "00-report.txt")] * 3
    pipeline.map_batches(items, dataclasses.replace(SETTINGS, jobs=1), progress=False)
    assert capsys.readouterr().err == ""


def test_no_progress_bar_when_output_is_piped(seeds):
    result = subprocess.run([sys.executable, "-m", "timeline.cli", "extract", str(seeds),
                             "--reference-date", "2023-12-01", "--jobs", "2", "--no-cache"],
                            capture_output=True, text=True, cwd=ROOT,
                            env=dict(os.environ, CI=""))
    assert result.returncode == 1  # empty.txt
    assert "extracting" not in result.stderr and "seed/s" not in result.stderr
    assert "empty.txt: error" in result.stderr


def collector_state(batch, settings):
    return [gc.isenabled() for _ in batch]


def test_workers_keep_their_collector_while_the_host_pauses_its_own(monkeypatch):
    monkeypatch.setattr(pipeline, "process_batch", collector_state)  # forked workers see it
    items = [(b"", f"{i}.txt", f"{i}.txt") for i in range(pipeline.POOL_THRESHOLD)]
    with site.collector_paused():
        assert not gc.isenabled()
        states = pipeline.map_batches(items, dataclasses.replace(SETTINGS, jobs=2))
    assert states == [True] * len(items)
    assert gc.isenabled()
