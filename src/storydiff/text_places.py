"""Place names that are known by list, not by shape: large regions, the states of the United
States and their news abbreviations. Word lists only; the stages that read places import them."""

from __future__ import annotations

# Places larger than a town that the country tables do not name: continents, world regions and
# the nations of the United Kingdom ('in Wales' names no other place than 'in Cardiff').
LARGE_REGION_NAMES = frozenset(
    {
        "africa", "asia", "europe", "antarctica", "oceania", "north america", "south america",
        "latin america", "central america", "middle east", "caribbean", "balkans",
        "scandinavia", "england", "scotland", "wales", "northern ireland",
    }
)  # fmt: skip
# States of the United States: places, never people ('the governor of Ohio', 'New Mexico').
US_STATES = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    """.split()  # noqa: SIM905  (a word list reads best as words)
) | frozenset(
    {
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
        "north dakota", "south carolina", "south dakota", "rhode island", "west virginia",
    }
) | frozenset(
    # the federal district and the inhabited territories, governed like states and named in
    # the news like them ('flew to Puerto Rico'): two-word names a person's shape would take
    {
        "district of columbia", "puerto rico", "guam", "american samoa",
        "northern mariana islands", "virgin islands", "u.s. virgin islands",
    }
)  # fmt: skip
# News-style abbreviations of the states ('Frankfort, Ky.', 'Former Va. Sen. Ana Dale'):
# places, with their full stops; also read in a party tag ('R-Ky.'), which names no actor.
US_STATE_ABBREVIATIONS = frozenset(
    """
    ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass.
    mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i.
    s.c. s.d. tenn. tex. vt. va. wash. w.va. wis. wyo.
    """.split()  # noqa: SIM905  (a word list reads best as words)
)
