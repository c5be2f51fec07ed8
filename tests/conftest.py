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


class Processed:
    """The names of the seeds read and tagged, one line each in a file, so that a process
    forked from this one counts too (pipeline.extract_all tags a new seed in one)."""

    def __init__(self, path: Path):
        self.path = path
        self.clear()

    def add(self, seed: str) -> None:
        with open(self.path, "a", encoding="utf-8") as file:
            file.write(seed + "\n")

    def names(self) -> list[str]:
        return self.path.read_text(encoding="utf-8").splitlines()

    def clear(self) -> None:
        self.path.write_text("", encoding="utf-8")

    def __iter__(self):
        return iter(self.names())

    def __eq__(self, other) -> bool:
        return self.names() == list(other)

    __hash__ = None

    def __repr__(self) -> str:
        return repr(self.names())


@pytest.fixture
def processed(monkeypatch, tmp_path):
    """The names of the seeds actually read and tagged (not served from the cache)."""
    names = Processed(tmp_path / "processed-seeds.txt")
    real = pipeline.process_seed

    def counting(path, seed, settings, data=None):
        names.add(seed)
        return real(path, seed, settings, data)

    monkeypatch.setattr(pipeline, "process_seed", counting)
    return names


def grows_linearly(run, make, n: int, factor: int = 4, at_least: float = 0.05) -> bool:
    """True when `run(make(factor * n))` takes less than twice `factor` times the CPU seconds of
    `run(make(n))`: a quadratic step on a hostile input shows as a ratio (`factor` squared),
    whatever the machine's speed, where a limit in seconds would be a timed test. `n` is doubled
    until the small run takes `at_least` seconds, so that the clock's grain does not hide it."""
    def seconds(value) -> float:
        started = time.process_time()
        run(value)
        return time.process_time() - started

    run(make(n))  # warm up: compiled patterns, caches
    small = seconds(make(n))
    while small < at_least and n < 1 << 24:
        n *= 2
        small = seconds(make(n))
    return seconds(make(factor * n)) < 2 * factor * small
