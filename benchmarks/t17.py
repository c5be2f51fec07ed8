"""Timeline17: real agency news at real scale, scored against journalists' own timelines.

For each topic: seeds from ../shared/tools/t17_seeds.py (text and publication date only; the
HeidelTime tags in time_annotated/ are the peer, never an input), then the whole pipeline on every
article and the site built in a temporary project (pages by the library, then `mkdocs build`),
then ../shared/tools/score_t17.py, run as it is, which prints per gold timeline:

  (a) date recall: share of gold dates that are the day of some extracted event;
  (b) Date-F1 of the top-k days (k = gold dates, gold span only) ranked as score_t17.py ranks
      events: by independent sources (seeds) after merging, then sentences;
  (c) the same for HeidelTime's article counts on identical articles (the peer).

Beside (b) it prints (b') the Date-F1 of the site's own key-dates ranking (timeline/highlights.py,
`highlight_ranking: key-dates`), per task on the articles published in the gold span, as the
literature (and score_t17.py) restricts each task; the F1 comes from score_t17.py's own `prf`.
Which articles are off topic (and do not vote) is judged on the whole topic, as the site judges it;
their number is printed with each topic's timings.

Each topic runs in a fresh child process, so its wall time (seeds to built site), CPU time and
peak memory (the child and, separately, its own children: mkdocs, worker processes) are its own.
On a shared machine wall time follows the load; the CPU time and load average are printed beside it.

Usage (from the repository root):
  .venv/bin/python benchmarks/t17.py                      # all 5 topics, 9 timelines
  .venv/bin/python benchmarks/t17.py egypt haiti          # some topics
  .venv/bin/python benchmarks/t17.py --engine none        # pages only, no mkdocs build
  .venv/bin/python benchmarks/t17.py --reuse              # rescore the last run's extraction, its days ranked again
  .venv/bin/python benchmarks/t17.py --reuse --missed     # ... and list the gold dates (a) misses, (a)'s ceiling
  .venv/bin/python benchmarks/t17.py --reuse --loto       # ... and key-dates weights leave-one-topic-out, (b2)'s ceiling
  .venv/bin/python benchmarks/t17.py --reuse --signals    # ... and what other evidence about a day says of the gold
  .venv/bin/python benchmarks/t17.py --reuse --select     # ... and the k days chosen spread over time, left out
  .venv/bin/python benchmarks/t17.py --reuse --learned    # ... and days ranked by a classifier of the other topics
  .venv/bin/python benchmarks/t17.py --reuse --peer       # ... and the gold days the peer's top k has and ours lacks
  .venv/bin/python benchmarks/t17.py --reuse --shown      # ... and each topic's key dates as its site shows them
Output (seeds, projects, extract JSON, results) goes to benchmarks/out/t17/ (gitignored).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TIMELINE_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpora" / "timeline17"
TOOLS = SHARED / "tools"
OUT = ROOT / "benchmarks" / "out" / "t17"
TOPICS = {
    "egypt": ("EgyptianProtest_cnn",),
    "iraq": ("IraqWar_guardian",),
    "libya": ("LibyaWar_cnn", "LibyaWar_reuters"),
    "syria": ("SyrianCrisis_bbc", "SyrianCrisis_reuters"),
    "haiti": ("haiti_bbc",),
}
MKDOCS_YML = """\
site_name: {name}
docs_dir: docs
site_dir: site
theme:
  name: material
  font: false
markdown_extensions:
  - attr_list
  - md_in_html
  - tables
  - toc:
      permalink: true
      toc_depth: 2
  - pymdownx.snippets:
      base_path: [docs]
      check_paths: true
exclude_docs: |
  timeline/_*.md
plugins:
  - search
  - timeline:
      seeds: seeds
      reference_date: {reference}
      output_dir: timeline
      highlights: {highlights}
      cache_dir: false
"""


def score_tool():
    """score_t17.py as a module, for its `Topic` (gold timelines) and `prf` (Date-F1)."""
    spec = importlib.util.spec_from_file_location("score_t17", TOOLS / "score_t17.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- one topic, in its own process -------------------------------------------------------------

def run_topic(name: str, out: Path, engine: str) -> dict:
    """Seeds -> pages -> site for one topic; writes extract.json and ranked days; returns timings."""
    sys.path.insert(0, str(ROOT))
    from timeline import export, highlights, pipeline, render, site
    from timeline.topic import off_topic

    folders = [CORPUS / f for f in TOPICS[name]]
    project = out / name
    if project.exists():
        shutil.rmtree(project)
    (project / "docs").mkdir(parents=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, str(TOOLS / "t17_seeds.py"), *map(str, folders),
                    "-o", str(project / "seeds")], check=True, stderr=subprocess.DEVNULL)
    seeded = time.perf_counter()
    tool = score_tool()
    topic = tool.Topic([str(f) for f in folders])
    size = max(len(gold) for _, gold in topic.timelines)
    reference = max(topic.articles.values())
    (project / "mkdocs.yml").write_text(MKDOCS_YML.format(name=name, reference=reference,
                                                          highlights=size), encoding="utf-8")
    (project / "docs" / "index.md").write_text(f"# {name}\n\n[The timeline](timeline/index.md)\n",
                                               encoding="utf-8")
    options, _ = site.read_config(project / "mkdocs.yml")
    settings, _ = site.settings_from(options)
    # site.generate's own steps, timed apart, so a page bug still leaves the scores
    timeline = pipeline.run([project / "seeds"], settings)
    extracted = time.perf_counter()
    errors = []
    try:
        render.write(render.render(timeline, settings, project), project / "docs" / "timeline")
    except Exception as error:  # someone else's page bug must not cost the scores
        errors.append(f"render: {type(error).__name__}: {error}")
    generated_at = time.perf_counter()
    if engine == "mkdocs" and not errors:
        env = dict(os.environ, TIMELINE_SKIP_GENERATE="1", NO_MKDOCS_2_WARNING="1")
        done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f",
                               str(project / "mkdocs.yml")], env=env, capture_output=True, text=True)
        if done.returncode:
            errors.append(f"mkdocs: {done.stderr.strip()[-500:]}")
    built = time.perf_counter()
    (out / f"{name}.json").write_text(json.dumps(export.extract_json(timeline), ensure_ascii=False),
                                      encoding="utf-8")
    published = {d.seed: d.date for d in timeline.documents}
    ignore = off_topic(timeline.documents)  # judged on the whole collection, as the site does
    (out / f"{name}.off_topic.json").write_text(json.dumps(sorted(ignore)), encoding="utf-8")
    rank_topic(name, out, timeline.events, published, ignore, topic.timelines)
    named = {seed: sorted({day for t in found if (day := highlights.day_of(t.value))})
             for seed, found in timeline.timexes.items()}  # every day each article's tags name
    (out / f"{name}.named.json").write_text(json.dumps(named), encoding="utf-8")
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    own, children = own.ru_maxrss, kids.ru_maxrss
    return {"topic": name, "seeds": len(published), "off_topic": len(ignore),
            "events": sum(not e.is_article for e in timeline.events),
            "problems": len(timeline.problems),
            "errors": errors,
            "seconds": {"seeds": seeded - start, "extract": extracted - seeded,
                        "pages": generated_at - extracted, "site": built - generated_at,
                        "total": built - start},
            "cpu_seconds": cpu, "load_average": os.getloadavg()[0],
            "peak_mb": {"process": own / 1024, "children": children / 1024}}


def rank_topic(name: str, out: Path, events, published, ignore, timelines) -> None:
    """Each gold timeline's days as timeline/highlights.py ranks them (<topic>.ranked.json) and
    what it weighs for each (<topic>.days.json, for --loto), on the articles published in the
    timeline's span."""
    from timeline import highlights

    story = [e for e in events if not e.is_article]
    ranked, counts = {}, {}
    for label, gold in timelines:
        inside = {s: d for s, d in published.items() if d and gold[0] <= d <= gold[-1]}
        kept = [e for e in (_only(e, inside) for e in story) if e is not None]
        days = [s for s in highlights.rank_days(kept, inside, ignore) if gold[0] <= s.day <= gold[-1]]
        ranked[label] = [s.day for s in days]
        counts[label] = _counts(days, inside, ignore)
    (out / f"{name}.ranked.json").write_text(json.dumps(ranked), encoding="utf-8")
    (out / f"{name}.days.json").write_text(json.dumps(counts), encoding="utf-8")


