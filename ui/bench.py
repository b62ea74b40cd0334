"""Load test of the chat app's ``/chat`` endpoint with concurrent gradio_client sessions.

``run_chat_bench(None)`` serves the app in this process on a free loopback port
(with the default Assistant unless one is given), then runs ``sessions``
concurrent client sessions, each asking ``questions`` questions in turn (as a
chat: earlier questions go along as history). It reports errors, latency
percentiles and the peak resident memory of the app's process.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

QUESTIONS = [
    "当前我市产城融合发展存在哪些突出问题?",
    "下一阶段的重点任务有哪些?",
    "新增了多少张医院床位?",
    "加大政策支持力度方面讲了什么?",
    "为什么部分产业园区难以留住人才?",
    "“多极”指的是什么?",
    "园区与城镇在哪些基础设施上要共建共享?",
    "讲话的主持人是谁?",
    "What are the key tasks for the next stage?",
    "第二个问题具体说说",
]
TARGET_P95_S = 2.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation; 0.0 for no values."""
    if not values:
        return 0.0
    xs = sorted(values)
    k = (len(xs) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


class _RssSampler(threading.Thread):
    """Samples a process's resident set size until stopped; keeps the peak."""

    def __init__(self, pid: int | None, every: float = 0.05) -> None:
        super().__init__(daemon=True, name="rss-sampler")
        import psutil

        self.proc = psutil.Process(pid)
        self.every = every
        self.peak = self.start_rss = self.proc.memory_info().rss
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            try:
                self.peak = max(self.peak, self.proc.memory_info().rss)
            except Exception:
                return
            self._halt.wait(self.every)

    def stop(self) -> int:
        self._halt.set()
        self.join(2)
        return self.peak


def _session(url: str, n: int, offset: int, with_history: bool = True) -> tuple[list[float], list[str]]:
    """One client session: ``n`` questions in turn; returns (latencies, error descriptions)."""
    from gradio_client import Client

    latencies: list[float] = []
    errors: list[str] = []
    try:
        client = Client(url, verbose=False, ssl_verify=not url.startswith("http:"))
    except Exception as exc:
        return latencies, [f"connect: {exc!r}"] * n
    history: list[str] = []
    for i in range(n):
        question = QUESTIONS[(offset + i) % len(QUESTIONS)]
        start = time.perf_counter()
        try:
            result = client.predict(question, history if with_history else [], api_name="/chat")
            latencies.append(time.perf_counter() - start)
            if not isinstance(result, dict) or "answer" not in result or result.get("error"):
                errors.append(f"bad result for {question!r}: {str(result)[:120]}")
        except Exception as exc:
            latencies.append(time.perf_counter() - start)
            errors.append(f"{question!r}: {exc!r}")
        history.append(question)
    return latencies, errors


def _run_sessions(url: str, sessions: int, questions: int, warmup: bool,
                  with_history: bool = True) -> tuple[list, float]:
    """All sessions at once on threads; returns ([(latencies, errors)] per session, wall seconds)."""
    if warmup:
        _session(url, 1, 0)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=sessions) as pool:
        results = list(pool.map(lambda i: _session(url, questions, i, with_history), range(sessions)))
    return results, time.perf_counter() - started


