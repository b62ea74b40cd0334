"""``qa bench index|ask|chat``: speed and memory figures, printed (not asserted).

Each measurement that needs a clean peak-memory figure runs in a child
process; the child's peak RSS comes from ``getrusage`` of the children.
"""
from __future__ import annotations

import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .config import Settings, SettingsError

SAMPLE_QUESTIONS = (
    "当前我市产城融合发展存在哪些突出问题?", "下一阶段的重点任务有哪些?", "新增了多少张医院床位?",
    "加大政策支持力度方面讲了什么?", "规划编制要聘请什么样的单位?", "“多极”指的是什么?",
    "讲话第一部分的内容完整吗?", "What are the key tasks for the next stage?", "明天天气怎么样?",
    "为什么部分产业园区难以留住人才?",
)


class BenchChildError(RuntimeError):
    """A measured child process failed; the message is its own last error line (a stale index, a
    missing file), which ``qa bench`` prints as it is."""


def _child_run(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run a child; return (wall seconds, that child's own peak RSS in MiB, stdout)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env={**os.environ, **(env or {})})
        _pid, status, usage = os.wait4(proc.pid, 0)  # this child's rusage, not the max over all children
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if proc.returncode != 0:
        lines = [line for line in stderr.splitlines() if line.strip()]
        said = next((line for line in reversed(lines) if line.startswith("error:")), lines[-1] if lines else "")
        raise BenchChildError(f"the measured run `{' '.join(argv[2:4])}` failed: {said.removeprefix('error: ')}")
    return wall, usage.ru_maxrss / 1024, stdout


def _mib(path: Path) -> float:
    """Size on disk of a file or folder, in MiB."""
    path = Path(path)
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 2**20


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


def _bench_folder(folder: Path) -> Path:
    """An empty folder for a kept bench library: new, or an earlier bench library's (emptied)."""
    folder = folder.expanduser().resolve()
    if folder.exists():
        if not (folder / "bench-corpus").is_dir():
            raise SettingsError(f"{folder} holds something other than a bench library; give "
                                f"`qa bench index --index-dir` a new folder.")
        shutil.rmtree(folder)
    return folder


def generate_speech(path: Path, passages: int, seed: int) -> None:
    """One generated speech of ``passages`` items at ``path`` (sentences new to any other seed)."""
    with tempfile.TemporaryDirectory() as tmp:
        generate_corpus(Path(tmp), passages, seed=seed)
        [made] = Path(tmp).iterdir()
        shutil.copyfile(made, path)


def bench_index(settings: Settings, passages: int, keep: Path | None = None) -> None:
    """Build times, memory and size for the seed and for a generated library; add, remove, FAISS choice.

    ``keep``: an index folder to build the generated library in (its files in
    ``bench-corpus/`` inside), kept for ``qa bench ask --index-dir``; else a temporary one.
    A folder that holds anything but an earlier bench library is refused.
    """
    qa = [sys.executable, "-m", "qa.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        wall, peak, _ = _child_run(qa + ["index", "rebuild", "-q", "--index-dir", f"{tmp}/seed"])
        print(f"seed speech: rebuild {wall:.1f} s (process start, model load, parse, embed, save); "
              f"peak RSS {peak:.0f} MiB  [target <= 10 s]")
        if passages <= 0:  # seed only
            return
        index_dir = str(_bench_folder(Path(keep)) if keep else Path(tmp) / "index")
        corpus = Path(index_dir) / "bench-corpus"
        corpus.mkdir(parents=True)
        items = generate_corpus(corpus, passages)
        rebuild = qa + ["index", "rebuild", "-q", "--index-dir", index_dir, "--corpus", str(corpus)]
        wall, peak, out = _child_run(rebuild)
        counted = next((line for line in out.splitlines() if line.startswith("Indexed")), out.strip())
        build = (Path(index_dir) / "current").resolve()
        print(f"generated library ({items} items): cold rebuild {wall:.1f} s [target <= 300 s at 10k]; "
              f"peak RSS {peak:.0f} MiB; index {_mib(build):.0f} MiB on disk, embedding cache "
              f"{_mib(Path(index_dir) / 'embed-cache'):.0f} MiB\n  {counted}")
        wall, peak, _ = _child_run(rebuild)
        print(f"rebuild with nothing changed: {wall:.1f} s; peak RSS {peak:.0f} MiB [target <= 20 s at 10k]")
        added = Path(tmp) / "added_speech.txt"
        generate_speech(added, 50, seed=passages + 11)
        wall, peak, _ = _child_run(qa + ["index", "add", "-q", "--index-dir", index_dir, str(added)])
        print(f"qa index add (one 50-passage speech, model load included): {wall:.1f} s; peak RSS {peak:.0f} MiB "
              f"[target <= 15 s at 10k]")
        wall, peak, _ = _child_run(qa + ["index", "remove", "-q", "--index-dir", index_dir, added.stem])
        print(f"qa index remove (that speech): {wall:.1f} s; peak RSS {peak:.0f} MiB [target <= 5 s]")
        from .bench_faiss import faiss_report

        faiss_report(Path(index_dir), settings)
        if keep:
            print(f"kept: {index_dir} (qa bench ask --index-dir {index_dir})")


def bench_ask(settings: Settings, rounds: int = 5) -> None:
    """Cold start to first answer; load time; warm p50/p95 latency; memory."""
    import psutil

    from index.errors import IndexMissingError
    from index.bulk import keep_loaded
    from index.store import load_index, read_manifest

    from .assistant import Assistant

    argv = [sys.executable, "-m", "qa.cli", "ask", "-q", "--json", SAMPLE_QUESTIONS[0]]
    index_dir = ["--index-dir", str(settings.index_dir)]
    try:
        read_manifest(settings.index_dir)
    except IndexMissingError:
        Assistant(settings=settings, progress=False)  # build it before timing anything
    wall, peak, _ = _child_run(argv + index_dir)
    print(f"cold start (process start to first answer): {wall:.2f} s; peak RSS {peak:.0f} MiB "
          f"[target <= 8 s for the seed]")
    started = time.perf_counter()
    index = load_index(settings.index_dir)
    index_load = time.perf_counter() - started
    passages = len(index.passages)
    del index
    started = time.perf_counter()
    assistant = Assistant(settings=settings, progress=False)
    load = time.perf_counter() - started
    print(f"load of {passages} passages: the index alone {index_load:.2f} s; model, index and retriever "
          f"{load:.2f} s [target <= 10 s at 100k]")
    keep_loaded()  # as `qa ask` and `qa chat` do
    for q in SAMPLE_QUESTIONS:  # warm-up
        assistant.ask(q)
    p50, p95 = _latency(assistant, rounds)
    rss = psutil.Process().memory_info().rss / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"warm latency over {rounds * len(SAMPLE_QUESTIONS)} questions: p50 {p50:.1f} ms, "
          f"p95 {p95:.1f} ms [target p50 <= 50 ms for the seed, <= 80 ms at 100k]; RSS {rss:.0f} MiB "
          f"(peak {peak:.0f} MiB) [target <= 3 GB at 100k]")
    import torch

    threads = torch.get_num_threads()
    if threads > 1:  # on shared or busy cores, torch's threads wait on each other
        torch.set_num_threads(1)
        p50, p95 = _latency(assistant, rounds)
        torch.set_num_threads(threads)
        print(f"  the same with one torch thread: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
              f"(load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


def _latency(assistant, rounds: int) -> tuple[float, float]:
    """Warm p50 and p95 of the sample questions, in ms."""
    times = []
    for _ in range(rounds):
        for q in SAMPLE_QUESTIONS:
            started = time.perf_counter()
            assistant.ask(q)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]


def run_bench_command(args, settings: Settings) -> int:
    """Dispatch ``qa bench index|ask`` (``qa bench chat`` lives in ui.bench)."""
    if args.what == "index":
        bench_index(settings, args.passages, keep=getattr(args, "index_dir", None))
    else:
        bench_ask(settings)
    return 0