def rerank(name: str, out: Path) -> bool:
    """rank_topic again on the saved extraction (<topic>.json) and off-topic judgement
    (<topic>.off_topic.json), with the ranking code as it is now: --reuse scores a change to
    timeline/highlights.py in seconds, without extracting again. False when the run saved no
    off-topic judgement. A change to the extraction, merging or off-topic judgement needs a new run."""
    saved = _saved(name, out)
    if saved is None:
        return False
    rank_topic(name, out, *saved, _gold(score_tool(), name))
    return True


def _saved(name: str, out: Path):
    """(events, seed -> publication date, off-topic seeds) of the topic's last run, or None when
    it saved no off-topic judgement."""
    sys.path.insert(0, str(ROOT))
    from timeline.model import Event, Mention

    judged = out / f"{name}.off_topic.json"
    if not judged.exists():
        return None
    saved = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
    published = {d["seed"]: d["date"] for d in saved["documents"]}
    events = []
    for e in saved["events"]:
        mentions = tuple(Mention(m["seed"], m["sentence"], m["date"], m["expression"], m["rule"],
                                 m["reason"], details=tuple(m["details"])) for m in e["sources"])
        # the article's own entry (events.article_event) is the one telling dated by publication
        article = all((m.rule or "").startswith("publication-date-") for m in mentions)
        events.append(Event(e["id"], e["date"], e["relation"], e["headline"], mentions,
                            tuple(e["tags"]), e["conflict"], article))
    return events, published, frozenset(json.loads(judged.read_text(encoding="utf-8")))


def _counts(days, published, ignore):
    """[day, stories naming it later, naming it on or before the day (versions of one story once),
    articles published on it naming no event on it, coverage it is weighed against, sentences,
    articles naming it only as when someone spoke, stories listing it in a chronology]
    for each ranked day: what highlights.day_scores weighs, for --loto to weigh again."""
    from timeline import highlights

    voting = sorted(d for s, date in published.items()
                    if (d := highlights.day_of(date)) and s not in ignore)
    typical = highlights._typical_coverage(voting)
    return [[s.day, s.stories_later, s.stories - s.stories_later, len(s.published - s.sources),
             highlights._divisor(s.day, voting, typical) - highlights.COVERAGE_FLOOR, s.sentences,
             len(s.spoken), s.listed]
            for s in days]


def _only(event, seeds):
    """The event told by `seeds` only (None if none of them tells it)."""
    from dataclasses import replace
    mentions = tuple(m for m in event.mentions if m.seed in seeds)
    return replace(event, mentions=mentions) if mentions else None


# --- all topics ---------------------------------------------------------------------------------