def _run_sessions_in_subprocess(url: str, sessions: int, questions: int, warmup: bool,
                                with_history: bool = True) -> tuple[list, float]:
    """:func:`_run_sessions` in a fresh Python process (``python -m ui.bench --clients``)."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    cmd = [sys.executable, "-m", "ui.bench", "--clients", url, str(sessions), str(questions),
           "1" if warmup else "0", "1" if with_history else "0"]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(f"the bench clients failed: {done.stderr[-2000:]}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    return [tuple(r) for r in out["results"]], out["wall"]


def format_report(report: dict[str, Any]) -> str:
    """The report as a few readable lines."""
    rss = report.get("peak_rss_mb")
    return "\n".join([
        f"chat bench: {report['sessions']} sessions x {report['questions']} questions "
        f"= {report['requests']} requests against {report['url']}",
        f"  errors {report['errors']}   p50 {report['p50_s']:.3f} s   p95 {report['p95_s']:.3f} s   "
        f"max {report['max_s']:.3f} s   throughput {report['throughput_rps']:.1f} req/s",
        (f"  RSS {report.get('start_rss_mb') or 0:.0f} MB at start, peak {rss:.0f} MB "
         f"(growth {rss - (report.get('start_rss_mb') or rss):.0f} MB; {report['rss_note']})"
         if rss is not None else "  peak RSS: not measured"),
        f"  target: 0 errors, p95 <= {TARGET_P95_S} s -> {'met' if report['target_met'] else 'NOT met'}",
    ])


def run_chat_bench(url: str | None = None, sessions: int = 20, questions: int = 5, *,
                   assistant: Any = None, settings: Any = None, pid: int | None = None,
                   warmup: bool = True, client_process: bool = False, with_history: bool = True,
                   show: bool = True) -> dict[str, Any]:
    """Run ``sessions`` concurrent chat sessions of ``questions`` questions each; return the figures.

    url: a running app (``http://127.0.0.1:7860/``); None serves one here on a free port
    (``assistant``, else an Assistant built from ``settings``, else the default one) and
    measures this process's memory. For a given url, pass ``pid`` to measure that process's
    memory. ``client_process``: run the
    client threads in a separate Python process (they then do not share the app's GIL, but on
    a 2-core machine they still share its CPUs); False (default) runs them on threads here.
    ``with_history``: send each session's earlier questions along, as the chat does.
    """
    demo = None
    if url is None:
        from .app import launch

        if assistant is None:
            from qa.assistant import Assistant, default_assistant

            assistant = Assistant(settings=settings, progress=False) if settings else default_assistant()
        demo = launch(assistant, port=_free_port(), block=False, quiet=True)
        url = demo.local_url
    measure = demo is not None or pid is not None
    sampler = _RssSampler(None if demo is not None else pid) if measure else None
    try:
        if sampler:
            sampler.start()
        if client_process:
            # The clients' own work (HTTP, SSE polling) would otherwise compete with the app for this
            # process's GIL and inflate the latencies; a spawned process keeps the app's figures clean.
            results, wall = _run_sessions_in_subprocess(url, sessions, questions, warmup, with_history)
        else:
            results, wall = _run_sessions(url, sessions, questions, warmup, with_history)
        peak = sampler.stop() if sampler else None
    finally:
        if demo is not None:
            demo.close()
    latencies = [x for lat, _ in results for x in lat]
    errors = [e for _, errs in results for e in errs]
    report = {
        "url": url, "sessions": sessions, "questions": questions, "requests": sessions * questions,
        "errors": len(errors), "error_samples": errors[:5],
        "p50_s": round(_percentile(latencies, 50), 4), "p95_s": round(_percentile(latencies, 95), 4),
        "max_s": round(max(latencies, default=0.0), 4),
        "mean_s": round(statistics.fmean(latencies), 4) if latencies else 0.0,
        "wall_s": round(wall, 3), "throughput_rps": round(len(latencies) / wall, 2) if wall else 0.0,
        "peak_rss_mb": round(peak / 2**20, 1) if peak else None,
        "start_rss_mb": round(sampler.start_rss / 2**20, 1) if sampler else None,
        "rss_note": ("app served in the bench process" + ("" if client_process else ", clients too")
                     if demo is not None else f"pid {pid}"),
        "client_process": client_process, "with_history": with_history,
    }
    report["target_met"] = report["errors"] == 0 and report["p95_s"] <= TARGET_P95_S
    if show:
        print(format_report(report))
        for e in report["error_samples"]:
            print("  error:", e)
    return report


if __name__ == "__main__":  # the client side of run_chat_bench(client_process=True)
    if sys.argv[1:2] == ["--clients"]:
        _url, _sessions, _questions, _warm, _hist = sys.argv[2:7]
        _results, _wall = _run_sessions(_url, int(_sessions), int(_questions), _warm == "1", _hist == "1")
        print(json.dumps({"results": _results, "wall": _wall}))
    else:
        run_chat_bench(sys.argv[1] if len(sys.argv) > 1 else None)
