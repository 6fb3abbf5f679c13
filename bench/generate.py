#!/usr/bin/env python3
"""Writes a deterministic synthetic news corpus for benchmarking claimlint.

    bench/generate.py OUT_DIR --size-mb N [--seed S]

The same seed and size give byte-identical files (one random.Random drives
everything; no set or dict iteration order is involved), and a larger size
with the same seed starts with the same articles. "MB" is 10**6 bytes here
and in bench/run.py.

What the corpus holds (issue 9, part 2):
  - 24 invented topics (companies, cities, sports clubs, agencies,
    products), each with recurring facts that several articles restate in
    different words; a few restatements carry a wrong figure, so the corpus
    checks have real groups and a few real conflicts to report;
  - realistic number density: counts with nouns ("12,400 vehicles"), money
    ("$3.2 billion", "85 million euros"), percentages, percentage points,
    multipliers ("three times"), ranges ("between 40 and 60"), hedges
    ("about", "more than"), dates ("last March", "on Tuesday", "2024");
  - paragraphs of 2-5 sentences, articles of 300-1500 words;
  - formats: ~65% plain text, ~20% Markdown (front matter, headings, lists,
    emphasis, links, a code block now and then), ~15% HTML (head, nav,
    footer and scripts to drop, entities);
  - ~10% of articles with non-ASCII (curly quotes, em dashes, accented
    names, the euro sign, no-break spaces inside numbers);
  - scraped residue blocks (login, share and comment widgets) and the
    occasional repeated paragraph;
  - files in subdirectories of 500 files each.
"""

import argparse
import datetime
import os
import random
import sys

FILES_PER_DIR = 500

# --- vocabulary --------------------------------------------------------------

# kind -> count nouns (singular, plural), verbs of the story, things spent on
KINDS = {
    "company": {
        "nouns": [("vehicle", "vehicles", 500, 900000), ("employee", "employees", 200, 120000),
                  ("store", "stores", 20, 3000), ("unit", "units", 1000, 2000000),
                  ("customer", "customers", 1000, 5000000), ("order", "orders", 100, 500000)],
        "money_what": ["revenue", "quarterly profit", "the settlement", "the takeover bid",
                       "annual sales", "the buyback programme"],
        "verbs": ["sold", "shipped", "delivered", "recalled", "produced"],
    },
    "city": {
        "nouns": [("resident", "residents", 5000, 2000000), ("housing unit", "housing units", 100, 40000),
                  ("bus", "buses", 20, 1500), ("teacher", "teachers", 100, 20000),
                  ("visitor", "visitors", 1000, 9000000), ("parking space", "parking spaces", 100, 30000)],
        "money_what": ["the budget", "the transit plan", "the housing fund",
                       "the flood defence programme", "the school repairs"],
        "verbs": ["added", "registered", "built", "counted", "approved"],
    },
    "club": {
        "nouns": [("fan", "fans", 1000, 90000), ("season ticket", "season tickets", 1000, 50000),
                  ("goal", "goals", 10, 120), ("seat", "seats", 5000, 80000),
                  ("member", "members", 500, 150000), ("shirt", "shirts", 1000, 800000)],
        "money_what": ["the transfer fee", "the stadium loan", "broadcast income",
                       "the wage bill", "the sponsorship deal"],
        "verbs": ["sold", "welcomed", "scored", "added", "signed"],
    },
    "agency": {
        "nouns": [("inspection", "inspections", 100, 60000), ("complaint", "complaints", 50, 200000),
                  ("permit", "permits", 20, 30000), ("case", "cases", 10, 9000),
                  ("vessel", "vessels", 10, 4000), ("site", "sites", 5, 2000)],
        "money_what": ["the fine", "the programme", "its budget", "the grant scheme",
                       "the compensation fund"],
        "verbs": ["carried out", "received", "issued", "opened", "reviewed"],
    },
    "product": {
        "nouns": [("device", "devices", 10000, 9000000), ("subscriber", "subscribers", 1000, 30000000),
                  ("download", "downloads", 10000, 50000000), ("unit", "units", 1000, 4000000),
                  ("pre-order", "pre-orders", 1000, 900000), ("user", "users", 1000, 90000000)],
        "money_what": ["development", "the launch campaign", "first-year sales",
                       "the marketing budget", "the chip supply contract"],
        "verbs": ["sold", "shipped", "activated", "returned", "reached"],
    },
}