def score(names: list[str], out: Path) -> dict:
    """score_t17.py's JSON for the topics, run as a command, as it is."""
    specs = [",".join(str(CORPUS / f) for f in TOPICS[n]) + f"={out / (n + '.json')}" for n in names]
    done = subprocess.run([sys.executable, str(TOOLS / "score_t17.py"), *specs, "--json"],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def report(names: list[str], runs: dict, scored: dict, out: Path) -> dict:
    tool = score_tool()
    rows = []
    for row in scored["timelines"]:
        name = next(n for n in names if row["topic"] == "+".join(TOPICS[n]))
        ranked = json.loads((out / f"{name}.ranked.json").read_text())[row["timeline"]]
        gold = next(g for label, g in _gold(tool, name) if label == row["timeline"])
        mine = tool.prf(ranked, gold, set(ranked))
        rows.append({**row, "name": name, "highlights": mine})
    print(f"{'timeline':26} {'k':>4} {'arts':>5} | {'(a) rec':>7} {'(b) F1':>6} {'(b2) F1':>7} |"
          f" {'(c) rec':>7} {'F1':>5} | {'seconds':>7} {'peak MB':>7}")
    for r in rows:
        run = runs.get(r["name"], {})
        total = run.get("seconds", {}).get("total")
        peak = max(run.get("peak_mb", {}).values(), default=None)
        print(f"{r['timeline'][:26]:26} {r['k']:4d} {r['articles']:5d} | {r['system']['recall']:7.3f}"
              f" {r['system']['f1']:6.3f} {r['highlights']['f1']:7.3f} |"
              f" {r['heideltime']['recall']:7.3f} {r['heideltime']['f1']:5.3f} |"
              f" {total if total is not None else float('nan'):7.1f}"
              f" {peak if peak is not None else float('nan'):7.0f}")
    mean = {k: sum(r[w][m] for r in rows) / len(rows)
            for k, w, m in (("recall", "system", "recall"), ("f1", "system", "f1"),
                            ("highlights_f1", "highlights", "f1"),
                            ("peer_recall", "heideltime", "recall"), ("peer_f1", "heideltime", "f1"))}
    print(f"{'mean over %d timelines' % len(rows):37} | {mean['recall']:7.3f} {mean['f1']:6.3f}"
          f" {mean['highlights_f1']:7.3f} | {mean['peer_recall']:7.3f} {mean['peer_f1']:5.3f} |")
    print("(a) date recall, (b) score_t17 ranking (events by seeds), (b2) site key-dates ranking,"
          " (c) HeidelTime article-count peer")
    for name in names:
        run = runs.get(name)
        if run:
            s = run["seconds"]
            print(f"{name:6} {run['seeds']:4d} seeds ({run.get('off_topic', 0)} off topic),"
                  f" {run['events']:6d} events:"
                  f" seeds {s['seeds']:.1f} s + extract {s['extract']:.1f} s + pages {s['pages']:.1f} s"
                  f" + site {s['site']:.1f} s"
                  f" = {s['total']:.1f} s wall, {run.get('cpu_seconds', float('nan')):.1f} s CPU"
                  f" (load {run.get('load_average', float('nan')):.1f});"
                  f" peak {run['peak_mb']['process']:.0f} MB"
                  f" (children {run['peak_mb']['children']:.0f} MB)")
            for error in run.get("errors", []):
                print(f"       error: {error}")
    return {"timelines": rows, "mean": mean, "runs": runs}


LOTO_GRID = {"later": (1.0, 1.5, 2.0, 3.0, 4.0), "published": (0.0, 0.25, 0.5, 1.0),
             "floor": (0, 5, 20, 50), "spoken": (0.0, 0.25, 0.5, 1.0),
             "listed": (0.0, 1.0, 2.0, 4.0, 8.0)}


def loto(names: list[str], out: Path) -> None:
    """Leave one topic out: for each topic, the key-dates weights (an article naming a day later,
    one published on a day naming nothing on it, the coverage floor, one naming the day only as
    when someone spoke, a story listing it in a chronology; an article naming the day on or before
    it weighs 1) that score best on the other topics' timelines, scored on its own.
    Tuning on all timelines and scoring them is tuning on the test; this is the honest figure
    for any weights chosen on Timeline17. Ties go to the weights in timeline/highlights.py.
    The ceiling column gives each timeline the best of LOTO_GRID for it alone: no weights of the
    grid, whichever topics choose them, score more on it."""
    import itertools

    from timeline import highlights

    tool = score_tool()
    tasks = []  # (topic, label, gold, days)
    for name in names:
        counts = json.loads((out / f"{name}.days.json").read_text())
        for label, gold in _gold(tool, name):
            tasks.append((name, label, gold, counts[label]))

    def scores(later, published, floor, spoken, listed):
        def weight(row):
            _, n_later, n_same, n_published, coverage, _, n_spoken, n_listed = row
            return (later * n_later + n_same + published * n_published
                    + spoken * n_spoken + listed * n_listed) / (coverage + floor)
        out = {}
        for _, label, gold, days in tasks:
            ranked = sorted(days, key=lambda r: (-weight(r), -(r[1] + r[2]), -r[5], r[0]))
            out[label] = tool.prf([r[0] for r in ranked], gold, {r[0] for r in ranked})["f1"]
        return out

    current = (highlights.LATER_WEIGHT, highlights.PUBLISHED_WEIGHT, highlights.COVERAGE_FLOOR,
               highlights.SPOKEN_WEIGHT, highlights.LISTED_WEIGHT)
    grid = [current] + [c for c in itertools.product(*LOTO_GRID.values()) if c != current]
    table = {c: scores(*c) for c in grid}
    held = {}
    for name in names:
        labels = {label for topic, label, _, _ in tasks if topic == name}
        others = [label for _, label, _, _ in tasks if label not in labels]
        if not others:
            continue
        best = max(grid, key=lambda c: sum(table[c][label] for label in others) / len(others))
        held.update({label: table[best][label] for label in labels})
        print(f"leave out {name:6}: weights chosen on the others (later, published, floor, spoken, listed) = {best}")
    rows = [label for _, label, _, _ in tasks if label in held]
    mean = lambda c: sum(table[c][label] for label in rows) / len(rows)
    # the most any weights of the grid give each timeline, each choosing its own: the ceiling of
    # weighing these counts, whatever is chosen on which topics
    ceiling = {label: max(table[c][label] for c in grid) for label in rows}
    print(f"{'timeline':26} {'current':>7} {'held out':>8} {'ceiling':>7}")
    for label in rows:
        print(f"{label[:26]:26} {table[current][label]:7.3f} {held[label]:8.3f} {ceiling[label]:7.3f}")
    print(f"{'mean':26} {mean(current):7.3f} {sum(held.values()) / len(held):8.3f}"
          f" {sum(ceiling.values()) / len(ceiling):7.3f}"
          f"   (best on all, in-sample: {max(mean(c) for c in grid):.3f}; ceiling: each timeline its own best)")


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def missed(names: list[str], out: Path) -> None:
    """Each gold date that no extracted event is dated to, with what the articles offer for it:
    how many in-span articles were published on the day itself (every article is an event on its
    publication day, so none is), on the day or the 3 days after (the news that would say "on
    Tuesday"), how many write its month and day ("March 17", "17 March", "Mar. 17", of any year),
    and which articles' tags (any expression: "last night", "Friday", a date in a caption) resolve
    to the day. A date no article is published on and no tag names is a gap of the collection:
    no extractor dates an event to it. Their share gives the ceiling of (a) on these articles."""
    import datetime as dt

    tool = score_tool()
    ceilings = []
    for name in names:
        folders = [str(CORPUS / f) for f in TOPICS[name]]
        topic = tool.Topic(folders)
        system = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        texts = {path.name: path.read_text(encoding="utf-8", errors="replace")
                 for path in sorted((out / name / "seeds").glob("*"))}
        named_file = out / f"{name}.named.json"
        named = json.loads(named_file.read_text(encoding="utf-8")) if named_file.exists() else None
        for label, gold in topic.timelines:
            lo, hi = gold[0], gold[-1]
            pool = {day for _, _, day in tool.system_candidates(topic, system, lo, hi, True)}
            published = {seed: topic.articles.get(topic.article_of_seed(seed)) for seed in texts}
            inside = {seed: date for seed, date in published.items() if date and lo <= date <= hi}
            lost = [day for day in gold if day not in pool]
            print(f"{label}: {len(lost)} of {len(gold)} gold dates are no event's day")
            reachable = 0
            for day in lost:
                date = dt.date.fromisoformat(day)
                after = (date + dt.timedelta(days=3)).isoformat()
                on_day = sum(1 for d in inside.values() if d == day)
                nearby = sum(1 for d in inside.values() if day <= d <= after)
                month = MONTHS[date.month - 1]
                written = re.compile(rf"\b(?:{month}|{month[:3]}\.?) {date.day}\b"
                                     rf"|\b{date.day}(?:st|nd|rd|th)? (?:of )?{month}\b")
                naming = sum(1 for seed in inside if written.search(texts[seed]))
                tagged = sorted(s for s in inside if named is not None and day in named.get(s, ()))
                reachable += bool(on_day or tagged)
                print(f"  {day}: {on_day:3d} articles published that day, {nearby:3d} that day or the"
                      f" 3 after, {naming:3d} name '{month} {date.day}' (in any year)"
                      + (f", tagged in {len(tagged)}: {', '.join(tagged[:3])}" if tagged else ""))
            if named is not None:
                ceiling = (len(gold) - len(lost) + reachable) / len(gold)
                ceilings.append(ceiling)
                if lost:
                    print(f"  {len(lost) - reachable} of the {len(lost)} have no in-span article published"
                          f" on them and no tag naming them: (a) at most {ceiling:.3f} on these articles")
    if ceilings:
        print(f"(a) at most {sum(ceilings) / len(ceilings):.3f} on average over {len(ceilings)} timelines"
              " (a gold date some tag names need not be the gold event: see each list)")


# --signals: what each kind of evidence about a day says of journalists' key dates
TOLL = re.compile(r"\b(?:\d[\d,.]*|dozens|hundreds|thousands|scores)\b[^.]{0,50}?\b(?:killed|dead|died|deaths"
                  r"|wounded|injured|casualties|bodies|killing)\b|\bkill(?:ed|ing)\b[^.]{0,15}\b\d[\d,]*\b", re.I)
FIRST = re.compile(r"\b(?:first|largest|biggest|deadliest|worst|bloodiest|historic|landmark|unprecedented)\b", re.I)
MONTH = re.compile(r"\b(?:" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\b\.?", re.I)
# What happened, by the trigger words of the ACE 2005 event types (LDC, "ACE English Annotation
# Guidelines for Events" 5.4.3): DEED, the types that change the world (Life: Die, Injure; Conflict:
# Attack, Demonstrate; Personnel: Elect, Start-/End-Position; Justice: Arrest-Jail, Release, Trial,
# Sentence, Execute; Movement: Transport of troops and people fleeing), with a truce, a vote or a
# resolution and the start or end of something; TALK, the Contact types (Meet, Phone-Write) and
# verbs of saying. Written from the guidelines' type definitions, not from any gold timeline.
DEED = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|die[sd]?|dead|deaths?|assassinat\w*|murder\w*|slain|wound\w*|injur\w*"
    r"|attack\w*|bomb\w*|shell\w*|strike[sd]?|air ?strikes?|raid\w*|invad\w*|invasion|assault\w*|clash\w*"
    r"|fight\w*|fought|battle\w*|explo\w*|blast\w*|ambush\w*|shot|shoot\w*|fired|seiz\w*|captur\w*|storm\w*"
    r"|overr[au]n|took control|taken control|protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|elect\w*"
    r"|vot(?:e|es|ed|ing)|referendum|resign\w*|step(?:s|ped)? down|oust\w*|overthr\w*|toppl\w*|fell|fall(?:s|en)?"
    r"|appoint\w*|sworn|arrest\w*|detain\w*|jail\w*|imprison\w*|releas\w*|freed|execut\w*|hang(?:ed|s)?"
    r"|sentenc\w*|convict\w*|charg\w*|indict\w*|trial|arriv\w*|fled|flee\w*|withdr[ae]w\w*|deploy\w*|entered"
    r"|evacuat\w*|ceasefire|cease-fire|truce|resolution|sanction\w*|no-fly|declar\w*|launch\w*|began|begins"
    r"|ended|ends|earthquake|quake|tremor|hit|struck|collaps\w*)\b", re.I)
TALK = re.compile(
    r"\b(?:meet|meets|met|meeting|talks|summit|conference|phon\w*|telephon\w*|call(?:s|ed)? (?:with|to)|letter"
    r"|e-?mail\w*|wrote|writes|said|says|say|told|tells?|announc\w*|warn\w*|urg\w*|deni\w*|den(?:y|ies)"
    r"|claim\w*|accus\w*|critici[sz]\w*|condemn\w*|call(?:s|ed)? (?:on|for)|appeal\w*|demand\w*|insist\w*"
    r"|promis\w*|pledg\w*|vow\w*|threat\w*|statement|speech|interview|spoke|speak\w*|address\w*|report\w*)\b",
    re.I)
SQUEEZE = re.compile(r"[\W_]+")
NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]{3,}(?:-[A-Z]?[a-z]+)?")  # a capitalised word inside a sentence
# "review": an article naming this many distinct days before its publication looks back over the
# story in prose, as a chronology does in a list (3, 5 and 12 were measured too: see signals)
REVIEW_DAYS = 8
SIGNALS = {  # name: (what it counts for a day, from the articles dating an event to it)
    "count": "articles naming it",
    "later": "... published after it",
    "opening": "... in their first two lines (headline, lead)",
    "deep": "... only from line 9 on (background paragraphs)",
    "retro": "... a week or more later, with the month written ('on 15 February')",
    "toll": "... in a sentence with a death or casualty toll",
    "first": "... in a sentence with first/worst/largest/historic",
    "outlets": "distinct collections (CNN and Reuters) naming it",
    "weeks": "distinct weeks of the later articles naming it",
    "event": "articles telling its best-told (merged) event",
    "new": "names in its sentences first seen in the collection on it or the 2 days after",
    "burst": "articles published on it or the 2 days after, whatever they name (Tran et al. 2013's burst)",
    "deed": "articles naming it in a sentence with a DEED trigger (ACE 2005: attack, die, elect, resign ...)",
    "talk": "articles naming it only in sentences of TALK (meet, call, say, warn ...) and no DEED",
    "best later": "articles published after it telling its best-told (merged) event",
    "rise": "articles published in the 3 days after it less those in the 3 days before",
    "review": f"... that name {REVIEW_DAYS} or more days of the span before their own (a look back)",
}
SIGNAL_GRID = (-0.5, 0.5, 1.0, 2.0, 4.0)


