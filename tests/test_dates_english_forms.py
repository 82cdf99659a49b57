"""English date forms as newswire writes them: parts of the day and nights, times with zones,
spelled-out years, parts of decades and centuries, short year spans, weeks, two possible days,
dates without a year, and numeric forms in a declared order. One row per case, grouped under the
convention it pins (the same shape as tests/test_dates.py).

Anchors: THU is Thursday 10 April 2025; FRI is Friday 11 April 2025; SUN is Sunday 13 April
2025; FRI_NEW_YEAR is Friday 3 January 2025.
"""

from __future__ import annotations

import pytest

from builder.calendar import Day
from builder.display import value_text
from tests import date_cases as cases

THU = Day(2025, 4, 10)
FRI = Day(2025, 4, 11)
SUN = Day(2025, 4, 13)
FRI_NEW_YEAR = Day(2025, 1, 3)

# (text, anchor, language, date order) -> (earliest, latest, precision, edtf)
RESOLVED = [
    # A weekday in brackets confirms a relative day: "yesterday (Wednesday)", Persian "امروز (شنبه)".
    ("yesterday (Wednesday)", THU, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("امروز (شنبه)", Day(2025, 4, 12), "fa", None, "2025-04-12", "2025-04-12", "day", "2025-04-12"),
    # Parts of the day: the calendar day they are on, at day precision, the part kept in `part`.
    ("Sunday night", THU, None, None, "2025-04-06", "2025-04-06", "day", "2025-04-06"),
    ("on Wednesday night", THU, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("Friday evening", THU, None, None, "2025-04-04", "2025-04-04", "day", "2025-04-04"),
    ("on Tuesday morning", THU, None, None, "2025-04-08", "2025-04-08", "day", "2025-04-08"),
    ("Monday afternoon", THU, None, None, "2025-04-07", "2025-04-07", "day", "2025-04-07"),
    ("yesterday evening", THU, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("tomorrow morning", THU, None, None, "2025-04-11", "2025-04-11", "day", "2025-04-11"),
    ("this afternoon", THU, None, None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    ("this morning", THU, None, None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    ("this evening", THU, None, None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    ("tonight", THU, None, None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    ("last night", THU, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("last night", FRI_NEW_YEAR, None, None, "2025-01-02", "2025-01-02", "day", "2025-01-02"),
    ("early today", THU, None, None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    ("late yesterday", THU, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("late on Monday", THU, None, None, "2025-04-07", "2025-04-07", "day", "2025-04-07"),
    ("late Monday", THU, None, None, "2025-04-07", "2025-04-07", "day", "2025-04-07"),
    ("early on Friday", THU, None, None, "2025-04-04", "2025-04-04", "day", "2025-04-04"),
    ("early Saturday", THU, None, None, "2025-04-05", "2025-04-05", "day", "2025-04-05"),
    ("the morning of 9 April 2025", THU, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("on the evening of April 9, 2025", None, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("9 April 2025 evening", None, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("at dawn on Friday", THU, None, None, "2025-04-04", "2025-04-04", "day", "2025-04-04"),
    ("at midday on Wednesday", THU, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("noon Wednesday", THU, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ("Friday at dawn", THU, None, None, "2025-04-04", "2025-04-04", "day", "2025-04-04"),
    ("late on 31 December 2024", None, None, None, "2024-12-31", "2024-12-31", "day", "2024-12-31"),
    ("in the small hours of Saturday", THU, None, None, "2025-04-05", "2025-04-05", "day", "2025-04-05"),
    ("in the early hours of Saturday", THU, None, None, "2025-04-05", "2025-04-05", "day", "2025-04-05"),
    ("the early hours of 2 April 2025", None, None, None, "2025-04-02", "2025-04-02", "day", "2025-04-02"),
    ("in the wee hours of Sunday", THU, None, None, "2025-04-06", "2025-04-06", "day", "2025-04-06"),
    ("Saturday in the early hours", THU, None, None, "2025-04-05", "2025-04-05", "day", "2025-04-05"),
    ("the night of Friday", THU, None, None, "2025-04-04", "2025-04-04", "day", "2025-04-04"),
    ("on the night of 6 October 2023", None, None, None, "2023-10-06", "2023-10-06", "day", "2023-10-06"),
    # 'overnight <day>' is that day: copy uses it for the night into the day and for the night after it.
    ("overnight Friday", THU, None, None, "2025-04-04", "2025-04-04", "day", "2025-04-04"),
    ("overnight on Friday", THU, None, None, "2025-04-04", "2025-04-04", "day", "2025-04-04"),
    ("overnight Thursday", THU, None, None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    ("overnight Tuesday", FRI_NEW_YEAR, None, None, "2024-12-31", "2024-12-31", "day", "2024-12-31"),
    ("overnight", THU, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    # A night belongs to the evening it starts on: 'the night into Friday' is Thursday's.
    ("the night into Friday", THU, None, None, "2025-04-03", "2025-04-03", "day", "2025-04-03"),
    ("overnight into Saturday", SUN, None, None, "2025-04-11", "2025-04-11", "day", "2025-04-11"),
    ("in the night to Sunday", SUN, None, None, "2025-04-12", "2025-04-12", "day", "2025-04-12"),
    ("the night into 1 January 2025", None, None, None, "2024-12-31", "2024-12-31", "day", "2024-12-31"),
    # Where the text names both days of a night, both are kept: a two-day range.
    ("the night of 12–13 June", THU, None, None, "2025-06-12", "2025-06-13", "day", "2025-06-12/2025-06-13"),
    ("the night of 12-13 June 2025", None, None, None, "2025-06-12", "2025-06-13", "day", "2025-06-12/2025-06-13"),
    ("the night of 30 April to 1 May 2025", None, None, None, "2025-04-30", "2025-05-01", "day", "2025-04-30/2025-05-01"),
    ("the night from Friday to Saturday", THU, None, None, "2025-04-04", "2025-04-05", "day", "2025-04-04/2025-04-05"),
    ("the night of Friday to Saturday", SUN, None, None, "2025-04-11", "2025-04-12", "day", "2025-04-11/2025-04-12"),
    ("Friday night into Saturday", SUN, None, None, "2025-04-11", "2025-04-12", "day", "2025-04-11/2025-04-12"),
    ("overnight Thursday into Friday", FRI, None, None, "2025-04-10", "2025-04-11", "day", "2025-04-10/2025-04-11"),
    ("the night of 31 December 2024 to 1 January 2025", None, None, None, "2024-12-31", "2025-01-01", "day", "2024-12-31/2025-01-01"),
    ("during the night between 6 and 7 October 2023", None, None, None, "2023-10-06", "2023-10-07", "day", "2023-10-06/2023-10-07"),
    # Times with zones: minute precision, the day as the text states it, the offset of the zone named.
    ("at 22:15 GMT on Friday", THU, None, None, "2025-04-04", "2025-04-04", "minute", "2025-04-04T22:15Z"),
    ("09:00 GMT Monday", THU, None, None, "2025-04-07", "2025-04-07", "minute", "2025-04-07T09:00Z"),
    ("at 0400 GMT on Friday", THU, None, None, "2025-04-04", "2025-04-04", "minute", "2025-04-04T04:00Z"),
    ("0400 GMT Tuesday", THU, None, None, "2025-04-08", "2025-04-08", "minute", "2025-04-08T04:00Z"),
    ("9 p.m. ET on Friday", THU, None, None, "2025-04-04", "2025-04-04", "minute", "2025-04-04T21:00-04:00"),
    ("9 January 2025 9 pm ET", None, None, None, "2025-01-09", "2025-01-09", "minute", "2025-01-09T21:00-05:00"),
    ("2 November 2025 11 pm ET", None, None, None, "2025-11-02", "2025-11-02", "minute", "2025-11-02T23:00-05:00"),
    ("3 November 2025 10 am ET", None, None, None, "2025-11-03", "2025-11-03", "minute", "2025-11-03T10:00-05:00"),
    ("9 March 2025 8 am PT", None, None, None, "2025-03-09", "2025-03-09", "minute", "2025-03-09T08:00-07:00"),
    ("10 March 2025 8 am PT", None, None, None, "2025-03-10", "2025-03-10", "minute", "2025-03-10T08:00-07:00"),
    ("14:30 local time on Wednesday", THU, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T14:30"),
    ("at 11:15 a.m. local time on Sunday", THU, None, None, "2025-04-06", "2025-04-06", "minute", "2025-04-06T11:15"),
    ("9 April 2025 22:00 MSK", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T22:00+03:00"),
    ("9 April 2025 at 18:00 TRT", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T18:00+03:00"),
    ("9 April 2025 21:30 IDT", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T21:30+03:00"),
    ("9 April 2025 20:00 IRST", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T20:00+03:30"),
    ("9 April 2025 10:00 CEST", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T10:00+02:00"),
    ("9 January 2025 10:00 CET", None, None, None, "2025-01-09", "2025-01-09", "minute", "2025-01-09T10:00+01:00"),
    ("9 April 2025 1100 BST", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T11:00+01:00"),
    ("9 April 2025 at 7:30 p.m. EEST", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T19:30+03:00"),
    ("9 April 2025 16:00 GST", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T16:00+04:00"),
    ("9 April 2025 14:30 IST", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T14:30"),
    ("9 April 2025 14:30 AST", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T14:30"),
    ("10 a.m. (0700 GMT) on Friday", THU, None, None, "2025-04-04", "2025-04-04", "minute", "2025-04-04T10:00+03:00"),
    ("9 April 2025 14:30 UTC+3", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T14:30+03:00"),
    ("9 April 2025 14:30 GMT-5", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T14:30-05:00"),
    ("9 April 2025 2230 hrs GMT", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T22:30Z"),
    ("2025-04-09T22:15+03:00", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T22:15+03:00"),
    ("2025-04-09T22:15Z", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T22:15Z"),
    ("9 April 2025 22:15 +03:00", None, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T22:15+03:00"),
    ("yesterday at 3 p.m. GMT", THU, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T15:00Z"),
    ("at 2:30 pm on Wednesday", THU, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T14:30"),
    ("Wednesday 14h30", THU, None, None, "2025-04-09", "2025-04-09", "minute", "2025-04-09T14:30"),
    # A month written once before two days and no year ("May 25-31"): the days of that month, the year by the rule for dates without one.
    ("May 25-31", Day(2025, 6, 3), None, None, "2025-05-25", "2025-05-31", "day", "2025-05-25/2025-05-31"),
    ("Jan. 5-7", FRI_NEW_YEAR, None, None, "2025-01-05", "2025-01-07", "day", "2025-01-05/2025-01-07"),
    ("from May 5 to 9", THU, None, None, "2025-05-05", "2025-05-09", "day", "2025-05-05/2025-05-09"),
    ("April 2 through 4", THU, None, None, "2025-04-02", "2025-04-04", "day", "2025-04-02/2025-04-04"),
    # Spelled-out years, decades and days.
    ("nineteen eighty-four", None, None, None, "1984-01-01", "1984-12-31", "year", "1984"),
    ("two thousand and eight", None, None, None, "2008-01-01", "2008-12-31", "year", "2008"),
    ("twenty twenty-five", None, None, None, "2025-01-01", "2025-12-31", "year", "2025"),
    ("nineteen hundred", None, None, None, "1900-01-01", "1900-12-31", "year", "1900"),
    ("two thousand", None, None, None, "2000-01-01", "2000-12-31", "year", "2000"),
    ("two thousand twenty-four", None, None, None, "2024-01-01", "2024-12-31", "year", "2024"),
    ("nineteen oh five", None, None, None, "1905-01-01", "1905-12-31", "year", "1905"),
    ("in nineteen forty-five", None, None, None, "1945-01-01", "1945-12-31", "year", "1945"),
    ("one thousand nine hundred and eighty-four", None, None, None, "1984-01-01", "1984-12-31", "year", "1984"),
    ("March nineteen ninety", None, None, None, "1990-03-01", "1990-03-31", "month", "1990-03"),
    ("the spring of two thousand and three", None, None, None, "2003-03-01", "2003-05-31", "season", "2003-21"),
    ("the twenty-first of May 2025", None, None, None, "2025-05-21", "2025-05-21", "day", "2025-05-21"),
    ("May twenty-first 2025", None, None, None, "2025-05-21", "2025-05-21", "day", "2025-05-21"),
    ("the nineteen-sixties", None, None, None, "1960-01-01", "1969-12-31", "decade", "196X"),
    ("the nineties", THU, None, None, "1990-01-01", "1999-12-31", "decade", "199X"),
    # Parts of decades and centuries: early/mid/late are thirds (decades 0-3, 4-6, 7-9); halves and quarters split evenly; centuries count from 1 as historians do.
    ("the late 1980s", None, None, None, "1987-01-01", "1989-12-31", "decade", "1987~/1989~"),
    ("the early 2000s", None, None, None, "2000-01-01", "2003-12-31", "decade", "2000~/2003~"),
    ("the mid-1990s", None, None, None, "1994-01-01", "1996-12-31", "decade", "1994~/1996~"),
    ("the late '70s", THU, None, None, '1977-01-01', '1979-12-31', 'decade', '1977~/1979~'),
    ("the early nineties", THU, None, None, "1990-01-01", "1993-12-31", "decade", "1990~/1993~"),
    ("the early 20th century", None, None, None, "1901-01-01", "1933-12-31", "century", "1901~/1933~"),
    ("the late 19th century", None, None, None, "1867-01-01", "1900-12-31", "century", "1867~/1900~"),
    ("the mid-20th century", None, None, None, "1934-01-01", "1966-12-31", "century", "1934~/1966~"),
    ("the first half of the 20th century", None, None, None, "1901-01-01", "1950-12-31", "century", "1901/1950"),
    ("the second half of the 19th century", None, None, None, "1851-01-01", "1900-12-31", "century", "1851/1900"),
    ("the second quarter of the 20th century", None, None, None, "1926-01-01", "1950-12-31", "century", "1926/1950"),
    ("the last quarter of the 20th century", None, None, None, "1976-01-01", "2000-12-31", "century", "1976/2000"),
    ("the first half of the 1990s", None, None, None, "1990-01-01", "1994-12-31", "decade", "1990/1994"),
    ("in the second half of the 1980s", None, None, None, "1985-01-01", "1989-12-31", "decade", "1985/1989"),
    # Two possible days, or years: the span from the one to the other, uncertain.
    ("14 or 15 May", THU, None, None, "2025-05-14", "2025-05-15", "day", "2025-05-14?/2025-05-15?"),
    ("14 or 15 May 2025", None, None, None, "2025-05-14", "2025-05-15", "day", "2025-05-14?/2025-05-15?"),
    ("May 14 or 15, 2025", None, None, None, "2025-05-14", "2025-05-15", "day", "2025-05-14?/2025-05-15?"),
    ("Friday or Saturday", THU, None, None, "2025-04-04", "2025-04-05", "day", "2025-04-04?/2025-04-05?"),
    ("2024 or 2025", None, None, None, "2024-01-01", "2025-12-31", "year", "2024?/2025?"),
    ("30 or 31 December 2024", None, None, None, "2024-12-30", "2024-12-31", "day", "2024-12-30?/2024-12-31?"),
    # Short year spans are spans of years, never EDTF season codes.
    ("1980–85", None, None, None, "1980-01-01", "1985-12-31", "year", "1980/1985"),
    ("1980-85", None, None, None, "1980-01-01", "1985-12-31", "year", "1980/1985"),
    ("2019–20", None, None, None, "2019-01-01", "2020-12-31", "year", "2019/2020"),
    ("2019/20", None, None, None, "2019-01-01", "2020-12-31", "year", "2019/2020"),
    ("2019-20", None, None, None, "2019-01-01", "2020-12-31", "year", "2019/2020"),
    ("2023–24", None, None, None, "2023-01-01", "2024-12-31", "year", "2023/2024"),
    ("1999–00", None, None, None, "1999-01-01", "2000-12-31", "year", "1999/2000"),
    ("from 1914 to 18", None, None, None, "1914-01-01", "1918-12-31", "year", "1914/1918"),
    ("1939–45", None, None, None, "1939-01-01", "1945-12-31", "year", "1939/1945"),
    # Weeks: 'the week of' is the ISO week holding the day; the nth week of a month is its nth seven days (approximate).
    ("the week of 3 June", THU, None, None, "2025-06-02", "2025-06-08", "week", "2025-06-02/2025-06-08"),
    ("the week of 31 March 2025", None, None, None, "2025-03-31", "2025-04-06", "week", "2025-03-31/2025-04-06"),
    ("the week of June 3, 2024", None, None, None, "2024-06-03", "2024-06-09", "week", "2024-06-03/2024-06-09"),
    ("the week beginning 7 April 2025", None, None, None, "2025-04-07", "2025-04-13", "week", "2025-04-07/2025-04-13"),
    ("the week ending 6 April 2025", None, None, None, "2025-03-31", "2025-04-06", "week", "2025-03-31/2025-04-06"),
    ("the second week of May", THU, None, None, "2025-05-08", "2025-05-14", "week", "2025-05-08~/2025-05-14~"),
    ("the first week of April 2025", None, None, None, "2025-04-01", "2025-04-07", "week", "2025-04-01~/2025-04-07~"),
    ("the last week of February 2024", None, None, None, "2024-02-23", "2024-02-29", "week", "2024-02-23~/2024-02-29~"),
    ("in the third week of March 2025", None, None, None, "2025-03-15", "2025-03-21", "week", "2025-03-15~/2025-03-21~"),
    ("Tuesday to Thursday", THU, None, None, "2025-04-08", "2025-04-10", "day", "2025-04-08/2025-04-10"),
    ("from Monday to Wednesday", THU, None, None, "2025-04-07", "2025-04-09", "day", "2025-04-07/2025-04-09"),
    ("Friday to Sunday", THU, None, None, "2025-04-04", "2025-04-06", "day", "2025-04-04/2025-04-06"),
    ("Friday–Monday", THU, None, None, "2025-04-04", "2025-04-07", "day", "2025-04-04/2025-04-07"),
    ("between Saturday and Sunday", THU, None, None, "2025-04-05", "2025-04-06", "day", "2025-04-05/2025-04-06"),
    # Dates without a year: the one occurrence within four months of the anchor.
    ("July 4", THU, None, None, "2025-07-04", "2025-07-04", "day", "2025-07-04"),
    ("in August", THU, None, None, "2025-08-01", "2025-08-31", "month", "2025-08"),
    ("on 9 August", THU, None, None, "2025-08-09", "2025-08-09", "day", "2025-08-09"),
    ("December 24", FRI_NEW_YEAR, None, None, "2024-12-24", "2024-12-24", "day", "2024-12-24"),
    ("in February", THU, None, None, "2025-02-01", "2025-02-28", "month", "2025-02"),
    ("9 February", THU, None, None, "2025-02-09", "2025-02-09", "day", "2025-02-09"),
    ("in the summer", THU, None, None, "2025-06-01", "2025-08-31", "season", "2025-22"),
    ("September", FRI_NEW_YEAR, None, None, "2024-09-01", "2024-09-30", "month", "2024-09"),
    ("in mid-May", THU, None, None, "2025-05-11", "2025-05-20", "month", "2025-05-11~/2025-05-20~"),
    # Numbers in a declared date order: two-digit years within 50 years before / 10 after the anchor; day.month takes the near occurrence.
    ("07/10/23", THU, None, "DMY", "2023-10-07", "2023-10-07", "day", "2023-10-07"),
    ("07/10/23", THU, None, "MDY", "2023-07-10", "2023-07-10", "day", "2023-07-10"),
    ("7.10.23", THU, None, "DMY", "2023-10-07", "2023-10-07", "day", "2023-10-07"),
    ("31/12/99", THU, None, "DMY", "1999-12-31", "1999-12-31", "day", "1999-12-31"),
    ("01/02/30", THU, None, "DMY", "2030-02-01", "2030-02-01", "day", "2030-02-01"),
    ("23/10/07", THU, None, "YMD", "2023-10-07", "2023-10-07", "day", "2023-10-07"),
    ("7/5", THU, None, "DMY", "2025-05-07", "2025-05-07", "day", "2025-05-07"),
    ("5/7", THU, None, "MDY", "2025-05-07", "2025-05-07", "day", "2025-05-07"),
    ("20.4", THU, None, "DMY", "2025-04-20", "2025-04-20", "day", "2025-04-20"),
    ("on 28/2", THU, None, "DMY", "2025-02-28", "2025-02-28", "day", "2025-02-28"),
    # Translations land on these forms (Turkish night words, the legal 'on or about').
    ("on or about 9 April 2025", None, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09~"),
    ("2 Nisan 2025 Çarşamba gecesi", THU, "tr", None, "2025-04-02", "2025-04-02", "day", "2025-04-02"),
]  # fmt: skip

# (text, anchor, language, date order) -> the part of the day or period kept, and the time kept
PARTS_AND_TIMES = [
    ('Sunday night', THU, None, None, 'night', None),
    ('on Wednesday night', THU, None, None, 'night', None),
    ('Friday evening', THU, None, None, 'evening', None),
    ('on Tuesday morning', THU, None, None, 'morning', None),
    ('Monday afternoon', THU, None, None, 'afternoon', None),
    ('yesterday evening', THU, None, None, 'evening', None),
    ('tomorrow morning', THU, None, None, 'morning', None),
    ('this afternoon', THU, None, None, 'afternoon', None),
    ('this morning', THU, None, None, 'morning', None),
    ('this evening', THU, None, None, 'evening', None),
    ('tonight', THU, None, None, 'night', None),
    ('last night', THU, None, None, 'night', None),
    ('last night', FRI_NEW_YEAR, None, None, 'night', None),
    ('early today', THU, None, None, 'early', None),
    ('late yesterday', THU, None, None, 'late', None),
    ('late on Monday', THU, None, None, 'late', None),
    ('late Monday', THU, None, None, 'late', None),
    ('early on Friday', THU, None, None, 'early', None),
    ('early Saturday', THU, None, None, 'early', None),
    ('the morning of 9 April 2025', THU, None, None, 'morning', None),
    ('on the evening of April 9, 2025', None, None, None, 'evening', None),
    ('9 April 2025 evening', None, None, None, 'evening', None),
    ('at dawn on Friday', THU, None, None, 'dawn', None),
    ('at midday on Wednesday', THU, None, None, 'midday', None),
    ('noon Wednesday', THU, None, None, 'midday', None),
    ('Friday at dawn', THU, None, None, 'dawn', None),
    ('late on 31 December 2024', None, None, None, 'late', None),
    ('in the small hours of Saturday', THU, None, None, 'small hours', None),
    ('in the early hours of Saturday', THU, None, None, 'small hours', None),
    ('the early hours of 2 April 2025', None, None, None, 'small hours', None),
    ('in the wee hours of Sunday', THU, None, None, 'small hours', None),
    ('Saturday in the early hours', THU, None, None, 'small hours', None),
    ('the night of Friday', THU, None, None, 'night', None),
    ('on the night of 6 October 2023', None, None, None, 'night', None),
    ('overnight Friday', THU, None, None, 'overnight', None),
    ('overnight on Friday', THU, None, None, 'overnight', None),
    ('overnight Thursday', THU, None, None, 'overnight', None),
    ('overnight Tuesday', FRI_NEW_YEAR, None, None, 'overnight', None),
    ('overnight', THU, None, None, 'night', None),
    ('the night into Friday', THU, None, None, 'night', None),
    ('overnight into Saturday', SUN, None, None, 'night', None),
    ('in the night to Sunday', SUN, None, None, 'night', None),
    ('the night into 1 January 2025', None, None, None, 'night', None),
    ('the night of 12–13 June', THU, None, None, 'night', None),
    ('the night of 12-13 June 2025', None, None, None, 'night', None),
    ('the night of 30 April to 1 May 2025', None, None, None, 'night', None),
    ('the night from Friday to Saturday', THU, None, None, 'night', None),
    ('the night of Friday to Saturday', SUN, None, None, 'night', None),
    ('Friday night into Saturday', SUN, None, None, 'night', None),
    ('overnight Thursday into Friday', FRI, None, None, 'night', None),
    ('the night of 31 December 2024 to 1 January 2025', None, None, None, 'night', None),
    ('during the night between 6 and 7 October 2023', None, None, None, 'night', None),
    ('at 22:15 GMT on Friday', THU, None, None, None, '22:15Z'),
    ('09:00 GMT Monday', THU, None, None, None, '09:00Z'),
    ('at 0400 GMT on Friday', THU, None, None, None, '04:00Z'),
    ('0400 GMT Tuesday', THU, None, None, None, '04:00Z'),
    ('9 p.m. ET on Friday', THU, None, None, None, '21:00-04:00'),
    ('9 January 2025 9 pm ET', None, None, None, None, '21:00-05:00'),
    ('2 November 2025 11 pm ET', None, None, None, None, '23:00-05:00'),
    ('3 November 2025 10 am ET', None, None, None, None, '10:00-05:00'),
    ('9 March 2025 8 am PT', None, None, None, None, '08:00-07:00'),
    ('10 March 2025 8 am PT', None, None, None, None, '08:00-07:00'),
    ('14:30 local time on Wednesday', THU, None, None, None, '14:30'),
    ('at 11:15 a.m. local time on Sunday', THU, None, None, None, '11:15'),
    ('9 April 2025 22:00 MSK', None, None, None, None, '22:00+03:00'),
    ('9 April 2025 at 18:00 TRT', None, None, None, None, '18:00+03:00'),
    ('9 April 2025 21:30 IDT', None, None, None, None, '21:30+03:00'),
    ('9 April 2025 20:00 IRST', None, None, None, None, '20:00+03:30'),
    ('9 April 2025 10:00 CEST', None, None, None, None, '10:00+02:00'),
    ('9 January 2025 10:00 CET', None, None, None, None, '10:00+01:00'),
    ('9 April 2025 1100 BST', None, None, None, None, '11:00+01:00'),
    ('9 April 2025 at 7:30 p.m. EEST', None, None, None, None, '19:30+03:00'),
    ('9 April 2025 16:00 GST', None, None, None, None, '16:00+04:00'),
    ('9 April 2025 14:30 IST', None, None, None, None, '14:30'),
    ('9 April 2025 14:30 AST', None, None, None, None, '14:30'),
    ('10 a.m. (0700 GMT) on Friday', THU, None, None, None, '10:00+03:00'),
    ('9 April 2025 14:30 UTC+3', None, None, None, None, '14:30+03:00'),
    ('9 April 2025 14:30 GMT-5', None, None, None, None, '14:30-05:00'),
    ('9 April 2025 2230 hrs GMT', None, None, None, None, '22:30Z'),
    ('2025-04-09T22:15+03:00', None, None, None, None, '22:15+03:00'),
    ('2025-04-09T22:15Z', None, None, None, None, '22:15Z'),
    ('9 April 2025 22:15 +03:00', None, None, None, None, '22:15+03:00'),
    ('yesterday at 3 p.m. GMT', THU, None, None, None, '15:00Z'),
    ('at 2:30 pm on Wednesday', THU, None, None, None, '14:30'),
    ('Wednesday 14h30', THU, None, None, None, '14:30'),
    ('the late 1980s', None, None, None, 'late', None),
    ('the early 2000s', None, None, None, 'early', None),
    ('the mid-1990s', None, None, None, 'mid', None),
    ("the late '70s", THU, None, None, 'late', None),
    ('the early nineties', THU, None, None, 'early', None),
    ('the early 20th century', None, None, None, 'early', None),
    ('the late 19th century', None, None, None, 'late', None),
    ('the mid-20th century', None, None, None, 'mid', None),
    ('the first half of the 20th century', None, None, None, 'first half', None),
    ('the second half of the 19th century', None, None, None, 'second half', None),
    ('the second quarter of the 20th century', None, None, None, 'second quarter', None),
    ('the last quarter of the 20th century', None, None, None, 'fourth quarter', None),
    ('the first half of the 1990s', None, None, None, 'first half', None),
    ('in the second half of the 1980s', None, None, None, 'second half', None),
    ('in mid-May', THU, None, None, 'mid', None),
    ('2 Nisan 2025 Çarşamba gecesi', THU, 'tr', None, 'night', None),
]  # fmt: skip

# (text, anchor, language, date order) -> words the refusal must contain
REFUSED = [
    # Two years with a hyphen where EDTF also reads a season, quarter or half: both are said.
    ('2023-24', None, None, None, 'could be the years 2023–24 or the EDTF code for winter 2023–24'),
    ('2020-21', None, None, None, 'or the EDTF code for spring 2020'),
    # A time with no day, or a part of the day on more than a day.
    ('0400 GMT', THU, None, None, 'a time without a date'),
    ('9 p.m. ET', THU, None, None, 'a time without a date'),
    ('at 22:15 GMT', None, None, None, 'a time without a date'),
    ('9 March 2025 2:30 am ET', None, None, None, 'did not exist'),
    ('the night of 12–14 June 2025', None, None, None, 'not two days in a row'),
    ('the night into April 2025', None, None, None, 'a night needs one day'),
    ('the morning of April 2025', None, None, None, 'the morning needs one day'),
    ('Friday night', None, None, None, 'no date to resolve it against'),
    ('tonight', None, None, None, 'no date to resolve it against'),
    # A time-stamp of live copy ("At 8:35 EDT", "By 0353 GMT") gives no day: the report's day is not vouched for (the story may be of the night before).
    ('At 8:35 EDT', THU, None, None, 'a time without a date'),
    ('By 0353 GMT', THU, None, None, 'a time without a date'),
    ('by 0400 GMT Friday', THU, None, None, 'is a deadline'),
    # Dates without a year months from the anchor both ways: refused, with the way to write them.
    ('October', THU, None, None, "more than 4 months from the report's date"),
    ('in October', THU, None, None, "more than 4 months from the report's date"),
    ('20 October', THU, None, None, "more than 4 months from the report's date"),
    ('September', THU, None, None, "more than 4 months from the report's date"),
    ('in the autumn', THU, None, None, "more than 4 months from the report's date"),
    ('July', FRI_NEW_YEAR, None, None, "more than 4 months from the report's date"),
    ('4 July', FRI_NEW_YEAR, None, None, "more than 4 months from the report's date"),
    # Numeric forms that cannot be placed.
    ('07/10/23', None, None, 'DMY', 'there is no anchor'),
    ('07/10/23', THU, None, None, 'no date order is declared'),
    ('07/10/60', THU, None, 'DMY', 'more than 50 years before'),
    ('7/10', THU, None, 'YMD', 'not in the declared YMD order'),
    ('7/13', THU, None, 'DMY', 'there is no month 13'),
    ('October 5-9', THU, None, None, "more than 4 months from the report's date"),
    ('7/10', THU, None, None, 'no year'),
    ('7/10', THU, None, 'DMY', "more than 4 months from the report's date"),
    # Spans and parts that do not hold.
    ('2019–18', None, None, None, 'ends before it starts'),
    ('the first quarter of the 1990s', None, None, None, 'do not split into 4 equal quarters'),
    ('the fifth week of February 2025', None, None, None, 'February has no week 5'),
    ('15 or 14 May 2025', None, None, None, 'ends before it starts'),
]  # fmt: skip


@cases.each_row(RESOLVED)
def test_resolves(row: cases.Resolved) -> None:
    cases.check_resolves(row)


@pytest.mark.parametrize(
    ("text", "anchor", "language", "order", "part", "time"),
    PARTS_AND_TIMES,
    ids=cases.case_ids(PARTS_AND_TIMES),
)
def test_keeps_the_part_and_the_time(
    text: str,
    anchor: Day | None,
    language: str | None,
    order: str | None,
    part: str | None,
    time: str | None,
) -> None:
    value = cases.resolve_date(text, anchor, language, order)
    assert (value.part, value.time) == (part, time)


@cases.each_row(REFUSED)
def test_refuses_saying_what_is_missing(row: cases.Refused) -> None:
    cases.check_refuses(row, with_hint=True)


# (text, anchor) -> the page's words for the value
SHOWN = [
    ("Friday night", THU, "night of 4 April 2025"),
    ("the night of 12–13 June 2025", None, "night of 12–13 June 2025"),
    ("late on Monday", THU, "late on 7 April 2025"),
    ("overnight Friday", THU, "4 April 2025, overnight"),
    ("in the small hours of Saturday", THU, "small hours of 5 April 2025"),
    ("the late 1980s", None, "the late 1980s"),
    ("the mid-1990s", None, "the mid-1990s"),
    ("the early 20th century", None, "the early 20th century"),
    ("the first half of the 20th century", None, "the first half of the 20th century"),
    ("the second quarter of the 20th century", None, "the second quarter of the 20th century"),
    ("the late 5th century BC", None, "the late 5th century BC"),
    ("2019–20", None, "2019–2020"),
    ("the week of 3 June 2025", None, "week of 2 June 2025"),
    ("at 22:15 GMT on Friday", THU, "4 April 2025, 22:15Z"),
]


@pytest.mark.parametrize(("text", "anchor", "shown"), SHOWN, ids=[row[0] for row in SHOWN])
def test_the_page_names_the_part(text: str, anchor: Day | None, shown: str) -> None:
    assert value_text(cases.resolve_date(text, anchor)) == shown


def test_the_table_is_large_enough() -> None:
    assert len(RESOLVED) + len(REFUSED) >= 150
