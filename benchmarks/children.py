"""How the benchmarks start the programs they time: as an installed app starts, from bytecode.

Installers compile a package's bytecode; a shell that sets PYTHONDONTWRITEBYTECODE (as some
development and CI setups do) would have every child compile each cjdesigner module again, about
0.1 s that no user pays, while a bare baseline script of one file pays almost nothing. The
children keep their bytecode in a folder of their own (`PYTHONPYCACHEPREFIX`), written by a
warm-up run, and so leave the source tree clean.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

BYTECODE = tempfile.mkdtemp(prefix="cjdesigner-bench-bytecode-")
atexit.register(shutil.rmtree, BYTECODE, ignore_errors=True)


def child_env(home: str) -> dict[str, str]:
    """The environment of a timed program: offscreen, a home of its own, bytecode as installed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home, "XDG_CONFIG_HOME": home,
           "XDG_DATA_HOME": home, "XDG_CACHE_HOME": home, "XDG_STATE_HOME": home, "PYTHONPYCACHEPREFIX": BYTECODE}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
