"""Word sets of lower-case text, and word gates: cheap necessary conditions of regular expressions.

A sentence's word set (its maximal runs of the letters a-z) is built once (~2 µs); a
:class:`WordGate` then tells with one set test (~0.1 µs) whether any of its patterns can match
there, where a scan of the pattern costs 2-7 µs a sentence. The words are read off each pattern
(see :func:`required_words`), so the gates follow the patterns' data files without a second list.

Sound by construction: a word counts as required only where the pattern itself puts a non-letter
(or a word boundary, or a string end) on both sides of it, so that every match of the pattern lays
the word down as a whole run of letters. A gate may let through sentences where the pattern then
fails; it never turns one away where the pattern matches.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

# every byte but a-z becomes a space: text.encode("ascii", "replace") keeps one byte per character
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_DELIM = "\x00"  # in a pattern's literal strings: a place where no letter a-z stands
_MAX_STRINGS = 256
# Frequent words: a set of required words with one of them is tested after the others (it seldom
# rules a text out). An ordering heuristic only.
_FREQUENT = frozenset(
    "the of and to in a an on at by for with from as was were is are be been have has had this that "
    "one his her their it they he she who which not no".split()
)


def word_set(text: str) -> frozenset[bytes]:
    """The maximal runs of a-z in ``text`` (lower-case), as bytes."""
    return frozenset(text.encode("ascii", "replace").translate(_LETTERS_ONLY).split())


def letters_only(text: str) -> bytes:
    """``text`` (lower-case) as bytes, one per character, every one but a-z a space: the
    :func:`word_set` of ``text[start:end]`` is ``frozenset(letters_only(text)[start:end].split())``
    (a document's sentences are read off one conversion)."""
    return text.encode("ascii", "replace").translate(_LETTERS_ONLY)


def _class_has_letter(items: list) -> bool:
    """Whether a character class (parsed ``IN`` items) may match a letter a-z."""
    for op, av in items:
        if op is sre.NEGATE:
            return True
        if op is sre.LITERAL and 97 <= av <= 122:
            return True
        if op is sre.RANGE and av[0] <= 122 and av[1] >= 97:
            return True
        if op is sre.CATEGORY and av not in (sre.CATEGORY_DIGIT, sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD):
            return True
    return False


def _class_has_all_letters(items: list) -> bool:
    """Whether a character class (parsed ``IN`` items) matches every letter a-z."""
    for op, av in items:
        if op is sre.CATEGORY and av is sre.CATEGORY_WORD:
            return True
        if op is sre.RANGE and av[0] <= 97 and av[1] >= 122:
            return True
    return False


def _single_class(seq: list) -> list | None:
    """The class items of a sub-pattern that is one character class or literal, else None."""
    if len(seq) != 1:
        return None
    op, av = seq[0]
    if op is sre.IN:
        return av
    if op is sre.LITERAL:
        return [(op, av)]
    return None


def _exact(item: tuple) -> set[str] | None:
    """The strings ``item`` can match, with any non-letter written as ``_DELIM``; None when
    they are not few and known (a letter class, an unbounded letter repeat ...)."""
    op, av = item
    if op is sre.LITERAL:
        return {chr(av) if 97 <= av <= 122 else _DELIM}
    if op is sre.IN:
        return None if _class_has_letter(av) else {_DELIM}
    if op is sre.AT:
        # a word boundary next to a letter has a non-letter (or the string's end) on its other side
        return {""} if av is sre.AT_NON_BOUNDARY else {_DELIM}
    if op is sre.ASSERT:
        # "(?=\s+was|\s*[.;])": the text on that side begins (or ends) with a non-letter
        sub = list(av[1])
        return {_DELIM} if _edge_is_delim(sub, 0 if av[0] == 1 else len(sub) - 1, 1 if av[0] == 1 else -1) else {""}
    if op is sre.ASSERT_NOT:
        items = _single_class(list(av[1]))
        # "(?![\w#])", "(?<!\w)": no letter on that side
        return {_DELIM} if items is not None and _class_has_all_letters(items) else {""}
    if op is sre.SUBPATTERN:
        return _exact_seq(list(av[3]))
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            strings = _exact_seq(list(branch))
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _MAX_STRINGS else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        strings = _exact_seq(list(sub))
        if strings is None:
            return None
        if all(set(s) <= {_DELIM} for s in strings):  # "\s+", ",?", "\s*": non-letters only
            return {_DELIM} | ({""} if low == 0 else set())
        if low == 0 and high == 1:
            return strings | {""}
        return None
    return None


def _join(left: set[str], right: set[str]) -> set[str] | None:
    out = {(a + b).replace(_DELIM + _DELIM, _DELIM) for a in left for b in right}
    return out if len(out) <= _MAX_STRINGS else None


def _exact_seq(seq: list) -> set[str] | None:
    out: set[str] | None = {""}
    for item in seq:
        strings = _exact(item)
        if strings is None:
            return None
        out = _join(out, strings)
        if out is None:
            return None
    return out


def _whole_words(string: str) -> list[str]:
    """The runs of letters of ``string`` with a non-letter mark on both sides."""
    parts = string.split(_DELIM)
    return [w for w in parts[1:-1] if w]


def _chain_words(strings: set[str]) -> frozenset[str] | None:
    """A few words, one of which is a whole word of each string (None when a string has none):
    greedily the word of the most strings, rare words first ("before being shot", "after being
    killed" → {"being"})."""
    left = [set(_whole_words(s)) for s in strings]
    if not all(left):
        return None
    picked = set()
    while left:
        counts = Counter(w for words in left for w in words)
        best = max(counts, key=lambda w: (w not in _FREQUENT, counts[w], len(w), w))
        picked.add(best)
        left = [words for words in left if best not in words]
    return frozenset(picked)


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    return min(sets, key=lambda s: (not s.isdisjoint(_FREQUENT), len(s), -min(map(len, s))), default=None)


def _edge_is_delim(seq: list, i: int, step: int) -> bool:
    """Whether every match of ``seq`` from item ``i`` on (``step`` 1) or up to item ``i``
    (``step`` -1) starts (or ends) with a non-letter mark; False when unsure."""
    while 0 <= i < len(seq):
        item = seq[i]
        strings = _exact(item)
        if strings is not None:
            edges = {s[0] if step == 1 else s[-1] for s in strings if s}
            if edges - {_DELIM}:
                return False
            if "" not in strings:
                return bool(edges)
            i += step  # the item may match nothing: its neighbour decides
            continue
        op, av = item
        if op is sre.SUBPATTERN:  # read its items in place (it may match nothing)
            sub = list(av[3])
            seq = seq[:i] + sub + seq[i + 1:]
            i += 0 if step == 1 else len(sub) - 1
            continue
        if op is sre.BRANCH:
            return all(
                _edge_is_delim(list(b), 0 if step == 1 else len(b) - 1, step) for b in av[1]
            )
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            body = list(av[2])
            if not _edge_is_delim(body, 0 if step == 1 else len(body) - 1, step):
                return False
            if av[0] >= 1:
                return True
            i += step
            continue
        return False
    return False  # the edge of the sequence: the context is unknown


def _needs(seq: list, left: bool = False, right: bool = False) -> list[frozenset[str]]:
    """Word sets a match of ``seq`` needs: one word of each set is a whole word of the match.
    ``left``/``right``: whether the text surely has a non-letter just before/after the match."""
    needs: list[frozenset[str]] = []
    chain: set[str] = {_DELIM} if left else {""}

    def close(edge: bool) -> None:
        words = _chain_words({s + _DELIM for s in chain} if edge else chain)
        if words:
            needs.append(words)

    for i, item in enumerate(seq):
        strings = _exact(item)
        if strings is not None:
            joined = _join(chain, strings)
            if joined is not None:
                chain = joined
                continue
            close(False)
            # too many strings to join: start a new chain, which keeps a non-letter edge on its
            # left when every string of the old one ended with one
            edge = all(c.endswith(_DELIM) for c in chain)
            chain = {(_DELIM + s).replace(_DELIM + _DELIM, _DELIM) for s in strings} if edge else strings
            continue
        # an item of unknown strings: its own needs, and whether it surely begins and ends with
        # a non-letter (the words next to it are then whole)
        before = all(c.endswith(_DELIM) for c in chain) or (i == 0 and left)
        after = _edge_is_delim(seq, i + 1, 1) if i + 1 < len(seq) else right
        close(_edge_is_delim(seq, i, 1))
        needs.extend(_needs_inside(item, before, after))
        chain = {_DELIM} if _edge_is_delim(seq, i, -1) else {""}
    close(right)
    return needs


def _needs_inside(item: tuple, left: bool, right: bool) -> list[frozenset[str]]:
    op, av = item
    if op is sre.SUBPATTERN:
        return _needs(list(av[3]), left, right)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        once = av[1] == 1  # repeated, a copy's neighbours may be other copies
        return _needs(list(av[2]), left and once, right and once)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            best = _best(_needs(list(branch), left, right))
            if best is None:
                return []
            union |= best
        return [frozenset(union)]
    return []


def required_words(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of words such that every match of ``pattern`` (no flags) has a word of each set as a
    whole word (sets with frequent words last): ``r"\\bsince (?:19|20)\\d\\d\\b"`` → ``({"since"},)``. Empty when no word is
    certain (``r"\\bno\\s*$"``: "no" may end the match at the string's end, next to a letter)."""
    needs = set(_needs(list(_parser.parse(pattern))))
    return tuple(sorted(needs, key=lambda s: (not s.isdisjoint(_FREQUENT), len(s), sorted(s))))


class WordGate:
    """Whether any of some patterns can match a text, from the text's :func:`word_set`.

    ``glued``: letter runs a masking of the text may cut off the front of a word ("or more" of
    "5 or moreover" masked, the pattern sees "over"); each required word is also accepted with
    one of them glued before it. ``common``: words the texts are expected to have (tested after
    the others). A pattern without required words opens the gate for every text.
    """

    def __init__(self, patterns: list[str], glued: tuple[str, ...] = (),
                 common: frozenset[str] = frozenset()) -> None:
        alternatives = []
        self.always = False
        for pattern in patterns:
            needs = sorted(required_words(pattern), key=lambda s: not s.isdisjoint(common))
            if not needs:
                self.always = True
                break
            alternatives.append(tuple(
                frozenset(v.encode() for word in words for v in (word, *(g + word for g in glued)))
                for words in needs
            ))
        if self.always:
            alternatives = []
        # one set test rules out most texts: every alternative needs a word of its first set
        self.first: frozenset[bytes] = frozenset().union(*(a[0] for a in alternatives))
        # and one lets most others through: the words that alone satisfy an alternative
        self.enough: frozenset[bytes] = frozenset().union(*(a[0] for a in alternatives if len(a) == 1))
        self.several: tuple[tuple[frozenset[bytes], ...], ...] = tuple(a for a in alternatives if len(a) > 1)

    def allows_words(self, words: list[bytes]) -> bool:
        """:meth:`allows` of ``frozenset(words)``; without alternatives of several sets one test
        decides, on the list as it is."""
        if self.first.isdisjoint(words):
            return self.always  # (most texts: no set built)
        if self.several:
            return self.allows(frozenset(words))
        return True

    def allows(self, words: frozenset[bytes]) -> bool:
        """False only when no pattern can match a text with these words."""
        # (called on every sentence by a dozen gates: the usual answers come first)
        if words.isdisjoint(self.first):
            return self.always  # (``first`` is empty for a gate always open)
        if not self.several or not words.isdisjoint(self.enough):
            return True  # without alternatives of several sets, ``enough`` is ``first``
        for sets in self.several:
            for needed in sets:
                if words.isdisjoint(needed):
                    break
            else:
                return True
        return False



def _lead_assertion(pattern: str) -> int:
    """The length of the text of ``pattern``'s leading word boundary or look-behind, when the
    rest of the pattern is everything else (no "|" at the top) and never matches empty; else 0."""
    try:
        whole = _parser.parse(pattern)
    except re.error:
        return 0
    if not whole.data:
        return 0
    op, av = whole.data[0]
    if not ((op is sre.AT and av is sre.AT_BOUNDARY) or (op in (sre.ASSERT, sre.ASSERT_NOT) and av[0] == -1)):
        return 0
    first = repr([whole.data[0]])
    for end in range(2, len(pattern)):
        try:
            head = _parser.parse(pattern[:end])
        except re.error:
            continue
        if repr(head.data) != first:
            continue
        rest = _parser.parse(pattern[end:])
        if repr(rest.data) == repr(whole.data[1:]) and rest.getwidth()[0] > 0:
            return end
        return 0
    return 0


class LeadScan:
    r"""Matches of a pattern that opens with a word boundary or a look-behind (``\bX``,
    ``(?<![\w#])X``), found by searching ``X`` and testing the assertion where a match starts: the
    same matches, since ``X`` matches at a position or not whatever the assertion. Python's ``re``
    runs its matcher at every position of a pattern that opens with an assertion; an ``X`` that
    opens with an alternation of words is skipped to in C. Patterns of another shape are searched
    as they are. (``incidents._BoundedScan`` does the same for the date patterns.)"""

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        cut = _lead_assertion(pattern)
        self._lead: re.Pattern[str] | None = re.compile(pattern[:cut]) if cut else None
        self._rest: re.Pattern[str] | None = re.compile(pattern[cut:]) if cut else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of ``self.pattern.finditer(text, pos, endpos)``, in order."""
        if endpos is None:
            endpos = len(text)
        rest, lead = self._rest, self._lead
        if rest is None or lead is None:
            yield from self.pattern.finditer(text, pos, endpos)
            return
        search, holds = rest.search, lead.match
        while (m := search(text, pos, endpos)) is not None:
            if holds(text, m.start()):
                yield m
                pos = m.end()
            else:
                pos = m.start() + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``self.pattern.search(text, pos, endpos)``."""
        return next(self.finditer(text, pos, endpos), None)


class GatedSearch:
    """A yes/no search for any of several patterns that tries only the patterns a text's words
    allow: each pattern's first required word set indexes it, so a sentence's words pick the few
    patterns worth searching (the others cannot match), compiled together once per such set.
    ``glued`` as for :class:`WordGate`."""

    def __init__(self, patterns: list[str], glued: tuple[str, ...] = ()) -> None:
        from .text import any_of  # (text.py holds the combining of patterns)

        self._any_of = any_of
        self._patterns = patterns
        self._always: list[int] = []
        self._index: dict[bytes, list[int]] = {}
        self._rest: dict[int, tuple[frozenset[bytes], ...]] = {}
        for i, pattern in enumerate(patterns):
            gate = WordGate([pattern], glued)
            if gate.always:
                self._always.append(i)
                continue
            sets = gate.several[0] if gate.several else (gate.first,)
            for word in sets[0]:
                self._index.setdefault(word, []).append(i)
            self._rest[i] = sets[1:]
        self._keys = frozenset(self._index)
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}

    def search(self, text: str, words: frozenset[bytes]) -> bool:
        """Whether one of the patterns matches ``text``, whose word set is ``words``."""
        found = set(self._always)
        for word in words & self._keys:
            found.update(self._index[word])
        chosen = tuple(sorted(i for i in found if all(not words.isdisjoint(s) for s in self._rest.get(i, ()))))
        if not chosen:
            return False
        pattern = self._compiled.get(chosen)
        if pattern is None:
            pattern = self._compiled[chosen] = self._any_of([self._patterns[i] for i in chosen])
        return pattern.search(text) is not None