# (name, kind, short alias, place) -- all invented
TOPICS = [
    ("Norvane Motors", "company", "Norvane", "Tessaly"),
    ("Halden Bank", "company", "Halden", "Brennick"),
    ("Orbis Semiconductor", "company", "Orbis", "Calveston"),
    ("Lumora Foods", "company", "Lumora", "Port Alder"),
    ("Vantry Logistics", "company", "Vantry", "Saltmere"),
    ("Kestrel Airways", "company", "Kestrel", "Dunmore"),
    ("Port Alder", "city", "Port Alder", "Port Alder"),
    ("Brennick", "city", "Brennick", "Brennick"),
    ("Saltmere", "city", "Saltmere", "Saltmere"),
    ("Calveston", "city", "Calveston", "Calveston"),
    ("Ostrava Vale", "city", "Ostrava Vale", "Ostrava Vale"),
    ("Redfield Rovers", "club", "Rovers", "Redfield"),
    ("Castlegate Athletic", "club", "Castlegate", "Castlegate"),
    ("Ironbridge United", "club", "Ironbridge", "Ironbridge"),
    ("Harrowby Hawks", "club", "the Hawks", "Harrowby"),
    ("the National Transit Safety Office", "agency", "the safety office", "Calveston"),
    ("the Coastal Fisheries Authority", "agency", "the fisheries authority", "Saltmere"),
    ("the Federal Grid Regulator", "agency", "the grid regulator", "Brennick"),
    ("the Office for Food Standards", "agency", "the food standards office", "Dunmore"),
    ("the Nimbus X3 phone", "product", "the Nimbus X3", "Calveston"),
    ("the Aurel e-bike", "product", "the Aurel", "Tessaly"),
    ("the Quill tablet", "product", "the Quill", "Port Alder"),
    ("the Tessel thermostat", "product", "the Tessel", "Brennick"),
    ("the Corvid game console", "product", "the Corvid", "Saltmere"),
]

FIRST = ["Maria", "James", "Ayesha", "Tomas", "Helen", "Daniel", "Priya", "Oliver", "Grace",
         "Samuel", "Lena", "Marcus", "Nadia", "Victor", "Ruth", "Kwame", "Ingrid", "Paul"]
LAST = ["Lindqvist", "Okafor", "Brenner", "Castell", "Haddad", "Moreau", "Whitlock", "Ferris",
        "Adeyemi", "Novak", "Sutherland", "Kaur", "Delacroix", "Harlan", "Ibsen", "Marr"]
FIRST_ACCENTED = ["José", "Zoë", "Renée", "Søren", "Łukasz", "Inês", "Jürgen", "Noémie", "Çağla"]
LAST_ACCENTED = ["Álvarez", "Müller", "Brontë", "Nuñez", "Šimek", "Gonçalves", "Ødegaard", "Dvořák"]
ROLES = ["chief executive", "finance director", "a spokesperson", "the mayor", "the manager",
         "an analyst at Fenwick Securities", "the head of operations", "a senior official",
         "the chair", "a union representative"]

SPELLED = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
           "fifteen", "twenty"]
MULTIPLIERS = ["twice", "three times", "four times", "five times", "2.5 times", "1.5 times",
               "ten times", "threefold", "double"]
HEDGES_LOW = ["more than ", "over ", "at least ", "nearly ", "almost ", "about ", "roughly ",
              "around ", "some ", "up to ", "", "", "", ""]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

