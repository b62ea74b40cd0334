"""Chinese word tokenization for BM25, with jieba.

Both passages and queries go through :func:`tokenize`, so what one side drops
the other drops too.
"""
from __future__ import annotations

import logging
import re
import threading
import unicodedata

import jieba

# Domain terms jieba's stock dictionary splits badly; kept to words of the genre.
_GENRE_WORDS = ("产城融合", "产业园区", "城市新区", "建成区", "公共服务", "基础设施",
                "协调推进机制", "利益协调机制", "多规合一", "园镇一体化", "保障措施",
                "重点任务", "突出问题", "营商环境", "乡村振兴", "安全生产",
                "最晚")  # a deadline asked ("最晚什么时候交"): one word, as 最迟 is

STOPWORDS = frozenset(
    "的 了 和 与 及 是 在 对 为 以 等 也 都 要 将 把 被 让 从 向 中 上 下 之 其 这 那 我 我们 你 您 他 "
    "它 有 有些 哪些 哪 什么 怎么 怎样 如何 吗 呢 吧 啊 么 方面 讲 说 提出 提到 请问 一下 "
    "the a an of to in and or is are what which how why who do does for on".split())

_PUNCT = re.compile(r"^[\W_]+$", re.UNICODE)
_lock = threading.Lock()
_ready = False


def _init() -> None:
    global _ready
    with _lock:
        if _ready:
            return
        jieba.setLogLevel(logging.WARNING)
        for word in _GENRE_WORDS:
            jieba.add_word(word, freq=20000)
        _ready = True


def use_cache_dir(folder) -> None:
    """Keep jieba's dictionary cache in ``folder`` (ours), not the system temp folder, where an
    interrupted start would leave a half-written file behind."""
    from pathlib import Path

    path = Path(folder) / "jieba"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # an unwritable cache is reported where it matters; jieba then keeps its default
    jieba.dt.tmp_dir = str(path)


def warm_up() -> threading.Thread:
    """Load jieba's dictionary in the background (about a second), while the model loads."""
    thread = threading.Thread(target=_init, name="jieba-warm-up", daemon=True)
    thread.start()
    return thread


def normalize(text: str) -> str:
    """NFKC-normalize and lower-case (full-width letters, digits and punctuation fold)."""
    return unicodedata.normalize("NFKC", text).lower()


def tokenize(text: str) -> list[str]:
    """Split text into search tokens: jieba's search mode, minus punctuation and stop words."""
    _init()
    tokens = []
    for tok in jieba.cut_for_search(normalize(text)):
        tok = tok.strip()
        if not tok or tok in STOPWORDS or _PUNCT.match(tok):
            continue
        tokens.append(tok)
    return tokens