def _evidence(names: list[str], out: Path) -> list:
    """(topic, label, gold, {day: ({signal: count}, weight, divisor, sentences)}) for each gold
    timeline, the days in its span counted on the saved extraction: what --signals and --learned
    read of each day (SIGNALS), beside the current weight, the coverage it is divided by and the
    sentences that break ties."""
    import bisect
    import datetime as dt

    from timeline import highlights

    tool = score_tool()
    tasks = []  # (topic, label, gold, {day: ({signal: count}, weight, divisor, sentences)})
    for name in names:
        saved = _saved(name, out)
        if saved is None:
            continue
        events, published, ignore = saved
        lines = {path.name: [line.strip() for line in path.read_text(encoding="utf-8", errors="replace")
                             .split("\n---\n", 1)[-1].splitlines() if line.strip()]
                 for path in (out / name / "seeds").glob("*")}
        squeezed = {seed: [SQUEEZE.sub("", line) for line in text] for seed, text in lines.items()}
        first_seen, spread = {}, Counter()
        for seed, date in sorted(published.items(), key=lambda item: (item[1] or "", item[0])):
            if seed not in ignore and date:
                for word in {w for line in lines.get(seed, ()) for w in NAME.findall(line)}:
                    first_seen.setdefault(word, date)
                    spread[word] += 1
        story = [e for e in events if not e.is_article]
        for label, gold in _gold(tool, name):
            inside = {s: d for s, d in published.items() if d and gold[0] <= d <= gold[-1]}
            kept = [e for e in (_only(e, inside) for e in story) if e is not None]
            scores = {d: s for d, s in highlights.day_scores(kept, inside, ignore).items()
                      if gold[0] <= d <= gold[-1]}
            voting = sorted(d for s, date in inside.items() if (d := highlights.day_of(date)) and s not in ignore)
            typical = highlights._typical_coverage(voting)
            told = {}  # day -> seed -> [line, written month, toll, first, events, names]
            for event in kept:
                for day, mention, spoken in highlights.dated(event, ignore):
                    if spoken or day not in scores:
                        continue
                    # the line holding the sentence, compared by letters and digits only: the seed is
                    # tokenised agency copy ("world 's", "-LRB-"), the sentence cleaned
                    key = SQUEEZE.sub("", mention.sentence)[:25]
                    line = next((i for i, text in enumerate(squeezed.get(mention.seed, ())) if key in text), 999)
                    row = told.setdefault(day, {}).setdefault(mention.seed,
                                                              [999, False, False, False, set(), set(), False, True])
                    row[0] = min(row[0], line)
                    row[1] |= bool(MONTH.search(mention.expression or ""))
                    row[2] |= bool(TOLL.search(mention.sentence))
                    row[3] |= bool(FIRST.search(mention.sentence))
                    row[4].add(event.id)
                    row[5].update(NAME.findall(mention.sentence))
                    deed = DEED.search(mention.sentence) is not None
                    row[6] |= deed
                    row[7] &= not deed and TALK.search(mention.sentence) is not None
            looked_back = Counter(seed for day, seeds in told.items() for seed in seeds
                                  if (highlights.day_of(inside[seed]) or "") > day)
            days = {}
            for day, score in scores.items():
                seeds = told.get(day, {})
                lag = {s: (dt.date.fromisoformat(highlights.day_of(inside[s])) - dt.date.fromisoformat(day)).days
                       for s in seeds}
                soon = (dt.date.fromisoformat(day) + dt.timedelta(days=2)).isoformat()
                per_event = Counter(e for row in seeds.values() for e in row[4])
                best = per_event.most_common(1)[0][0] if per_event else None
                before = (dt.date.fromisoformat(day) - dt.timedelta(days=3)).isoformat()
                after = (dt.date.fromisoformat(day) + dt.timedelta(days=3)).isoformat()
                found = {
                    "count": len(seeds),
                    "later": sum(lag[s] > 0 for s in seeds),
                    "opening": sum(row[0] < 2 for row in seeds.values()),
                    "deep": sum(8 <= row[0] < 999 for row in seeds.values()),
                    "retro": sum(lag[s] >= 7 and row[1] for s, row in seeds.items()),
                    "toll": sum(row[2] for row in seeds.values()),
                    "first": sum(row[3] for row in seeds.values()),
                    "outlets": len({s.split("-")[3] for s in seeds}) if len(TOPICS[name]) > 1 else min(1, len(seeds)),
                    "weeks": len({lag[s] // 7 for s in seeds if lag[s] > 0}),
                    "event": max(per_event.values(), default=0),
                    "new": sum(1 for w in set().union(*(row[5] for row in seeds.values()))
                               if day <= first_seen.get(w, "") <= soon and spread[w] >= 3),
                    "burst": bisect.bisect_right(voting, soon) - bisect.bisect_left(voting, day),
                    "deed": sum(row[6] for row in seeds.values()),
                    "talk": sum(row[7] for row in seeds.values()),
                    "best later": sum(lag[s] > 0 and best in row[4] for s, row in seeds.items()),
                    "rise": (bisect.bisect_right(voting, after) - bisect.bisect_right(voting, day))
                            - (bisect.bisect_left(voting, day) - bisect.bisect_left(voting, before)),
                    "review": sum(lag[s] > 0 and looked_back[s] >= REVIEW_DAYS for s in seeds),
                }
                days[day] = (found, score.weight, highlights._divisor(day, voting, typical), score.sentences)
            tasks.append((name, label, gold, days))
    return tasks


def signals(names: list[str], out: Path) -> None:
    """Each evidence of SIGNALS measured on the saved extraction: the Date-F1 of ranking the days
    by it alone (ties by the current weight), beside a random ranking's expected precision; then
    added to the current weight (weight + a * count / the day's coverage divisor) with `a` from
    SIGNAL_GRID chosen leaving one topic out, as --loto chooses weights. A signal worth keeping
    lifts the left-out mean over the current one on more than one topic."""
    tool = score_tool()
    tasks = _evidence(names, out)

    def f1(days, gold, key):
        ranked = sorted(days, key=lambda d: (*(-x for x in key(days[d])), d))
        return tool.prf(ranked, gold, set(ranked))["f1"]

    labels = [label for _, label, _, _ in tasks]
    print(f"{'alone: Date-F1 ranked by':24} " + " ".join(f"{label[:5] + label[-2:]:>7}" for label in labels)
          + f" {'mean':>6} | {'added, left out':>15}")
    expected = [len(set(g) & set(days)) / len(days) if days else 0 for _, _, g, days in tasks]
    print(f"{'random (expected P@k)':24} " + " ".join(f"{x:7.3f}" for x in expected)
          + f" {sum(expected) / len(expected):6.3f} |")
    current = [f1(days, g, lambda v: (v[1], v[0]["count"], v[3])) for _, _, g, days in tasks]
    print(f"{'current weight (b2)':24} " + " ".join(f"{x:7.3f}" for x in current)
          + f" {sum(current) / len(current):6.3f} |")
    for signal in SIGNALS:
        alone = [f1(days, g, lambda v: (v[0][signal], v[1], v[0]["count"], v[3])) for _, _, g, days in tasks]
        table = {a: [f1(days, g, lambda v: (v[1] + a * v[0][signal] / v[2], v[0]["count"], v[3]))
                     for _, _, g, days in tasks] for a in (0.0, *SIGNAL_GRID)}
        held, chosen = [], []
        for name in dict.fromkeys(t[0] for t in tasks):
            others = [i for i, t in enumerate(tasks) if t[0] != name]
            best = max(table, key=lambda a: sum(table[a][i] for i in others))  # ties: 0.0, as now
            chosen.append(best)
            held += [table[best][i] for i, t in enumerate(tasks) if t[0] == name]
        print(f"{signal:24} " + " ".join(f"{x:7.3f}" for x in alone) + f" {sum(alone) / len(alone):6.3f} |"
              f" {sum(held) / len(held):6.3f} a={'/'.join(f'{a:g}' for a in chosen)}")
    for signal, says in SIGNALS.items():
        print(f"  {signal}: {says}")


# --select and --learned: choosing the k days otherwise than by weight alone
SPREAD_GRID = {"window": (1, 2, 3, 5, 7), "discount": (0.2, 0.4, 0.6, 0.8, 1.0)}
QUOTA_GRID = {"period": (7, 14, 30), "share": (0.25, 0.5, 0.75, 1.0), "alpha": (0.0, 0.5, 1.0)}
LEARNED_L2 = 1.0  # ridge on the standardised weights of the logistic regression


def _by_weight(days):
    """The days of one task as highlights.rank_days orders them: weight, articles, sentences, day."""
    return sorted(days, key=lambda d: (-days[d][1], -days[d][0]["count"], -days[d][3], d))


def _spread(days, k, window, discount):
    """The k days taken one at a time, each the heaviest once every day within `window` days of
    one already taken has lost `discount` of its weight (the simplest of Martschat & Markert 2018's
    temporal-diversity objectives), then the others by weight."""
    import datetime as dt

    left, taken, near = _by_weight(days), [], set()
    while left and len(taken) < k:
        best = max(left, key=lambda d: days[d][1] * (1 - discount if d in near else 1))  # first of equals
        left.remove(best)
        taken.append(best)
        middle = dt.date.fromisoformat(best)
        near.update((middle + dt.timedelta(days=n)).isoformat() for n in range(-window, window + 1))
    return taken + left


def _quota(days, k, period, share, alpha, papers):
    """`share` of the k days shared out over the periods of `period` days that have candidates, in
    proportion to (1 + the articles published in the period) ** `alpha` (0: evenly; 1: as the
    coverage; `papers`: the publication days), the heaviest days of each period first, largest
    remainders rounded up; the rest by weight."""
    import datetime as dt

    ranked = _by_weight(days)
    if not ranked:
        return ranked
    first = dt.date.fromisoformat(min(ranked))
    slot = lambda d: (dt.date.fromisoformat(d) - first).days // period
    slots = sorted({slot(d) for d in ranked})
    published = Counter(slot(d) for d in papers if min(ranked) <= d <= max(ranked))
    mass = {p: (1 + published[p]) ** alpha for p in slots}
    quota = round(share * k)
    exact = {p: quota * mass[p] / sum(mass.values()) for p in slots}
    each = {p: int(exact[p]) for p in slots}
    for p in sorted(slots, key=lambda p: (int(exact[p]) - exact[p], p))[:quota - sum(each.values())]:
        each[p] += 1
    taken = []
    for d in ranked:
        if each[slot(d)] > 0:
            taken.append(d)
            each[slot(d)] -= 1
    chosen = set(taken)
    return taken + [d for d in ranked if d not in chosen]


def _held_out(table, topics):
    """For each topic, the choice (key of `table`: choice -> F1 per task) best on the other topics'
    tasks, scored on its own: (F1 per task, choice per topic). The first choice wins ties."""
    held, chosen = [0.0] * len(topics), {}
    for name in dict.fromkeys(topics):
        best = max(table, key=lambda c: sum(x for x, t in zip(table[c], topics) if t != name))
        chosen[name] = best
        for i, t in enumerate(topics):
            if t == name:
                held[i] = table[best][i]
    return held, chosen


def select(names: list[str], out: Path) -> None:
    """Temporal diversity in choosing each timeline's k days, with the current weights: a day next
    to one already chosen discounted (_spread), or a share of the k days shared out over the weeks
    or months, evenly or as the articles were published (_quota); each choice of parameters chosen
    leaving one topic out. Journalists spread a timeline over the story; the question is whether
    our heaviest days bunch where theirs do not."""
    import itertools

    tool = score_tool()
    tasks = _evidence(names, out)
    topics = [t[0] for t in tasks]
    f1 = lambda ranked, gold: tool.prf(ranked, gold, set(ranked))["f1"]
    current = [f1(_by_weight(days), gold) for _, _, gold, days in tasks]
    print(f"{'select k days by':26} " + " ".join(f"{t[1][:5] + t[1][-2:]:>7}" for t in tasks) + f" {'mean':>6}")
    print(f"{'weight (b2)':26} " + " ".join(f"{x:7.3f}" for x in current) + f" {sum(current) / len(current):6.3f}")
    papers = {}  # topic -> publication days of its articles (off-topic ones too: coverage)
    for name in dict.fromkeys(topics):
        papers[name] = sorted(d for date in _saved(name, out)[1].values() if (d := (date or "")[:10]))
    choosers = (("spread", lambda days, k, name, c: _spread(days, k, *c), SPREAD_GRID),
                ("quota", lambda days, k, name, c: _quota(days, k, *c, papers[name]), QUOTA_GRID))
    for label, choose, grid in choosers:
        table = {None: current}
        for c in itertools.product(*grid.values()):
            table[c] = [f1(choose(days, len(gold), name, c), gold) for name, _, gold, days in tasks]
        held, chosen = _held_out(table, topics)
        best = max(table, key=lambda c: sum(table[c]))
        print(f"{label + ', left out':26} " + " ".join(f"{x:7.3f}" for x in held) + f" {sum(held) / len(held):6.3f}"
              f"   chosen ({', '.join(grid)}): {' '.join(f'{n}={c}' for n, c in chosen.items())};"
              f" best in sample {best} {sum(table[best]) / len(tasks):.3f}")


def _features(days):
    """Per day of one task: the log of its weight and of the coverage it is divided by, and
    log(1 + n) of each count of SIGNALS (signed: "rise" is a difference)."""
    import math

    return {d: [math.log(v[1] + 1e-3), math.log(v[2])]
            + [math.copysign(math.log1p(abs(v[0][s])), v[0][s]) for s in SIGNALS]
            for d, v in days.items()}


def _logistic(x, y, weights, l2, steps=50):
    """Coefficients (the intercept last) of a logistic regression with a ridge on all but the
    intercept, fitted by Newton's method on numpy arrays; `weights` per row."""
    import numpy as np

    x = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(x.shape[1])
    ridge = l2 * np.eye(x.shape[1])
    ridge[-1, -1] = 0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ beta))
        step = np.linalg.solve((x * (weights * p * (1 - p))[:, None]).T @ x + ridge,
                               x.T @ (weights * (p - y)) + ridge @ beta)
        beta -= step
        if np.abs(step).max() < 1e-9:
            break
    return beta


