"""Field matching for the pages with field gold (fundus-dev), and the headline rule of text mode.

The same functions score every tool; the scripts leave a field out for a tool that does not
return it rather than score it 0. ``norm``: NFKC, invisible format characters (soft hyphen,
zero-width space; Unicode category Cf) dropped, every quotation mark folded to ``'`` or ``"``
(‘’‚‛‹›´` -> ', “”„‟«» -> "), every dash and hyphen to ``-``, casefolded, whitespace
collapsed. Tokens are the ``\\w+`` runs of a normalized text; a text's ``key`` is its tokens
joined by one space, so punctuation and spacing never decide a match ("DPA Images, C. Soeder"
= "DPA Images | C. Soeder"); "contains" means a run of whole tokens ("ap" is in "ap photo",
not in "rapid").

- **title** (also the text-mode headline rate): the keys are equal, or one contains the
  other and the shorter is at least 80% of the longer's length in characters (a short
  " | Site" tail or a kicker is tolerated, another headline is not).
- **authors**: each name becomes its key; a page's predicted and gold
  names are matched as multisets (one gold name matches one predicted name). Micro-averaged:
  recall = matched / gold names over the pages whose gold has authors; precision = matched /
  predicted names over the pages where the tool returns any.
- **published**: the same calendar day as the gold, either as the gold is written or, when
  the prediction carries a UTC offset, the gold instant's day at that offset (a page may show
  its local date while the gold is in UTC). A prediction without a date part never matches.
- **standfirst**: token-bag F1 with the gold >= 0.8.
- **subheads**: items with equal keys, matched one to one per page; micro P/R/F1.
- **captions**: caption texts matched one to one per page, in gold order, to the first free
  prediction with token-bag F1 >= 0.8 or whose key contains the other's (or is contained in
  it) with the shorter at least half the longer's tokens; micro P/R/F1.
- **credits**: over matched captions whose gold credit is non-empty: a credit matches when
  one credit's key contains the other's. Recall = matching / those captions; precision =
  matching / those of them where the tool gave a credit.

For every field: P = correct / predicted items, R = correct / gold items, F1 their harmonic
mean (for title, published and standfirst an item is a page that has the field).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

FIELDS = ("title", "authors", "published", "standfirst", "subheads", "captions", "credits")
#: A title matches by containment when the shorter normalized title is this share of the longer.
TITLE_MIN_SHARE = 0.8
#: Token-bag F1 at which a standfirst or a caption matches the gold.
TEXT_MIN_F1 = 0.8
#: Containment matches a caption when the shorter has at least this share of the longer's tokens.
CAPTION_MIN_SHARE = 0.5

_FOLD = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛‹›´`", "'"),
        **dict.fromkeys("“”„‟«»", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
    }
)
_WORD = re.compile(r"\w+")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def norm(text: str | None) -> str:
    """NFKC, format characters dropped, quotes and dashes folded, casefolded, spaces collapsed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.translate(_FOLD).casefold().split())


def tokens(text: str | None) -> list[str]:
    return _WORD.findall(norm(text))


def key(text: str | None) -> str:
    """The normalized tokens joined by one space: what titles, names and items compare as."""
    return " ".join(tokens(text))


def token_f1(a: str | None, b: str | None) -> float:
    """F1 of the two texts' token bags (0 when either has no token)."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    return 2 * common / (sum(ta.values()) + sum(tb.values()))


def contains(longer: str, shorter: str) -> bool:
    """Whether the key `shorter` is a run of whole tokens of the key `longer`."""
    return f" {shorter} " in f" {longer} "


def title_matches(gold: str | None, pred: str | None) -> bool:
    """Equal keys, or one key contains the other and is >= 80% of its length."""
    g, p = key(gold), key(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    short, long_ = sorted((g, p), key=len)
    return contains(long_, short) and len(short) >= TITLE_MIN_SHARE * len(long_)


def _parse(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def same_day(gold: str | None, pred: str | None) -> bool:
    """The same calendar day: as the gold is written, or the gold instant at pred's offset."""
    if not gold or not pred:
        return False
    g_day, p_day = _DAY.match(gold.strip()), _DAY.match(pred.strip())
    if not g_day or not p_day:
        return False
    if g_day.group(0) == p_day.group(0):
        return True
    g_at, p_at = _parse(gold), _parse(pred)
    if g_at is None or p_at is None or g_at.tzinfo is None or p_at.tzinfo is None:
        return False
    return g_at.astimezone(p_at.tzinfo).date() == p_at.date()


