"""How long ranking the key dates takes on a big project, as a build runs it, and what it ranks.

A build ranks the key dates (`highlights.key_dates`: off-topic articles, the days' weights, each
day's event) on every rebuild, in a process forked beside the page rendering (render.py, `ranked`).
This loads a project's timeline once (through the pipeline and its cache; slow the first time after
a code change, as the cache follows the code) and keeps it in a pickle, then ranks it --repeat
times, each in a freshly forked process as the build does, and prints that process's CPU seconds
(user + system: in a forked process the first touch of each memory page costs a copy, which a
loop in one process does not show), the same in this process (best of --repeat), and a digest of
the whole ranking (every day, every DayScore field, weights to the last bit, each day's event):
two versions of the code rank alike when their digests are equal.

Usage (from the repository root):
  .venv/bin/python benchmarks/keydates_speed.py --project /tmp/k10/project-10000 --pickle /tmp/k10.pkl
  .venv/bin/python benchmarks/keydates_speed.py --pickle /tmp/k10.pkl --repeat 7
  SNAP=/tmp/old-tree .venv/bin/python benchmarks/keydates_speed.py --pickle /tmp/k10.pkl
      # the same with an older tree's code (git archive <commit> | tar -x -C /tmp/old-tree)
A pickle holds the Timeline as the code that made it has it: make it again when the model changes
(topic words kept by another version of topic.py are counted again from the articles' texts).
Not a test: its numbers depend on the machine (quote CPU seconds on a loaded one).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import pickle
import resource
import sys
import time
from pathlib import Path

ROOT = Path(os.environ.get("SNAP") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT))

from timeline import highlights, processes  # noqa: E402


def load(project: Path | None, pickled: Path):
    """(timeline, settings): from the pickle, or loaded from the project and pickled."""
    if project is None:
        with open(pickled, "rb") as f:
            return pickle.load(f)
    from timeline import pipeline, site
    from timeline.cache import open_cache

    options, _ = site.read_config(project / "mkdocs.yml")
    settings, _ = site.settings_from(options, None, str(project / "mkdocs.yml"))
    started = time.perf_counter()
    timeline = pipeline.run([project / "seeds"], settings, open_cache(settings, project), False, {})
    print(f"loaded {project} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    with open(pickled, "wb") as f:
        pickle.dump((timeline, settings), f, protocol=pickle.HIGHEST_PROTOCOL)
    return timeline, settings


def as_counted_now(timeline):
    """The timeline with its topic words as this code counts them, when the pickle's code kept
    them otherwise (before 3851ddb, a tuple of words; after it, digests), read back through
    pickle as a build reads them from its cache."""
    from dataclasses import replace

    from timeline import topic

    kept = next(iter(timeline.topic_words.values()), None)
    if kept is None or type(kept[0]) is type(topic.topic_words("")[0]):
        return timeline
    counted = {d.seed: topic.topic_words(d.text) for d in timeline.documents}
    return replace(timeline, topic_words=pickle.loads(pickle.dumps(counted, pickle.HIGHEST_PROTOCOL)))


def digest(ranked) -> str:
    """A digest of a key_dates ranking: each day's every field (seeds sorted, floats as hex)
    and its event's id."""
    rows = []
    for score, event in ranked:
        row = {}
        for name in score.__dataclass_fields__:
            value = getattr(score, name)
            row[name] = (sorted(value) if isinstance(value, frozenset)
                         else value.hex() if isinstance(value, float) else value)
        rows.append([row, event.id])
    return hashlib.sha256(json.dumps(rows, sort_keys=True).encode()).hexdigest()[:16]


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def own_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--project", type=Path, help="load the timeline from this project (and pickle it)")
    parser.add_argument("--pickle", type=Path, required=True, help="where the loaded timeline is kept")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    timeline, settings = load(args.project, args.pickle)
    timeline = as_counted_now(timeline)
    story = [e for e in timeline.events if not e.is_article]
    size = settings.highlights

    def ranked(size=size):
        return highlights.key_dates(story, size, timeline.documents, timeline.topic_words)

    gc.disable()  # as a build generates its pages (site.collector_paused)
    forked = []
    for _ in range(args.repeat):
        before = children_cpu()
        with processes.beside(ranked, True) as result:
            shown = result()
        forked.append(children_cpu() - before)
    here = []
    for _ in range(args.repeat):
        before = own_cpu()
        ranked()
        here.append(own_cpu() - before)
    every_day = ranked(10**9)
    print(f"code {highlights.__file__}")
    print(f"{len(timeline.documents)} articles, {len(story)} events, {len(every_day)} days with an event")
    print("key_dates in a forked process, CPU s: " + " ".join(f"{t:.3f}" for t in forked)
          + f" (best {min(forked):.3f})")
    print(f"key_dates in this process, best CPU s: {min(here):.3f}")
    print(f"ranking digest: top {size} {digest(shown)}, every day {digest(every_day)}")


if __name__ == "__main__":
    main()
