"""Direct quotes and their speakers.

``find_quotes(text, entities)`` finds the words inside quotation marks that are
somebody's words, and who said them.  It is a pure, linear-time function: one
regex pass finds the marks, one builds sentence boundaries, and only the
sentences that hold a quote are tokenised and looked at closely.

How it works
------------
1. **Marks.**  Curly (“ ”), straight ("), low-9 („), guillemets (« ») and
   two-character (``…'' ‘‘…’’) double marks are paired per paragraph (paragraphs are separated by ``\n``; a line
   break between a word and a lower-case word is a hard wrap, not a paragraph)
   with a small state machine that uses the characters around a mark (left/right
   flanking, as CommonMark does) to decide whether a straight mark opens or
   closes.  Single quotes inside a double quote are part of it.  An article that
   quotes with single marks (‘…’ outermost, or no double marks at all) is read
   with single marks instead; apostrophes (don't, O'Brien, players' union) are
   told apart by context.
2. **Multi-paragraph and unclosed quotes.**  A quote still open at the end of a
   paragraph continues when the next paragraph opens with a mark (news style):
   each paragraph gives one quote, and the chain shares one speaker.  Otherwise
   the quote is unclosed: it ends at an attribution inside it (``…, he said``)
   or at the paragraph end, never further.
3. **Span.**  The span is the words inside the marks, whitespace trimmed, and a
   trailing ``,`` ``;`` ``:`` or ``.`` dropped (the punctuation belongs to the
   sentence that frames the quote); ``?`` ``!`` and ``…`` are kept.
4. **Attribution.**  Quote interiors are masked, the text is cut into sentences
   (abbreviations and ``"…!" Smith said`` do not end one), and each sentence
   holding a quote is tokenised.  A quote is tied to a speech verb (said, told,
   added, wrote, described … as, called, according to …): the verb right after
   it (``"…," Smith said`` / ``"…," said Smith`` / ``"…," Kremlin spokesman
   Dmitry Peskov told reporters``), else the nearest one before it in its
   sentence, else a trailing ``…, the statement added.``.  The verb's subject is
   found by a left scan (skipping adverbs, time words, ``used to``, appositives
   and parentheticals; ``X of ORG said`` gives X), or right after an inverted
   verb.  Participles (``adding``, ``saying``) and coordinated verbs (``… and
   warned``) take the subject of the clause; ``quoted X as saying`` gives X.
   ``Name: "…"`` and ``His message was clear: "…"`` count too.
   Appositives: ``The party's director, Jane Roe, said`` and ``The jury president,
   the French actor Anne Roy, said`` give the name inside the commas when what
   precedes it there is a descriptive title (no verb, no clause); ``Jane Roe of
   the Kunsthall`` gives Jane Roe.  After an inverted verb, abbreviated titles
   are skipped (``said Dr. Maria Lima``, ``said Gen. Marchuk``) and ``said
   Lumora's co-founder, Dr. Anjali Rao`` gives the person; ``added Sir
   Alistair`` maps a lone first name to the one person with that first name.
   Unnamed owners of a phrase speak for nobody: ``a spokeswoman for the Law
   Society``, ``an aide to Minister X``, ``MPs on the committee``, ``A diplomat
   from a member state, speaking on condition of anonymity,`` give ``None``
   (except ``… said it would …``, the organisation's own commitment, which the
   organisation keeps); ``the officer`` after ``an officer, who asked not to be
   named`` stays unnamed.  An organisation that is itself the subject
   (``the ministry said``, ``Acme said in a filing``) speaks.
5. **Speaker.**  A name is mapped to the fullest PERSON form with the same last
   token ("Trump" -> "Donald Trump"), titles stripped; an acronym ORG to its
   long form (``…, known as Eumetsat``).  He/she go to the most recent
   compatible subject (a PERSON of a sentence that is not the object of a
   preposition); in the current and previous sentence (and further back while
   nobody else is named) people who are not subjects follow the subjects, most
   recent first (``When I put the question to Kovacs, he laughed``).  Gender
   comes from honorifics, a small first-name list, ``He``/``She`` opening the
   next sentence, and an earlier he/she/his in the same sentence as the name
   with nobody else named between (not after ``said``/``that``); with nobody
   before, the person named just after (feature ledes).  A quote read from a
   book (a colon or no speech verb; ``Lindahl's memoir``, ``a poem by X``,
   ``In her book …, the critic X``) goes to the author named in that sentence,
   or one or two before when the sentence has a reading cue (``passage``,
   ``line``, ``underlined``) and nobody else is named in between.  Definite descriptions (``the president``,
   ``the 28-year-old``, ``the Spaniard``) go to the person introduced with that
   title, else the person in focus; ``the ministry`` / ``the company`` /
   ``the chipmaker`` to the matching ORG; unnamed people (``officials``,
   ``a spokesman``, ``one fan``, ``my grandmother``) give ``None``.  A quote with
   no attribution in its sentence continues the speaker of the previous speech
   (quoted or indirect) in the same or previous paragraph.
6. **Quote or scare quote.**  Attributed quotes are kept, except titles and
   names (Title Case, ``so-called``, ``dubbed``, ``known as``).  A one-word
   quote needs a tight cue (``as "productive"``, ``called the decision
   "outrageous"``, ``it was "unacceptable"``).  An unattributed quote is kept
   when it continues a speaker or looks like speech (four or more words with
   I/we/you, a full sentence of five or more words, or eight or more words);
   short unattributed phrases are scare quotes.

Cost: one regex pass for the marks, one for sentence ends; only sentences that
hold a quote (and a few before them) are tokenised; run-on "sentences" are cut
at 1,500 characters, so the work is linear in the text.

Entity interface: ``entities`` are spans of the same text with OntoNotes labels;
PERSON is used for people; ORG, GPE, FAC and LOC may speak as organisations;
other labels are ignored.  Entities that do not index the text are ignored.
Names the recogniser missed are still found as capitalised word runs.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from tui.model import Entity, Quote

__all__ = ["find_quotes"]

# --------------------------------------------------------------------------
# Lexicons
# --------------------------------------------------------------------------

_W = str.split

_SPEECH_VERBS = frozenset(_W("""
say says said tell tells told add adds added note noted state stated states
warn warns warned insist insists insisted claim claimed argue argues argued
explain explains explained announce announces announced declare declares declared
write writes wrote written post posted tweet tweets tweeted ask asks asked
reply replied respond responds responded answer answered remark remarked
comment commented observe observes observed acknowledge acknowledges acknowledged
admit admits admitted confirm confirms confirmed concede concedes conceded
describe describes described characterize characterizes characterized
characterise characterises characterised call calls called dub dubs dubbed
label labels labelled labeled brand brands branded term termed urge urges urged
continue continues continued recall recalls recalled promise promises promised
vow vows vowed pledge pledges pledged predict predicts predicted suggest suggests
suggested stress stresses stressed emphasize emphasizes emphasized emphasise
emphasises emphasised joke jokes joked quip quips quipped shout shouted exclaim
exclaimed whisper whispered mutter muttered boast boasts boasted complain
complains complained lament laments lamented testify testifies testified assert
asserts asserted maintain maintains maintained contend contends contended
conclude concludes concluded reiterate reiterates reiterated counter countered
retort retorted deny denies denied hint hints hinted accuse accuses accused
praise praises praised criticize criticized criticise criticised read reads
reported reports report mused muse muses recounted recounts recount
pleaded begged demanded demands demand thundered fumed sighed cautioned cautions
agreed agrees replied replies answers announced proclaimed proclaims proclaim
texted emailed messaged wrote informed informs reminded reminds mocked
conceded acknowledged questioned queried wondered wonders opined
described referred refer refers dismissed dismisses blasted slammed slams
hailed hails welcomed welcomes lauded touted touts
saying telling adding noting stating warning insisting claiming arguing
explaining announcing declaring writing posting tweeting asking replying
responding answering remarking commenting observing acknowledging admitting
confirming conceding describing characterizing characterising calling dubbing
labelling labeling branding terming urging continuing recalling promising
vowing pledging predicting suggesting stressing emphasizing emphasising joking
quipping shouting exclaiming boasting complaining lamenting testifying
asserting maintaining contending concluding reiterating countering retorting
denying hinting accusing praising criticizing criticising referring
dismissing blasting slamming hailing welcoming cautioning demanding
chant chants chanted chanting yell yells yelled yelling scream screamed screaming
sang sing sings singing cry cried crying cheered cheer
""")) - frozenset(_W("read reads report reports states calls label labels refer refers demand"))

# Third-person forms that are usually nouns ("the calls", "his notes"): verbs only after a subject.
_AMBIG_3SG = frozenset(_W("calls states claims notes comments answers posts reports labels demands refers"))

_IRREGULAR_PAST = frozenset(_W("said told wrote written"))
# Bare forms ("say", "call") are verbs only after a modal or a plural subject.
_BASE_FORMS = frozenset(v for v in _SPEECH_VERBS
                        if not v.endswith(("ed", "s", "ing")) and v not in _IRREGULAR_PAST)
_BASE_OK_BEFORE = frozenset(_W("would will did does do can could should may might must to not never "
                               "they we i you also often always cannot won't didn't don't"))

# Verbs that name things rather than report words: a Title Case quote after them
# is a name, not a quote.
_NAMING_VERBS = frozenset(_W("call calls called calling dub dubs dubbed dubbing "
                             "label labelled labeled labelling labeling brand branded branding term termed terming"))

# "called the decision "outrageous"": the quote is the complement of the verb
_COMPLEMENT_VERBS = frozenset(_W("call calls called calling describe describes described describing "
                                 "label labels labelled labeled labelling labeling brand brands branded branding "
                                 "term termed terming deem deemed declared declare declares"))

# Works and named things: "the film "Oppenheimer"", "her book, "Becoming,"".
_WORK_NOUNS = frozenset(_W("""
book books film films novel memoir album song single show series play documentary movie poem
article essay podcast opera musical painting exhibition programme program episode hashtag slogan
headline title column blog newsletter campaign operation nickname motto brand
"""))

_NAMING_CUES = frozenset(_W("so-called nicknamed named titled entitled codenamed code-named "
                            "dubbed billed styled"))

_AUX_ADV = frozenset(_W("""
also then later again has have had would will did does do was is were are been
be being once previously never already not just even still further simply
recently earlier separately publicly privately repeatedly quickly initially
first reportedly allegedly apparently reportedly now often frequently later
today yesterday tonight last this next on in at during late early week month
year morning afternoon evening night weekend day
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""")) 

_PREPS = frozenset(_W("""
with to for of by from about against at on in between among amongst than
including like toward towards into onto after before over under without via
per amid despite alongside beside behind beyond through throughout upon within
near across around versus vs
"""))

_STOPCAP = frozenset(_W("""
the a an in on at for by with from to of and or but if as so yet nor this that
these those there here it its he she they we i you his her their our your my
when while after before since during although though because however meanwhile
still also then thus hence indeed instead moreover furthermore nevertheless
asked speaking writing according last next earlier later today yesterday
monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december
mr mrs ms dr no yes not all some many most few both each every one two three
what who whom which where why how
""".replace("\n", " ")))

_TITLES = frozenset(_W("""
president vice prime minister secretary senator sen sen. rep rep. representative
gov gov. governor mayor gen gen. general judge justice chancellor king queen
prince princess pope sir dame lord lady mr mr. mrs mrs. ms ms. miss dr dr. prof
prof. professor chief executive ceo cfo coo cto chairman chairwoman chair chairperson
coach manager spokesman spokeswoman spokesperson foreign defence defense
interior finance state former deputy acting ambassador commissioner director
leader speaker captain capt capt. col col. lt lt. sgt sgt. officer detective
inspector superintendent rev rev. reverend bishop archbishop cardinal sheikh
emir crown premier attorney congressman congresswoman councillor councilman
councilwoman head founder co-founder cofounder owner boss striker midfielder
defender goalkeeper forward winger skipper chief-executive analyst economist
strategist editor correspondent commander colonel lieutenant major sergeant
admiral marshal father brother sister saint st st. dean provost chancellor
president-elect senior junior general-secretary secretary-general
u.s. us uk u.k. un u.n. eu e.u. white house
""".replace("\n", " ")))

# Nouns that name an organisation in a definite description: "the ministry said".
_ORG_HEADS = frozenset(_W("""
ministry department company firm government agency office embassy court
police army military group bank council committee commission board party
campaign club team union organisation organization administration foundation center centre
institute university league federation association authority regulator
cabinet parliament senate congress kremlin pentagon tribunal panel consortium
corporation carrier airline retailer insurer lender manufacturer maker
startup charity hospital school network broadcaster newspaper
"""))

# Nouns for documents and posts: "Smith's statement said", "a statement from X said".
_DOC_HEADS = frozenset(_W("""
statement post message letter report tweet release memo filing ruling
announcement speech remarks email note notice communique transcript
document decision order judgment verdict summary website blog video
"""))

# Definite descriptions of a person: "the president said" -> the person introduced so.
_PERSON_HEADS = frozenset(_W("""
president minister secretary senator leader chancellor coach manager spokesman
spokeswoman spokesperson ceo chief executive chairman chairwoman chair judge
prosecutor lawyer attorney governor mayor official diplomat ambassador envoy
premier king queen prince pope director founder owner boss player striker
midfielder defender goalkeeper captain skipper winger forward veteran
economist analyst scientist researcher author professor doctor officer
commander general head actor actress singer star champion candidate
lawmaker legislator congressman congresswoman representative commissioner
chancellor president-elect
"""))

_UNNAMED_PLURALS = frozenset(_W("""
mps meps senators councillors ministers members judges prosecutors
officials analysts critics experts sources residents witnesses observers
people protesters lawmakers diplomats investors economists traders
executives authorities leaders fans supporters opponents activists
scientists researchers doctors officers police organizers organisers
"""))

# Abbreviated titles written with a period: "Dr." "Gen." "Sen."
_HON_ABBR = frozenset(_W("""
mr mrs ms dr prof sen rep gov gen col capt lt sgt rev fr hon maj adm cmdr brig cllr supt insp det
atty pres sec st cpl pte pvt rt
"""))

_REPORT_THAT = frozenset(_W("""
that said says told tell added warned insisted argued claimed announced ruled found thought
believed knew felt feared hoped suggested stated noted explained wrote asked whether if
"""))
_THIRD_PRON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him|[Tt]hey|[Tt]heir)\b")
_AGREE_PRON = re.compile(r"\b([Hh]e|[Ss]he|[Hh]is|[Hh]er|himself|herself)\b")
_NEXT_WORD = re.compile(r"\s+([a-z][\w\-]*)")
# words after "her" that show an object pronoun ("told her that", "gave her a"), not a possessive
_NOT_POSSESSED = _PREPS | frozenset(_W("""
that a an the to and or but as when if so because while this these those it its up down out off
away back again too also once twice who which what how why where
"""))

_PRON_M = frozenset(("he",))
_PRON_F = frozenset(("she",))
_PRON_PL = frozenset(("they",))
_REL = frozenset(("who", "which", "that"))

_FIRST_PERSON = frozenset(_W("""
i i'm i've i'll i'd me my mine myself we we're we've we'll we'd us our ours
ourselves you you're you've you'll you'd your yours yourself let's
"""))

_MALE_HONORIFIC = frozenset(_W("mr mr. sir lord king prince father brother"))
_FEMALE_HONORIFIC = frozenset(_W("mrs mrs. ms ms. miss dame lady queen princess sister"))

# A small first-name list for he/she agreement; unknown names fit either.
_MALE_NAMES = frozenset(_W("""
aaron abdul abdullah adam adrian ahmed alan albert alejandro alex alexander
alexei alexey ali andre andrea andrei andres andrew andy angelo anthony antonio
arthur ashraf ben benjamin benny bernard bill billy bob bobby boris brad
bradley brandon brendan brian bruce bryan carl carlos charles charlie chris
christian christopher chuck claude clint colin craig dan daniel danny darren
dave david dean dennis derek dick diego dmitry dmitri dominic don donald doug
douglas duncan dwight ed eddie edward elon emmanuel enrique eric erik ernest
evan fabio felipe fernando francesco francis francisco frank franz fred
frederick friedrich gabriel gareth gary gavin geoffrey george gerald gerhard
giorgio giovanni giuseppe glenn gordon graham greg gregory guillermo gustavo
hamid hans harold harry hassan hector henry herbert hugh hugo ian ibrahim igor
isaac ivan jack jackson jacob jake james jamie jared jason javier jay jeff
jeffrey jens jeremy jerome jerry jesse jesus jim jimmy joachim joe joel johann
john johnny jon jonathan jordan jorge jose joseph josh joshua juan julian
justin kamal karl keir keith ken kenneth kevin khalid kim kirk klaus kurt kyle
lars larry lawrence lee leo leon leonard liam lionel lloyd louis luca lucas
luis luke marco marcus mario mark martin matt matthew maurice max michael
miguel mike mikhail mitch mitt mohamed mohammad mohammed muhammad narendra
nathan neil nicholas nick nicolas nigel noah olaf oliver omar oscar owen pablo
patrick paul pedro pep peter phil philip philippe pierre rafael ralph ramon
randhir raul ray raymond ricardo richard rick rishi rob robert roberto roger
roman ron ronald ross roy rudy rupert russell ryan sam samuel scott sean
sebastian sergei sergey sergio shane simon stefan stephen steve steven stuart
ted terry thomas tim timothy tobias todd tom tommy tony travis tyler uwe
valentin victor viktor vincent vladimir volodymyr walter warren wayne william
willie xi yuri zach zachary
"""))

_FEMALE_NAMES = frozenset(_W("""
abigail ada adriana agnes aisha alexandra alexis alice alicia alison amanda
amber amelia amy ana andrea angela angelina anita ann anna anne annie
annalena antonia april ashley audrey barbara beatrice becky betty beverly
brenda bridget brittany camila carla carmen carol caroline carolyn catherine
cathy charlotte chelsea cheryl chloe christina christine cindy claire clara
claudia colleen cynthia dana daniela danielle deborah debra denise diana diane
donna doris dorothy edith elena elisabeth eliza elizabeth ella ellen emily
emma erica erin esther eva eve evelyn fatima fiona frances francesca gabriela
gail giorgia gloria grace hannah harriet heather heidi helen helena hillary
holly ingrid irene isabel isabella jacqueline jacinda jane janet janice jasmine
jean jennifer jenny jessica jill joan joanna jodie josephine joy joyce judith
judy julia julie karen karin karoline kate katherine kathleen kathryn kathy
katie kay kelly kemi kim kirsten kristen kristin kristina lara laura lauren
leah lily linda lisa liz lorraine louise lucy lydia lynn madeleine maggie
mamie margaret maria marie marina marine marjorie martha mary maya megan
melania melanie melissa mia michelle mirjam molly monica nadia nancy natalia
natalie nicola nicole nina nora olivia olena pamela patricia paula pauline
penny priti rachel rebecca regina rita rosa rose ruth sabine sally samantha
sandra sara sarah sharon shirley silvia simone sofia sonia sophia sophie stacey
stephanie sue susan suzanne sylvia tamara tanya teresa theresa tiffany tina
tracy ursula valerie vanessa vera veronica victoria virginia wendy yulia yvonne
zoe
"""))

_ABBREV = frozenset(_W("""
mr mrs ms dr prof gen sen rep gov lt col capt sgt st jr sr inc corp co ltd
no vs etc u.s u.k u.n e.u a.m p.m jan feb mar apr jun jul aug sep sept oct nov
dec mt ft rev hon adm cmdr maj brig est approx dept univ
""")) 

_SPEAKER_LABELS = frozenset(("PERSON", "ORG", "GPE", "FAC", "LOC", "NORP"))

# --------------------------------------------------------------------------
# Regexes
# --------------------------------------------------------------------------

_DQ_OPEN = "\u201c\u201e\u00ab"          # “ „ «
_DQ_CLOSE = "\u201d\u00bb"                # ” »
_DQ_AMBIG = "\"\u201f\u2033"              # " ‟ ″
_SQ_OPEN = "\u2018\u201a\u2039"           # ‘ ‚ ‹
_SQ_CLOSE = "\u2019\u203a"                # ’ ›
_SQ_AMBIG = "'"

# two-character doubles from typewriters and LaTeX-ish copy: ``…'' ‘‘…’’ ''…''
_DQ2_OPEN = ("``", "\u2018\u2018")
_DQ2_CLOSE = ("\u2019\u2019",)
_DQ2_AMBIG = ("''",)
_DQ_RE = re.compile("``|\u2018\u2018|\u2019\u2019|''|[\n" + _DQ_OPEN + _DQ_CLOSE + _DQ_AMBIG + "]")
_SQ_RE = re.compile("[\n" + _SQ_OPEN + _SQ_CLOSE + _SQ_AMBIG + "]")
_ANY_DQ = re.compile("``|\u2018\u2018|\u2019\u2019|(?<![\\w'])''(?!')|[" + _DQ_OPEN + _DQ_CLOSE + _DQ_AMBIG + "]")
_ANY_MARK = re.compile("[" + _DQ_OPEN + _DQ_CLOSE + _DQ_AMBIG + _SQ_OPEN + _SQ_CLOSE + _SQ_AMBIG + "]")

_OPEN_CTX = set("([{\u2014\u2013-/:" + _DQ_OPEN + _DQ_AMBIG + _SQ_OPEN + _SQ_AMBIG)
_CLOSE_CTX = set(",.;:!?)]}\u2014\u2013-\u2026" + _DQ_CLOSE + _DQ_AMBIG + _SQ_CLOSE + _SQ_AMBIG)

_MASK = "\ue000"

# An attribution inside an unclosed quote: `"We will win, he said.` -> cut at the comma.
_ATTR_CUT = re.compile(
    r"[,?!\u2014]\s+(?:(?:he|she|they|[A-Z][\w\u2019'.\-]*(?:\s+[A-Z][\w\u2019'.\-]*){0,3})\s+"
    r"(?:said|says|added|adds|told|asked|noted|wrote|insisted|warned|explained|continued|replied)"
    r"|(?:said|says|added|asked|wrote)\s+(?:[A-Z]|he\b|she\b|the\b))"
)
_SENT_END_IN = re.compile(r"[.?!\u2026](?=\s)")

_BOUNDARY = re.compile(
    r"(?<=[.!?\u2026])[\"\u201d\u2019')\]]*\s+(?=[\"\u201c\u2018'(\[]?[A-Z\d" + _MASK + r"])|\n"
)
_TOKEN = re.compile(_MASK + r"+|[^\W\d_](?:[\w\u2019'\-]*\w)?|\d[\w\-%]*|[^\w\s]")
_WORDS = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
_PREV_WORD = re.compile(r"([\w\u2019'\-]+)[^\w\n]*$")
_HONORIFIC_RE = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess)\.?\s+"
    r"(?:[A-Z][\w\u2019'\-]*\s+){0,2}([A-Z][\w\u2019'\-]*)"
)
_PERSON_NOUNS = (
    "grandmother|grandfather|mother|father|mum|mom|dad|son|daughter|wife|husband|brother|sister|"
    "friend|neighbour|neighbor|colleague|teacher|man|woman|boy|girl|aunt|uncle|cousin|partner|"
    "grandson|granddaughter|niece|nephew|widow|fiancee|fiance|boyfriend|girlfriend|child|baby")
_NOMINAL_OPEN = re.compile(r"\s*(?:[A-Z][a-z]+,\s+)?(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Tt]he|[Aa]n?)\s+"
                           r"(?:[a-z\-]+\s+){0,2}(?:" + _PERSON_NOUNS + r")\b")
_PRE_WORDS = re.compile(r"[\w\u2019'\-.]+|[^\w\s]")
_CAP_PHRASE_END = re.compile(
    r"((?:[A-Z][\w&.\u2019'\-]*)(?:\s+(?:(?:of|for|the|and|on|de|des|du|la|le|di)\s+)*[A-Z][\w&.\u2019'\-]*)*)\s*$")
_POSS = re.compile(r"['\u2019]s?$")


# --------------------------------------------------------------------------
# Data holders
# --------------------------------------------------------------------------

class _Raw:
    __slots__ = ("ms", "me", "s", "e", "para", "cont_prev", "cont_next", "unclosed", "cl",
                 "text", "speaker", "keep", "attributed", "sent")

    def __init__(self, ms: int, me: int, s: int, e: int, para: int) -> None:
        self.ms = ms          # first char of the masked region (the opening mark)
        self.me = me          # end of the masked region (after the closing mark)
        self.s = s            # inner span start
        self.e = e            # inner span end
        self.para = para      # paragraph number (non-empty paragraphs)
        self.cont_prev = False  # continues a quote from the previous paragraph
        self.cont_next = False  # continues into the next paragraph
        self.unclosed = False
        self.cl = 0             # length of the closing mark (0: none)
        self.text = ""
        self.speaker: Optional[str] = None
        self.keep = False
        self.attributed = False
        self.sent = -1


# --------------------------------------------------------------------------
# 1. Pairing the marks
# --------------------------------------------------------------------------

def _flanks(text: str, pos: int, n: int, length: int = 1) -> tuple[bool, bool]:
    prev = text[pos - 1] if pos > 0 else "\n"
    nxt = text[pos + length] if pos + length < n else "\n"
    left = (not nxt.isspace()) and nxt not in ",.;:!?)]}" and (prev.isspace() or prev in _OPEN_CTX)
    right = (not prev.isspace()) and (nxt.isspace() or nxt in _CLOSE_CTX)
    return left, right


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or not text[s].isprintable()):
        s += 1
    while e > s and (text[e - 1].isspace() or not text[e - 1].isprintable()):
        e -= 1
    if e > s and text[e - 1] in ",;:":
        e -= 1
    elif e > s and text[e - 1] == ".":
        # keep an ellipsis and the period of a final abbreviation ("U.S.")
        if not (e - s >= 2 and text[e - 2] == ".") and not (
            e - s >= 3 and text[e - 3] == "." and text[e - 2].isupper()
        ):
            e -= 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _is_apostrophe(text: str, pos: int, n: int, ch: str) -> bool:
    """A single mark between two letters or digits is an apostrophe (don't, O'Brien)."""
    prev = text[pos - 1] if pos > 0 else " "
    nxt = text[pos + 1] if pos + 1 < n else " "
    if prev.isalnum() and nxt.isalnum():
        return True
    return False


def _soft_nl(text: str, p: int) -> bool:
    """A hard-wrapped line inside a paragraph: "...the control of the\nadministration he heads"."""
    if p == 0 or p + 1 >= len(text):
        return False
    prev, nxt = text[p - 1], text[p + 1]
    return (prev.isalnum() or prev in ",;-") and nxt.isalpha() and nxt.islower()


def _pair(text: str, single: bool) -> list[_Raw]:
    n = len(text)
    out: list[_Raw] = []
    if single:
        mark_re, opens, closes, ambig = _SQ_RE, _SQ_OPEN, _SQ_CLOSE, _SQ_AMBIG
    else:
        mark_re, opens, closes, ambig = _DQ_RE, _DQ_OPEN, _DQ_CLOSE, _DQ_AMBIG

    # collect marks per paragraph in one pass: (position, length, kind o/c/a)
    paras: list[tuple[int, int, list]] = []  # (start, end, marks)
    start = 0
    marks: list[tuple[int, int, str]] = []
    for m in mark_re.finditer(text):
        p = m.start()
        tok = m.group()
        if tok == "\n":
            if _soft_nl(text, p):
                continue
            paras.append((start, p, marks))
            start, marks = p + 1, []
            continue
        if len(tok) == 2:
            kind = "o" if tok in _DQ2_OPEN else ("c" if tok in _DQ2_CLOSE else "a")
        else:
            if single and _is_apostrophe(text, p, n, tok):
                continue
            kind = "o" if tok in opens else ("c" if tok in closes else "a")
        marks.append((p, len(tok), kind))
    paras.append((start, n, marks))

    para_no = -1
    pending_cont = False  # previous paragraph ended inside a continuing quote
    for pi, (ps, pe, pmarks) in enumerate(paras):
        nonempty = bool(text[ps:pe].strip())
        if nonempty:
            para_no += 1
        if not pmarks:
            pending_cont = False if nonempty else pending_cont
            continue
        open_pos, open_len = -1, 1
        first_raw_index = len(out)
        for p, ln, kind in pmarks:
            left, right = _flanks(text, p, n, ln)
            if single and kind != "o":
                # plural possessive "players' union": an s' followed by a lower-case word
                if open_pos >= 0 and p > 0 and text[p - 1] in "sS" and p + 2 < n and text[p + 1] == " " \
                        and text[p + 2].islower() and _later_close(text, p, pe, closes + ambig):
                    continue
            if open_pos < 0:
                if kind == "o" or (kind == "a" and (left or (not right and p + ln < n and text[p + ln].isalnum()))) \
                        or (kind == "c" and left and not right):
                    open_pos, open_len = p, ln
                continue
            # a quote is open
            if kind == "c" or (kind == "a" and not (left and not right)) or (kind == "o" and right and not left):
                s, e = _trim(text, open_pos + open_len, p)
                if e > s:
                    r = _Raw(open_pos, p + ln, s, e, para_no)
                    r.cl = ln
                    out.append(r)
                open_pos = -1
            else:
                # an opener while open: the previous mark was never closed
                _emit_unclosed(out, text, open_pos, open_len, p, para_no, mid=True)
                open_pos, open_len = p, ln
        if open_pos >= 0:
            # open at the end of the paragraph: continued in the next one, or unclosed
            nxt = _next_para_first_chars(text, paras, pi)
            if nxt and (nxt[0] in opens + ambig or nxt in _DQ2_OPEN + _DQ2_AMBIG) \
                    and not _ATTR_CUT.search(text, open_pos + open_len, pe):
                s, e = _trim(text, open_pos + open_len, pe)
                if e > s:
                    r = _Raw(open_pos, pe, s, e, para_no)
                    r.cont_next = True
                    out.append(r)
            else:
                _emit_unclosed(out, text, open_pos, open_len, pe, para_no, mid=False)
        if pending_cont and len(out) > first_raw_index:
            first = out[first_raw_index]
            if not text[ps:first.ms].strip():
                first.cont_prev = True
        pending_cont = bool(out) and out[-1].cont_next and out[-1].para == para_no
    return out


def _later_close(text: str, p: int, pe: int, closers: str) -> bool:
    for q in range(p + 1, min(pe, p + 400)):
        if text[q] in closers:
            nx = text[q + 1] if q + 1 < len(text) else " "
            if not nx.isalnum():
                return True
    return False


def _next_para_first_chars(text: str, paras, pi: int) -> str:
    for ps, pe2, _ in paras[pi + 1:pi + 4]:
        chunk = text[ps:min(pe2, ps + 200)].lstrip()
        if chunk:
            return chunk[:2]
    return ""


def _emit_unclosed(out: list[_Raw], text: str, o: int, olen: int, limit: int, para: int, mid: bool) -> None:
    seg_s = o + olen
    m = _ATTR_CUT.search(text, seg_s, limit)
    if m:
        end = m.start()
    elif mid:
        m2 = _SENT_END_IN.search(text, seg_s, limit)
        if not m2:
            return
        end = m2.end()
    else:
        end = limit
    s, e = _trim(text, seg_s, end)
    if e > s:
        r = _Raw(o, end, s, e, para)
        r.unclosed = True
        out.append(r)


# --------------------------------------------------------------------------
# 2. Masking and sentences
# --------------------------------------------------------------------------

def _mask(text: str, raws: list[_Raw]) -> str:
    parts = []
    last = 0
    for r in raws:
        if r.ms < last:
            continue
        parts.append(text[last:r.ms])
        length = r.me - r.ms
        inner_last = text[r.me - r.cl - 1] if r.cl and r.me - r.cl - 1 >= r.ms else ""
        tail = inner_last if inner_last and inner_last in ",.?!;:" else _MASK
        if length > 1:
            parts.append(_MASK * (length - 1) + tail)
        else:
            parts.append(_MASK * length)
        last = r.me
    parts.append(text[last:])
    return "".join(parts)


def _sentences(masked: str) -> list[int]:
    """Start offsets of sentences (always starting with 0)."""
    starts = [0]
    for m in _BOUNDARY.finditer(masked):
        if masked[m.start()] == "\n" and _soft_nl(masked, m.start()):
            continue
        if masked[m.start()] != "\n" and m.start() > 0:
            # the word before the period: an abbreviation or an initial is no boundary
            k = m.start() - 1
            while k >= 0 and masked[k] in "\"\u201d\u2019')]":
                k -= 1
            if k >= 0 and masked[k] == ".":
                j = k - 1
                while j >= 0 and (masked[j].isalpha() or masked[j] == "."):
                    j -= 1
                word = masked[j + 1:k].lower()
                if word in _ABBREV or (len(word) == 1 and masked[k - 1].isupper()):
                    continue
            # `"Thank you!" Trump posted.` - the attribution after a quote is not a new sentence
            if k >= 1 and masked[k - 1] == _MASK and _ATTR_AFTER.match(masked, m.end()):
                continue
        starts.append(m.end())
    # bound the work per sentence: cut run-on "sentences" (lists, garbage) at a space
    out = []
    n = len(masked)
    for i, st in enumerate(starts):
        out.append(st)
        end = starts[i + 1] if i + 1 < len(starts) else n
        pos = st
        while end - pos > _MAX_SENT:
            cut = masked.find(" ", pos + _MAX_SENT // 2, pos + _MAX_SENT)
            if cut < 0:
                cut = pos + _MAX_SENT
            out.append(cut + 1 if masked[cut] == " " else cut)
            pos = out[-1]
    return out


_MAX_SENT = 1500


_ATTR_AFTER = re.compile(
    r"(?:[A-Z][\w\u2019'\-]*\s+){1,4}(?:said|says|told|added|asked|wrote|posted|tweeted|replied|insisted|"
    r"explained|noted|continued|shouted|exclaimed|admitted|warned|recalled|stated|declared|answered)\b")


# --------------------------------------------------------------------------
# 3. The analysis state for one text
# --------------------------------------------------------------------------

class _Ctx:
    def __init__(self, text: str, masked: str, entities: list[Entity], raws: list[_Raw]) -> None:
        self.text = text
        self.masked = masked
        n = len(text)
        ents = []
        for e in entities:
            try:
                s, t = int(e.start), int(e.end)
            except (TypeError, ValueError, AttributeError):
                continue
            if 0 <= s < t <= n and getattr(e, "label", None) in _SPEAKER_LABELS:
                if e.label == "PERSON" and all(w.lower().rstrip(".") in _TITLES or w.lower() in _PERSON_HEADS
                                               for w in text[s:t].split()):
                    continue  # a title alone ("Councillor") names nobody
                ents.append((s, t, e.label))
        ents.sort()
        # drop overlaps (keep the first, longest-first at equal start)
        clean = []
        last_end = -1
        for s, t, lab in sorted(ents, key=lambda x: (x[0], -x[1])):
            if s >= last_end:
                clean.append((s, t, lab))
                last_end = t
        self.ents = clean
        self.ent_starts = [s for s, _, _ in clean]
        self.raws = raws
        self.q_starts = [r.ms for r in raws]
        self.sent_starts = _sentences(masked)
        self.line_starts: list[int] = []
        self.line_para: list[int] = []
        off, cnt = 0, -1
        for line in text.split("\n"):
            soft = off > 0 and _soft_nl(text, off - 1)
            if line.strip() and not soft:
                cnt += 1
            self.line_starts.append(off)
            self.line_para.append(max(cnt, 0))
            off += len(line) + 1
        self._persons: Optional[dict] = None
        self._titles: Optional[list] = None
        self._genders: Optional[dict] = None
        self._exp: dict = {}
        self._learned: dict = {}
        self._agree: dict = {}
        self._title_index: Optional[dict] = None
        self._first: Optional[dict] = None

    # -- entities ---------------------------------------------------------
    def ent_at(self, pos: int):
        i = bisect_right(self.ent_starts, pos) - 1
        if i >= 0:
            s, t, lab = self.ents[i]
            if s <= pos < t:
                return i
        return -1

    def in_quote(self, pos: int) -> bool:
        return self.masked[pos] == _MASK if 0 <= pos < len(self.masked) else False

    def sent_index(self, pos: int) -> int:
        return bisect_right(self.sent_starts, pos) - 1

    def sent_range(self, i: int) -> tuple[int, int]:
        s = self.sent_starts[i]
        e = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        return s, e

    # -- people -----------------------------------------------------------
    @property
    def persons(self) -> dict:
        """last token (lower) -> {tokens tuple: [positions]} of PERSON forms, titles stripped."""
        if self._persons is None:
            d: dict[str, dict] = {}
            for s, t, lab in self.ents:
                if lab != "PERSON":
                    continue
                toks = _name_tokens(self.text[s:t])
                if toks:
                    d.setdefault(toks[-1].lower(), {}).setdefault(tuple(toks), []).append(s)
            self._persons = d
        return self._persons

    def fullest(self, toks: list[str], pos: int) -> str:
        if not toks:
            return ""
        forms = self.persons.get(toks[-1].lower())
        if len(toks) == 1 and (not forms or max(len(f) for f in forms) == 1):
            # "added Sir Alistair": a first name alone names the one person with that first name
            full = self.by_first_name(toks[0], pos)
            if full:
                return full
        if not forms:
            return " ".join(toks)
        cands = list(forms.items())
        low = [t.lower() for t in toks]
        if len(toks) >= 2:
            fit = [c for c in cands if [x.lower() for x in c[0][-len(toks):]] == low]
            if not fit:
                fit = [c for c in cands if c[0][0].lower() == low[0]]
            if not fit:
                return " ".join(toks)
            cands = fit
        best_len = max(len(c[0]) for c in cands)
        if best_len < len(toks):
            return " ".join(toks)
        longest = [c for c in cands if len(c[0]) == best_len]
        pick, pick_pos = None, -1
        for form, positions in longest:
            i = bisect_right(positions, pos) - 1
            if i >= 0 and positions[i] > pick_pos:
                pick, pick_pos = form, positions[i]
        if pick is None:
            pick = min(longest, key=lambda c: c[1][0])[0]
        return " ".join(pick)

    def by_first_name(self, first: str, pos: int) -> Optional[str]:
        """The full name of the only person (named before pos) whose first name is ``first``."""
        if self._first is None:
            d: dict[str, dict] = {}
            for forms in self.persons.values():
                for form, positions in forms.items():
                    if len(form) >= 2 and form[0][:1].isupper():
                        d.setdefault(form[0].lower(), {}).setdefault(form[-1].lower(), (form, positions[0]))
            self._first = d
        entry = self._first.get(first.lower())
        if not entry or len(entry) != 1:
            return None
        form, p0 = next(iter(entry.values()))
        if p0 > pos:
            return None
        return self.fullest(list(form), pos)

    @property
    def genders(self) -> dict:
        if self._genders is None:
            g: dict[str, str] = {}
            for m in _HONORIFIC_RE.finditer(self.text):
                h = m.group(1).lower()
                g[m.group(2).lower()] = "m" if h in _MALE_HONORIFIC else "f"
            # a sentence opening with He/His or She/Her after one whose subject is a person
            learned: dict[str, str] = {}
            masked = self.masked
            for k in range(1, len(self.sent_starts)):
                st = self.sent_starts[k]
                head = masked[st:st + 4]
                if head.startswith(("He ", "His ")):
                    gg = "m"
                elif head.startswith(("She ", "Her ")):
                    gg = "f"
                else:
                    continue
                sub = self.sent_subject(k - 1)
                if sub is None:
                    # "I sent the draft to Oksana Bilyk. She replied ...": the only person named
                    objs = self.sent_objects(k - 1)
                    ps, pe = self.sent_range(k - 1)
                    if len(objs) == 1 and not _THIRD_PRON.search(masked, ps, pe):
                        sub = objs[0]
                if sub:
                    toks = _name_tokens(self.text[sub[0]:sub[1]])
                    if toks:
                        last = toks[-1].lower()
                        if last not in g:
                            prev = learned.get(last)
                            learned[last] = gg if prev in (None, gg) else "?"
            # "When reporters asked Deshmukh about his bowlers, he ...": the next he/she/his in the
            # sentence, with no other person named in between, agrees with the person
            ents = self.ents
            agree: dict[str, list] = {}
            for idx, (es, et, lab) in enumerate(ents):
                if not (lab == "PERSON" or self._maybe_person(es, et, lab)) or self.in_quote(es):
                    continue
                si = self.sent_index(es)
                lim = self.sent_range(si)[1]
                for es2, _, lab2 in ents[idx + 1:idx + 4]:
                    if lab2 == "PERSON":
                        lim = min(lim, es2)
                        break
                m = None
                s0 = self.sent_starts[si]
                if _THIRD_PRON.search(masked, s0, es):
                    continue  # "She founded Acme House with a loan from her father": her is "She"
                for m2 in _AGREE_PRON.finditer(masked, et, lim):
                    pw = _PREV_WORD.search(masked, max(et, m2.start() - 30), m2.start())
                    if pw and pw.group(1).lower() in _REPORT_THAT:
                        # "Judge Marsh said he would be sentenced": the pronoun may be anyone
                        continue
                    if m2.group(1).lower() == "her":
                        nx = _NEXT_WORD.match(masked, m2.end())
                        if not nx or nx.group(1).lower() in _NOT_POSSESSED:
                            continue  # "thanked her for": an object, somebody else
                    m = m2
                    break
                if not m:
                    continue
                toks = _name_tokens(self.text[es:et])
                if not toks:
                    continue
                last = toks[-1].lower()
                if last in g:
                    continue
                gg = "m" if m.group(1).lower() in ("he", "his", "himself") else "f"
                agree.setdefault(last, []).append((m.start(), gg))
            self._learned = {k2: v2 for k2, v2 in learned.items() if v2 != "?"}
            self._agree = agree
            self._genders = g
        return self._genders

    def gender(self, name: str, pos: Optional[int] = None) -> Optional[str]:
        """'m', 'f' or None; pronoun agreement only counts for pronouns before pos."""
        toks = name.split()
        if not toks:
            return None
        last = toks[-1].lower()
        if last in self.genders:
            return self.genders[last]
        first = toks[0].lower()
        # a lone name is a first name when no fuller form of it is in the article
        # ("her late husband, Frank"); a lone surname has its full form somewhere
        if len(toks) >= 2 or self.fullest(toks, len(self.text) if pos is None else pos) == name:
            if first in _MALE_NAMES and first not in _FEMALE_NAMES:
                return "m"
            if first in _FEMALE_NAMES and first not in _MALE_NAMES:
                return "f"
        g = self._learned.get(last)
        if g is None and pos is not None:
            seen = {gg for p, gg in self._agree.get(last, ()) if p < pos}
            if len(seen) == 1:
                g = seen.pop()
        return g

    @property
    def titles(self) -> list:
        """(position, title word, person name) for 'President Donald Trump', 'Smith, the coach'."""
        if self._titles is None:
            out = []
            text = self.text
            for s, t, lab in self.ents:
                if lab != "PERSON":
                    continue
                raw = text[s:t]
                name = " ".join(_name_tokens(raw))
                if not name:
                    continue
                words = [w.lower().rstrip(".") for w in re.findall(r"[\w\-.]+", text[max(0, s - 50):s])[-3:]]
                for w in raw.split()[:-1]:
                    words.append(w.lower().rstrip("."))
                for w in words:
                    w = _TITLE_NORM.get(w, w)
                    if w in _PERSON_HEADS or w in _TITLES:
                        out.append((s, w, name))
                m = re.match(r",\s+(?:the|a|an|its|his|her|their)\s+([\w\-\s]{2,60}?)(?=[,.;]| of | at | for | in | who )",
                             text[t:t + 90])
                if m:
                    for w in m.group(1).lower().split():
                        if w in _PERSON_HEADS:
                            out.append((s, w, name))
                    yo = re.search(r"\d+-year-old", m.group(1))
                    if yo:
                        out.append((s, "year-old", name))
            out.sort()
            self._titles = out
        return self._titles

    def by_title(self, head: str, pos: int) -> Optional[str]:
        if self._title_index is None:
            idx: dict[str, tuple[list, list]] = {}
            for p, w, name in self.titles:
                ps, ns = idx.setdefault(w, ([], []))
                ps.append(p)
                ns.append(name)
            self._title_index = idx
        entry = self._title_index.get(head)
        if not entry:
            return None
        i = bisect_right(entry[0], pos) - 1
        if i < 0:
            return None
        intro = self.indefinite_intro(head, pos)
        if intro is not None and intro > entry[0][i]:
            return None
        return self.fullest(entry[1][i].split(), pos)

    def indefinite_intro(self, head: str, pos: int) -> Optional[int]:
        """Position of the last "an officer" / "a senior official" before pos (an unnamed person
        that "the officer" refers back to), or None."""
        a = max(0, pos - 2500)
        last = None
        rx = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w\-]+\s+){0,3}?" + re.escape(head) + r"\b")
        for m in rx.finditer(self.masked, a, pos):
            last = m.start()
        return last

    # -- subjects of sentences ---------------------------------------------
    def sent_candidates(self, si: int, before: Optional[int] = None, labels=("PERSON",)) -> list:
        """Entities of sentence si with a label in labels, outside quotes, not objects of a
        preposition; those after an -ing word ("Remanding Whitcombe") go last."""
        s, e = self.sent_range(si)
        if before is not None:
            e = min(e, before)
        first, late = [], []
        i = bisect_left(self.ent_starts, s)
        while i < len(self.ents) and self.ents[i][0] < e:
            es, et, lab = self.ents[i]
            i += 1
            if lab not in labels or self.in_quote(es):
                continue
            kind = self._position(es)
            if kind in ("obj", "appos"):
                continue
            (late if kind == "late" else first).append((es, et, lab))
        return first + late

    def sent_objects(self, si: int, before: Optional[int] = None) -> list:
        """PERSON entities of sentence si outside quotes that are objects of a preposition,
        most recent first."""
        s, e = self.sent_range(si)
        if before is not None:
            e = min(e, before)
        out = []
        i = bisect_left(self.ent_starts, s)
        while i < len(self.ents) and self.ents[i][0] < e:
            es, et, lab = self.ents[i]
            i += 1
            if (lab == "PERSON" or self._maybe_person(es, et, lab)) and not self.in_quote(es) \
                    and self._position(es) == "obj":
                out.append((es, et, lab))
        out.reverse()
        return out

    def _maybe_person(self, es: int, et: int, lab: str) -> bool:
        """A one-word ORG that may be a surname the recogniser mislabelled ("the question to
        Kovacic, he laughed"); it only counts where a later pronoun agrees with it."""
        if lab != "ORG":
            return False
        w = self.text[es:et]
        return " " not in w and w[:1].isupper() and not w.isupper() and w.lower() not in _ORG_HEADS \
            and not _org_suffix(w.lower())

    def _position(self, es: int) -> str:
        """'obj' after a preposition ("with the Dutch astronomer X"), 'late' after an -ing word."""
        a = max(0, es - 60)
        nl = self.text.rfind("\n", a, es)
        if nl >= 0:
            a = nl + 1
        words = [(m.group(), m.start()) for m in _PRE_WORDS.finditer(self.text, a, es)]
        # "Sir Anthony Hale, the former Astronomer Royal": an appositive title, not a new person
        tail = [w.lower() for w, _ in words[-4:]]
        if "the" in tail:
            i_the = len(tail) - 1 - tail[::-1].index("the")
            i_w = len(words) - len(tail) + i_the  # index of "the" in words
            if i_the >= 1 and tail[i_the - 1] == "," and all(w.isalpha() and w.islower() for w in tail[i_the + 1:]) \
                    and i_w >= 2 and words[i_w - 2][0][:1].isupper():
                pe = self.ent_at(words[i_w - 2][1])
                if pe < 0 or self.ents[pe][2] == "PERSON":
                    return "appos"
        k = 0
        for w, wpos in reversed(words[-5:]):
            if not w or not w[0].isalpha():
                break
            if w.endswith(".") and w[:-1].lower() not in _ABBREV and w.lower() not in _TITLES:
                break
            low = w.lower().rstrip(".")
            if low in _PREPS:
                return "obj"
            if k == 0 and low.endswith("ing") and len(low) > 5 and (w[0].islower() or (
                    self.ent_at(wpos) < 0 and self.sent_starts[self.sent_index(wpos)] == wpos)):
                # "Remanding Corrigan in custody, Judge Fennelly said": the object of a participle
                return "late"
            if w[0].islower() or low in _TITLES or low in _PERSON_HEADS:
                k += 1
                continue
            ei = self.ent_at(wpos)
            if ei >= 0 and self.ents[ei][2] in ("NORP", "GPE"):
                k += 1
                continue
            break
        return "first"

    def sent_subject(self, si: int, before: Optional[int] = None, labels=("PERSON",)):
        c = self.sent_candidates(si, before, labels)
        return c[0] if c else None

    def resolve_pronoun(self, pron: str, pos: int) -> Optional[str]:
        if pron in _PRON_PL or pron == "it":
            si = self.sent_index(pos)
            for k in range(si, max(-1, si - 3), -1):
                sub = self.sent_subject(k, pos if k == si else None, labels=("ORG", "GPE"))
                if sub:
                    return self.org_name(sub[0], sub[1])
            return None
        want = "m" if pron in _PRON_M else "f"
        si = self.sent_index(pos)
        if self._nominal_subject(si, pos):
            return None
        if self._unnamed_source_before(si, pos):
            return None
        # people of this and previous sentences (subjects first), most recent sentence first;
        # an unknown-gender candidate yields to a known match a few sentences further back
        unknown, unknown_k = None, -1
        seen = 0
        named_after = False
        para_start = _para_start(self, pos)
        for k in range(si, max(-1, si - 40), -1):
            if unknown is not None and (unknown_k - k > 4 or self.sent_starts[k] < para_start):
                # the known match must be in the pronoun's own paragraph
                return unknown
            cands = self.sent_candidates(k, pos if k == si else None)
            if k < si and cands and self.masked.startswith(("He " if want == "m" else "She "), self.sent_starts[k]):
                # "She founded Polyglot House ...": the sentence continues an earlier "she";
                # the people after its pronoun subject are not who "she" is
                continue
            if cands:
                seen += 1
                if seen > 10:
                    break
            if k >= si - 1 or not named_after:
                # "When I put the question to Kovacs, he laughed.": people of the current and
                # previous sentence (or further back, when nobody was named since) who are not
                # subjects come next, most recent first
                objs = self.sent_objects(k, pos if k == si else None)
                objs = [o for o in objs if o[2] == "PERSON" or
                        self.gender(self.text[o[0]:o[1]], pos) == want]
                if k < si - 1:
                    # further back only a person whose gender is known to agree
                    objs = [o for o in objs
                            if self.gender(self.fullest(_name_tokens(self.text[o[0]:o[1]]), o[0]), pos) == want]
                cands = cands + objs
            else:
                objs = []
            if cands or objs:
                named_after = True
            for sub in cands:
                name = self.fullest(_name_tokens(self.text[sub[0]:sub[1]]), sub[0])
                g = self.gender(name, pos)
                if g == want:
                    return name
                if g is None and unknown is None:
                    unknown, unknown_k = name, k
        if unknown is not None:
            return unknown
        # any compatible person before
        i = bisect_left(self.ent_starts, pos) - 1
        while i >= 0 and i >= bisect_left(self.ent_starts, pos) - 40:
            es, et, lab = self.ents[i]
            i -= 1
            if lab != "PERSON" or self.in_quote(es) or self._position(es) in ("obj", "appos"):
                continue
            name = self.fullest(_name_tokens(self.text[es:et]), es)
            g = self.gender(name, pos)
            if g is None or g == want:
                return name
        if i < 0:
            # nobody named before: a feature lede names the person just after ("She told ... \nJane Wu, 34, ...")
            for k in range(si + 1, min(len(self.sent_starts), si + 3)):
                for sub in self.sent_candidates(k):
                    name = self.fullest(_name_tokens(self.text[sub[0]:sub[1]]), sub[0])
                    g = self.gender(name, pos)
                    if g is None or g == want:
                        return name
        return None

    def _unnamed_source_before(self, si: int, pos: int) -> bool:
        """The pronoun's sentence or the one before opens with an unnamed person ("One ward
        sister, who asked not to be named, said ...") and names nobody: "she" is that person."""
        for k in (si, si - 1):
            if k < 0:
                continue
            s, _ = self.sent_range(k)
            m = _UNNAMED_OPEN.match(self.masked, s)
            if m and m.end() <= pos:
                return not self.sent_candidates(k, pos if k == si else None)
            if self.sent_candidates(k, pos if k == si else None):
                return False
        return False

    def _nominal_subject(self, si: int, pos: int) -> bool:
        """The sentence opens with "My grandmother ..." and names nobody before pos."""
        s, _ = self.sent_range(si)
        m = _NOMINAL_OPEN.match(self.masked, s)
        if not m or m.end() > pos:
            return False
        return not self.sent_candidates(si, pos)

    def org_name(self, s: int, t: int) -> str:
        raw = self.text[s:t]
        raw = re.sub(r"^(?:the|The)\s+", "", raw)
        raw = _POSS.sub("", raw).strip() if raw.endswith(("'s", "\u2019s")) else raw.strip()
        if 2 <= len(raw) <= 12 and " " not in raw:
            long = self.expansion(raw)
            if long:
                return long
        return raw

    def expansion(self, abbr: str) -> Optional[str]:
        """`European Network of ... (ENTSO-E)` / `..., known as ENTSO-E`: the long form of an acronym."""
        if abbr in self._exp:
            return self._exp[abbr]
        res = None
        m = re.search(r"(?<!\w)" + re.escape(abbr) + r"(?!\w)", self.text)
        if m:
            before = self.text[max(0, m.start() - 30):m.start()]
            mm = re.search(r"(?:\(\s*|,?\s+(?:known as|or|also called|also known as)\s+(?:the\s+)?)$", before)
            if mm:
                cut = m.start() - (len(before) - mm.start())
                i = bisect_left(self.ent_starts, cut) - 1
                if i >= 0:
                    es, et, lab = self.ents[i]
                    if lab == "ORG" and cut - et <= 2:
                        res = re.sub(r"^(?:the|The)\s+", "", self.text[es:et])
                if res is None:
                    mm2 = _CAP_PHRASE_END.search(self.text, max(0, cut - 150), cut)
                    if mm2 and len(mm2.group(1).split()) >= 2:
                        res = mm2.group(1)
        self._exp[abbr] = res
        return res

    def org_by_head(self, head: str, pos: int) -> Optional[str]:
        i = bisect_left(self.ent_starts, pos) - 1
        lim = max(-1, i - 60)
        generic = head in ("company", "firm", "group", "club", "team", "organisation", "organization",
                           "corporation", "carrier", "airline", "retailer", "insurer", "lender",
                           "manufacturer", "maker", "startup", "charity", "network", "broadcaster")
        fallback = None
        while i > lim:
            es, et, lab = self.ents[i]
            i -= 1
            if lab != "ORG" or self.in_quote(es):
                continue
            if head in self.text[es:et].lower():
                return self.org_name(es, et)
            if generic and fallback is None:
                fallback = self.org_name(es, et)
        return fallback


_NAME_SUFFIX = frozenset(_W("jr sr ii iii iv kc qc mp mep obe cbe mbe phd md esq"))

_DETS = frozenset(_W("the a an one another its his her their our this that"))
_ORG_SUFFIXES = ("maker", "giant", "operator", "provider", "producer", "retailer", "chain", "brand",
                 "platform", "developer", "supplier", "conglomerate", "utility", "exchange", "outlet",
                 "publisher", "studio", "regulator", "watchdog", "lender", "insurer", "company", "firm",
                 "group", "startup", "airline", "carrier", "bank", "fund", "automaker", "carmaker")


def _org_suffix(head: str) -> bool:
    return head.endswith(_ORG_SUFFIXES)


_TITLE_NORM = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
               "pres": "president", "sec": "secretary", "atty": "attorney", "det": "detective",
               "sgt": "sergeant", "capt": "captain", "lt": "lieutenant", "col": "colonel", "prof": "professor",
               "dr": "doctor", "supt": "superintendent", "insp": "inspector", "cllr": "councillor",
               "chief-executive": "executive", "ceo": "executive", "skipper": "captain"}

