"""Faults leave no trace outside the cache, index and upload folders.

Each command runs in a fresh interpreter whose home, temp and working folders are a
sandbox; it must exit 2 with one line on stderr, and afterwards every new or changed
file in the sandbox must lie inside the cache, index or upload folder.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def sandbox(tmp_path):
    """A home, a temp folder and a working folder, with the cache, index and upload folders inside."""
    home = tmp_path / "home"
    for sub in ("tmp", "work", "cache", "uploads"):
        (home / sub).mkdir(parents=True)
    (home / "work" / "speech.txt").write_text("在某会议上的讲话\n一、总体要求\n要坚持稳中求进。\n", encoding="utf-8")
    (home / "work" / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    env = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    env.update(HOME=str(home), TMPDIR=str(home / "tmp"), XDG_CACHE_HOME=str(home / "xdg-cache"),
               XDG_DATA_HOME=str(home / "xdg-data"), QA_CACHE_DIR=str(home / "cache"),
               QA_UPLOAD_DIR=str(home / "uploads"), PYTHONPATH=str(ROOT))
    return home, env


FAULTS = [
    ({"QA_INDEX_DIR": "{home}/work/speech.txt"}, ["index", "info"]),
    ({"QA_MODEL_DIR": "{home}/nowhere"}, ["index", "rebuild", "--corpus", "{home}/work/speech.txt"]),
    ({}, ["index", "rebuild", "--corpus", "{home}/work/binary.txt"]),
    ({}, ["index", "rebuild", "--corpus", "{home}/work/missing.txt"]),
    ({"QA_PORT": "70000"}, ["chat"]),
    ({"QA_MAX_QUESTION_CHARS": "0"}, ["ask", "问题"]),
    ({"QA_EMBED_PRECISION": "int3"}, ["ask", "问题"]),
    ({"QA_INDEX_DIR": "{home}/cache/index"}, ["index", "info"]),
]


@pytest.mark.parametrize("env_extra, argv", FAULTS)
def test_a_fault_is_one_line_and_writes_nothing_elsewhere(sandbox, env_extra, argv):
    home, env = sandbox
    env.update({k: v.format(home=home) for k, v in env_extra.items()})
    before = _snapshot(home)
    proc = subprocess.run([sys.executable, "-m", "qa.cli", *[a.format(home=home) for a in argv]],
                          cwd=home / "work", env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    after = _snapshot(home)
    changed = {p for p, stat in after.items() if before.get(p) != stat}
    allowed = ("cache/", "uploads/")
    assert all(p.startswith(allowed) for p in changed), sorted(changed)
