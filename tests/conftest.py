import datetime as dt
import shutil
import time
from pathlib import Path

import pytest

from timeline import pipeline
from timeline.model import Settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_5b846eb43a1b4327.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seed_settings():
    return Settings(reference_date=dt.date(2023, 12, 1))


@pytest.fixture
def site_project(tmp_path):
    """A copy of this repository's site (mkdocs.yml, hand-written docs, seeds) in a temp folder."""
    project = tmp_path / "site-project"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs",
                    ignore=shutil.ignore_patterns("timeline", ".timeline*"))
    shutil.copytree(ROOT / "seeds", project / "seeds")
    return project


@pytest.fixture
def processed(monkeypatch):
    """The names of the seeds actually read and tagged (not served from the cache)."""
    names = []
    real = pipeline.process_seed

    def counting(path, seed, settings, data=None):
        names.append(seed)
        return real(path, seed, settings, data)

    monkeypatch.setattr(pipeline, "process_seed", counting)
    return names


def grows_linearly(run, small, large) -> bool:
    """True when `run(large)` takes less than twice as many CPU seconds per unit of input as
    `run(small)` (the sizes are len() of the inputs): a quadratic step on a hostile input shows
    as a ratio, whatever the machine's speed, where a limit in seconds would be a timed test."""
    run(small)  # warm up: compiled patterns, caches
    started = time.process_time()
    run(small)
    small_seconds = max(time.process_time() - started, 0.01)
    started = time.process_time()
    run(large)
    large_seconds = time.process_time() - started
    return large_seconds < 2 * (len(large) / len(small)) * small_seconds