_COMMON: Optional[frozenset] = None


def _common_words() -> frozenset:
    """Frequent lower-case English words (shared lexicon), if the file is there."""
    global _COMMON
    if _COMMON is None:
        try:
            from pathlib import Path
            path = Path(__file__).with_name("data") / "common_words.txt"
            _COMMON = frozenset(w.strip() for w in path.read_text(encoding="utf-8").split("\n") if w.strip())
        except OSError:
            _COMMON = frozenset()
    return _COMMON


def _name_tokens(raw: str) -> list[str]:
    toks = raw.split()
    if toks:
        toks[-1] = _POSS.sub("", toks[-1]) if re.search(r"['\u2019]s?$", toks[-1]) else toks[-1]
        if not toks[-1]:
            toks.pop()
    # strip what precedes the last title ("Ukrainian President Volodymyr Zelensky",
    # "U.S. Secretary of State Marco Rubio", "Ministry spokesman Ravi Menon")
    last = -1
    for i in range(len(toks) - 1):
        if toks[i].lower() in _TITLES or toks[i].lower().rstrip(".") in _TITLES:
            last = i
    toks = toks[last + 1:]
    while len(toks) > 1 and toks[0].lower() in ("of", "the"):
        toks = toks[1:]
    return toks


# --------------------------------------------------------------------------
# 4. Sentence-level attribution
# --------------------------------------------------------------------------