def learned(names: list[str], out: Path) -> None:
    """A date classifier trained on the other topics (as DATEWISE, Ghalandari & Ifrim 2020): a
    logistic regression on each day's features (_features), gold days against the other days of
    each timeline's span, each timeline's gold and other days weighing half of it; fitted on four
    topics, it ranks the days of the fifth. Prints the left-out Date-F1 beside the current
    weight's and the coefficients fitted on all topics."""
    import numpy as np

    tool = score_tool()
    tasks = _evidence(names, out)
    rows = []
    for _, _, gold, days in tasks:
        feats = _features(days)
        order = sorted(days)
        y = np.array([d in set(gold) for d in order], float)
        w = np.where(y == 1, 0.5 / max(1, y.sum()), 0.5 / max(1, len(y) - y.sum()))
        rows.append((order, np.array([feats[d] for d in order]).reshape(len(order), -1), y, w))

    def fit(use):
        x = np.vstack([rows[i][1] for i in use])
        mu, sd = x.mean(0), x.std(0) + 1e-9
        beta = _logistic((x - mu) / sd, np.concatenate([rows[i][2] for i in use]),
                         np.concatenate([rows[i][3] for i in use]), LEARNED_L2)
        return mu, sd, beta

    held, current = [], []
    for i, (name, _, gold, days) in enumerate(tasks):
        mu, sd, beta = fit([j for j, t in enumerate(tasks) if t[0] != name])
        order, x, _, _ = rows[i]
        score = dict(zip(order, ((x - mu) / sd) @ beta[:-1]))
        by_weight = _by_weight(days)
        place = {d: n for n, d in enumerate(by_weight)}
        ranked = sorted(by_weight, key=lambda d: (-score[d], place[d]))
        held.append(tool.prf(ranked, gold, set(ranked))["f1"])
        current.append(tool.prf(by_weight, gold, set(by_weight))["f1"])
    print(f"{'days ranked by':26} " + " ".join(f"{t[1][:5] + t[1][-2:]:>7}" for t in tasks) + f" {'mean':>6}")
    print(f"{'weight (b2)':26} " + " ".join(f"{x:7.3f}" for x in current) + f" {sum(current) / len(current):6.3f}")
    print(f"{'learned, left out':26} " + " ".join(f"{x:7.3f}" for x in held) + f" {sum(held) / len(held):6.3f}")
    _, _, beta = fit(range(len(tasks)))
    names_ = ["log weight", "log coverage", *SIGNALS]
    print("coefficients fitted on all topics (standardised features): "
          + ", ".join(f"{n} {b:+.2f}" for n, b in zip(names_, beta)))


