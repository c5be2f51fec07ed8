"""TempEval-3 Task A figures for our tagger, computed in-process with the shared scorer's functions.

Running `te3score.py --run-cmd timeline` starts one process per document; this wrapper calls
`timeline.temporal.tag` directly, so a full pass over the training data takes seconds. The
counting is the shared scorer's own (`parse_tml`, `score_document`, `summarise`), imported by path.

Example: .venv/bin/python benchmarks/tempeval.py ../shared/corpora/tempeval3/train/TimeBank --errors
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

from shared_data import load_te3score as load_scorer


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="folders of gold .tml files")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--kind", help="only list errors of this kind (missed, spurious, extent, value, type)")
    parser.add_argument("--context", type=int, default=0, metavar="N",
                        help="with --errors, show N characters of text either side of each error")
    args = parser.parse_args(argv)
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from timeline.temporal import tag

    te3 = load_scorer()
    total = {"gold": 0, "system": 0, "relaxed": 0, "strict": 0, "type": 0, "value": 0}
    errors = []
    for folder in args.gold:
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".tml"):
                continue
            text, gold, dct = te3.parse_tml(os.path.join(folder, name))
            found = tag(text, dt.date.fromisoformat(dct))
            system = [te3.Timex(t.start, t.end, t.text, t.type, t.value) for t in found]
            counts, errs = te3.score_document(gold, system)
            for key in total:
                total[key] += counts[key]
            errors += [(name[:-4], dct, kind, g, s, text) for kind, g, s in errs]
    print(te3.format_table(te3.summarise(total)))
    if args.errors:
        for doc, dct, kind, g, s, text in errors:
            if args.kind and kind != args.kind:
                continue
            gd = f"{g.text!r} {g.type} {g.value}" if g else "-"
            sd = f"{s.text!r} {s.type} {s.value}" if s else "-"
            print(f"{doc} {dct} {kind:<8} gold: {gd} | system: {sd}")
            if args.context:
                where = g or s
                before = text[max(0, where.start - args.context):where.start]
                after = text[where.end:where.end + args.context]
                print("    " + " ".join(f"{before}[{text[where.start:where.end]}]{after}".split()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