class _Tok:
    __slots__ = ("s", "e", "t", "low", "kind", "ent", "q")

    def __init__(self, s: int, e: int, t: str, kind: str) -> None:
        self.s, self.e, self.t, self.kind = s, e, t, kind
        self.low = t.lower().rstrip(".") if kind == "W" else t
        self.ent = -1
        self.q = -1


class _Mention:
    __slots__ = ("i0", "i1", "kind", "value")

    def __init__(self, i0: int, i1: int, kind: str, value) -> None:
        self.i0, self.i1, self.kind, self.value = i0, i1, kind, value


def _tokenize(ctx: _Ctx, s: int, e: int) -> list[_Tok]:
    toks = []
    masked = ctx.masked
    for m in _TOKEN.finditer(masked, s, e):
        t = m.group()
        if t[0] == _MASK:
            tok = _Tok(m.start(), m.end(), t, "Q")
            i = bisect_right(ctx.q_starts, m.start()) - 1
            if i >= 0 and ctx.raws[i].ms <= m.start() < ctx.raws[i].me:
                tok.q = i
            toks.append(tok)
            continue
        kind = "W" if (t[0].isalpha()) else ("N" if t[0].isdigit() else "P")
        tok = _Tok(m.start(), m.end(), t, kind)
        if kind == "W":
            tok.ent = ctx.ent_at(m.start())
        toks.append(tok)
    return toks


