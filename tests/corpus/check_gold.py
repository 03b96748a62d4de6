#!/usr/bin/env python3
"""Validate the evaluation corpus: articles/*.md against gold/*.json and gold/pairs.json.

    python tests/corpus/check_gold.py            # validate; exit 1 on any problem
    python tests/corpus/check_gold.py --report   # also list quoted spans and capitalised
                                                 # words the gold does not cover (for review)

Checks, per article: the front matter has title, source, published (YYYY-MM-DD) and an
id equal to the file stem; a gold file exists with the same id and published; every
gold entity, quote and date text occurs verbatim in the body (the text after the front
matter); labels are OntoNotes labels the scorer knows; date values look like ISO 8601
(day, month, year, week, quarter, decade or a range a/b); a quote text sits inside
quotation marks in the body; no surface text is listed twice. For pairs.json: both ids
exist, every kind is known, and every side's text occurs in its article.

Standard library only.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
KINDS = {"quote", "number", "date", "name", "fact"}
OPEN_MARKS = "\"'\u201c\u2018"
CLOSE_MARKS = "\"'\u201d\u2019"
ISO_ONE = r"\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-Q[1-4])?|\d{3}X?"
ISO_RE = re.compile(rf"^(?:{ISO_ONE})(?:/(?:{ISO_ONE}))?$")


def split_front_matter(raw: str) -> tuple[dict, str]:
    """Return (front matter as a flat dict of strings, body text)."""
    if not raw.startswith("---\n"):
        raise ValueError("no YAML front matter")
    end = raw.find("\n---\n", 4)
    if end < 0:
        raise ValueError("front matter is not closed")
    meta = {}
    for line in raw[4:end].splitlines():
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise ValueError(f"bad front matter line: {line!r}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        meta[key.strip()] = value
    return meta, raw[end + 5:]


def norm(s: str) -> str:
    """The scorer's normalisation, enough to spot duplicates."""
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"\s+", " ", s).strip().casefold()
    s = re.sub(r"^the ", "", s)
    s = re.sub(r"'s$", "", s)
    return s.strip(" .,;:!?\"'")


def occurs_as_words(needle: str, body: str) -> bool:
    """needle occurs in body, not glued to letters or digits on either side."""
    for m in re.finditer(re.escape(needle), body):
        before = body[m.start() - 1] if m.start() else " "
        after = body[m.end()] if m.end() < len(body) else " "
        if not (before.isalnum() and needle[0].isalnum()) and not (after.isalnum() and needle[-1].isalnum()):
            return True
    return False


def inside_marks(text: str, body: str) -> bool:
    """Some occurrence of text is opened by a quotation mark (possibly a few words earlier)
    and closed by one (or by the end of its paragraph, for a continued quote)."""
    for m in re.finditer(re.escape(text), body):
        before = body[max(0, m.start() - 1):m.start()]
        rest = body[m.end():m.end() + 3]
        opened = before in OPEN_MARKS and before != ""
        closed = bool(re.match(r"[.,!?;:]?[\"'\u201d\u2019]", rest)) or bool(re.match(r"[.,!?;:]?\n\n", rest + "\n\n"))
        if opened and closed:
            return True
    return False


def check_article(md: Path, gold_dir: Path) -> list[str]:
    errs: list[str] = []
    where = md.name
    try:
        meta, body = split_front_matter(md.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"{where}: {e}"]
    for key in ("title", "source", "published", "id"):
        if not meta.get(key):
            errs.append(f"{where}: front matter lacks {key}")
    if meta.get("id") and meta["id"] != md.stem:
        errs.append(f"{where}: id {meta['id']!r} is not the file stem {md.stem!r}")
    if meta.get("published") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
        errs.append(f"{where}: published {meta['published']!r} is not YYYY-MM-DD")
    gf = gold_dir / f"{md.stem}.json"
    if not gf.exists():
        return errs + [f"{where}: no gold file {gf.name}"]
    try:
        gold = json.loads(gf.read_text(encoding="utf-8"))
    except ValueError as e:
        return errs + [f"{gf.name}: invalid JSON: {e}"]
    where = gf.name
    if gold.get("id") != md.stem:
        errs.append(f"{where}: id {gold.get('id')!r} is not {md.stem!r}")
    if not gold.get("published"):
        errs.append(f"{where}: published is not set")
    elif gold["published"] != meta.get("published"):
        errs.append(f"{where}: published {gold['published']} differs from the article's {meta.get('published')}")
    for key in ("entities", "quotes", "dates"):
        if not isinstance(gold.get(key), list):
            errs.append(f"{where}: {key} must be a list")
            return errs

    seen: dict[str, str] = {}
    for e in gold["entities"]:
        t = e.get("text", "")
        if e.get("label") not in LABELS:
            errs.append(f"{where}: entity {t!r} has label {e.get('label')!r}")
        for alt in e.get("alt", []):
            if alt not in LABELS:
                errs.append(f"{where}: entity {t!r} has alt label {alt!r}")
        if not t or not occurs_as_words(t, body):
            errs.append(f"{where}: entity {t!r} does not occur in the body")
        n = norm(t)
        if n in seen:
            errs.append(f"{where}: entity {t!r} duplicates {seen[n]!r}")
        seen[n] = t

    for q in gold["quotes"]:
        t = q.get("text", "")
        if "speaker" not in q:
            errs.append(f"{where}: quote {t[:40]!r} lacks a speaker key (use null)")
        if not t or t not in body:
            errs.append(f"{where}: quote {t[:50]!r} does not occur in the body")
        elif not inside_marks(t, body):
            errs.append(f"{where}: quote {t[:50]!r} is not enclosed by quotation marks")
        spk = q.get("speaker")
        if spk is not None and not (isinstance(spk, str) and spk.strip()):
            errs.append(f"{where}: quote {t[:40]!r} has an empty speaker")

    dseen: dict[str, str] = {}
    for d in gold["dates"]:
        t = d.get("text", "")
        if not t or not occurs_as_words(t, body):
            errs.append(f"{where}: date {t!r} does not occur in the body")
        if "value" not in d:
            errs.append(f"{where}: date {t!r} lacks a value key (use null)")
        for v in [d.get("value")] + list(d.get("values", [])):
            if v is not None and not ISO_RE.match(str(v)):
                errs.append(f"{where}: date {t!r} has a value {v!r} that is not ISO 8601")
        if d.get("value") is None and not d.get("optional"):
            errs.append(f"{where}: date {t!r} has no value and is not optional")
        n = norm(t)
        if n in dseen:
            errs.append(f"{where}: date {t!r} duplicates {dseen[n]!r}")
        dseen[n] = t
    return errs


