"""How many of a list of texts hold a run of characters, without reading every text per run.

A heading is named by a run the question shares with it only when few headings and
few passages hold that run (see :meth:`qa.retriever.HybridRetriever.named_nodes`).
Counting that by reading every passage costs the whole library per new run; here the
texts are read once into postings of their 4-character grams, and a run is looked for
only in the texts that hold all of its grams. The count is exact: the postings only
narrow down where to look.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

import numpy as np

from index.tokenize import normalize

GRAM = 4
_MIX = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: spreads a gram's code over the key's high bits


def _gram_codes(points: np.ndarray) -> np.ndarray:
    """A 64-bit code per 4-character window of ``points`` (code points; beyond U+FFFF they may share)."""
    p = (points & 0xFFFF).astype(np.uint64)
    return (p[:-3] << np.uint64(48)) | (p[1:-2] << np.uint64(32)) | (p[2:-1] << np.uint64(16)) | p[3:]


def _codes_of(text: str) -> np.ndarray:
    return _gram_codes(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32))


class RunCounter:
    """Counts the texts holding a run, exactly, looking only at texts that hold all of its grams.

    A gram's key is a hash of it (its high bits beside the text's number in one 64-bit
    word, sorted once); grams that share a key only widen where to look.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        self._shift = np.uint64(max(1, len(self.texts).bit_length()))  # bits of a text's number
        self._keys, self._starts, self._owners = self._postings()

    def _hash(self, codes: np.ndarray) -> np.ndarray:
        return (codes * _MIX) >> self._shift  # the high bits of the product: a gram's key without the owner

    def _postings(self, chunk: int = 1 << 21) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Sorted gram keys, where each one's texts start, and the texts (ascending per gram).

        The texts are read about ``chunk`` characters at a time, so the working arrays
        stay small beside the postings (a 100,000-passage library: 12 million characters).
        """
        parts, start, size = [], 0, 0
        for i, text in enumerate(self.texts):
            size += len(text) + 1
            if size >= chunk or i == len(self.texts) - 1:
                parts.append(self._pairs(start, i + 1))
                start, size = i + 1, 0
        pairs = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)
        del parts
        pairs.sort()  # in place, as the shift below: the pairs are the largest array made here
        owners = (pairs & ((np.uint64(1) << self._shift) - np.uint64(1))).astype(np.int32)
        pairs >>= self._shift  # now each pair's gram key
        first = np.flatnonzero(np.r_[True, pairs[1:] != pairs[:-1]]) if len(pairs) else np.zeros(0, dtype=np.int64)
        return pairs[first], np.r_[first, len(pairs)].astype(np.int64), owners

    def _pairs(self, a: int, b: int) -> np.ndarray:
        """The distinct (gram key, text) pairs of texts ``a`` to ``b``, as one word each."""
        texts = self.texts[a:b]
        lengths = np.fromiter((len(t) + 1 for t in texts), dtype=np.int64, count=len(texts))
        points = np.frombuffer("\x00".join(texts).encode("utf-32-le") + b"\0\0\0\0", dtype=np.uint32)
        if len(points) < GRAM:
            return np.zeros(0, dtype=np.uint64)
        end = np.zeros(len(points), dtype=bool)  # the separator after each text
        end[np.cumsum(lengths) - 1] = True
        keep = np.flatnonzero(~(end[:-3] | end[1:-2] | end[2:-1] | end[3:]))  # windows inside one text
        owner = np.repeat(np.arange(a, b, dtype=np.uint64), lengths)[keep]
        pairs = np.sort((self._hash(_gram_codes(points)[keep]) << self._shift) | owner)
        if not len(pairs):  # every text shorter than a gram ("gas", a file stem for a title)
            return pairs
        return pairs[np.r_[True, pairs[1:] != pairs[:-1]]]  # np.unique's hashing is slower than a sort here

    def holders(self, run: str, limit: int) -> int:
        """How many texts hold ``run``, counted up to ``limit`` (the count stops there)."""
        if len(run) < GRAM:
            return self._scan(run, range(len(self.texts)), limit)
        codes = np.unique(_codes_of(run))
        keys = self._hash(codes)
        at = np.searchsorted(self._keys, keys)
        lists = []
        for key, i in zip(keys.tolist(), at.tolist()):
            if i >= len(self._keys) or int(self._keys[i]) != key:
                return 0  # a gram no text holds
            lists.append(self._owners[self._starts[i]:self._starts[i + 1]])
        lists.sort(key=len)
        found = lists[0]
        for other in lists[1:]:
            if len(found) <= limit:
                break
            found = np.intersect1d(found, other, assume_unique=True)
        return self._scan(run, found.tolist(), limit)

    def _scan(self, run: str, where: Iterable[int], limit: int) -> int:
        count = 0
        for i in where:
            if run in self.texts[i]:
                count += 1
                if count >= limit:
                    break
        return count


def _local(char: str) -> bool:
    """Whether NFKC and lower-casing change ``char`` the same way wherever it stands: it neither
    combines with a neighbour nor turns into something that does (marks, Hangul jamo), and its
    lower case does not hang on its place (the final sigma)."""
    if char == "\u03a3" or 0x1100 <= ord(char) <= 0x11FF or 0x3130 <= ord(char) <= 0x318F \
            or 0xA960 <= ord(char) <= 0xA97F or 0xAC00 <= ord(char) <= 0xD7FF:
        return False
    return all(unicodedata.combining(c) == 0 and not unicodedata.category(c).startswith("M")
               for c in char + unicodedata.normalize("NFKC", char))


def normalize_all(texts: Sequence[str]) -> list[str]:
    """:func:`index.tokenize.normalize` of each text: character by character where that is the same
    (the genre's text: CJK, full-width punctuation, digits), whole where a character could combine.
    One pass over the library instead of Unicode normalisation of every passage (ten times slower)."""
    joined = "\x00".join(texts)
    if joined.count("\x00") != max(len(texts) - 1, 0):
        return [normalize(t) for t in texts]
    points = np.flatnonzero(np.bincount(np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32))).tolist()
    chars = [chr(c) for c in points]
    changed = {c: normalize(c) for c in chars if c != "\x00" and _local(c) and normalize(c) != c}
    if len(changed) <= 32 and not any(c in rep for rep in changed.values() for c in changed):
        for char, rep in changed.items():  # a few punctuation marks: str.replace beats a callback per match
            joined = joined.replace(char, rep)
    elif changed:
        joined = re.compile("[" + "".join(map(re.escape, changed)) + "]").sub(lambda m: changed[m.group()], joined)
    out = joined.split("\x00") if texts else []
    odd = [c for c in chars if c != "\x00" and not _local(c)]
    if odd:
        pattern = re.compile("[" + "".join(map(re.escape, odd)) + "]")
        out = [normalize(t) if pattern.search(t) else o for t, o in zip(texts, out)]
    return out


class SharedRuns:
    """Which of a list of texts share at least one run of ``n`` characters with a query:
    postings of their ``n``-character runs, so a list of thousands of titles costs a
    lookup per query, not an alignment per text."""

    def __init__(self, texts: Iterable[str], n: int) -> None:
        self.n = n
        self._postings: dict[str, set[int]] = {}
        for i, text in enumerate(texts):
            for k in range(len(text) - n + 1):
                self._postings.setdefault(text[k:k + n], set()).add(i)

    def sharing(self, query: str) -> list[int]:
        """The positions of the texts sharing a run with ``query``, in ascending order."""
        n = self.n
        return sorted(set().union(*(self._postings.get(query[k:k + n], ()) for k in range(len(query) - n + 1))))


def longest_run(a: str, b: str) -> str:
    """The longest run of characters ``a`` and ``b`` share, as it stands in ``a``."""
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return a[m.a:m.a + m.size]