def _is_cap(tok: _Tok) -> bool:
    return tok.kind == "W" and tok.t[0].isupper()


def _mention_left(ctx: _Ctx, toks: list[_Tok], i: int, depth: int = 0) -> Optional[_Mention]:
    """The mention ending at token i (a subject before a verb), or None."""
    if i < 0 or depth > 2:
        return None
    tok = toks[i]
    if tok.kind != "W" and not (tok.kind == "N" and "year-old" in tok.low):
        return None
    if tok.ent >= 0:
        j = i
        while j - 1 >= 0 and toks[j - 1].ent == tok.ent:
            j -= 1
        return _Mention(j, i, "ent", tok.ent)
    low = tok.low
    if low in _PRON_M or low in _PRON_F or low in _PRON_PL or low == "it":
        return _Mention(i, i, "pron", low)
    if low in _REL:
        k = i - 1
        if k >= 0 and toks[k].t == ",":
            k -= 1
        return _mention_left(ctx, toks, k, depth + 1)
    if _is_cap(tok) and low not in _STOPCAP and not (
            (i == 0 or toks[i - 1].kind != "W") and (i + 1 >= len(toks) or not _is_cap(toks[i + 1]))
            and (low in _UNNAMED_PLURALS or low in _ORG_HEADS or low in _PERSON_HEADS or low in _DOC_HEADS
                 or (low.endswith("s") and low[:-1] in _common_words() and low in _common_words()))):
        j = i
        while j - 1 >= 0:
            p = toks[j - 1]
            if _is_cap(p) and p.low not in _STOPCAP and p.ent < 0:
                j -= 1
            elif p.kind == "W" and p.low in ("de", "da", "del", "van", "von", "der", "den", "bin", "al",
                                              "la", "le", "di", "du", "ibn", "ben") and j - 2 >= 0 \
                    and _is_cap(toks[j - 2]):
                j -= 1
            else:
                break
        if i - j <= 1 and j - 1 >= 0 and toks[j - 1].ent >= 0 and ctx.ents[toks[j - 1].ent][2] == "PERSON" \
                and all(t.t.isupper() or t.low in _NAME_SUFFIX for t in toks[j:i + 1]):
            # "Priya Raghunathan KC", "John Smith Jr"
            e = toks[j - 1].ent
            k = j - 1
            while k - 1 >= 0 and toks[k - 1].ent == e:
                k -= 1
            return _Mention(k, j - 1, "ent", e)
        return _Mention(j, i, "name", None)
    if tok.kind == "N" or low.endswith("year-old"):
        return _Mention(i, i, "nominal", "year-old")
    if tok.t[0].islower() or (i == 0 or toks[i - 1].kind != "W"):
        head = low
        if head.endswith("s") and head in _UNNAMED_PLURALS:
            return _Mention(i, i, "nominal", head)
        det_before = i - 1 >= 0 and toks[i - 1].kind == "W" and toks[i - 1].low in _DETS
        if head in _ORG_HEADS or head in _DOC_HEADS or head in _PERSON_HEADS or head in _UNNAMED_PLURALS \
                or head in _UNNAMED_PERSON_HEADS \
                or _org_suffix(head) or (det_before and tok.t[0].islower() and head not in _AUX_ADV):
            # extend left over adjectives to a determiner / possessive
            j = i
            while j - 1 >= 0 and j > i - 5:
                p = toks[j - 1]
                if p.kind == "W" and (p.low in ("the", "a", "an", "one", "another", "its", "his", "her",
                                                 "their", "our") or p.t[-2:] in ("'s", "\u2019s")):
                    j -= 1
                    break
                if p.kind == "W" and p.low not in _AUX_ADV and p.low not in _SPEECH_VERBS \
                        and p.low not in _PREPS:
                    j -= 1
                    continue
                break
            return _Mention(j, i, "nominal", head)
    return None


