"""Where articles about one story disagree.

``compare(docs)`` takes the articles of ONE story, each with its
:class:`~tui.model.Analysis`, and returns ``(disagreements, coverage)`` over every
pair of articles.  Each article is prepared once (:func:`prepare`): sentence split,
tokens with folded forms and light stems, content-word sets per sentence, figures,
people and their titles, negations.  Then, per pair:

* **alignment** - sentences are matched by a weighted Dice overlap of content
  stems (idf over the story's sentences, names weigh more), found through an
  inverted index, never all-pairs fuzzy matching;
* **quote** - quotes with the same (or an unknown) speaker and shared words are
  diffed word by word (difflib over word lists); a changed, added or dropped word
  is a flag (a function word alone only weakly), a verbatim sub-part, an ellipsis
  or a bracketed insertion is not; short quotes count only inside aligned sentences;
* **number** - figures are normalised (digits, "four", "1.2bn", "£612m", "5%" /
  "5 per cent", scores "3-1" and votes "52-48") with what they count (the unit noun,
  "crowd of", "58 of the 150 seats", an event class such as killed / injured /
  displaced) and their hedges ("more than 400" is consistent with "some 400");
  figures that agree settle each other first, then a differing pair is flagged
  when it is tied by aligned sentences and context, or is the one figure of its
  kind in each article, or the one left in two sentences that agree elsewhere;
* **date** - ``DateMention`` values (intervals: day, week, month, year, ranges) in
  aligned sentences, or governed by the same event word ("broke out on Monday" /
  "broke out on Tuesday"); a statement's date is not compared with an event's;
* **name** - one person (same surname and given name) with conflicting titles
  ("Transport Minister" / "Infrastructure Minister", "mayor" / "deputy mayor",
  "chief executive" / "chief operating officer"; "U.S." or a nationality is not a
  title), spelling variants of one person (low score), and the same action credited
  to different people ("X doubled the lead" / "Y doubled the lead");
* **fact** - the sense reversed in aligned sentences: antonym lexicon (confirmed /
  denied, rose / fell, won / lost, approved / rejected, upheld / overturned,
  acquitted / convicted, ...), unless the roles are swapped ("A beat B" / "B lost to
  A"); a negation on one side only ("did not order", "refused to concede", "had
  been ruled out"), unless the other side says it with a negative verb ("the benefit
  disappeared");
* **reworded quote** - the same speaker quoted in largely different words about the same
  thing, anchored by a rare word the quotes share plus a shared context (their sentences,
  or the same place among that speaker's quotes); two quotes with no word in common are
  never paired (one person says several things);
* **none vs a count** - "nobody was hurt" / "two people were treated in hospital", "no
  drivers were disciplined" / "three drivers were suspended" (event classes, the noun);
* **polar frames** (``frames``, ``data/frames.tsv``) - a claim reversed in other words:
  "would appeal" / "would not challenge the ruling", "pleaded guilty" / "convicted by a
  jury", "no one was hurt" / "taken to hospital", "voluntarily" / "ordered to"; each
  frame lists the phrases of each sense, a negation before a phrase flips it, and two
  mentions must share context (or be the only claim of the frame in each article);
* **lengths of time** (``durations``) - race times, prison terms, compound lengths
  ("two hours and 40 minutes"), compared when alone of their kind in each article,
  written with the same digits in another order, or in aligned sentences;
* **timing** - "at launch", "immediately" against "not ... until", "yet to", "delayed until"
  in clauses that share a rare word; dates of one event named by synonyms ("broke down" /
  "collapsed", "go on sale" / "released", "the leak began" / "leaked");
* **coverage** - informative sentences (a quote, a figure, a date, a name) that
  have no counterpart in the other article.

Every side is a short clause or quote, ``Side.text == article.text[start:end]``.
Everything is a pure function of its input: deterministic, no I/O.  When an
Analysis is empty (an engine not available), light fallbacks find quoted spans,
names and dates from the text itself; quoted spans the quote engine missed are
added to its quotes.
"""
from __future__ import annotations

from tui.analysis.compare.base import (  # noqa: F401  (the private ones: for cluster, alignment and dev tools)
    STOPWORDS, Prepared, _align, _fold, _idf, _mutual_best, _sent_of, content_terms, split_sentences, stem, tokenize,
)
from tui.analysis.compare.pairs import compare, compare_pair
from tui.analysis.compare.preparation import prepare

__all__ = ["compare", "compare_pair", "prepare", "Prepared", "tokenize", "content_terms", "stem", "STOPWORDS",
           "split_sentences"]