FILLER = [
    "The company did not respond to a request for comment.",
    "Officials declined to give further details.",
    "The decision follows months of negotiations.",
    "Critics say the plan does not go far enough.",
    "Supporters argue that the changes were long overdue.",
    "Analysts had expected a weaker result.",
    "The figures have not been independently verified.",
    "A final vote is expected later in the month.",
    "Local residents were divided over the proposal.",
    "The announcement was welcomed by investors.",
    "It was not immediately clear how the measure would be funded.",
    "Several questions remain about the timetable.",
    "The board met behind closed doors.",
    "Neither side has published the full terms.",
    "Opposition members called for an independent review.",
    "The move surprised many in the industry.",
    "The proposal now goes to a committee, which is expected to report before the summer recess.",
    "People familiar with the talks said the two sides remained far apart on several points.",
    "Regulators have asked for more information before they decide whether to open a formal inquiry.",
    "The plan has drawn criticism from consumer groups, who say it leaves too many questions unanswered.",
    "Executives described the period as challenging but said the underlying business remained sound.",
    "A spokesperson said the organisation would continue to cooperate fully with the authorities.",
    "The changes are part of a wider effort to simplify the structure and cut duplicated work.",
    "Some councillors argued that the money would be better spent on roads and schools.",
    "Fans gathered outside the ground long before kick-off, many of them carrying banners.",
    "The agency said its priority was to restore public confidence in the inspection system.",
    "Industry groups welcomed the clarification but warned that the details still mattered.",
    "The review will look at how decisions were made and whether the rules were followed.",
    "Local businesses said they had not been consulted and learned of the plans from the press.",
    "Several board members are expected to step down once the transition is complete.",
]

RESIDUE = [
    ["Sign in", "Forgot your password?", "Create an account"],
    ["Share this article", "Facebook Twitter LinkedIn Email", "Copy link"],
    ["Leave a comment", "Be the first to comment!"],
    ["Advertisement", "Read more:", "Related articles"],
    ["Follow us on Instagram", "Subscribe to our newsletter", "Privacy policy"],
]


# --- numbers ----------------------------------------------------------------

def group(n, sep=","):
    s = str(n)
    out = []
    while len(s) > 3:
        out.append(s[-3:])
        s = s[:-3]
    out.append(s)
    return sep.join(reversed(out))