def _mention_right(ctx: _Ctx, toks: list[_Tok], i: int, end: int) -> Optional[_Mention]:
    """The first mention starting at or after token i (after an inverted verb)."""
    j = i
    lim = min(end, i + 8)
    last_lower = -1
    while j < lim:
        tok = toks[j]
        if tok.t == "," and last_lower >= 0 and j + 1 < len(toks) and _person_head(toks[last_lower].low) \
                and (toks[j + 1].ent >= 0 or _is_cap(toks[j + 1])):
            # "said the club's sporting director, Marcus Ellery": the title, then the person
            nxt = _mention_right(ctx, toks, j + 1, min(len(toks), j + 9))
            if nxt is not None and (nxt.kind == "name" or (nxt.kind == "ent" and ctx.ents[nxt.value][2] == "PERSON")):
                return nxt
        if tok.kind == "Q" or (tok.kind == "P" and tok.t not in "-'\u2019"):
            break
        if tok.kind == "W" and tok.ent < 0 and _is_cap(tok) and tok.low in _HON_ABBR \
                and j + 2 < len(toks) and toks[j + 1].t == "." and _is_cap(toks[j + 2]):
            # "said Dr. Maria Souza-Lima", "said Gen. Marchuk": skip the abbreviated title
            j += 2
            lim = min(end, lim + 2)
            continue
        if tok.kind == "W":
            if tok.ent >= 0 or (_is_cap(tok) and tok.low not in _STOPCAP):
                # extend to the end of the name
                k = j
                while k + 1 < lim and ((toks[k + 1].ent >= 0 and toks[k + 1].ent == tok.ent) or
                                       (tok.ent < 0 and _is_cap(toks[k + 1]) and toks[k + 1].low not in _STOPCAP)):
                    k += 1
                if tok.ent >= 0:
                    ent_end = ctx.ents[tok.ent][1]
                    # ("Harrow & Lisle's": the "&" is inside the organisation's name)
                    while k + 1 < len(toks) and (toks[k + 1].ent == tok.ent or toks[k + 1].e <= ent_end):
                        k += 1
                    found = _Mention(j, k, "ent", tok.ent)
                else:
                    found = _Mention(j, k, "name", None)
                person = _person_after_title(ctx, toks, k + 1, end)
                if found.kind == "ent" and ctx.ents[tok.ent][2] == "PERSON":
                    # a title and another person right after: the first "person" was a modifier
                    return person or found
                if person is not None:
                    # "said Northampton director of rugby Gareth Pryce", "said MUA Western
                    # Australian branch secretary Keira Donnelly": the organisation is a modifier
                    return person
                # "Rovers manager Kate Dunn", "Lumora's co-founder, Dr. Anjali Rao": an organisation,
                # title words, then the person
                h = k + 1
                while h < len(toks) and h < k + 6 and toks[h].kind == "W" and not _is_cap(toks[h]) \
                        and (toks[h].low in _TITLES or toks[h].low in _PERSON_HEADS
                             or (toks[h].low in ("of", "and") and h > k + 1)):
                    h += 1
                if h > k + 1 and toks[h - 1].low not in ("of", "and"):
                    if h + 1 < len(toks) and toks[h].t == ",":
                        h += 1
                    if h < len(toks) and (toks[h].ent >= 0 or _is_cap(toks[h])):
                        nxt = _mention_right(ctx, toks, h, min(len(toks), h + 8))
                        if nxt is not None and nxt.kind in ("ent", "name") and \
                                (nxt.kind == "name" or ctx.ents[nxt.value][2] == "PERSON"):
                            return nxt
                return found
            if tok.low in _PRON_M or tok.low in _PRON_F or tok.low in _PRON_PL:
                return _Mention(j, j, "pron", tok.low)
            if tok.low in _PREPS:
                break
            last_lower = j
        elif tok.kind == "N" and "year-old" in tok.low:
            last_lower = j
        j += 1
    if last_lower >= 0:
        return _mention_left(ctx, toks, last_lower)
    return None


_NOT_IN_TITLE = frozenset(_W("and or with to in on at for by from that who which whose after before as than"))


def _person_after_title(ctx: _Ctx, toks: list[_Tok], i: int, end: int) -> Optional[_Mention]:
    """A PERSON right after a run of title words and name modifiers starting at token i, in the
    same clause ("director of rugby Gareth Pryce"), or None.  A title word must be in the run."""
    titled = False
    j = i
    while j < min(end, i + 8):
        tok = toks[j]
        if tok.kind == "W" and tok.low in _HON_ABBR and j + 2 < len(toks) and toks[j + 1].t == "." and \
                _is_cap(toks[j + 2]):
            j += 2  # "food safety official Dr. Karen Holloway": the abbreviated title
            continue
        if tok.kind != "W" or tok.low in _NOT_IN_TITLE:
            return None
        if tok.ent >= 0 and ctx.ents[tok.ent][2] == "PERSON":
            if not titled:
                return None
            k = j
            while k + 1 < len(toks) and toks[k + 1].ent == tok.ent:
                k += 1
            return _Mention(j, k, "ent", tok.ent)
        titled = titled or tok.low in _TITLES or tok.low in _PERSON_HEADS or tok.low in _UNNAMED_PERSON_HEADS
        j += 1
    return None


