"""Where the shared research data lives: `../shared` beside the project, or $TIMELINE_SHARED.

Benchmarks read corpora and scorers from there and never copy them into the project.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TIMELINE_SHARED", ROOT.parent / "shared"))


def load_te3score():
    """The TempEval-3 scorer in ../shared/tools, imported as a module (run as it is)."""
    spec = importlib.util.spec_from_file_location("te3score", SHARED / "tools" / "te3score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
