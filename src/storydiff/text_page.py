"""The parts of a page that are not the story's sentences: a time stamp line, the
credits that close an article, navigation and sharing lines, and the headline a plain-text
article opens with. One home for these rules; ingest, the parser, mentions and alignment
read them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import (
    MONTHS,
    SAID_FORMS,
    TITLE_CASE_LOWER_WORDS,
    TITLE_CASE_SHORT_LOWER_WORDS,
    WEEKDAYS,
)

# The words of a page's time stamp ('Updated: Tuesday, May 24, 2005 10:46 AM ET'): a line made
# of these and numbers says when the page was posted, not what happened.
_STAMP_WORDS = frozenset(
    {
        "updated", "posted", "published", "last", "modified", "on", "at", "am", "pm", "a.m",
        "p.m", "hrs", "hours", "local", "time", "gmt", "utc", "bst", "cet", "cest", "et",
        "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "ist",
        "aest", "aedt", "jst", "msk",
    }
    | set(MONTHS)
    | set(WEEKDAYS)
    | {day[:3] for day in WEEKDAYS}
)  # fmt: skip
_STAMP_TOKEN = re.compile(r"\d+(?::\d+)*(?:am|pm|a\.m|p\.m)?|[a-z]+(?:\.[a-z]+)*", re.IGNORECASE)
_STAMP_DATE = re.compile(r"\b\d{1,2}:\d\d\b|\b(?:19|20)\d\d\b")


def is_time_stamp(line: str) -> bool:
    """Whether `line` is only a page's time stamp ('July 25, 2005, 12:18 AM ET', 'Updated:
    November 11, 2011 18:50 IST', 'Sat Nov 12 2011, 01:19 hrs'): dates, times, weekdays and
    the words around them, with a year or a clock time, and nothing else."""
    tokens = _STAMP_TOKEN.findall(line)
    if not tokens or not _STAMP_DATE.search(line):
        return False
    return all(t[0].isdigit() or t.lower().rstrip(".") in _STAMP_WORDS for t in tokens)


# An article's credits: who wrote it, who helped and where to follow them ('Jane Doe is a
# reporter for Harbour Gazette.', 'Follow her on Twitter at @janedoe.', 'The Lorrin Courier
# contributed to this report.', 'Reporting by Jane Doe; Editing by John Roe'), and the page's
# copyright notice ('Copyright 2016 Lorrin Broadcasting, Inc. All rights reserved.'). They are
# sentences of the page, never facts of the story: no other outlet reports them.
_NAME_RUN = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|of|de|van))*"
_CREDIT_LINE = re.compile(
    rf"""^(?:
        (?i:follow)\s+(?:him|her|them|us|me|{_NAME_RUN})\s+on\s+
            (?i:twitter|x|facebook|instagram|threads|bluesky|mastodon)\b.*
      | {_NAME_RUN}\s+is\s+an?\s+
            (?i:(?:senior|staff|political|national|chief|white\s+house|congressional|freelance)\s+)*
            (?i:reporter|correspondent|writer|editor|producer|journalist|contributor)
            (?:\s+(?:for|at|with)\s+(?:the\s+)?[A-Z][^.]*)?\.?
      | (?i:reporting|additional\s+reporting|writing|editing)\s+by\s+[A-Z].*
      | .{{0,120}}\scontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\.?
      | (?:(?i:copyright)|©|\((?i:c)\))\s*(?:(?:19|20)\d\d\b|©).{{0,100}}
      | (?i:all\s+rights\s+reserved)\.?
      | (?i:this\s+material\s+may\s+not\s+be\s+published)\b.{{0,80}}
    )$""",
    re.VERBOSE,
)


def is_credit_line(line: str) -> bool:
    """Whether `line` (one sentence) is only an article's credits: its author's role ('Jane
    Doe is a reporter for Harbour Gazette.'), where to follow them, who contributed or
    edited. A longer sentence that merely mentions a reporter is not one."""
    return _CREDIT_LINE.match(line.strip()) is not None


# What a web page says to its reader about the page itself, which extracted or pasted text
# carries into the story ('Please enable Javascript to watch this video', 'Read or Share this
# story: http://…', 'Sign up for our newsletter.', 'Follow KXYZ: Download our app here.'),
# and the credits of its photos ('(Photo: Jane Doe / The Courier)', 'Getty Images'). Such a
# sentence is short; a long one that opens like this has a real sentence glued on
# ('Related: … Also charged were …') and stays.
_FURNITURE_MAX_WORDS = 16
_FURNITURE_SENTENCE = re.compile(
    r"""^[•·*\-–—\s]*(?:
        please\s+enable\s+javascript\b.*
      | having\s+trouble\s+(?:viewing|watching|playing)\b.*
      | try\s+disabling\s+(?:any\s+|your\s+)?ad[\s-]*block.*
      | (?:read\s+or\s+)?share\s+this(?:\s+(?:story|article|video|post|page))?\s*:.*
      | (?:click|tap)\s+here\b.*
      | (?:read\s+more|related(?:\s+(?:coverage|stories|articles|content|links))?
            |more\s+video|watch|video)\s*:.*
      | (?:sign\s+up\s+for|subscribe\s+to)\b.*
      | (?:follow\s+[^:]{1,40}:\s*)?download\s+(?:our|the)\b.*\bapps?\b.*
      | (?=\D)(?:(?:photos?|videos?|related|stories|pending|comments?|tagged|more|\d+)\s*)+
      | (?:leave|post|add)\s+a\s+comment\b.*
      | \(?(?:ap\s+|file\s+)?photos?\s*(?::|/|\s+by\b|\s+courtesy\b).*
      | (?:buy\s+photo\s*)+
      | getty\s+images\b.*
      | copyright\s+(?-i:[A-Z])[^.]*\.?
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
# The same prompts and photo credits glued before a sentence by a page's text extraction
# ('Please enable Javascript to watch this video HALDEN -- A miner was …', '(Photo:
# Jane Doe / The Courier)Buy Photo A man who …').
_FURNITURE_PREFIX = re.compile(
    r"^\s*(?:(?:please\s+enable\s+javascript\s+to\s+(?:watch|view|play)\s+this\s+video\.?"
    r"|\((?:ap\s+|file\s+)?photo\s*[:/][^()]{0,80}\)|\([^()]{0,40}\bphoto\)"
    r"|buy\s+photo)\s*)+",
    re.IGNORECASE,
)


def is_page_furniture(sentence: str) -> bool:
    """Whether `sentence` is only the page speaking to its reader (a prompt to watch, share,
    comment, subscribe or download the app; a photo credit): never a statement of the
    story, wherever it stands. 'Police asked anyone with information to call' is news."""
    text = sentence.strip()
    if len(text.split()) > _FURNITURE_MAX_WORDS:
        return False
    return _FURNITURE_SENTENCE.match(text) is not None


def furniture_prefix_end(sentence: str) -> int:
    """How many characters of `sentence` are a page prompt glued before it (see
    `_FURNITURE_PREFIX`), else 0."""
    match = _FURNITURE_PREFIX.match(sentence)
    return match.end() if match else 0


def credits_start(text: str) -> int:
    """Where an article's credits may start: its last paragraph (line), which is where they
    stand; a sentence like one above it is a fact of the story ('Ina Voss is a reporter
    for the Courier. She was detained on Monday.')."""
    return text.rstrip().rfind("\n") + 1


def credit_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each sentence of the last paragraph that is only credits
    (`is_credit_line`), split at a stop before a space."""
    start = credits_start(text)
    last = text[start:].rstrip()
    spans = []
    pos = 0
    for stop in re.finditer(r"(?<=[.!?])\s+", last + " "):
        piece = last[pos : stop.start()]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip() and is_credit_line(piece):
            spans.append((start + pos + lead, start + min(stop.start(), len(last))))
        pos = stop.end()
    return tuple(spans)


# Navigation and sharing lines that copy-pasted or extracted pages carry around the article
# ("All news" above a TASS story); a whole line equal to one of these is not article text.
PAGE_FURNITURE = frozenset(
    {
        "all news", "news", "home", "menu", "skip to content", "skip to main content",
        "advertisement", "advert", "sponsored", "share", "share this", "share this article",
        "share on facebook", "share on twitter", "tweet", "email", "print", "read more",
        "related", "related articles", "related stories", "most read", "most popular",
        "top stories", "subscribe", "sign up", "sign in", "log in", "newsletter",
        "comments", "show comments", "latest news", "breaking news", "follow us",
    }
)  # fmt: skip


def strip_page_furniture(text: str) -> tuple[str, list[str]]:
    """`text` without the page-furniture lines at its start and end (see PAGE_FURNITURE),
    and the lines removed. Lines inside the article are kept: there they may be a heading."""
    lines = text.split("\n")
    removed: list[str] = []

    def is_furniture(line: str) -> bool:
        return line.strip().strip(".:|›»").strip().lower() in PAGE_FURNITURE

    while lines and (not lines[0].strip() or is_furniture(lines[0])):
        if lines[0].strip():
            removed.append(lines[0].strip())
        lines.pop(0)
    while lines and (not lines[-1].strip() or is_furniture(lines[-1])):
        if lines[-1].strip():
            removed.append(lines[-1].strip())
        lines.pop()
    return "\n".join(lines), removed


# A plain-text article carries its headline as its first line; a headline is short and has
# no sentence-ending stop ('Kremlin slams statements … as wrong'), where a first paragraph
# of body text ends in one. Question and exclamation marks end headlines as often as
# sentences, so only the stops that close a body sentence or clause count against it.
_HEADLINE_MAX_WORDS = 25
_BODY_STOPS = ".:;,"


def headline_end(text: str) -> int:
    """End offset of the headline `text` opens with (its first line, when that is short,
    has no sentence-ending stop, or only a full stop after title case, and more text
    follows), else 0."""
    start = len(text) - len(text.lstrip())
    newline = text.find("\n", start)
    if newline < 0 or not text[newline:].strip():
        return 0
    line = text[start:newline].rstrip()
    last = line.rstrip("\"'”’»)]").rstrip()
    if not last or len(line.split()) > _HEADLINE_MAX_WORDS:
        return 0
    if last[-1] in _BODY_STOPS and not closed_title_case_headline(line):
        return 0
    return start + len(line)


def title_case_line(line: str) -> bool:
    """A line written in title case ('Kell Signs Law On Harbour Fees'): three or more
    longer words, nearly all capitalised (short words such as 'on' or 'to' may not be)."""
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def closed_title_case_headline(line: str) -> bool:
    """A headline that a feed closed with a full stop ('Kell Signs Harbour Law.', 'Will Kell
    Sign?.'): body text is not written in title case, so its stop does not make it a
    sentence of the body. A lower-case word that title case would capitalise ('Karel Brana
    met Ana Dale on Monday.') makes it a sentence dense with names."""
    if not line.endswith(".") or line.endswith("..") or not title_case_line(line):
        return False
    words = (w.strip(_AROUND_WORDS) for w in line.split())
    return not any(
        w[:1].islower()
        and w not in (TITLE_CASE_LOWER_WORDS if len(w) > 3 else TITLE_CASE_SHORT_LOWER_WORDS)
        for w in words
    )


# what a word of a line may carry around it: "Lyin'", '"Apology"', '(AP)', 'Dems,'
_AROUND_WORDS = "\"'‘’“”.,:;!?()[]—–-"


# Online outlets set a quotation as its own paragraph (or several) and name its speaker on the
# line after it, behind a dash: '— Harbour Party chair Mara Kell, in a tweet, April 26, 2031',
# '– the State Department, in a statement'. That line is a caption, not a statement.
_DASH_LINE = re.compile(r"^[ \t]*(?:―|—|–|--|-)[ \t]*(?=[A-Za-z])")
_QUOTATION_PARAGRAPH = re.compile(r"""^\s*["“„«‘'].*["”“»’'][.,]?\s*$""")
_DASH_LINE_MAX_WORDS = 25
_SPEAKER_MAX_WORDS = 10
_ARTICLES = frozenset({"the", "a", "an"})
# Words that join a name to what follows it ('Mara Kell of the Harbour Party') rather than
# end a title before it ('party chair Mara Kell').
_LINK_WORDS = _ARTICLES | {"of", "for", "at", "in", "from", "and", "on", "with"}


@dataclass(frozen=True)
class DashAttribution:
    """A dash line naming the speaker of the quotation paragraph(s) just above it."""

    quote_start: int
    """Where the first of those quotation paragraphs starts."""
    line_start: int
    line_end: int
    speaker_start: int
    speaker_end: int


@lru_cache(maxsize=8)
def dash_attributions(text: str) -> tuple[DashAttribution, ...]:
    """Each dash line of `text` that names the speaker of the quotation paragraphs above it:
    a short line after a paragraph that is only a quotation, so a list's '- item' elsewhere
    is not one."""
    found = []
    lines = _lines(text)
    for index, (start, line) in enumerate(lines):
        dash = _DASH_LINE.match(line)
        if dash is None or len(line.split()) > _DASH_LINE_MAX_WORDS:
            continue
        above = [(s, t) for s, t in lines[:index] if t.strip()]
        quote_start = None
        while above and _QUOTATION_PARAGRAPH.match(above[-1][1]):
            quote_start = above.pop()[0]
        speaker = _dash_speaker(line, dash.end())
        if quote_start is None or speaker is None:
            continue
        end = start + len(line.rstrip())
        found.append(
            DashAttribution(quote_start, start, end, start + speaker[0], start + speaker[1])
        )
    return tuple(found)


def _lines(text: str) -> list[tuple[int, str]]:
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    return lines


def _dash_speaker(line: str, start: int) -> tuple[int, int] | None:
    """The (start, end) in `line` of who a dash line names: the name after a title ('Harbour
    Party chair Mara Kell'), a name before what it belongs to ('Mara Kell of the Harbour
    Party'), else the whole phrase before the first comma ('the State Department')."""
    comma = line.find(",", start)
    phrase_end = len(line[: comma if comma >= 0 else len(line)].rstrip(" .;"))
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", line[start:phrase_end])]
    if (
        not words
        or len(words) > _SPEAKER_MAX_WORDS
        or any(c.isdigit() for c in line[start:phrase_end])
    ):
        return None
    capital = [w[2][0].isupper() for w in words]
    if not capital[0] and words[0][2].lower() not in _ARTICLES:
        return None
    if _reads_as_sentence(line, [w[2] for w in words]):
        return None
    trailing = len(words)
    while trailing > 0 and capital[trailing - 1]:
        trailing -= 1
    if 0 < trailing <= len(words) - 2 and words[trailing - 1][2].lower() not in _LINK_WORDS:
        return start + words[trailing][0], start + words[-1][1]
    leading = 0
    while leading < len(words) and capital[leading]:
        leading += 1
    if 2 <= leading < len(words) and words[leading][2].lower() in _LINK_WORDS:
        return start + words[0][0], start + words[leading - 1][1]
    return start + words[0][0], start + words[-1][1]


def _reads_as_sentence(line: str, words: list[str]) -> bool:
    """Whether a dash line is a list's item rather than a name ('- Officials said the bridge
    would reopen.'): it reports, or it runs on in small words to a stop with no comma."""
    if any(word.lower() in SAID_FORMS or word.lower() == "says" for word in words):
        return True
    small = sum(1 for word in words if not word[0].isupper())
    return "," not in line and line.rstrip().endswith((".", "!", "?")) and small >= 3