def caption_matches(gold: str, pred: str) -> bool:
    if token_f1(gold, pred) >= TEXT_MIN_F1:
        return True
    g, p = key(gold), key(pred)
    if not g or not p:
        return False
    short, long_ = sorted((g, p), key=len)
    n_short, n_long = short.count(" ") + 1, long_.count(" ") + 1
    return contains(long_, short) and n_short >= CAPTION_MIN_SHARE * n_long


def credit_matches(gold: str, pred: str | None) -> bool:
    g, p = key(gold), key(pred)
    return bool(g and p) and (contains(g, p) or contains(p, g))


@dataclass(frozen=True, slots=True)
class Fields:
    """What a tool returned for the scored fields; None = the tool does not return it."""

    title: str | None = None
    authors: tuple[str, ...] | None = None
    published: str | None = None  # ISO text, with time and offset when the tool gives them
    standfirst: str | None = None
    subheads: tuple[str, ...] | None = None
    captions: tuple[tuple[str, str | None], ...] | None = None  # (text, credit)


#: Per field: (correct, predicted items, gold items).
Counts = tuple[int, int, int]


def _multiset_counts(gold: Iterable[str], pred: Iterable[str]) -> Counts:
    g, p = Counter(k for k in gold if k), Counter(k for k in pred if k)
    return sum((g & p).values()), sum(p.values()), sum(g.values())


def _single(gold: Any, pred: str | None, ok: bool) -> Counts:
    return int(ok), int(bool(pred and pred.strip())), int(bool(gold))


def page_counts(gold: dict[str, Any], pred: Fields | None) -> dict[str, Counts]:
    """Each field's (correct, predicted, gold) for one page; a missing prediction is empty."""
    pred = pred or Fields()
    out: dict[str, Counts] = {}
    out["title"] = _single(
        gold.get("title"), pred.title, title_matches(gold.get("title"), pred.title)
    )
    gold_names = [key(n) for n in gold.get("authors") or ()]
    pred_names = [key(n) for n in pred.authors or ()]
    out["authors"] = _multiset_counts(gold_names, pred_names)
    out["published"] = _single(
        gold.get("published"), pred.published, same_day(gold.get("published"), pred.published)
    )
    standfirst_ok = bool(gold.get("standfirst")) and (
        token_f1(gold.get("standfirst"), pred.standfirst) >= TEXT_MIN_F1
    )
    out["standfirst"] = _single(gold.get("standfirst"), pred.standfirst, standfirst_ok)
    out["subheads"] = _multiset_counts(
        (key(s) for s in gold.get("subheads") or ()), (key(s) for s in pred.subheads or ())
    )
    out["captions"], out["credits"] = _caption_counts(
        gold.get("captions") or (), pred.captions or ()
    )
    return out


def _caption_counts(
    gold: Sequence[dict[str, Any]], pred: Sequence[tuple[str, str | None]]
) -> tuple[Counts, Counts]:
    free = list(range(len(pred)))
    matched = 0
    credit = [0, 0, 0]  # correct, tool gave a credit, gold credit (over matched captions)
    for item in gold:
        hit = next((i for i in free if caption_matches(item.get("text") or "", pred[i][0])), None)
        if hit is None:
            continue
        free.remove(hit)
        matched += 1
        if key(item.get("credit")):
            credit[2] += 1
            credit[1] += bool(key(pred[hit][1]))
            credit[0] += credit_matches(item["credit"], pred[hit][1])
    return (matched, len(pred), len(gold)), (credit[0], credit[1], credit[2])


def prf(counts: Iterable[Counts]) -> dict[str, float | int | None]:
    """Micro P, R, F1 of summed counts; None where a denominator is 0."""
    tp = n_pred = n_gold = 0
    for c, p, g in counts:
        tp, n_pred, n_gold = tp + c, n_pred + p, n_gold + g
    precision = tp / n_pred if n_pred else None
    recall = tp / n_gold if n_gold else None
    f1 = None
    if precision is not None and recall is not None:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "correct": tp,
        "n_pred": n_pred,
        "n_gold": n_gold,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }
