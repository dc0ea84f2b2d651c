"""Which fact a time expression of a statement dates: the statement's own, or another event
it mentions (crossdoc/dates.py, "same event", says what counts). Read by the date conflicts
(dates.py), the timeline (timeline.py) and clock times (clock_times.py)."""

from __future__ import annotations

import re

from ..extract.timex_years import LEVEL_OF_YEAR
from ..model import Analysis, TimeExpression, Unit
from ..text import COURT_WORDS, MONTHS, RULING_VERBS, WEEKDAYS
from .signals import in_scope
from .statement_words import statement_words

# 'said on December 10' dates the saying, not the fact; so do 'in a statement Tuesday',
# 'according to media reports Tuesday' and 'the first to report on Thursday'
_REPORTED_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|added|stated|wrote|confirmed|"
    r"to\s+(?:say|report|announce|confirm|reveal|disclose)|"
    r"in\s+(?:a|an|his|her|its|their)\s+(?:\w+\s+)?(?:statement|interview|speech|letter|"
    r"post|tweet|briefing)(?:\s+(?:released|issued|posted|published))?|"
    r"according\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:reports?|sources?|statements?|records?|"
    r"documents?|officials?|police|authorities))\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# 'wrote on Twitter Friday', 'announced on its website on Monday': the day of the saying
_REPORTED_VIA = re.compile(
    r"\b(?:said|wrote|posted|announced|tweeted|reported)\s+(?:on|in|to)\s+(?:[\w'’]+\s+){1,2}"
    r"(?:on\s+)?$",
    re.IGNORECASE,
)
# a date after the figure a change is measured from dates that figure ('rose to 7.1%, up
# from 6.4% in May', 'fell to 3.9% from 4.3% in August'), not the change
_BASELINE = re.compile(
    r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:a\s+)?(?:revised\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|roughly\s+)?[$€£]?(?!(?:19|20)\d\d\b)\d[\d,.]*"
    r"(?:\s*(?:%|(?!to\b|through\b|and\b|until\b|till\b)[a-z]+))?"
    r"(?:\s+(?:in|on|during|for|at\s+the\s+end\s+of|as\s+of))?\s+$",
    re.IGNORECASE,
)
# a day after these words dates another event than the statement's ('since their Dec. 11
# meeting', 'before the 2016 election')
# ('since December 10' and 'until 2009' are the fact's own bounds: ranges, read below)
_OTHER_EVENT = re.compile(
    r"\b(?:before|after|following|ahead of|prior to)\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE
)
# 'after a shooting at an office party in Tarrowby Friday': a longer noun phrase of the
# other event, read with the parse (no verb in it)
_OTHER_EVENT_PHRASE = re.compile(
    r"\b(?:before|after|following|ahead\s+of|prior\s+to)\s+(?:a|an|the|his|her|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,9}$",
    re.IGNORECASE,
)
# a preposition right before a date makes it an adverbial of the clause, not a modifier
_PREPOSITION = re.compile(r"\b(?:on|in|by|from|during|of|at|between|through|to)\s+$", re.I)
_POSSESSIVE = re.compile(r"^['’]s\b")
# a date right after a determiner is part of a noun phrase ('the 2000 fiscal year')
_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|his|her|its|their|our)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"^\s+([A-Za-z][\w-]*)")
# counted from the publication date: no explicit day, month or year of its own
RELATIVE_DAY = re.compile(
    r"\b(?:yesterday|today|tomorrow|tonight|last|next|this|ago|earlier|later|past|coming)\b",
    re.IGNORECASE,
)


# 'the first vote since a sitting two weeks ago', 'since the summer of 2011': the day of
# the earlier event the fact is measured from ('since December 10' is the fact's own bound)
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:the|a|an|their|his|her|its|our|that)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE
)
# the end of a span set by another event ('to hold the post until a by-election in June')
_UNTIL_EVENT = re.compile(r"\b(?:until|till)\s+(?:[\w'’-]+\s+){1,5}$", re.IGNORECASE)
# a day after 'after' or 'following' is only when the fact's wait began ('following calls
# last week'), and one after 'before' when it ended, unless the text makes the wait short
# ('shortly after midnight', 'just before 11 pm')
_SOON_AFTER = re.compile(
    r"\b(?:shortly|soon|just|right|immediately|hours|minutes|moments)\s+"
    r"(?:after|following|before)\s+"
    r"(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE,
)
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def dates_another_event(analysis: Analysis, unit: Unit, time: TimeExpression) -> bool:
    """Whether a time expression of a statement plainly dates something other than the
    statement's fact, so that it must not place the statement on a timeline: a day or month
    the fact is set against ('following calls last week', 'ahead of the vote on Tuesday', not
    'shortly after midnight'), an earlier event it is measured from ('since a session three
    weeks ago', 'up from 6.4% in May', 'from 2005 levels'), a day counted from the publication
    date inside a quotation (the speaker's 'tonight' is the day of the speech), or a year or
    month that modifies a noun or sits in a side clause ('the 1988 nominee', "last year's
    election", 'Brooke, who served from 1967 to 1979'). A day named on a noun ('Sunday's
    meeting') stays: a statement about that meeting is the meeting's."""
    text = analysis.article.text
    before = text[max(unit.start, time.start - 40) : time.start]
    if any(p.search(before) for p in (_BASELINE, _SINCE_EVENT, _UNTIL_EVENT)):
        return True
    if _level_of_year(text, time):
        return True
    # a year after 'after' still holds the fact ('broke away after a short war in 2011')
    other = _OTHER_EVENT.search(before)
    if other and not _SOON_AFTER.search(before):
        if not other.group().lower().startswith(("after", "following")):
            return True  # the fact came before that date
        if time.kind not in {"year", "range"}:
            return True
    if RELATIVE_DAY.search(time.text) and inside_quotation(analysis, unit, time.start):
        return True
    coarse = time.kind in {"year", "month"} or _WRITTEN_YEAR.search(time.text)
    # 'this year's elections': a period that holds the report's own time holds its fact too
    if not coarse or _DATED_DAY.search(time.text) or time.text.lower().startswith("this "):
        return False
    if _modified_noun(unit, text, time, before) is not None and not _ADVERBIAL.search(before):
        return True
    # a relative clause about someone or something else ('Brooke, who served from 1967');
    # not a clause that tells of the fact ('since talks broke down last month', 'and reversed
    # it in 1999', 'recommending in 2015')
    around = text[max(unit.start, time.start - 80) : time.start]
    return not in_scope(unit, time.start) and _RELATIVE_CLAUSE.search(around) is not None


# a noun phrase that is itself the adverbial of the fact ('ruled in 1898's Wong Kim Ark case',
# 'during his 2016 campaign')
_ADVERBIAL = re.compile(
    r"(?:\b(?:in|on|by)\s+|\b(?:during|throughout|amid)\s+(?:the|a|an|his|her|its|their|our)\s+)$",
    re.IGNORECASE,
)
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose|which)\b[^;:.]*$", re.IGNORECASE)


# a day of the month written with its year ('June 3, 2011'): a day, not a year on a noun
_DATED_DAY = re.compile(r"\b[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b")


def dates_the_fact(
    analysis: Analysis, unit: Unit, time: TimeExpression, other: Unit | None = None
) -> bool:
    """Whether a time expression of a statement dates the statement's own fact (see the
    module docstring of crossdoc/dates.py), read against `other`, the statement it is
    compared with, where one is given."""
    text = analysis.article.text
    if in_dateline(analysis, time.start):
        return False
    before = text[max(unit.start, time.start - 40) : time.start]
    ruling = _ruling_said(before, other)
    if not ruling and any(p.search(before) for p in (_REPORTED_ON, _REPORTED_VIA)):
        return False
    if any(p.search(before) for p in (_OTHER_EVENT, _BASELINE)):
        return False
    if _after_event_phrase(unit, text, time):
        return False
    if _level_of_year(text, time):
        return False
    if not ruling and _saying_follows(unit, text, time):
        return False
    if inside_quotation(analysis, unit, time.start):
        return False
    modified = _modified_noun(unit, text, time, before)
    if not in_scope(unit, time.start):
        return modified is None and other is not None and _reported_by_other(unit, time, other)
    if modified is None:
        return True
    # 'in a Tuesday letter' dates the letter: the fact, when the other statement's act is
    # about that letter ('wrote a letter on Wednesday')
    patient = other.predicate.patient if other is not None and other.predicate else None
    return modified != "" and modified == patient


# content lemmas a side clause must share with the other statement to be what it reports
_MIN_SHARED_LEMMAS = 2
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


# a court saying, with its date ('the appeals court said on', 'the judge on')
_COURT_SAYS = re.compile(
    r"\b(court|judge|justices?|panel|tribunal|magistrate)\s+"
    r"(?:(?:said|says|wrote|stated|announced)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


def _ruling_said(before: str, other: Unit | None) -> bool:
    """Whether a date right after a court's name, and its verb of saying, dates what `other`
    tells as that court's ruling ('the court said on Thursday the strike was lawful' against
    'the court ruled on Tuesday that …'): what a court says of its case is its decision."""
    if other is None or other.predicate is None:
        return False
    agent, verb = other.predicate.agent, other.predicate.verb
    if verb not in RULING_VERBS or agent not in COURT_WORDS:
        return False
    said = _COURT_SAYS.search(before)
    return said is not None and said.group(1).lower().rstrip("s") == agent


def _level_of_year(text: str, time: TimeExpression) -> bool:
    """'from 2005 levels': the level a change is measured against (`LEVEL_OF_YEAR`)."""
    return time.kind == "year" and LEVEL_OF_YEAR.match(text, time.start) is not None


def in_dateline(analysis: Analysis, position: int) -> bool:
    """Whether `position` lies in the article's dateline ('ORLOW, Ind. (June 15, 2026) —'):
    its day is when the report was filed, no event of the story."""
    dateline = analysis.article.dateline
    return dateline is not None and dateline.start <= position < dateline.end


# a verb of saying between a date and the fact's verb: the date is the saying's ('Sheriff
# Dana Orrell on Thursday said both died', 'On Friday, the prosecutor confirmed the boys died')
_SAYING_AFTER = re.compile(
    r"^[^.;:!?\"“”]*?\b(?:said|says|told|tells|confirmed|confirms|announced|announces|"
    r"reported|reports|stated|states|added|wrote)\b",
    re.IGNORECASE,
)


def _saying_follows(unit: Unit, text: str, time: TimeExpression) -> bool:
    """Whether a date before the statement's main verb dates a saying that reports the fact
    (the main verb itself a saying is the fact, and keeps its date)."""
    predicate = unit.predicate
    if predicate is None or predicate.verb_span[0] <= time.end:
        return False
    return bool(_SAYING_AFTER.match(text[time.end : predicate.verb_span[0]]))


def _reported_by_other(unit: Unit, time: TimeExpression, other: Unit) -> bool:
    """Whether the side clause of `unit` that holds `time` (the smallest parsed clause around
    it, with the clauses that run on from it: 'for passing a resolution on Tuesday' +
    'reaffirming the motto') is itself what `other` reports: two content lemmas in common,
    dates and numbers aside, and not words of the rest of its statement."""
    if unit.predicate is None:
        return False
    clauses = sorted(unit.predicate.clauses)
    around = [(s, e) for s, e in clauses if s <= time.start < e]
    if not around:
        return False
    start, end = min(around, key=lambda c: c[1] - c[0])
    for s, e in clauses:  # sorted by start: each clause that begins where the last ended
        if end <= s <= end + _CLAUSE_GAP:
            end = e
    for s, e in reversed(clauses):
        if start - _CLAUSE_GAP <= e <= start and s < start:
            start = s
    start = _with_antecedent(unit, start)
    # words the side clause repeats from the rest of its statement tell of a second, like
    # event ('prices rose 0.9% last month, after prices rose 0.6% in May'), not the other's
    rest = _lemmas_between(unit, unit.start, start) | _lemmas_between(unit, end, unit.end)
    shared = _lemmas_between(unit, start, end) & other.content
    return len(shared - rest - _CALENDAR_LEMMAS) >= _MIN_SHARED_LEMMAS


# a name right before a side clause, with its apposition or a relative pronoun: the one the
# clause is about ('after Ida Varn, who served from 1971 to 1983', 'since Ida Varn, a Liberal,
# held the office from 1970 to 1982'); the clause says nothing of whom without it
_ANTECEDENT = re.compile(
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*(?:,[^,;:]{1,40},|,)?\s*"
    r"(?:(?:who|whom|whose|which)\s*)?$"
)
_RELATIVE_PRONOUN = re.compile(r"\s*(?:who|whom|whose|which)\b")


def _with_antecedent(unit: Unit, start: int) -> int:
    """Where a side clause starts, with the name it is about right before it."""
    before = unit.text[: start - unit.start]
    pronoun = _RELATIVE_PRONOUN.match(unit.text[start - unit.start :])
    if pronoun:
        before += pronoun.group()
    found = _ANTECEDENT.search(before)
    return unit.start + found.start(1) if found else start


# characters (a space, a comma) between two clauses that run on from one another
_CLAUSE_GAP = 2
_CALENDAR_LEMMAS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"day", "night", "week", "year"}


def _lemmas_between(unit: Unit, start: int, end: int) -> set[str]:
    """The content lemmas of the words of `unit` that lie in [start, end) of the article."""
    return {
        w.lemma
        for w in statement_words(unit)
        if start <= w.start < end
        and w.pos in _CONTENT_POS
        and not w.stop
        and not any(c.isdigit() for c in w.lemma)
    }


def inside_quotation(analysis: Analysis, unit: Unit, position: int) -> bool:
    """Whether `position` lies between quotation marks of its sentence."""
    sentences = analysis.sentences
    sentence = sentences[unit.sentence] if unit.sentence < len(sentences) else None
    start = sentence.start if sentence is not None and sentence.start <= position else unit.start
    before = analysis.article.text[start:position]
    curly = before.count("“") - before.count("”") + before.count("«") - before.count("»")
    return curly > 0 or before.count('"') % 2 == 1