def _resolve(ctx: _Ctx, toks: list[_Tok], m: Optional[_Mention]) -> tuple[bool, Optional[str]]:
    """(found a subject at all, speaker or None)."""
    if m is None:
        return False, None
    if m.kind == "coord":
        return _resolve(ctx, toks, _clause_subject(ctx, toks, m.i0))
    pos = toks[m.i0].s
    if m.kind == "ent":
        s, t, lab = ctx.ents[m.value]
        if lab == "PERSON":
            return True, ctx.fullest(_name_tokens(ctx.text[s:t]), s) or None
        if lab == "NORP":
            # "the Spaniard said", "the Norwegian added": the person in focus
            if m.i0 >= 1 and toks[m.i0 - 1].low == "the":
                return True, _last_subject(ctx, pos)
            return True, None
        if m.i0 >= 1 and toks[m.i0 - 1].low == "the" and " " not in ctx.text[s:t] \
                and ctx.text[s:t].lower().endswith(("man", "woman")):
            # "said the Frenchman": a demonym, the person in focus
            return True, _last_subject(ctx, pos)
        return True, ctx.org_name(s, t)
    if m.kind == "pron":
        return True, ctx.resolve_pronoun(m.value, pos)
    if m.kind == "name":
        raw = ctx.text[toks[m.i0].s:toks[m.i1].e]
        toks_n = _name_tokens(raw)
        # "Apple CEO Tim Cook": keep what follows the last title word
        low = [x.lower().rstrip(".") for x in toks_n]
        last_title = -1
        for k, w in enumerate(low[:-1]):
            if w in _TITLES or w in _PERSON_HEADS:
                last_title = k
        if last_title >= 0:
            toks_n = toks_n[last_title + 1:]
        if not toks_n:
            return True, None
        if len(toks_n) == 1 and toks_n[0].lower().rstrip(".") in _TITLES:
            return True, None
        if len(toks_n) == 1 and toks_n[0].lower() not in ctx.persons:
            long = ctx.expansion(toks_n[0])
            if long:
                return True, long
            if m.i0 >= 1 and toks[m.i0 - 1].low == "the" and toks_n[0].lower().endswith(_DEMONYM_SUFFIXES):
                return True, _last_subject(ctx, pos)
        return True, ctx.fullest(toks_n, pos)
    if m.kind == "nominal":
        head = m.value
        det = toks[m.i0].low if m.i0 < m.i1 or head == "year-old" else ""
        if head == "year-old":
            return True, ctx.by_title("year-old", pos) or _last_subject(ctx, pos)
        if head in _UNNAMED_PLURALS:
            if head == "police":
                return True, ctx.org_by_head("police", pos)
            return True, None
        if head in _DOC_HEADS:
            # "Smith's statement", "the ministry's statement"
            for k in range(m.i0, m.i1):
                tk = toks[k]
                if tk.t[-2:] in ("'s", "\u2019s"):
                    if tk.ent >= 0:
                        s, t, lab = ctx.ents[tk.ent]
                        if lab == "PERSON":
                            return True, ctx.fullest(_name_tokens(ctx.text[s:t]), s)
                        return True, ctx.org_name(s, t)
                    if tk.low[:-2] in ("his", "her") or tk.low in ("his", "her"):
                        break
                if tk.low in ("his", "her"):
                    return True, ctx.resolve_pronoun("he" if tk.low == "his" else "she", tk.s)
                if tk.low in ("its", "their"):
                    return True, ctx.resolve_pronoun("they", tk.s)
            # "a statement from X" handled by the caller (mention_right of "from")
            return True, None
        if det in ("a", "an", "one", "another"):
            return True, None
        if head in _ORG_HEADS:
            org = ctx.org_by_head(head, pos)
            if org is None and det == "the" and any(
                    toks[x].ent >= 0 and ctx.ents[toks[x].ent][2] in ("NORP", "GPE") for x in range(m.i0, m.i1)):
                # "the Chinese foreign ministry said": named by its country
                org = ctx.text[toks[m.i0 + 1].s:toks[m.i1].e]
            return True, org
        if _org_suffix(head):
            return True, ctx.org_by_head("company", pos)
        if det == "the" and (head in _PERSON_HEADS or head.endswith(_PERSON_SUFFIXES)) and head not in _NOT_PERSON:
            # "An officer, who asked not to be named, said ... the officer said": still unnamed
            intro = ctx.indefinite_intro(head, pos)
            if intro is not None and intro >= _para_start(ctx, pos, 2):
                named = ctx.by_title(head, pos)
                return True, named
        after_pp = m.i1 + 1 < len(toks) and toks[m.i1 + 1].low in ("for", "of", "at", "from")
        if head in _PERSON_HEADS:
            return True, ctx.by_title(head, pos) or (_last_subject(ctx, pos) if det == "the" and not after_pp else None)
        if det == "the" and head.endswith(_PERSON_SUFFIXES) and head not in _NOT_PERSON:
            # "the veteran said", "the midfielder added": the person in focus
            return True, ctx.by_title(head, pos) or (_last_subject(ctx, pos) if not after_pp else None)
        return True, None
    return False, None


_DEMONYM_SUFFIXES = ("ian", "ese", "ard", "man", "woman", "ish")
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent", "ee", "yst", "ive", "ain", "ef",
                    "eran", "ard", "ese")
_NOT_PERSON = frozenset(_W("""
source paper letter order number center centre chamber cover answer paper poster banner
government parliament department ministry statement document agreement arrangement
river power water weather tower border quarter chapter matter register filter
"""))


def _last_subject(ctx: _Ctx, pos: int) -> Optional[str]:
    si = ctx.sent_index(pos)
    for k in range(si, max(-1, si - 6), -1):
        sub = ctx.sent_subject(k, pos if k == si else None)
        if sub:
            return ctx.fullest(_name_tokens(ctx.text[sub[0]:sub[1]]), sub[0])
    return None


class _Verb:
    __slots__ = ("i", "subj", "speaker", "found", "participle", "naming")

    def __init__(self, i: int) -> None:
        self.i = i
        self.subj: Optional[_Mention] = None
        self.speaker: Optional[str] = None
        self.found = False
        self.participle = False
        self.naming = False


def _subject_left(ctx: _Ctx, toks: list[_Tok], i: int) -> Optional[_Mention]:
    """Subject of the verb at token i, scanning left within the clause."""
    j = i - 1
    skipped = 0
    while j >= 0:
        tok = toks[j]
        if tok.kind == "Q":
            return None
        if tok.kind == "P":
            if tok.t == ",":
                # a parenthetical / appositive: ", speaking after the talks," -> skip to the comma before
                k = j - 1
                while k >= 0 and k > j - 25 and toks[k].t != "," and toks[k].kind != "Q" and toks[k].t not in ";:(":
                    if toks[k].t == ")":  # "..., commander of the civil protection authority (ANEPC), said"
                        o = k - 1
                        while o >= 0 and k - o < 8 and toks[o].t not in "()" and toks[o].kind != "Q":
                            o -= 1
                        if o >= 0 and toks[o].t == "(":
                            k = o
                    k -= 1
                m1 = None
                if k >= 0 and toks[k].t == ",":
                    # "Randhir Jaiswal, the spokesman, said"
                    m1 = _mention_left(ctx, toks, k - 1)
                    if m1 is not None:
                        # "An aide to the committee, who ..., said": the aide, not the committee
                        m1 = _pp_owner(ctx, toks, m1) or m1
                    if m1 is not None and m1.kind == "ent" and ctx.ents[m1.value][2] != "PERSON" and \
                            m1.i0 >= 1 and toks[m1.i0 - 1].low in ("from", "in", "of", "at"):
                        # "Tom Ashworth, 34, from Clifton, who ..., said": the person the commas describe
                        m1 = _appositive_person(ctx, toks, m1.i0 - 1) or m1
                    if m1 is not None and m1.kind in ("ent", "name", "pron"):
                        return m1
                # "His barrister, Simon O'Driscoll, argued": the name inside the commas;
                # "The jury president, the French actor Anne Roy, said": after a descriptive title
                m = _mention_left(ctx, toks, j - 1)
                if m is not None and m.kind in ("ent", "name"):
                    # ", Hilde Berg of the Bergen Kunsthall,": the person before the preposition
                    p = m.i0 - 1
                    if p >= 0 and toks[p].low == "the":
                        p -= 1
                    if p > k + 1 and toks[p].low in ("of", "at", "for", "from"):
                        m2 = _mention_left(ctx, toks, p - 1)
                        if m2 is not None and m2.kind in ("ent", "name") and (
                                m2.kind == "name" or ctx.ents[m2.value][2] == "PERSON"):
                            m = m2
                if m is not None and m.kind in ("ent", "name", "pron", "nominal") and (
                        _starts_clause(toks, m.i0) or (m.kind in ("ent", "name") and _title_run(ctx, toks, k + 1, m.i0))):
                    if m.kind == "ent" and ctx.ents[m.value][2] != "PERSON" and m1 is not None:
                        return m1
                    return m
                if m1 is None and k >= 0 and toks[k].t == ",":
                    # "A diplomat from a member state, speaking on condition of anonymity, said"
                    m1 = _np_head_left(ctx, toks, k)
                # "A White House official, speaking on condition of anonymity, said"
                return m1
            if tok.t in "-\u2014\u2013":
                j -= 1
                continue
            return None
        if tok.kind == "W" and (tok.low in _AUX_ADV or (tok.low.endswith("ly") and tok.t[0].islower()
                                                          and len(tok.low) > 4)) and tok.ent < 0:
            j -= 1
            skipped += 1
            if skipped > 5:
                return None
            continue
        if tok.kind == "N" and "year-old" not in tok.low:
            j -= 1
            skipped += 1
            if skipped > 5:
                return None
            continue
        if tok.kind == "W" and tok.low in _CATENATIVE and tok.t[0].islower():
            # "she used to say", "he went on to tell"
            j -= 1
            skipped += 1
            if skipped > 6:
                return None
            continue
        if tok.kind == "W" and tok.low in ("and", "but", "then", "before", "after", "while", "yet"):
            # "Smith visited the site and promised ...": the subject of the clause
            return _Mention(j, j, "coord", None)
        m = _mention_left(ctx, toks, j)
        if m is not None and m.kind in ("ent", "name", "nominal"):
            # "Mark Ellison of Greater Manchester Police said": the person before the preposition;
            # "a spokeswoman for the Law Society said": an unnamed person, not the organisation
            k = m.i0 - 1
            if k >= 0 and toks[k].low == "the":
                k -= 1
            m2 = _pp_owner(ctx, toks, m)
            if m2 is not None:
                return m2
        if m is None and tok.kind == "W" and tok.t[0].islower():
            # "A spokesperson for the hospital trust said": the head before the preposition
            return _np_head_left(ctx, toks, j + 1)
        return m
    return None


# Heads of noun phrases that name a person without naming them ("a spokeswoman for X").
_UNNAMED_PERSON_HEADS = frozenset(_W("""
source member employee worker adviser advisor aide insider staffer person figure representative
spokesperson official resident witness soldier officer nurse teacher student volunteer relative
neighbour neighbor friend colleague partner lawyer solicitor barrister counsel attorney prosecutor
investigator negotiator delegate diplomat executive manager engineer pilot driver passenger
trader analyst economist strategist investor broker banker dealer shopper customer fan supporter
bystander eyewitness passer-by onlooker doctor paramedic firefighter farmer parent mother father
owner shopkeeper commuter traveller traveler voter protester protestor activist campaigner survivor
victim organiser organizer coach player fisherman local villager pensioner patient
"""))


# "One ward sister", "A senior official", "Another PT official": an unnamed person opens a sentence
_UNNAMED_OPEN = re.compile(
    r"\s*(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\w\-]+\s+){0,3}?(?:"
    + "|".join(sorted(_UNNAMED_PERSON_HEADS, key=len, reverse=True)) + "|" + _PERSON_NOUNS + r")\b")


def _appositive_person(ctx: _Ctx, toks: list[_Tok], k: int) -> Optional[_Mention]:
    """The person named before a run of comma-set descriptions that ends at token k
    ("Tom Ashworth, 34, from ..."): the first person found just before one of up to three
    commas, going left within the sentence."""
    for _ in range(3):
        while k >= 0 and toks[k].t != "," and toks[k].kind != "Q" and toks[k].t not in ";:(.":
            k -= 1
        if k < 1 or toks[k].t != ",":
            return None
        m = _mention_left(ctx, toks, k - 1)
        if m is not None and (m.kind == "name" or (m.kind == "ent" and ctx.ents[m.value][2] == "PERSON")):
            return m
        k -= 1
    return None


def _pp_owner(ctx: _Ctx, toks: list[_Tok], m: _Mention) -> Optional[_Mention]:
    """"Mark Ellison of Greater Manchester Police", "a spokeswoman for the Law Society",
    "MPs on the committee", "an aide to the minister": the person that owns the phrase."""
    k = m.i0 - 1
    # "an adviser to Health Minister Paulo Reis": skip the title before the name
    h, titled = k, False
    while h >= 0 and h >= m.i0 - 3 and _is_cap(toks[h]) and toks[h].ent < 0:
        titled = titled or toks[h].low in _TITLES or toks[h].low in _PERSON_HEADS
        h -= 1
    if titled:
        k = h
    if k >= 0 and toks[k].low == "the":
        k -= 1
    if k >= 1 and toks[k].kind == "W" and toks[k].low in ("of", "at", "for", "from", "in", "with", "on", "to",
                                                          "near", "outside", "around"):
        m2 = _mention_left(ctx, toks, k - 1)
        if m2 is None:
            return None
        if m2.kind in ("ent", "name") and toks[k].low not in ("on", "to"):
            return m2
        if m2.kind == "nominal" and _person_head(m2.value):
            return m2
    return None


def _person_head(head: str) -> bool:
    return head in _PERSON_HEADS or head in _UNNAMED_PERSON_HEADS or head in _UNNAMED_PLURALS


def _title_run(ctx: _Ctx, toks: list[_Tok], a: int, b: int) -> bool:
    """Tokens a..b-1 are a descriptive title before a name: "the French actor", "former ambassador",
    "Colonel", "Dr.", "the party's director of elections" (no verb, no clause)."""
    if b - a > 8:
        return False
    for k in range(a, b):
        t = toks[k]
        if t.kind == "P":
            if t.t == "." and k > a and toks[k - 1].low in _HON_ABBR:
                continue
            if t.t in "-'\u2019":
                continue
            return False
        if t.kind != "W":
            return False
        low = t.low
        if low in _REL or low in ("and", "or", "but", "when", "while", "as", "if", "after", "before", "who"):
            return False
        if low in _PREPS and low not in ("of", "at", "for"):
            return False
        if low in _SPEECH_VERBS or (low in _CATENATIVE and low != "to") or (low in _AUX_ADV and low not in _TITLES) \
                or (t.t[0].islower() and low.endswith(("ing", "ed")) and low not in _TITLES and len(low) > 4
                    and low not in ("retired", "celebrated", "noted", "renowned", "elected", "appointed")):
            return False
        if t.t[0].isupper():
            if low in _TITLES or low in _PERSON_HEADS or low in _HON_ABBR or low in ("the", "a", "an"):
                continue
            if t.ent >= 0 and ctx.ents[t.ent][2] in ("NORP", "GPE", "ORG"):
                continue
            if t.t[-2:] in ("'s", "\u2019s"):
                continue
            return False
    return True


def _np_head_left(ctx: _Ctx, toks: list[_Tok], k: int) -> Optional[_Mention]:
    """The head of the clause-initial noun phrase ending before token k:
    "A diplomat from a non-permanent member" -> "A diplomat"."""
    c = k - 1
    while c >= 0 and not (toks[c].kind in ("P", "Q") and toks[c].t not in "-'\u2019"):
        c -= 1
    c += 1
    if k - c > 14:
        return None
    for h in range(c + 1, k):
        if toks[h].kind == "W" and toks[h].low in _PREPS:
            m = _mention_left(ctx, toks, h - 1)
            if m is not None and m.i0 == c and (m.kind in ("ent", "name") or
                                                 (m.kind == "nominal" and _person_head(m.value))):
                return m
            return None
    return None


_CATENATIVE = frozenset(_W("""
to used going want wants wanted tried tries try decided continued began begins went seemed
appeared chose refused declined like likes liked ought needs needed hoped expected planned
plans able unable willing set went on go goes came come
"""))


def _clause_subject(ctx: _Ctx, toks: list[_Tok], j: int) -> Optional[_Mention]:
    """The first subject-like mention of the sentence before token j."""
    for k in range(0, j):
        t = toks[k]
        if t.kind == "Q":
            continue
        if t.kind != "W":
            continue
        prev = toks[k - 1] if k > 0 else None
        if prev is not None and prev.kind == "W" and prev.low in _PREPS:
            continue
        if t.ent >= 0 and ctx.ents[t.ent][2] in ("PERSON", "ORG", "GPE"):
            if prev is not None and prev.ent == t.ent:
                continue
            e = k
            while e + 1 < len(toks) and toks[e + 1].ent == t.ent:
                e += 1
            return _Mention(k, e, "ent", t.ent)
        if t.low in _PRON_M or t.low in _PRON_F:
            return _Mention(k, k, "pron", t.low)
        if k == 0 and _is_cap(t) and t.low not in _STOPCAP and t.low not in _common_words():
            e = k
            while e + 1 < j and _is_cap(toks[e + 1]) and toks[e + 1].ent < 0:
                e += 1
            return _Mention(k, e, "name", None)
    return None


def _starts_clause(toks: list[_Tok], i0: int) -> bool:
    k = i0 - 1
    while k >= 0 and toks[k].kind == "W" and toks[k].low in ("the", "a", "an"):
        k -= 1
    return k < 0 or toks[k].kind in ("P", "Q") or toks[k].low in ("and", "but", "while", "as", "when", "where")


def _short_asides(toks: list[_Tok]) -> bool:
    """Brackets in a run of tokens are closed asides of a few words ("the Civil Protection
    Authority (ANEPC)"), or there are none."""
    depth = width = 0
    for t in toks:
        if t.t == "(":
            depth, width = depth + 1, 0
        elif t.t == ")":
            depth -= 1
            if depth < 0:
                return False
        elif depth:
            width += 1
            if width > 6:
                return False
    return depth == 0


_DETERMINERS_ING = frozenset(_W("a an the this that his her their its our your my every each another"))


def _analyse_sentence(ctx: _Ctx, si: int, state: dict) -> None:
    s, e = ctx.sent_range(si)
    toks = _tokenize(ctx, s, e)
    n = len(toks)
    if not n:
        return
    qidx = [k for k, t in enumerate(toks) if t.kind == "Q" and t.q >= 0]
    verbs: list[_Verb] = []
    for k, t in enumerate(toks):
        if t.kind != "W" or not (t.t[0].islower() or t.t == "According"):
            continue
        low = t.low
        if low in _AMBIG_3SG:
            pv = toks[k - 1] if k > 0 else None
            if pv is not None and (pv.t == "," or pv.ent >= 0 or (_is_cap(pv) and pv.low not in _STOPCAP)
                                   or pv.low in ("he", "she", "it", "who", "also")):
                v = _Verb(k)
                v.naming = low in ("calls", "labels")
                verbs.append(v)
            continue
        if low in _SPEECH_VERBS:
            if t.ent >= 0:
                continue
            if low.endswith("ing") and k > 0 and toks[k - 1].low in _DETERMINERS_ING:
                continue  # "told reporters at a briefing": a noun, not speech
            if low in _BASE_FORMS:
                pv = toks[k - 1] if k > 0 else None
                if pv is None or not (pv.low in _BASE_OK_BEFORE or pv.low in _UNNAMED_PLURALS
                                      or (pv.kind == "W" and (pv.ent >= 0 or (_is_cap(pv) and pv.low not in _STOPCAP)))):
                    continue
            # "the so-called X": not speech; "called for/on" is not naming
            v = _Verb(k)
            v.participle = low.endswith("ing")
            v.naming = low in _NAMING_VERBS
            verbs.append(v)
        elif low == "according" and k + 1 < n and toks[k + 1].low == "to":
            v = _Verb(k)
            v.subj = _mention_right(ctx, toks, k + 2, n)
            if v.subj is not None and v.subj.kind == "nominal" and v.subj.value in _DOC_HEADS:
                # "according to a statement from the ministry"
                j = v.subj.i1 + 1
                if j < n and toks[j].low in ("from", "by", "of"):
                    v.subj = _mention_right(ctx, toks, j + 1, n) or v.subj
            v.found, v.speaker = _resolve(ctx, toks, v.subj)
            v.found = True
            verbs.append(v)
            v.i = -k - 1  # marker: applies to the whole sentence
    # subjects
    for v in verbs:
        if v.i < 0:
            continue
        k = v.i
        if v.participle:
            continue
        # inverted: Q ,? said Smith
        b = k - 1
        while b >= 0 and toks[b].kind == "P" and toks[b].t in ",?!\u2014\u2013-":
            b -= 1
        inverted = b >= 0 and toks[b].kind == "Q" or (b < 0 and k == 0)
        if not inverted and b >= 0 and toks[b].kind == "W" and toks[b].low in _AUX_ADV and b - 1 >= 0 \
                and toks[b - 1].kind == "Q":
            inverted = True
        if inverted:
            v.subj = _mention_right(ctx, toks, k + 1, n)
        else:
            v.subj = _subject_left(ctx, toks, k)
        if v.subj is not None and v.subj.kind == "nominal" and v.subj.value in _DOC_HEADS:
            j = v.subj.i1 + 1
            if j < n and toks[j].low in ("from", "by", "of"):
                alt = _mention_right(ctx, toks, j + 1, n)
                if alt is not None:
                    v.subj = alt
        if v.subj is not None and v.subj.kind == "coord":
            prev = [w for w in verbs if 0 <= w.i < k and w.found]
            if prev:
                v.subj, v.found, v.speaker = prev[-1].subj, True, prev[-1].speaker
                continue
        v.found, v.speaker = _resolve(ctx, toks, v.subj)
        if v.found and v.speaker is None and v.subj is not None and v.subj.kind == "nominal" \
                and _person_head(v.subj.value) and k + 2 < n and toks[k + 1].low == "it" \
                and toks[k + 2].low in ("would", "will", "could", "can", "might", "may", "should"):
            # "a spokesperson for the council said it would ...": the organisation's own commitment
            h = v.subj.i1 + 1
            if h < k and toks[h].low in ("for", "at", "of", "from"):
                org = _mention_right(ctx, toks, h + 1, k)
                if org is None:
                    org = _mention_left(ctx, toks, k - 1)
                if org is not None and org.i0 > h:
                    f2, sp2 = _resolve(ctx, toks, org)
                    if sp2 and not (org.kind == "ent" and ctx.ents[org.value][2] == "PERSON"):
                        v.speaker = sp2
        if v.found and v.speaker is None and v.subj is not None and v.subj.kind == "nominal" \
                and v.subj.value in _DOC_HEADS and toks[v.subj.i0].low == "the":
            # "the statement added": the statement of the last speaker
            last = state.get("last")
            para = _para_of(ctx, toks[k].s)
            if last is not None and para - last[1] <= 1:
                v.speaker = last[0]
    # participles inherit the subject of the clause
    for idx, v in enumerate(verbs):
        qv = [k2 for k2 in range(max(0, v.i - 10), v.i - 1)
              if toks[k2].low in ("quoted", "quoting", "quotes", "quote", "cited", "citing")]
        if v.participle and v.i >= 2 and toks[v.i - 1].low == "as" and qv \
                and not (qv[-1] >= 1 and toks[qv[-1] - 1].low in ("was", "were", "is", "are", "been", "being")):
            # "quoted the minister as saying": the object of "quoted" speaks
            m = _mention_left(ctx, toks, v.i - 2)
            if m is not None and (m.kind in ("ent", "name", "pron") or
                                  (m.kind == "nominal" and m.value in _PERSON_HEADS)):
                v.subj = m
                v.found, v.speaker = _resolve(ctx, toks, m)
                if v.found:
                    continue
        if v.participle and v.i >= 0:
            prev = [w for w in verbs[:idx] if w.found and not w.participle and w.i >= 0]
            if prev:
                v.found, v.speaker, v.subj = True, prev[-1].speaker, prev[-1].subj
            else:
                # "Speaking to reporters, Smith said" - participle first: take the next finite verb
                nxt = [w for w in verbs[idx + 1:] if w.found and not w.participle and w.i >= 0]
                if nxt:
                    v.found, v.speaker, v.subj = True, nxt[0].speaker, nxt[0].subj
                else:
                    sub = ctx.sent_subject(si, toks[v.i].s, labels=("PERSON", "ORG", "GPE"))
                    if sub:
                        lab = sub[2]
                        v.found = True
                        v.speaker = (ctx.fullest(_name_tokens(ctx.text[sub[0]:sub[1]]), sub[0])
                                     if lab == "PERSON" else ctx.org_name(sub[0], sub[1]))
    according = [v for v in verbs if v.i < 0]
    finite = [v for v in verbs if v.i >= 0 and v.found]

    # each quote: the verb after it, else the verb before it, else "according to", else a colon
    for qk in qidx:
        r = ctx.raws[toks[qk].q]
        r.sent = si
        prevk = qk - 1
        chosen: Optional[_Verb] = None
        strength = 0  # 2 strong, 1 medium
        # right-adjacent verb: Q ,? [mention] verb / Q ,? verb mention
        if qk + 1 < n:
            j = qk + 1
            punct_after = toks[j].kind == "P" and toks[j].t in ",?!\u2014-"
            if punct_after:
                j += 1
            for v in finite:
                if v.i <= qk or v.participle:
                    continue
                if v.i - qk > 20:
                    break
                between = toks[qk + 1:v.i]
                if any(t.kind == "Q" or t.t in ";:" for t in between) or not _short_asides(between):
                    break
                if any(w.i < v.i and w.i > qk and not w.participle for w in finite if w is not v):
                    break
                subj_i0 = v.subj.i0 if v.subj is not None else 10 ** 9
                if punct_after and (v.i <= j + 1 or (subj_i0 < v.i and _np_only(toks, j, subj_i0))):
                    chosen, strength = v, 2
                elif (v.subj is not None and subj_i0 == qk + 1 and v.subj.kind != "nominal") \
                        or (v.i == qk + 1 and v.subj is not None and v.subj.kind in ("ent", "name", "pron")):
                    chosen, strength = v, 2
                break
            if chosen is None:
                # a trailing attribution: `... "leave no stone unturned" to find ..., the statement added.`
                for v in finite:
                    if v.i > qk and v.subj is not None and v.subj.i0 > qk and v.subj.i0 - 1 >= 0 \
                            and toks[v.subj.i0 - 1].t == "," and _tail_only(toks, v.i):
                        chosen, strength = v, 1
                        break
        # nearest verb before the quote
        if chosen is None or (chosen.speaker is None and chosen.subj is None):
            before = [v for v in verbs if 0 <= v.i < qk and v.found]
            if before:
                v = before[-1]
                gap = qk - v.i
                if gap <= 40:
                    pk = toks[prevk] if prevk >= 0 else None
                    if pk is not None and (prevk == v.i or pk.t in ":," or pk.low in ("that", "as", "it")) and gap <= 10:
                        chosen, strength = v, 2
                    elif chosen is None:
                        chosen, strength = v, 1
        if chosen is None and according:
            chosen, strength = according[0], 1
        # "Smith: "...""  /  "... was blunt: "...""
        if chosen is None and prevk >= 0 and toks[prevk].t == ":":
            m = _mention_left(ctx, toks, prevk - 1)
            if m is not None and m.kind in ("ent", "name"):
                v = _Verb(prevk)
                v.subj = m
                v.found, v.speaker = _resolve(ctx, toks, m)
                chosen, strength = v, 2
            else:
                sub = ctx.sent_subject(si, toks[prevk].s, labels=("PERSON",))
                if sub is None:
                    # "His message was clear:" -> possessive pronoun
                    for t in toks[:prevk]:
                        if t.kind == "W" and t.low in ("his", "her", "he", "she"):
                            v = _Verb(prevk)
                            v.found = True
                            v.speaker = ctx.resolve_pronoun("he" if t.low in ("his", "he") else "she", t.s)
                            chosen, strength = v, 1
                            break
                    if chosen is None and _colon_speech(ctx.text[r.s:r.e], r, ctx.text):
                        # "The message was simple: "Vaccinate your children.""
                        v = _Verb(prevk)
                        v.found = True
                        chosen, strength = v, 1
                else:
                    v = _Verb(prevk)
                    v.found = True
                    v.speaker = ctx.fullest(_name_tokens(ctx.text[sub[0]:sub[1]]), sub[0])
                    chosen, strength = v, 1

        text_q = ctx.text[r.s:r.e]
        if r.e < len(ctx.text) and ctx.text[r.e] == "." and text_q[-1:] not in ".?!\u2026":
            text_q_full = text_q + "."
        else:
            text_q_full = text_q
        words = _WORDS.findall(text_q)
        nw = len(words)
        title = _title_like(words)
        cue = toks[prevk].low if prevk >= 0 and toks[prevk].kind == "W" else ""
        cue2 = toks[prevk - 1].low if prevk >= 1 and toks[prevk - 1].kind == "W" else ""
        naming = cue in _NAMING_CUES or (cue == "as" and cue2 in ("known", "dubbed", "billed")) \
            or (cue in ("the", "a") and cue2 in _NAMING_CUES) \
            or (title and (cue in _WORK_NOUNS or
                           (prevk >= 1 and toks[prevk].t == "," and toks[prevk - 1].low in _WORK_NOUNS)))
        if nw == 0:
            r.keep = False
            continue
        if chosen is not None:
            r.attributed = True
            r.speaker = chosen.speaker
            if r.speaker is None and chosen.i >= 0 and toks[chosen.i].t == ":" and not naming:
                # "I underlined a passage: "..."" after "In her book ..., the critic X warned"
                r.speaker = _work_author(ctx, si, toks[qk].s)
            if naming:
                r.keep = False
            elif title and (strength < 2 or chosen.naming or nw > 1 and (cue in ("the", "a", "an") or chosen.naming)):
                r.keep = _speech_like(words, text_q_full) and not chosen.naming
            elif strength == 2:
                r.keep = True
            elif nw == 1:
                r.keep = cue in ("as", "called", "calling", "call", "it", "is", "was", "were", "be", "been",
                                 "being", "termed", "deemed", "very", "so", "too", "remain", "remained",
                                 "seemed", "looked", "sounded", "felt", "them", "him", "her", "this", "that") \
                    or (chosen.naming and cue in ("it", "them", "him", "her", "this", "that")) \
                    or (toks[chosen.i].low in _COMPLEMENT_VERBS and 0 < qk - chosen.i <= 6)
            else:
                r.keep = True
            if r.keep:
                state["last"] = (r.speaker, r.para, r.s)
            continue
        # no attribution in the sentence
        r.keep = False
        sentence_initial = all(t.kind == "P" for t in toks[:qk])
        if naming or (title and not (sentence_initial and qk + 1 >= n - 1 and text_q_full[-1:] in ".?!\u2026")):
            continue
        inherit = _inherit(ctx, state, r)
        if not r.cont_prev:
            author = _work_author(ctx, si, toks[qk].s)
            if author is not None:
                inherit = (True, author)
        if r.cont_prev:
            r.keep = True
            r.speaker = inherit[1] if inherit[0] else None
        elif sentence_initial and inherit[0] and (nw >= 3 or text_q_full[-1:] in ".?!\u2026"):
            r.keep = True
            r.speaker = inherit[1]
        elif _speech_like(words, text_q_full):
            r.keep = True
            r.speaker = inherit[1] if inherit[0] else None
        if r.keep and r.speaker is None:
            # `"We won." Smith said.` - an attribution-only next sentence
            sp = _next_sentence_attribution(ctx, si, r)
            if sp is not None:
                r.speaker = sp[1]
        if r.keep:
            state["last"] = (r.speaker, r.para, r.s)


