#!/usr/bin/env python3
"""Write N distinct synthetic news articles (Markdown with YAML front matter) for the
speed benchmark of the analysis engine.

    python bench/make_corpus.py OUT_DIR [-n 500] [--seed 2025]

The articles recombine sentence templates with varied names (diacritics, hyphens,
initials), places, organisations, numbers, direct quotes (straight and curly marks,
pronoun and "according to" attributions, multi-paragraph quotes) and dates (weekdays,
relative and absolute dates, ranges, durations), 300-900 words each, with "## "
headings. The output is deterministic for a given seed and N: article i depends only
on (seed, i). They are plausible in shape, not in content: for speed, not for quality.
Standard library only.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import re
import sys
from pathlib import Path

FIRST = """Anna Ben Carlos Dmitri Elena Fatima Grace Hiro Ines Jakub Kwame Leila Mateo Nadia Oluwaseun
Pavel Quentin Rosa Sakura Tomás Ulla Viktor Wanjiru Xavier Yara Zoltán Aoife Bjørn Chiara Dagmar Émile
Farida Gustavo Hannah Ibrahim Joanna Kenji Lucía Magnus Niamh Omar Priya Rafael Siobhan Thandiwe Uwe
Valentina Wojciech Yusuf Zsófia Amara Callum Dolores Eitan Freya Gaspard Hamid Ingrid Jonas Keziah""".split()
LAST = """Abara Bergström Castillo Dubois Eriksen Ferreira Gallagher Horváth Ibáñez Jansen Kowalczyk
Lindqvist Moreau Nakamura Okafor Petrović Quinn Rossi Sørensen Takahashi Ulloa Vasquez Wiśniewski Xu
Yilmaz Zielińska Achterberg Brennan Cheng Dvořák Esposito Fitzgerald Grünewald Haddad Ivanova Jovanović
Kaur Lemaire Mbeki Novak O'Connor Pereira-Santos Quiroga Rahman Schmidt-Ott Tanaka Urquhart Vogel
Whitcombe Asante-Boateng Marsh-Whitby Nguyen Ó_Briain Mensah Halvorsen Kobayashi""".split()
LAST = [x.replace("_", " ") for x in LAST]
CITIES = [("Lisbon", "Portugal"), ("Gdańsk", "Poland"), ("Kraków", "Poland"), ("Lyon", "France"),
          ("Marseille", "France"), ("Bergen", "Norway"), ("Aarhus", "Denmark"), ("Malmö", "Sweden"),
          ("Porto", "Portugal"), ("Valencia", "Spain"), ("Bilbao", "Spain"), ("Turin", "Italy"),
          ("Naples", "Italy"), ("Leipzig", "Germany"), ("Düsseldorf", "Germany"), ("Brno", "Czech Republic"),
          ("Ljubljana", "Slovenia"), ("Tartu", "Estonia"), ("Cork", "Ireland"), ("Dundee", "Scotland"),
          ("Leeds", "England"), ("Cardiff", "Wales"), ("Halifax", "Canada"), ("Quebec City", "Canada"),
          ("Auckland", "New Zealand"), ("Perth", "Australia"), ("Nairobi", "Kenya"), ("Accra", "Ghana"),
          ("Lagos", "Nigeria"), ("Osaka", "Japan"), ("Busan", "South Korea"), ("Pune", "India"),
          ("Curitiba", "Brazil"), ("Córdoba", "Argentina"), ("Monterrey", "Mexico"), ("Izmir", "Turkey")]
NATIONALITY = {"Portugal": "Portuguese", "Poland": "Polish", "France": "French", "Norway": "Norwegian",
               "Denmark": "Danish", "Sweden": "Swedish", "Spain": "Spanish", "Italy": "Italian",
               "Germany": "German", "Czech Republic": "Czech", "Slovenia": "Slovenian", "Estonia": "Estonian",
               "Ireland": "Irish", "Scotland": "Scottish", "England": "English", "Wales": "Welsh",
               "Canada": "Canadian", "New Zealand": "New Zealand", "Australia": "Australian",
               "Kenya": "Kenyan", "Ghana": "Ghanaian", "Nigeria": "Nigerian", "Japan": "Japanese",
               "South Korea": "South Korean", "India": "Indian", "Brazil": "Brazilian",
               "Argentina": "Argentine", "Mexico": "Mexican", "Turkey": "Turkish"}
COMPANY_A = "Caldera Northwind Halvorsen Meridian Tessaline Brightwater Kestrel Lumen Orchard Vantage Solvay Granite Aurora Pinnacle Harbourline".split()
COMPANY_B = ["Motors", "Semiconductor", "Energy", "Foods", "Logistics", "Pharma", "Bank", "Airlines",
             "Telecom", "Holdings", "Steel", "Retail Group", "Shipping", "Insurance", "Robotics"]
AGENCIES = ["Northgate Wire", "Iberia Wire Service", "Central European Press", "Pacific Newswire",
            "Ledger Financial News", "Continental Review", "Baltic Newswire", "Atlas Press Agency"]
OUTLETS = ["The Courier-Ledger", "The Harbour Gazette", "Sportsline Daily", "The Morning Register",
           "Costa Chronicle", "Southern Cross Herald", "Millbrook Advertiser", "The Evening Chronicle"]
BODIES = ["Ministry of Health", "Ministry of Transport", "Department for Education", "Environment Agency",
          "Competition Authority", "National Statistics Office", "Central Bank", "Court of Appeal",
          "City Council", "Fire Service", "Port Authority", "Medicines Agency"]
UNIS = ["University of {c}", "{c} Institute of Technology", "{c} Medical School"]
CLUBS = ["{c} Rovers", "{c} United", "{c} Athletic", "{c} City", "Real {c}", "{c} Wanderers"]
ROLES = ["chief executive", "finance chief", "spokesperson", "minister", "mayor", "professor",
         "analyst", "union representative", "head coach", "lead researcher", "prosecutor", "chair"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
HEADINGS = ["What Happens Next", "A Long Road", "Reaction", "The Numbers", "Background",
            "Questions Remain", "Looking Ahead", "A Divided Response", "How It Works",
            "The Wider Picture", "Critics Push Back", "Under Pressure", "A Familiar Pattern",
            "Money Matters", "On The Ground", "Why It Matters"]
TOPICS = ["business", "politics", "sport", "science", "court", "local"]

QUOTES = {
    "business": ["We are shipping everything we can make", "The constraint is supply, not demand",
                 "This was a difficult but necessary decision", "Our customers have not slowed down at all",
                 "We expect the second half to be stronger than the first", "Costs are falling, but not fast enough",
                 "Nobody at this company takes a day like this lightly", "The market has simply moved on"],
    "politics": ["We promised our citizens that we would never again be so exposed",
                 "I am not here to blame one government or another", "The deadline is real and the money is on the table",
                 "This is a serious proposal and it deserves a serious answer", "We have signed a promise and now we must deliver",
                 "Nobody voted for higher bills", "The people of this region deserve better than a press release"],
    "sport": ["We were patient, we kept the ball and in the end the quality told",
              "I thought we deserved at least a point", "The lads gave everything for ninety minutes",
              "We have to be honest with ourselves after a night like that", "It was never a penalty",
              "The supporters carried us through the last ten minutes"],
    "science": ["The results are encouraging but they are not the final word",
                "We want to move from 'seems fine' to 'is fine'", "Nobody should change their habits because of one study",
                "This is the largest dataset of its kind ever assembled", "We were surprised by how consistent the effect was",
                "The next step is a proper randomised trial"],
    "court": ["You should expect a custodial sentence of some length", "I never meant to hurt anyone",
              "The jury has rejected your account", "He showed no remorse at any stage",
              "This was a campaign of fear, carried out for money", "My client maintains his innocence"],
    "local": ["This is about children getting to school safely", "If my customers cannot park, they will go elsewhere",
              "We have waited long enough for this", "The council ignored its own consultation",
              "Nobody asked the people who actually live here", "It is a good day for the town"],
}
NOUNS = {
    "business": ["revenue", "orders", "profit", "sales", "exports", "margins", "deliveries"],
    "politics": ["the bill", "the budget", "the reform", "the treaty", "the proposal", "the motion"],
    "sport": ["the match", "the second half", "the title race", "the cup tie", "the derby"],
    "science": ["the study", "the trial", "the survey", "the analysis", "the experiment"],
    "court": ["the trial", "the hearing", "the appeal", "the inquiry", "the case"],
    "local": ["the scheme", "the plan", "the cycle lane", "the new library", "the housing project"],
}


class Gen:
    def __init__(self, seed: int, index: int):
        self.r = random.Random(f"newsreader-bench-{seed}-{index}")
        self.index = index
        r = self.r
        self.topic = r.choice(TOPICS)
        self.published = dt.date(2024, 1, 1) + dt.timedelta(days=r.randrange(0, 700))
        self.city, self.country = r.choice(CITIES)
        self.other_city, self.other_country = r.choice(CITIES)
        self.curly = r.random() < 0.5
        self.people = [self.person() for _ in range(r.randint(3, 6))]
        self.company = f"{r.choice(COMPANY_A)} {r.choice(COMPANY_B)}"
        self.body = r.choice(BODIES)
        self.uni = r.choice(UNIS).format(c=self.city)
        self.club = r.choice(CLUBS).format(c=self.city)
        self.rival = r.choice(CLUBS).format(c=self.other_city)
        self.agency = r.choice(AGENCIES)
        self.outlet = r.choice(OUTLETS)
        self.used: set[str] = set()

    # ---- pieces -------------------------------------------------------------------
    def person(self) -> dict:
        r = self.r
        first, last = r.choice(FIRST), r.choice(LAST)
        if r.random() < 0.12:
            first = f"{first} {r.choice('ABCDEJKLMPRST')}."
        return {"name": f"{first} {last}", "last": last, "role": r.choice(ROLES),
                "pron": r.choice(["he", "she", "they"])}

    def q(self, text: str) -> str:
        return f"\u201c{text}\u201d" if self.curly else f'"{text}"'

    def qopen(self) -> str:
        return "\u201c" if self.curly else '"'

    def num(self) -> str:
        r = self.r
        kind = r.random()
        if kind < 0.3:
            return f"{r.randint(2, 98)}%"
        if kind < 0.55:
            return f"{r.randint(1, 99)},{r.randint(0, 999):03d}"
        if kind < 0.8:
            return f"${r.randint(1, 40)}.{r.randint(0, 99):02d} billion"
        return f"£{r.randint(2, 900)}m"

    def date(self) -> str:
        r, p = self.r, self.published
        k = r.randrange(11)
        if k == 0:
            return f"on {WEEKDAYS[(p.weekday() - r.randint(1, 6)) % 7]}"
        if k == 1:
            return r.choice(["yesterday", "last week", "earlier this year", "last month", "on Friday"])
        if k == 2:
            return r.choice(["next week", "next month", "later this year", "next year", "on Monday"])
        if k == 3:
            d = p - dt.timedelta(days=r.randint(5, 300))
            return f"on {MONTHS[d.month - 1]} {d.day}"
        if k == 4:
            d = p - dt.timedelta(days=r.randint(5, 900))
            return f"on {d.day} {MONTHS[d.month - 1]} {d.year}"
        if k == 5:
            return f"in {r.randint(1975, p.year - 1)}"
        if k == 6:
            m = r.randrange(12)
            return f"in {MONTHS[m]} {p.year + r.choice([-1, 0, 1])}"
        if k == 7:
            a = r.randint(1, 20)
            return f"on {MONTHS[r.randrange(12)]} {a}\u2013{a + r.randint(1, 7)}"
        if k == 8:
            y = r.randint(2005, 2020)
            return f"in {y}\u2013{y + r.randint(1, 4)}"
        if k == 9:
            return f"for {r.randint(2, 40)} {r.choice(['years', 'months', 'weeks', 'days'])}"
        return f"by {p.year + r.randint(1, 10)}"

    def who(self, p: dict, first: bool = False) -> str:
        return f"{p['role']} {p['name']}" if first or self.r.random() < 0.4 else p["last"]

    def quote_line(self) -> str:
        r = self.r
        p = r.choice(self.people)
        pool = [x for x in QUOTES[self.topic] if x not in self.used] or QUOTES[self.topic]
        text = r.choice(pool)
        self.used.add(text)
        style = r.randrange(7)
        if style == 0:
            return f"{self.q(text + ',')} said {p['name']}, the {p['role']}."
        if style == 1:
            return f"{self.q(text + ',')} {p['pron']} said."
        if style == 2:
            return f"{p['name']} said: {self.q(text + '.')}"
        if style == 3:
            return f"{self.q(text + ',')} {p['last']} told reporters on {r.choice(WEEKDAYS)}."
        if style == 4:
            return f"According to {p['name']}, the outcome was {self.q(r.choice(['historic', 'disappointing', 'a turning point', 'long overdue']))}."
        if style == 5:
            return f"The {self.body} said in a statement that it was {self.q(r.choice(['deeply disappointed', 'confident', 'reviewing the decision', 'encouraged by the progress']))}."
        inner = r.choice(["We are not moving", "Pay up or leave", "Trust the process", "Not on my watch"])
        return f"{self.q(f'He looked at me and said, {chr(39)}{inner},{chr(39)} and walked out,')} said {p['name']}."

    def fact_line(self) -> str:
        r = self.r
        p = r.choice(self.people)
        noun = r.choice(NOUNS[self.topic])
        n = self.num()
        c = r.choice([self.city, self.other_city, self.country, self.other_country])
        forms = [
            f"{noun.capitalize()} rose to {n} {self.date()}, according to figures from the {self.body}.",
            f"{self.company} said {noun} had fallen by {r.randint(2, 40)}% in {c} {self.date()}.",
            f"The {NATIONALITY.get(self.country, 'national')} government confirmed {self.date()} that {noun} would go ahead.",
            f"{self.who(p).capitalize() if self.who(p)[0].islower() else self.who(p)} has worked on {noun} {self.date()} and now leads a team of {r.randint(4, 200)} people in {c}.",
            f"Officials in {c} estimated that {n} had been committed to {noun}, a figure disputed by the {self.uni}.",
            f"Analysts at {r.choice(COMPANY_A)} Capital said {noun} could take {r.randint(2, 10)} years to deliver, with the first results expected {self.date()}.",
            f"The {self.body} in {self.city} held a hearing on {noun} {self.date()}, the first since {r.randint(1990, 2022)}.",
            f"Critics, including {r.choice(self.people)['name']}, argued that {noun} had been rushed and that {n} was far too {r.choice(['high', 'low'])}.",
            f"Some {r.randint(2, 60)},{r.randint(0, 999):03d} people in {c} were affected, {r.choice(['officials said', 'the agency said', 'according to local reports'])}.",
            f"Talks between {self.company} and the {self.body} are due to resume {self.date()} in {self.other_city}.",
        ]
        if self.topic == "sport":
            forms += [
                f"{self.club} beat {self.rival} {r.randint(1, 5)}-{r.randint(0, 3)} {self.date()} in front of {r.randint(8, 75)},{r.randint(0, 999):03d} fans.",
                f"{r.choice(self.people)['name']} scored in the {r.randint(2, 90)}th minute after a through ball from {r.choice(self.people)['name']}.",
            ]
        if self.topic == "court":
            forms += [f"{p['name']}, {r.randint(19, 80)}, of {self.city}, denies {r.randint(2, 9)} charges and will be sentenced {self.date()}."]
        return r.choice(forms)

    def paragraph(self) -> str:
        r = self.r
        if r.random() < 0.08 and self.topic in ("politics", "science"):
            return self.long_quote()
        sents = [self.fact_line() if r.random() < 0.6 else self.quote_line() for _ in range(r.randint(2, 4))]
        return " ".join(sents)

    def long_quote(self) -> str:
        """A quote over several paragraphs: an opening mark on each, closing only at the end."""
        r = self.r
        p = r.choice(self.people)
        parts = r.sample(QUOTES[self.topic], k=min(3, len(QUOTES[self.topic])))
        paras = [f"{p['name']} said:"]
        for i, t in enumerate(parts):
            close = ("\u201d" if self.curly else '"') if i == len(parts) - 1 else ""
            second = r.choice([x for x in QUOTES[self.topic] if x != t])
            paras.append(f"{self.qopen()}{t}. {second}.{close}")
        return "\n\n".join(paras)

    def lead(self) -> str:
        r = self.r
        p = self.people[0]
        noun = r.choice(NOUNS[self.topic])
        if r.random() < 0.5:
            return (f"{self.city.upper()}, {self.country} ({self.agency}) - {self.company} and the {self.body} "
                    f"clashed {self.date()} over {noun}, after {p['role']} {p['name']} said {self.num()} was at stake.")
        return (f"{p['name']}, the {p['role']} at {self.company}, said {self.date()} that {noun} in {self.city} "
                f"would cost {self.num()}, more than {r.choice(['expected', 'budgeted', 'twice the original estimate'])}.")

    def article(self) -> tuple[dict, str]:
        r = self.r
        target = r.randint(320, 820)
        paras = [self.lead()]
        words = len(paras[0].split())
        since_heading = 0
        while words < target:
            if since_heading >= 3 and r.random() < 0.35:
                heading = "## " + r.choice(HEADINGS)
                paras.append(heading)
                words += len(heading.split()) - 1
                since_heading = 0
            para = self.paragraph()
            if para in paras or words + len(para.split()) > 880:
                if words >= 300:
                    break
                continue
            paras.append(para)
            words += len(para.split())
            since_heading += 1
        if paras[-1].startswith("## "):
            paras.pop()
        title = f"{self.company}: {r.choice(NOUNS[self.topic])} in {self.city} ({self.index})"
        meta = {"title": title, "source": r.choice([self.agency, self.outlet]),
                "published": self.published.isoformat(), "topic": self.topic}
        return meta, "\n\n".join(paras) + "\n"


def slug(s: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s[:40].strip("-")


def yaml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_corpus(out: Path, n: int = 500, seed: int = 2025) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    paths = []
    for i in range(n):
        attempt = 0
        while True:
            meta, body = Gen(seed + attempt * 1_000_003, i).article()
            digest = hashlib.sha1(body.encode("utf-8")).hexdigest()
            if digest not in seen:
                seen.add(digest)
                break
            attempt += 1
        stem = f"bench_{i:04d}_{slug(meta['title'].split(':')[0])}"
        text = ("---\n"
                f"title: {yaml_str(meta['title'])}\n"
                f"source: {yaml_str(meta['source'])}\n"
                f"published: {meta['published']}\n"
                f"id: {stem}\n"
                "---\n\n" + body)
        path = out / f"{stem}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="folder to write the articles into")
    ap.add_argument("-n", type=int, default=500, help="number of articles (default 500)")
    ap.add_argument("--seed", type=int, default=2025, help="random seed (default 2025)")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("-n must be at least 1")
    paths = write_corpus(args.out, args.n, args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"wrote {len(paths)} articles, {words} words, to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