def _modified_noun(unit: Unit, text: str, time: TimeExpression, before: str) -> str | None:
    """The lemma of the noun a date modifies ('the 2001 attacks', 'Wednesday's speech', 'a
    May 1 deadline': the date of that thing), '' where it modifies one that cannot be read,
    None where it modifies none."""
    after = text[time.end : time.end + 30]
    following = _NEXT_WORD.match(after)
    lemma_of = dict(zip(unit.tokens, unit.lemmas, strict=False))
    pos_of = dict(zip(unit.tokens, unit.pos, strict=False))
    word = following.group(1).lower() if following is not None else ""
    noun = lemma_of.get(word, "") if pos_of.get(word) in {"NOUN", "PROPN"} else ""
    if _POSSESSIVE.match(after) or _DETERMINER.search(before):
        return noun
    if _PREPOSITION.search(before) or not noun:
        return None
    return noun


# a comparison's other side ('more grain than it did in 2019', 'fewer than in January')
# (not 'more than 200 dockers walked out on Tuesday': a count, and the act's own day)
_COMPARED_WITH = re.compile(
    r"\bthan\s+(?:(?:it|they|he|she|we|there|that|this)\s+"
    r"(?:did|was|were|had|has|have|is|are|do|does)\s+)?"
    r"(?:(?:in|on|at|during|for|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def dates_another_noun(analysis: Analysis, unit: Unit, time: TimeExpression) -> bool:
    """Whether a date belongs to a noun the main verb's act is done to, not to the act: a
    premodifier inside the verb's object ('is investigating the March 3 fire', 'enters 2028
    gubernatorial race'; not 'has a hearing set for May 2 in court') or the other side of a
    comparison ('than it did in 2019'). The subject's own date ('Sunday's meeting was…') is
    before the verb and still dates the statement. Read by the timeline only: the date
    conflicts keep their own reading."""
    text = analysis.article.text
    if _COMPARED_WITH.search(text[max(unit.start, time.start - 40) : time.start]):
        return True
    predicate = unit.predicate
    if predicate is None or predicate.patient_span is None:
        return False
    start, end = predicate.patient_span
    if start < predicate.verb_span[1] or not start <= time.start < time.end <= end:
        return False
    if _PREPOSITION.search(text[start : time.start]):
        return False
    # a premodifier: a noun of the object follows ('the March 3 fire'), not 'set for Feb. 17 in'
    possessive = _POSSESSIVE.match(text[time.end :])
    after = time.end + (possessive.end() if possessive else 0)
    following = [w for w in statement_words(unit) if after <= w.start < end]
    return bool(following) and following[0].pos in {"NOUN", "PROPN", "ADJ"}


def in_side_clause(unit: Unit, position: int) -> bool:
    """Whether `position` lies in a subordinate clause of the statement that tells another
    event than its main verb's ('the ferry, which sank on Monday, was raised', 'officials who
    met last week said', 'the ferry, damaged on Monday, …'): a date there is that event's.
    Not a clause of the same time ('when the ferry sank on Monday, thirty were aboard'), nor
    the reporting clause that hands over to the main verb ('said on Monday that …')."""
    predicate = unit.predicate
    if predicate is None or in_scope(unit, position):
        return False
    return any(start <= position < end for start, end in predicate.side_clauses)


def main_act_untold(
    unit: Unit, time: TimeExpression, other: Unit, other_time: TimeExpression
) -> bool:
    """Whether `time`, a date of a side clause of `unit` (taken as the fact's because `other`
    tells that clause's act), is set against `other_time`, the date of `other`'s main act,
    while `other` tells the side clause's act in a side clause of its own, undated ('the
    woman shot Saturday' against 'the family of a woman who was shot expressed outrage
    Monday'): the two dates are of two acts."""
    if in_scope(unit, time.start) or not in_scope(other, other_time.start):
        return False
    verbs = [w for w in statement_words(unit) if w.pos == "VERB" and w.start < time.start]
    if not verbs or other.predicate is None or other.predicate.verb == verbs[-1].lemma:
        return False
    return any(
        w.lemma == verbs[-1].lemma and not in_scope(other, w.start) for w in statement_words(other)
    )


def _after_event_phrase(unit: Unit, text: str, time: TimeExpression) -> bool:
    """Whether the date closes a noun phrase after 'after'/'before' with no verb in it
    ('after a shooting at an office party in Tarrowby Friday'): the date of that event."""
    found = _OTHER_EVENT_PHRASE.search(text[max(unit.start, time.start - 80) : time.start])
    if found is None:
        return False
    start = time.start - len(found.group())
    return not any(
        w.pos in {"VERB", "AUX"} for w in statement_words(unit) if start <= w.start < time.start
    )