_WORKS = ("book|books|novel|novels|memoir|memoirs|essay|essays|poem|poems|biography|autobiography|diary|"
          "diaries|treatise|manifesto|collection|history|study|play|letters|column|columns|sermon|lecture")
_WORK_RE = re.compile(r"\b(?:" + _WORKS + r")\b")
# "Oskar Lindahl's memoir", "the 1998 novel by Ada Brown"
_WORK_OF_RE = re.compile(r"['\u2019]s\s+(?:[\w\-]+\s+){0,3}?(?:" + _WORKS + r")\b")
_WORK_BY_RE = re.compile(r"\b(?:" + _WORKS + r")\b[^.;:\ue000]{0,80}?\bby\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}$")
_WORK_IN_RE = re.compile(r"^\s*In\s+(?:his|her|their|a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:" + _WORKS + r")\b")
_READ_CUE = re.compile(r"\b(?:passage|passages|line|lines|sentence|sentences|paragraph|page|pages|chapter|verse|"
                       r"phrase|words|epigraph|underlined|underline|highlighted|reread|re-read|quoted|copied|"
                       r"comes from|opens with|begins with|ends with|closes with)\b")


def _work_author(ctx: _Ctx, si: int, qpos: int) -> Optional[str]:
    """The author of a book (or essay, memoir ...) named in this sentence or the one or two before,
    when a quote without a speech verb reads from it; None when unsure."""
    s0, _ = ctx.sent_range(si)
    cur = ctx.masked[s0:qpos]
    cue = _READ_CUE.search(cur) is not None
    for k in range(si, max(-1, si - 3), -1):
        s, e = ctx.sent_range(k)
        if k == si:
            e = min(e, qpos)
        seg = ctx.masked[s:e]
        persons = [x for x in ctx.ents[bisect_left(ctx.ent_starts, s):bisect_left(ctx.ent_starts, e)]
                   if x[2] == "PERSON" and not ctx.in_quote(x[0])]
        if _WORK_RE.search(seg) and persons:
            author = None
            for es, et, _ in persons:
                if _WORK_OF_RE.match(ctx.masked, et, min(e, et + 60)) or \
                        _WORK_BY_RE.search(ctx.masked, max(s, es - 120), es):
                    author = (es, et)
                    break
            if author is None and _WORK_IN_RE.match(seg):
                # "In her 2019 book ..., the critic Helena Ruiz warned": the first person named
                author = (persons[0][0], persons[0][1])
            if author is not None and (k == si or cue):
                return ctx.fullest(_name_tokens(ctx.text[author[0]:author[1]]), author[0]) or None
            return None
        if persons and k != si:
            return None  # somebody else is named in between
    return None


_NP_BLOCK = (_PREPS - {"of", "for", "at"}) | frozenset(_W(
    "after before when while because as if since until although though that which who whom but "
    "where whereas unless once so than"))


def _np_only(toks: list[_Tok], a: int, b: int) -> bool:
    """Tokens a..b-1 can be the front of an attribution noun phrase ("Kremlin spokesman")."""
    if b - a > 8:
        return False
    for t in toks[a:b]:
        if t.kind == "Q" or (t.kind == "P" and t.t not in "-'\u2019") or (t.kind == "W" and t.low in _NP_BLOCK):
            return False
    return True


def _tail_only(toks: list[_Tok], i: int) -> bool:
    """Only a few adverbial words follow token i to the end of the sentence."""
    rest = [t for t in toks[i + 1:] if t.kind != "P"]
    return len(rest) <= 5 and not any(t.kind == "Q" for t in rest)


def _next_sentence_attribution(ctx: _Ctx, si: int, r: _Raw):
    if si + 1 >= len(ctx.sent_starts):
        return None
    s, e = ctx.sent_range(si + 1)
    if e - s > 120 or ctx.masked[s:e].count(_MASK):
        return None
    if ctx.text[r.me:s].count("\n"):
        return None
    toks = _tokenize(ctx, s, e)
    for k, t in enumerate(toks[:8]):
        if t.kind == "W" and t.t[0].islower() and t.low in _SPEECH_VERBS:
            m = _subject_left(ctx, toks, k)
            if m is not None:
                found, sp = _resolve(ctx, toks, m)
                if found:
                    return found, sp
            return None
    return None


def _inherit(ctx: _Ctx, state: dict, r: _Raw) -> tuple[bool, Optional[str]]:
    last = state.get("last")
    if last is None:
        return False, None
    speaker, para, pos = last
    if r.para - para <= 1:
        return True, speaker
    # further back: only when no other person was named in between
    i = bisect_left(ctx.ent_starts, pos)
    j = bisect_left(ctx.ent_starts, r.ms)
    sp_last = (speaker or "").split()[-1:] if speaker else []
    for k in range(i, j):
        es, et, lab = ctx.ents[k]
        if lab == "PERSON" and not ctx.in_quote(es):
            toks = _name_tokens(ctx.text[es:et])
            if not toks or not sp_last or toks[-1].lower() != sp_last[0].lower():
                return False, None
    if r.para - para <= 4:
        return True, speaker
    return False, None


def _title_like(words: list[str]) -> bool:
    if not words or len(words) > 10:
        return False
    small = ("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "de")
    content = [w for w in words if w.lower() not in small]
    if not content:
        return False
    if len(content) == 1 and len(words) == 1:
        return words[0][0].isupper() and not words[0].isupper() and words[0].lower() not in _FIRST_PERSON
    return all(w[0].isupper() for w in content) and words[0].lower() not in ("i",)


def _speech_like(words: list[str], text_q: str) -> bool:
    n = len(words)
    if n < 4:
        return False
    if any(w.lower() in _FIRST_PERSON for w in words):
        return True
    if text_q[-1:] in ".?!\u2026" and n >= 5:
        return True
    return n >= 8


# --------------------------------------------------------------------------
# 5. Entry point
# --------------------------------------------------------------------------

_SQ_OPENERS = re.compile("\u2018(?=[^\\W_])")
_DQ_OPENERS = re.compile("[\u201c\u201e\u00ab\"](?=\\S)")
_OPENER_PREV = frozenset(" \t\n\r([\u2014\u2013:\u00a0")


def _openers(rx: re.Pattern, text: str) -> list[int]:
    return [m.start() for m in rx.finditer(text) if m.start() == 0 or text[m.start() - 1] in _OPENER_PREV]


def _colon_speech(q: str, r: _Raw, text: str) -> bool:
    """A quote after a bare colon counts when it reads like something said."""
    words = _WORDS.findall(q)
    if any(w.lower() in _FIRST_PERSON for w in words):
        return True
    ends = q[-1:] in ".?!\u2026" or (r.e < len(text) and text[r.e] in ".?!")
    return ends and len(words) >= 3 and not _title_like(words)


def _fill_chain(chain: list) -> None:
    if len(chain) < 2:
        return
    named = [r.speaker for r in chain if r.speaker]
    if named:
        for r in chain:
            if not r.speaker:
                r.speaker = named[0]


def _single_primary(text: str) -> bool:
    """True when the article quotes with single marks (‘…’), doubles only nested."""
    if _ANY_DQ.search(text) is None:
        return True
    sq = _openers(_SQ_OPENERS, text)
    if not sq:
        return False
    dq = _openers(_DQ_OPENERS, text)
    if len(sq) != len(dq):
        return len(sq) > len(dq)
    # a tie: the outer marks open first
    return not dq or sq[0] < dq[0]


_BEFORE_SPEECH = re.compile(r"(\w+)[^.\n“”\"]{0,40}:\s*$")


def _single_speech(text: str, doubles: list[_Raw]) -> list[_Raw]:
    """Top-level single-quoted speech in an article that otherwise quotes with doubles:
    "‘I understand the frustration,’ he said."  Kept only with a speech verb right after the
    closing mark (or before the opening one, "said:"), or right after such a quote."""
    taken = [(r.ms, r.me) for r in doubles]
    out: list[_Raw] = []
    for r in _pair(text, True):
        if any(a < r.me and r.ms < b for a, b in taken) or r.unclosed or len(text[r.s:r.e].split()) < 3:
            continue
        before = text[max(0, r.ms - 2):r.ms]
        if r.ms > 0 and not (before.endswith(("\n", ". ", ": ", "! ", "? ", "\u201d ", '" ')) or r.ms == 0):
            continue
        after = re.split(r"[.!?\n“\"‘]", text[r.me:r.me + 60], maxsplit=1)[0]
        verb_after = any(w.lower().strip(",;") in _SPEECH_VERBS for w in after.split()[:6])
        mb = _BEFORE_SPEECH.search(text, max(0, r.ms - 60), r.ms)
        verb_before = bool(mb and mb.group(1).lower() in _SPEECH_VERBS)
        gap = text[out[-1].me:r.ms] if out and out[-1].para == r.para else None
        follows = gap is not None and len(gap) < 60 and (
            not gap.strip(" .,;") or any(w.lower().strip(".,;") in _SPEECH_VERBS for w in gap.split()))
        if verb_after or verb_before or follows:
            out.append(r)
    return out


def find_quotes(text: str, entities: list[Entity]) -> list[Quote]:
    """Direct quotes in ``text`` with their speakers (see the module docstring)."""
    if not text or not isinstance(text, str):
        return []
    if not _ANY_MARK.search(text):
        return []
    single = _single_primary(text)
    raws = _pair(text, single)
    if not single:
        raws += _single_speech(text, raws)
    if not raws:
        return []
    # remove overlaps (defensive; pairing is sequential)
    clean: list[_Raw] = []
    last = -1
    for r in sorted(raws, key=lambda r: r.ms):
        if r.ms >= last and r.s < r.e:
            clean.append(r)
            last = r.me
    raws = clean
    masked = _mask(text, raws)
    ctx = _Ctx(text, masked, list(entities or ()), raws)
    state: dict = {}
    done: set[int] = set()
    for r in raws:
        si = ctx.sent_index(r.ms)
        if si in done:
            continue
        done.add(si)
        # speech events without quotes between the last quote and this sentence update the speaker
        _indirect_speech(ctx, state, si)
        _analyse_sentence(ctx, si, state)
        state["last_sent"] = si
    # a quote running over several paragraphs has one speaker
    chain: list[_Raw] = []
    for r in raws:
        if r.keep and chain and r.cont_prev:
            chain.append(r)
        else:
            _fill_chain(chain)
            chain = [r] if r.keep else []
        if not r.cont_next:
            _fill_chain(chain)
            chain = []
    _fill_chain(chain)
    out = []
    for r in raws:
        if r.keep:
            out.append(Quote(r.s, r.e, text[r.s:r.e], r.speaker or None))
    return out


_INDIRECT = re.compile(
    r"\b(said|says|told|added|noted|stated|warned|insisted|argued|explained|wrote|posted|claimed|announced)\b"
)


def _indirect_speech(ctx: _Ctx, state: dict, si: int) -> None:
    """`Smith said the plan would fail.` in the sentences before si sets the current speaker."""
    start_si = state.get("last_sent", -1) + 1
    if si - start_si > 6:
        start_si = si - 6
    for k in range(max(0, start_si), si):
        s, e = ctx.sent_range(k)
        m = _INDIRECT.search(ctx.masked, s, e)
        if not m:
            continue
        toks = _tokenize(ctx, s, m.end())
        for j, t in enumerate(toks):
            if t.s == m.start():
                subj = _subject_left(ctx, toks, j)
                found, sp = _resolve(ctx, toks, subj)
                if found and sp:
                    state["last"] = (sp, _para_of(ctx, s), s)
                break


def _para_start(ctx: _Ctx, pos: int, back: int = 0) -> int:
    """Start offset of the paragraph ``back`` paragraphs before the one holding pos."""
    i = bisect_right(ctx.line_starts, pos) - 1
    if i < 0:
        return 0
    want = ctx.line_para[i] - back
    while i > 0 and ctx.line_para[i - 1] >= want:
        i -= 1
    return ctx.line_starts[i]


def _para_of(ctx: _Ctx, pos: int) -> int:
    """Paragraph number of pos, counted like _pair (non-empty paragraphs)."""
    i = bisect_right(ctx.line_starts, pos) - 1
    return ctx.line_para[i] if i >= 0 else 0
