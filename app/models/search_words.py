"""The search box read as words: name parts, name starts, phone and card-number digits.

Plain Python (no SQLAlchemy): the member list's queries (app.models.member_list) and the
light read path (app.models.fastread) read a search the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .limits import check_search
from .text import search_key

MIN_FTS_TOKEN = 3  # the trigram index answers substrings of at least three characters
DIGITS = re.compile(r"^\+?\d[\d\-() ]*$")


def search_tokens(query: str) -> list[str]:
    """The words of the search box; a phone number written with spaces stays one word."""
    query = check_search(query.strip())
    if DIGITS.match(query):
        return [query]
    # a dash at a word's edge joins nothing: «-иван» looks for «иван»
    return [t for t in (t.strip("-") for t in re.split(r"[\s,]+", query)) if t]


def phrase(key: str) -> str:
    """One FTS5 phrase (quotes doubled)."""
    return '"' + key.replace('"', '""') + '"'


@dataclass
class SearchWords:
    """The search box read as: name parts for the index, name starts, phone/card digits."""

    words: list[str] = field(default_factory=list)  # folded, 3+ characters: the FTS index
    starts: list[str] = field(default_factory=list)  # one or two letters: start of the name
    numbers: list[str] = field(default_factory=list)  # digits of a phone or card number

    @classmethod
    def parse(cls, query: str) -> SearchWords:
        found = cls()
        for token in search_tokens(query):
            digits = re.sub(r"\D", "", token)
            if DIGITS.match(token) and digits:
                found.numbers.append(digits)
            elif len(key := search_key(token)) >= MIN_FTS_TOKEN:
                found.words.append(key)
            elif key:
                found.starts.append(key)
        return found

    @staticmethod
    def number_variants(digits: str) -> list[str]:
        variants = {digits}
        if len(digits) >= 4 and digits[0] in "78":
            variants.add(digits[1:])  # 8-910-... and +7 910 ... both find the stored number
        return sorted(v for v in variants if len(v) >= MIN_FTS_TOKEN)

    @property
    def word_match(self) -> str | None:
        """One FTS5 expression for all name parts: the index intersects them itself."""
        return " AND ".join(phrase(w) for w in self.words) or None

    @classmethod
    def number_match(cls, digits: str) -> str | None:
        return " OR ".join(phrase(v) for v in cls.number_variants(digits)) or None