class Article:
    """Slot generators for one article; every choice comes from self.r."""

    def __init__(self, r, topic, facts, unicode_text, pub):
        self.r = r
        self.name, self.kind_name, self.alias, self.place = topic
        self.kind = KINDS[self.kind_name]
        self.facts = facts
        self.uni = unicode_text
        self.pub = pub  # datetime.date

    # -- small pieces
    def sep(self):
        if self.uni and self.r.random() < 0.3:
            return "\u00a0"
        return ","

    def count(self, lo=200, hi=900000):
        r = self.r
        n = r.randint(lo, hi)
        if n > 10000:
            n = round(n, -2)
        elif n > 1000:
            n = round(n, -1)
        return group(n, self.sep())

    def money(self):
        r = self.r
        v = r.choice([round(r.uniform(1.1, 9.9), 1), r.randint(12, 950)])
        scale = r.choice(["million", "billion", "million", "million"])
        if isinstance(v, int) and scale == "billion":
            scale = "million"
        cur = r.random()
        if self.uni and cur < 0.5:
            return f"€{v} {scale}"
        if cur < 0.55:
            return f"${v} {scale}"
        if cur < 0.75:
            return f"{v} {scale} euros"
        if cur < 0.85:
            return f"£{v} {scale}"
        return f"${group(r.randint(20, 999) * 1000)}"

    def pct(self):
        r = self.r
        v = r.choice([round(r.uniform(0.5, 60), 1), r.randint(2, 95)])
        return r.choice([f"{v}%", f"{v}%", f"{v} percent", f"{v} per cent"])

    def person(self):
        r = self.r
        if self.uni and r.random() < 0.6:
            name = f"{r.choice(FIRST_ACCENTED)} {r.choice(LAST_ACCENTED)}"
        else:
            name = f"{r.choice(FIRST)} {r.choice(LAST)}"
        return f"{name}, {r.choice(ROLES)}"

    def date(self):
        r = self.r
        p = self.pub
        c = r.random()
        if c < 0.25:
            m = (p.month - 1 - r.randint(1, 8)) % 12
            return f"last {MONTHS[m]}"
        if c < 0.45:
            d = p - datetime.timedelta(days=r.randint(1, 6))
            return f"on {WEEKDAYS[d.weekday()]}"
        if c < 0.6:
            return f"in {p.year - r.randint(1, 4)}"
        if c < 0.75:
            d = p - datetime.timedelta(days=r.randint(7, 300))
            return f"on {MONTHS[d.month - 1]} {d.day}"
        if c < 0.85:
            d = p - datetime.timedelta(days=r.randint(7, 300))
            return f"on {WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"
        if c < 0.93:
            return f"in the {r.choice(['first', 'second', 'third', 'fourth'])} quarter"
        return "earlier this year"

    def quote(self, s):
        if self.uni:
            return f"\u201c{s}\u201d"
        return f'"{s}"'

    def dash(self):
        return " \u2014 " if self.uni else " - "

    # -- sentences
    def sentence(self):
        r = self.r
        c = r.random()
        # Most sentences of a news story carry no figure; about one in five
        # does, for some 4,000 claims per MB (the wire stories of
        # ../shared/seeds have 1,600, the hand-written corpus/ 8,000).
        if c < 0.78:
            return r.choice(FILLER)
        if c < 0.83 and self.facts:
            return self.fact()
        sg, pl, lo, hi = r.choice(self.kind["nouns"])
        s = self.name if r.random() < 0.5 else self.alias  # inside a sentence
        S = s[0].upper() + s[1:]  # at its start
        t = r.randrange(16)
        if t == 0:
            return f"{S} said it {r.choice(self.kind['verbs'])} {r.choice(HEDGES_LOW)}{self.count(lo, hi)} {pl} {self.date()}."
        if t == 1:
            return (f"{r.choice(self.kind['money_what']).capitalize()} rose {self.pct()} to {self.money()} "
                    f"{self.date()}, according to {self.person()}.")
        if t == 2:
            return f"The deal, valued at {r.choice(HEDGES_LOW)}{self.money()}, is expected to close in {self.pub.year + 1}."
        if t == 3:
            return (f"{self.person().split(',')[0]} said the figure was {r.choice(MULTIPLIERS)} "
                    f"higher than in {self.pub.year - r.randint(1, 5)}.")
        if t == 4:
            a = r.randint(2, 60)
            b = a + r.randint(5, 80)
            return f"Officials estimate that between {a} and {b} {pl} are affected{self.dash()}a figure {s} disputes."
        if t == 5:
            return f"Shares of {s} fell {self.pct()} {self.date()} after the announcement."
        if t == 6:
            return (f"{S} plans to spend {self.money()} over {r.choice(SPELLED)} years, "
                    f"{r.choice(['up from', 'down from', 'compared with'])} {self.money()} previously.")
        if t == 7:
            return f"The share of {pl} affected fell by {round(r.uniform(0.2, 9.5), 1)} percentage points to {self.pct()}."
        if t == 8:
            return (f"{self.quote(f'We expect to reach {self.count(lo, hi)} {pl} by {self.pub.year + 2}')}, "
                    f"said {self.person()}.")
        if t == 9:
            return f"About {self.pct()} of the {self.count(lo, hi)} {pl} counted in {self.place} were new."
        if t == 10:
            a = r.randint(lo, hi)
            b = a + r.randint(1, max(2, a // 2))
            if a > 10000:
                a, b = round(a, -3), round(b, -3)
            return f"Numbers ranged from {group(a)} to {group(b)} {pl} a month."
        if t == 11:
            return (f"In {self.place}, {s} employs {r.choice(HEDGES_LOW)}{self.count(50, 40000)} people, "
                    f"{r.choice(MULTIPLIERS)} as many as in {self.pub.year - r.randint(2, 10)}.")
        if t == 12:
            return f"{S} reported {self.money()} in {r.choice(self.kind['money_what'])} for {self.pub.year - 1}."
        if t == 13:
            return f"The {r.choice(SPELLED)} largest {sg} groups account for {self.pct()} of the total."
        if t == 14:
            return f"{S} has {r.choice(HEDGES_LOW)}{r.choice(SPELLED)} thousand {pl} on its books{self.dash()}and plans more."
        return f"Costs are up {self.pct()} since {self.date().replace('on ', '').replace('in ', '')}."

    def fact(self):
        # A recurring fact of the topic, restated; now and then misreported.
        r = self.r
        noun, value, what, year = r.choice(self.facts)
        v = value
        if r.random() < 0.03:
            v = value * r.choice([10, 2]) if r.random() < 0.5 else max(1, value // 10)
        hedge = r.choice(["", "", "more than " if v == value else "", "about ", "nearly "])
        S = self.name[0].upper() + self.name[1:]
        forms = [
            f"{S} {what} {hedge}{group(v, self.sep())} {noun} in {year}.",
            f"In {year}, {self.name} {what} {hedge}{group(v, self.sep())} {noun}, the figures show.",
            f"According to {self.person()}, {self.name} {what} {hedge}{group(v, self.sep())} {noun} in {year}.",
        ]
        return r.choice(forms)


def make_facts(r, topic):
    kind = KINDS[topic[1]]
    facts = []
    for _ in range(4):
        sg, pl, lo, hi = r.choice(kind["nouns"])
        value = r.randint(lo, hi)
        value = round(value, -2) if value > 10000 else value
        # Before the first publication date (2023-01-01): a fact told in the
        # past tense must not lie in the article's future (timeline check).
        # Folding the draw keeps the random stream, hence the other articles,
        # as it was when bench/README.md's figures were taken.
        verb = r.choice(kind["verbs"])
        facts.append((pl, value, verb, 2019 + (r.randint(2019, 2025) - 2019) % 4))
    return facts


def paragraph(a):
    n = a.r.randint(2, 5)
    return " ".join(a.sentence() for _ in range(n))


def title(a):
    r = a.r
    S = a.name[0].upper() + a.name[1:]
    return r.choice([
        f"{S} under pressure over figures",
        f"{S} reports a turbulent year",
        f"What the new numbers mean for {a.place}",
        f"{S} unveils plans for {a.pub.year + 1}",
        f"Questions mount over {a.alias}",
    ])


def body_paragraphs(a, words):
    paras = []
    count = 0
    while count < words:
        p = paragraph(a)
        paras.append(p)
        count += p.count(" ") + 1
    r = a.r
    if r.random() < 0.04 and len(paras) > 2:
        # A CMS glitch: one paragraph repeated later in the article.
        i = r.randrange(len(paras) - 1)
        paras.insert(r.randrange(i + 1, len(paras) + 1), paras[i])
    return paras


def render_plain(a, paras):
    r = a.r
    out = [f"Published: {a.pub.isoformat()}\n\n{title(a)}\n\n"]
    out.append("\n\n".join(paras))
    out.append("\n")
    if r.random() < 0.08:
        out.append("\n" + "\n\n".join(r.choice(RESIDUE)) + "\n")
    return "".join(out)


def render_markdown(a, paras):
    r = a.r
    out = [f"---\ntitle: {title(a)}\ndate: {a.pub.isoformat()}\n---\n\n# {title(a)}\n\n"]
    out.append(f"*By {a.person().split(',')[0]}*\n\n")
    for i, p in enumerate(paras):
        if i and i % 4 == 0:
            out.append(f"## {r.choice(['Background', 'The numbers', 'What comes next', 'Reaction'])}\n\n")
        if r.random() < 0.15:
            words = p.split(" ")
            k = r.randrange(len(words))
            words[k] = f"**{words[k]}**" if r.random() < 0.5 else f"*{words[k]}*"
            p = " ".join(words)
        if r.random() < 0.1:
            p += f" See the [full report](https://example.org/{a.alias.replace(' ', '-').lower()}/{r.randint(1000, 9999)})."
        out.append(p + "\n\n")
        if r.random() < 0.08:
            sg, pl, lo, hi = r.choice(a.kind["nouns"])
            out.append("".join(f"- {pl.capitalize()} in {a.pub.year - k}: {a.count(lo, hi)}\n" for k in range(r.randint(2, 4))) + "\n")
        if r.random() < 0.02:
            out.append(f"```\n{{\"units\": {r.randint(100, 99999)}, \"year\": {a.pub.year}}}\n```\n\n")
    return "".join(out)


def html_escape(s, uni):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if uni:
        s = s.replace("\u2014", "&mdash;").replace("\u20ac", "&euro;")
    return s


def render_html(a, paras):
    r = a.r
    t = html_escape(title(a), a.uni)
    out = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        f"<title>{t}</title>\n",
        f"<meta property=\"article:published_time\" content=\"{a.pub.isoformat()}T08:00:00Z\">\n",
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        " gtag('js', new Date()); var views = 1200000;</script>\n</head>\n<body>\n",
        "<nav><a href=\"/\">Home</a> | <a href=\"/business\">Business</a> | "
        "<a href=\"/sport\">Sport</a> | <a href=\"/local\">Local</a></nav>\n<article>\n",
        f"<h1>{t}</h1>\n",
    ]
    for i, p in enumerate(paras):
        e = html_escape(p, a.uni)
        if r.random() < 0.1:
            e = e.replace(" ", "&nbsp;", 1)
        out.append(f"<p>{e}</p>\n")
        if r.random() < 0.05:
            sg, pl, lo, hi = r.choice(a.kind["nouns"])
            out.append("<ul>" + "".join(f"<li>{pl.capitalize()} in {a.pub.year - k}: {a.count(lo, hi)}</li>" for k in range(3)) + "</ul>\n")
    out.append("</article>\n<footer><p>Share this article</p><p>&copy; 2025 Example News Ltd. "
               "All rights reserved.</p></footer>\n")
    out.append("<script src=\"/static/app.js\"></script>\n</body>\n</html>\n")
    return "".join(out)


def generate(out_dir, size_mb, seed):
    r = random.Random(seed)
    facts = [make_facts(r, t) for t in TOPICS]
    target = int(size_mb * 1_000_000)
    written = 0
    n = 0
    start = datetime.date(2023, 1, 1)
    os.makedirs(out_dir, exist_ok=True)
    while written < target:
        d = os.path.join(out_dir, f"d{n // FILES_PER_DIR:04d}")
        if n % FILES_PER_DIR == 0:
            os.makedirs(d, exist_ok=True)
        ti = r.randrange(len(TOPICS))
        topic = TOPICS[ti]
        pub = start + datetime.timedelta(days=r.randrange(1000))
        a = Article(r, topic, facts[ti], r.random() < 0.10, pub)
        paras = body_paragraphs(a, r.randint(300, 1500))
        f = r.random()
        if f < 0.20:
            text, ext = render_markdown(a, paras), "md"
        elif f < 0.35:
            text, ext = render_html(a, paras), "html"
        else:
            text, ext = render_plain(a, paras), "txt"
        slug = a.alias.replace("the ", "").replace(" ", "-").lower()
        data = text.encode("utf-8")
        with open(os.path.join(d, f"a{n:07d}-{slug}.{ext}"), "wb") as fh:
            fh.write(data)
        written += len(data)
        n += 1
    return n, written


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--size-mb", type=float, required=True, help="about this many MB (10**6 bytes)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    files, size = generate(args.out_dir, args.size_mb, args.seed)
    print(f"generate: {files} files, {size} bytes in {args.out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