def versus_peer(names: list[str], out: Path) -> None:
    """Per gold timeline, where the key days (b2) and the peer's (c) part: the gold days the peer's
    top k holds and ours does not, with the peer's (articles, tags) and what we weigh for the day
    (the row of <topic>.days.json: day, stories later, stories on or before, papers of the day
    naming nothing on it, coverage, sentences, spoken, listed), and the other way round; then how often a
    day of each kind of evidence is a gold day, beside the share of the span's days that are
    (base rate). A kind no likelier than the base rate carries nothing a ranking can use."""
    import datetime as dt

    tool = score_tool()
    for name in names:
        folders = [str(CORPUS / f) for f in TOPICS[name]]
        topic = tool.Topic(folders)
        peer_tags = topic.heideltime("timeml")
        system = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        articles = {a for d in system["documents"] if (a := topic.article_of_seed(d["seed"]))}
        ranked = json.loads((out / f"{name}.ranked.json").read_text())
        counts = json.loads((out / f"{name}.days.json").read_text())
        for label, gold in topic.timelines:
            lo, hi, k, wanted = gold[0], gold[-1], len(gold), set(gold)
            candidates = tool.baseline_candidates(peer_tags, articles, topic, lo, hi, True)
            peer = tool.rank_dates(candidates, lo, hi)
            told = {day: (n, m) for n, m, day in candidates}
            ours, theirs = set(ranked[label][:k]), set(peer[:k])
            rows = {row[0]: row for row in counts[label]}
            print(f"{label}: k {k}, gold days in our top k {len(ours & wanted)}, in the peer's"
                  f" {len(theirs & wanted)}")
            for title, days in (("peer's, not ours", (theirs - ours) & wanted),
                                ("ours, not the peer's", (ours - theirs) & wanted)):
                print(f"  {title}: {len(days)}")
                for day in sorted(days):
                    print(f"    {day} peer (articles, tags) {told.get(day)} ours {rows.get(day, [day])[1:]}")
            kinds: dict[str, list[int]] = {}
            for day, later, same, papers, _, _, spoken, _ in counts[label]:
                kind = ("named later" if later else "named on or before" if same
                        else "published only" if papers else "spoken only")
                kinds.setdefault(kind, [0, 0])
                kinds[kind][0] += 1
                kinds[kind][1] += day in wanted
            span = (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days + 1
            print(f"  gold share: base rate {k / span:.2f} ({k} of {span} days); "
                  + ", ".join(f"{kind} {g / n:.2f} ({g} of {n})" for kind, (n, g) in sorted(kinds.items())))


def shown(names: list[str], out: Path) -> None:
    """Each topic's key dates as its site shows them (highlights.key_dates on the whole topic,
    as many days as its longest gold timeline has), with what a reader checks: the articles
    naming the day, whether the entry is in conflict and whether its day is settled anyway
    (highlights.settled), the day's gold mark and the headline. Reading these is how the
    page's wrong choices were found (a market report's Brent price, a chronology's opening)."""
    from timeline import highlights
    from timeline.model import Document

    tool = score_tool()
    for name in names:
        events, published, ignore = _saved(name, out)
        golds = _gold(tool, name)
        gold = set().union(*(g for _, g in golds))
        documents = [Document(seed, seed, "", date, "frontmatter") for seed, date in published.items()]
        size = max(len(g) for _, g in golds)
        ranked = highlights.key_dates([e for e in events if not e.is_article], size, documents,
                                      ignore=ignore)
        print(f"{name}: {size} key dates (* a gold date of a timeline of the topic; "
              "! dates differ, ~ but settled)")
        for score, event in sorted(ranked, key=lambda se: se[0].day):
            mark = ("~" if highlights.settled(event, score.day) else "!") if event.conflict else " "
            print(f"  {score.day} {'*' if score.day in gold else ' '}{mark} {len(score.sources):3d}"
                  f"  {event.headline[:110]}")


def _gold(tool, name):
    return tool.Topic([str(CORPUS / f) for f in TOPICS[name]]).timelines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("topics", nargs="*", metavar="TOPIC",
                        help=f"topics to run ({', '.join(TOPICS)}; default all)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--engine", choices=("mkdocs", "none"), default="mkdocs")
    parser.add_argument("--reuse", action="store_true", help="rescore the last run's extraction, its days ranked again by the current code")
    parser.add_argument("--missed", action="store_true",
                        help="list the gold dates no extracted event is dated to, and what the articles say")
    parser.add_argument("--loto", action="store_true",
                        help="key-dates weights chosen leaving one topic out, scored on it")
    parser.add_argument("--signals", action="store_true",
                        help="each evidence about a day (opening lines, later written-out dates, tolls ...) alone and added, left out")
    parser.add_argument("--select", action="store_true",
                        help="the k days chosen with temporal diversity (neighbours discounted, quotas per period), left out")
    parser.add_argument("--learned", action="store_true",
                        help="days ranked by a logistic regression fitted on the other topics, left out")
    parser.add_argument("--peer", action="store_true",
                        help="per timeline, the gold days the peer's top k holds and ours does not (and"
                             " the other way), and how often each kind of evidence is a gold day")
    parser.add_argument("--shown", action="store_true",
                        help="each topic's key dates as its site shows them, marked gold, disputed or settled")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_topic(args.one, args.out, args.engine)))
        return 0
    names = list(args.topics) or list(TOPICS)
    if unknown := [n for n in names if n not in TOPICS]:
        parser.error(f"unknown topic {unknown[0]!r}; choose from {', '.join(TOPICS)}")
    args.out.mkdir(parents=True, exist_ok=True)
    runs_file = args.out / "runs.json"
    runs = json.loads(runs_file.read_text()) if args.reuse and runs_file.exists() else {}
    for name in names:
        if args.reuse and name in runs:
            if not rerank(name, args.out):
                print(f"{name}: no off-topic judgement saved; its last ranking is scored as it was",
                      file=sys.stderr)
            continue
        done = subprocess.run([sys.executable, __file__, "--one", name, "--out", str(args.out),
                               "--engine", args.engine], capture_output=True, text=True)
        if done.returncode:
            print(done.stderr, file=sys.stderr)
            return 1
        runs[name] = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{name}: {runs[name]['seconds']['total']:.1f} s", file=sys.stderr)
        runs_file.write_text(json.dumps(runs, indent=1))
    result = report(names, runs, score(names, args.out), args.out)
    (args.out / "results.json").write_text(json.dumps(result, indent=1))
    if args.missed:
        missed(names, args.out)
    if args.loto:
        loto(names, args.out)
    if args.signals:
        signals(names, args.out)
    if args.select:
        select(names, args.out)
    if args.learned:
        learned(names, args.out)
    if args.peer:
        versus_peer(names, args.out)
    if args.shown:
        shown(names, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