def check_pairs(pairs_file: Path, bodies: dict[str, str]) -> list[str]:
    errs: list[str] = []
    try:
        pairs = json.loads(pairs_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"{pairs_file.name}: {e}"]
    if not isinstance(pairs, list):
        return [f"{pairs_file.name}: must be a list"]
    for i, pair in enumerate(pairs):
        a, b = pair.get("a"), pair.get("b")
        for side in (a, b):
            if side not in bodies:
                errs.append(f"pairs[{i}]: no article with id {side!r}")
        if a not in bodies or b not in bodies:
            continue
        if not pair.get("disagreements"):
            errs.append(f"pairs[{i}]: no disagreements")
        for group in ("disagreements", "acceptable", "not_disagreements"):
            for j, g in enumerate(pair.get(group, [])):
                if group != "not_disagreements" and g.get("kind") not in KINDS:
                    errs.append(f"pairs[{i}].{group}[{j}]: kind {g.get('kind')!r}")
                for key, art in (("a", a), ("b", b)):
                    if g.get(key, "") not in bodies[art]:
                        errs.append(f"pairs[{i}].{group}[{j}].{key}: {g.get(key)!r} is not in {art}")
    return errs


def report(md: Path, gold_dir: Path) -> list[str]:
    """Quoted spans and capitalised runs that no gold item covers: for a human to review."""
    _, body = split_front_matter(md.read_text(encoding="utf-8"))
    gold = json.loads((gold_dir / f"{md.stem}.json").read_text(encoding="utf-8"))
    out = []
    qtexts = [q["text"] for q in gold["quotes"]]
    for m in re.finditer(r"[\"\u201c]([^\"\u201d\n]+)[\"\u201d]?", body):
        inner = m.group(1).strip(" ,.")
        if not any(inner in q or q in inner for q in qtexts):
            out.append(f"  unlisted quoted span: {inner[:70]!r}")
    etexts = [e["text"] for e in gold["entities"]]
    dtexts = [d["text"] for d in gold["dates"]]
    cap = r"[A-Z\u00c0-\u017d][\w'\u2019.-]*"
    for m in re.finditer(rf"\b{cap}(?:[ ]+(?:(?:of|de|van|der|and|&)[ ]+)?{cap})*", body):
        w = m.group(0).rstrip(".")
        before = body[:m.start()].rstrip(" \"'\u201c\u2018")
        if " " not in w and (not before or before[-1] in ".!?:\n"):
            continue  # a single capitalised word opening a sentence
        line_start = body.rfind("\n", 0, m.start()) + 1
        if body[line_start:line_start + 3] == "## ":
            continue
        if any(w in t or t in w for t in etexts + dtexts):
            continue
        out.append(f"  uncovered capitalised: {w!r}")
    return out


def check_corpus(root: Path = HERE) -> list[str]:
    arts = sorted((root / "articles").glob("*.md"))
    gold_dir = root / "gold"
    errs: list[str] = []
    if not arts:
        return [f"no articles in {root / 'articles'}"]
    bodies = {}
    for md in arts:
        errs += check_article(md, gold_dir)
        try:
            bodies[md.stem] = split_front_matter(md.read_text(encoding="utf-8"))[1]
        except ValueError:
            pass
    stems = {md.stem for md in arts}
    for gf in sorted(gold_dir.glob("*.json")):
        if gf.name != "pairs.json" and gf.stem not in stems:
            errs.append(f"{gf.name}: no article {gf.stem}.md")
    pf = gold_dir / "pairs.json"
    if pf.exists():
        errs += check_pairs(pf, bodies)
    else:
        errs.append("gold/pairs.json is missing")
    return errs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("root", nargs="?", type=Path, default=HERE, help="corpus folder (articles/, gold/)")
    ap.add_argument("--report", action="store_true", help="list quoted spans and capitalised words the gold leaves out")
    args = ap.parse_args()
    errs = check_corpus(args.root)
    for e in errs:
        print(e)
    if args.report:
        for md in sorted((args.root / "articles").glob("*.md")):
            lines = report(md, args.root / "gold")
            if lines:
                print(f"{md.stem}:")
                print("\n".join(lines))
    n = len(list((args.root / "articles").glob("*.md")))
    print(f"{'FAIL' if errs else 'OK'}: {n} articles, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
