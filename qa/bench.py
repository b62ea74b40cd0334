"""``qa bench index|ask|chat``: speed and memory figures, printed (not asserted).

Each measurement that needs a clean peak-memory figure runs in a child
process; the child's peak RSS comes from ``getrusage`` of the children.
"""
from __future__ import annotations

import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .config import Settings

SAMPLE_QUESTIONS = (
    "当前我市产城融合发展存在哪些突出问题?", "下一阶段的重点任务有哪些?", "新增了多少张医院床位?",
    "加大政策支持力度方面讲了什么?", "规划编制要聘请什么样的单位?", "“多极”指的是什么?",
    "讲话第一部分的内容完整吗?", "What are the key tasks for the next stage?", "明天天气怎么样?",
    "为什么部分产业园区难以留住人才?",
)


def _child_run(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run a child; return (wall seconds, its peak RSS in MiB, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, env={**os.environ, **(env or {})})
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:4])}… failed:\n{proc.stderr[-2000:]}")
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return wall, peak, proc.stdout


def _bundled_clauses() -> list[str]:
    """The distinct clauses of the bundled speech (4–40 characters, no brackets or quotes)."""
    from index.corpus import bundled_speech
    from index.reader import read_speech_file

    passages = read_speech_file(bundled_speech()).passages
    clauses = (c.strip() for p in passages
               for c in re.split(r"[，；：。！？,;:]", re.sub(r"^[一二三四五六七八九十]是", "", p.text)))
    return list(dict.fromkeys(c for c in clauses if 4 <= len(c) <= 40 and not re.search(r"[()（）“”]", c)))


def generate_corpus(folder: Path, passages: int, seed: int = 7) -> int:
    """Write speeches of the genre (parts, sections, 一是… items) holding exactly ``passages`` items.

    Sentences are recombined from the bundled speech's clauses (three to five each, two
    sentences an item, about 120 characters), so the text reads and tokenizes like the
    genre while almost no sentence repeats: the model does the work a real corpus of
    this size asks for, not that of a few hundred sentences said again and again.
    """
    clauses = _bundled_clauses()
    rng = random.Random(seed)
    nums = "一二三四五六七八九十"

    def sentence() -> str:
        return "，".join(rng.sample(clauses, rng.randint(3, 5))) + "。"

    written, speech = 0, 0
    while written < passages:
        speech += 1
        lines = [f"关于{rng.choice(clauses)}的讲话(第{speech}篇)", "同志们:"]
        for part in range(5):
            if written < passages:
                lines.append(f"{nums[part]}、{rng.choice(clauses)}")
            for sec in range(4):
                if written < passages:  # no heading without items: it would read as outline-only
                    lines.append(f"({nums[sec]}){rng.choice(clauses)}")
                for item in range(min(5, passages - written)):
                    lines.append(f"{nums[item]}是{sentence()}{sentence()}")
                    written += 1
        (folder / f"speech_{speech:04d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return written


def bench_index(settings: Settings, passages: int) -> None:
    """Rebuild time and peak memory for the seed and for a generated corpus."""
    qa = [sys.executable, "-m", "qa.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        wall, peak, _ = _child_run(qa + ["index", "rebuild", "-q", "--index-dir", f"{tmp}/seed"])
        print(f"seed speech: rebuild {wall:.1f} s (process start, model load, parse, embed, save); "
              f"peak RSS {peak:.0f} MiB  [target <= 10 s]")
        if passages <= 0:  # seed only
            return
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        items = generate_corpus(corpus, passages)
        wall, peak, out = _child_run(qa + ["index", "rebuild", "-q", "--index-dir", f"{tmp}/big",
                                           "--corpus", str(corpus)])
        counted = next((line for line in out.splitlines() if line.startswith("Indexed")), out.strip())
        print(f"generated corpus ({items} items): rebuild {wall:.1f} s; peak RSS {peak:.0f} MiB "
              f"[target <= 300 s]\n  {counted}")


def bench_ask(settings: Settings, rounds: int = 5) -> None:
    """Warm p50/p95 latency, cold start to first answer, and peak RSS."""
    from .assistant import Assistant

    argv = [sys.executable, "-m", "qa.cli", "ask", "-q", "--json", SAMPLE_QUESTIONS[0]]
    index_dir = ["--index-dir", str(settings.index_dir)]
    Assistant(settings=settings, progress=False)  # make sure an index exists before timing
    wall, peak, _ = _child_run(argv + index_dir)
    print(f"cold start (process start to first answer): {wall:.2f} s; peak RSS {peak:.0f} MiB "
          f"[target <= 8 s]")
    assistant = Assistant(settings=settings, progress=False)
    for q in SAMPLE_QUESTIONS:  # warm-up
        assistant.ask(q)
    times = []
    for _ in range(rounds):
        for q in SAMPLE_QUESTIONS:
            started = time.perf_counter()
            assistant.ask(q)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"warm latency over {len(times)} questions: p50 {statistics.median(times):.1f} ms, "
          f"p95 {p95:.1f} ms [target p50 <= 50 ms]; peak RSS of this process {rss:.0f} MiB")


def run_bench_command(args, settings: Settings) -> int:
    """Dispatch ``qa bench index|ask`` (``qa bench chat`` lives in ui.bench)."""
    if args.what == "index":
        bench_index(settings, args.passages)
    else:
        bench_ask(settings)
    return 0
