"""Newswire dates counted from the publication date: one row per case, grouped by convention.

Anchors cross year boundaries: JAN3 is Friday 3 January 2025, FEB15 Saturday 15 February 2025,
APR10 Thursday 10 April 2025 (the seed report), JUN15 Sunday 15 June 2025, JUL20 Sunday 20 July
2025, OCT5 Sunday 5 October 2025 and DEC28 Saturday 28 December 2024. The conventions are those
of builder/dates/relative.py, stated once each in docs/methodology.md.
"""

from __future__ import annotations

import pytest

from builder.calendar import Day
from builder.dates import DateRefused, resolve
from tests import date_cases as cases

JAN3 = Day(2025, 1, 3)
FEB15 = Day(2025, 2, 15)
APR10 = Day(2025, 4, 10)
JUN15 = Day(2025, 6, 15)
JUL20 = Day(2025, 7, 20)
OCT5 = Day(2025, 10, 5)
DEC28 = Day(2024, 12, 28)
NONE = None

# (text, anchor, language, date order) -> (earliest, latest, precision, edtf)
RESOLVED = [
    # Months named against the anchor: "this March" is the anchor's year; "last March" the latest March before the anchor's month, "next March" the first after it (TimeML, HeidelTime).
    ('this October', APR10, None, None, "2025-10-01", "2025-10-31", "month", "2025-10"),
    ('this March', JAN3, None, None, "2025-03-01", "2025-03-31", "month", "2025-03"),
    ('this December', DEC28, None, None, "2024-12-01", "2024-12-31", "month", "2024-12"),
    ('last March', JAN3, None, None, "2024-03-01", "2024-03-31", "month", "2024-03"),
    ('last October', APR10, None, None, "2024-10-01", "2024-10-31", "month", "2024-10"),
    ('last April', APR10, None, None, "2024-04-01", "2024-04-30", "month", "2024-04"),
    ('last December', DEC28, None, None, "2023-12-01", "2023-12-31", "month", "2023-12"),
    ('last Jan', JAN3, None, None, "2024-01-01", "2024-01-31", "month", "2024-01"),
    ('next March', APR10, None, None, "2026-03-01", "2026-03-31", "month", "2026-03"),
    ('last March', APR10, None, None, "2025-03-01", "2025-03-31", "month", "2025-03"),
    ('last February', APR10, None, None, "2025-02-01", "2025-02-28", "month", "2025-02"),
    ('early last August', DEC28, None, None, "2024-08-01", "2024-08-10", "month", "2024-08-01~/2024-08-10~"),
    ('next March', JAN3, None, None, "2025-03-01", "2025-03-31", "month", "2025-03"),
    ('next December', OCT5, None, None, "2025-12-01", "2025-12-31", "month", "2025-12"),
    ('next January', DEC28, None, None, "2025-01-01", "2025-01-31", "month", "2025-01"),
    ('next February', FEB15, None, None, "2026-02-01", "2026-02-28", "month", "2026-02"),
    ('last month', JAN3, None, None, "2024-12-01", "2024-12-31", "month", "2024-12"),
    # "this past March" and "this coming March": the nearest before and after the anchor's month.
    ('this past March', APR10, None, None, "2025-03-01", "2025-03-31", "month", "2025-03"),
    ('this past December', JAN3, None, None, "2024-12-01", "2024-12-31", "month", "2024-12"),
    ('this past November', DEC28, None, None, "2024-11-01", "2024-11-30", "month", "2024-11"),
    ('this coming March', APR10, None, None, "2026-03-01", "2026-03-31", "month", "2026-03"),
    ('this coming March', JAN3, None, None, "2025-03-01", "2025-03-31", "month", "2025-03"),
    ('this coming January', DEC28, None, None, "2025-01-01", "2025-01-31", "month", "2025-01"),
    # A month with "this/last/next year", in either order.
    ('February this year', APR10, None, None, "2025-02-01", "2025-02-28", "month", "2025-02"),
    ('February of this year', APR10, None, None, "2025-02-01", "2025-02-28", "month", "2025-02"),
    ('May last year', APR10, None, None, "2024-05-01", "2024-05-31", "month", "2024-05"),
    ('March of last year', APR10, None, None, "2024-03-01", "2024-03-31", "month", "2024-03"),
    ('December last year', JAN3, None, None, "2024-12-01", "2024-12-31", "month", "2024-12"),
    ('January next year', DEC28, None, None, "2025-01-01", "2025-01-31", "month", "2025-01"),
    ('in March next year', APR10, None, None, "2026-03-01", "2026-03-31", "month", "2026-03"),
    ('March 3 last year', APR10, None, None, "2024-03-03", "2024-03-03", "day", "2024-03-03"),
    ('3 March last year', JAN3, None, None, "2024-03-03", "2024-03-03", "day", "2024-03-03"),
    ('the spring of last year', APR10, None, None, "2024-03-01", "2024-05-31", "season", "2024-21"),
    ('summer last year', JAN3, None, None, "2024-06-01", "2024-08-31", "season", "2024-22"),
    # Parts of months against the anchor: early/mid/late keep their part (days 1-10/11-20/21-end).
    ('early last August', APR10, None, None, "2024-08-01", "2024-08-10", "month", "2024-08-01~/2024-08-10~"),
    ('late last December', JAN3, None, None, "2024-12-21", "2024-12-31", "month", "2024-12-21~/2024-12-31~"),
    ('mid-last October', APR10, None, None, "2024-10-11", "2024-10-20", "month", "2024-10-11~/2024-10-20~"),
    ('in early this October', APR10, None, None, "2025-10-01", "2025-10-10", "month", "2025-10-01~/2025-10-10~"),
    ('early March last year', APR10, None, None, "2024-03-01", "2024-03-10", "month", "2024-03-01~/2024-03-10~"),
    ('late December last year', JAN3, None, None, "2024-12-21", "2024-12-31", "month", "2024-12-21~/2024-12-31~"),
    ('early this month', APR10, None, None, "2025-04-01", "2025-04-10", "month", "2025-04-01~/2025-04-10~"),
    ('late last month', JAN3, None, None, "2024-12-21", "2024-12-31", "month", "2024-12-21~/2024-12-31~"),
    ('mid-next month', DEC28, None, None, "2025-01-11", "2025-01-20", "month", "2025-01-11~/2025-01-20~"),
    ('the end of this month', APR10, None, None, "2025-04-21", "2025-04-30", "month", "2025-04-21~/2025-04-30~"),
    ('the end of the month', APR10, None, None, "2025-04-21", "2025-04-30", "month", "2025-04-21~/2025-04-30~"),
    ('the beginning of next month', DEC28, None, None, "2025-01-01", "2025-01-10", "month", "2025-01-01~/2025-01-10~"),
    ('early in the month', FEB15, None, None, "2025-02-01", "2025-02-10", "month", "2025-02-01~/2025-02-10~"),
    # Seasons: "last autumn" and "this past winter" are the latest one ended; "this summer" the one the anchor is in, else its year's (winter: the one within three months).
    ('last autumn', APR10, None, None, "2024-09-01", "2024-11-30", "season", "2024-23"),
    ('last fall', JAN3, None, None, "2024-09-01", "2024-11-30", "season", "2024-23"),
    ('last winter', APR10, None, None, "2024-12-01", "2025-02-28", "season", "2024-24"),
    ('last winter', JAN3, None, None, "2023-12-01", "2024-02-29", "season", "2023-24"),
    ('last summer', OCT5, None, None, "2025-06-01", "2025-08-31", "season", "2025-22"),
    ('last summer', JUL20, None, None, "2024-06-01", "2024-08-31", "season", "2024-22"),
    ('this past winter', APR10, None, None, "2024-12-01", "2025-02-28", "season", "2024-24"),
    ('this past summer', OCT5, None, None, "2025-06-01", "2025-08-31", "season", "2025-22"),
    ('this summer', APR10, None, None, "2025-06-01", "2025-08-31", "season", "2025-22"),
    ('this summer', OCT5, None, None, "2025-06-01", "2025-08-31", "season", "2025-22"),
    ('this winter', JAN3, None, None, "2024-12-01", "2025-02-28", "season", "2024-24"),
    ('this winter', FEB15, None, None, "2024-12-01", "2025-02-28", "season", "2024-24"),
    ('this winter', APR10, None, None, "2024-12-01", "2025-02-28", "season", "2024-24"),
    ('this winter', OCT5, None, None, "2025-12-01", "2026-02-28", "season", "2025-24"),
    ('this spring', OCT5, None, None, "2025-03-01", "2025-05-31", "season", "2025-21"),
    ('this summer', JAN3, None, None, "2025-06-01", "2025-08-31", "season", "2025-22"),
    ('next summer', OCT5, None, None, "2026-06-01", "2026-08-31", "season", "2026-22"),
    ('next winter', FEB15, None, None, "2025-12-01", "2026-02-28", "season", "2025-24"),
    ('this coming winter', APR10, None, None, "2025-12-01", "2026-02-28", "season", "2025-24"),
    ('the coming spring', DEC28, None, None, "2025-03-01", "2025-05-31", "season", "2025-21"),
    # Parts of years against the anchor: early/mid/late are Jan-Apr, May-Aug, Sep-Dec; "the close of the year" is its end.
    ('late next year', APR10, None, None, "2026-09-01", "2026-12-31", "year", "2026-09~/2026-12~"),
    ('early next year', DEC28, None, None, "2025-01-01", "2025-04-30", "year", "2025-01~/2025-04~"),
    ('late last year', JAN3, None, None, "2024-09-01", "2024-12-31", "year", "2024-09~/2024-12~"),
    ('mid-last year', APR10, None, None, "2024-05-01", "2024-08-31", "year", "2024-05~/2024-08~"),
    ('early this year', FEB15, None, None, "2025-01-01", "2025-04-30", "year", "2025-01~/2025-04~"),
    ('early in the year', APR10, None, None, "2025-01-01", "2025-04-30", "year", "2025-01~/2025-04~"),
    ('late in the year', OCT5, None, None, "2025-09-01", "2025-12-31", "year", "2025-09~/2025-12~"),
    ('the close of the year', APR10, None, None, "2025-09-01", "2025-12-31", "year", "2025-09~/2025-12~"),
    ('the close of last year', JAN3, None, None, "2024-09-01", "2024-12-31", "year", "2024-09~/2024-12~"),
    ('the end of last year', APR10, None, None, "2024-09-01", "2024-12-31", "year", "2024-09~/2024-12~"),
    ('the end of the year', DEC28, None, None, "2024-09-01", "2024-12-31", "year", "2024-09~/2024-12~"),
    ('the start of the year', JAN3, None, None, "2025-01-01", "2025-04-30", "year", "2025-01~/2025-04~"),
    ('the beginning of this year', FEB15, None, None, "2025-01-01", "2025-04-30", "year", "2025-01~/2025-04~"),
    ('the middle of next year', APR10, None, None, "2026-05-01", "2026-08-31", "year", "2026-05~/2026-08~"),
    ('earlier this year', APR10, None, None, "2025-01-01", "2025-04-10", "year", "2025-01-01/2025-04-10"),
    ('later this year', APR10, None, None, "2025-04-10", "2025-12-31", "year", "2025-04-10/2025-12-31"),
    ('earlier in the year', JAN3, None, None, "2025-01-01", "2025-01-03", "year", "2025-01-01/2025-01-03"),
    ('later in the year', OCT5, None, None, "2025-10-05", "2025-12-31", "year", "2025-10-05/2025-12-31"),
    ('the rest of the year', APR10, None, None, "2025-04-10", "2025-12-31", "year", "2025-04-10/2025-12-31"),
    ('later this month', DEC28, None, None, "2024-12-28", "2024-12-31", "month", "2024-12-28/2024-12-31"),
    # The week before last, the weekend before last, the month/year before last and after next.
    ('the week before last', APR10, None, None, "2025-03-24", "2025-03-30", "week", "2025-03-24/2025-03-30"),
    ('the week before last', JAN3, None, None, "2024-12-16", "2024-12-22", "week", "2024-12-16/2024-12-22"),
    ('the weekend before last', APR10, None, None, "2025-03-29", "2025-03-30", "day", "2025-03-29/2025-03-30"),
    ('the weekend before last', JAN3, None, None, "2024-12-21", "2024-12-22", "day", "2024-12-21/2024-12-22"),
    ('this past weekend', APR10, None, None, "2025-04-05", "2025-04-06", "day", "2025-04-05/2025-04-06"),
    ('the week after next', DEC28, None, None, "2025-01-06", "2025-01-12", "week", "2025-01-06/2025-01-12"),
    ('the month before last', JAN3, None, None, "2024-11-01", "2024-11-30", "month", "2024-11"),
    ('the year before last', APR10, None, None, "2023-01-01", "2023-12-31", "year", "2023"),
    ('the month after next', DEC28, None, None, "2025-02-01", "2025-02-28", "month", "2025-02"),
    # Parts of a week: early Mon-Wed, mid Tue-Thu, late Thu-Sun, approximate.
    ('early next week', APR10, None, None, "2025-04-14", "2025-04-16", "day", "2025-04-14~/2025-04-16~"),
    ('late last week', APR10, None, None, "2025-04-03", "2025-04-06", "day", "2025-04-03~/2025-04-06~"),
    ('later in the week', APR10, None, None, "2025-04-10", "2025-04-13", "week", "2025-04-10/2025-04-13"),
    ('early this week', JAN3, None, None, "2024-12-30", "2025-01-01", "day", "2024-12-30~/2025-01-01~"),
    # Spans ending on the anchor, counted from an hour of publication not known: "the past seven days" reach into the seventh day before.
    ('the past seven days', APR10, None, None, "2025-04-03", "2025-04-10", "day", "2025-04-03/2025-04-10"),
    ('the past 7 days', JAN3, None, None, "2024-12-27", "2025-01-03", "day", "2024-12-27/2025-01-03"),
    ('the last seven days', DEC28, None, None, "2024-12-21", "2024-12-28", "day", "2024-12-21/2024-12-28"),
    ('in the past week', APR10, None, None, "2025-04-03", "2025-04-10", "day", "2025-04-03/2025-04-10"),
    ('the past week', JAN3, None, None, "2024-12-27", "2025-01-03", "day", "2024-12-27/2025-01-03"),
    ('the last two weeks', APR10, None, None, "2025-03-27", "2025-04-10", "day", "2025-03-27/2025-04-10"),
    ('over the past two weeks', JAN3, None, None, "2024-12-20", "2025-01-03", "day", "2024-12-20/2025-01-03"),
    ('the past 24 hours', JAN3, None, None, "2025-01-02", "2025-01-03", "day", "2025-01-02/2025-01-03"),
    ('the last 48 hours', APR10, None, None, "2025-04-08", "2025-04-10", "day", "2025-04-08/2025-04-10"),
    ('the past month', APR10, None, None, "2025-03-10", "2025-04-10", "day", "2025-03-10/2025-04-10"),
    ('the past three months', JAN3, None, None, "2024-10-03", "2025-01-03", "day", "2024-10-03/2025-01-03"),
    ('the last three months', APR10, None, None, "2025-01-10", "2025-04-10", "day", "2025-01-10/2025-04-10"),
    ('the past year', FEB15, None, None, "2024-02-15", "2025-02-15", "day", "2024-02-15/2025-02-15"),
    ('over the last year', APR10, None, None, "2024-04-10", "2025-04-10", "day", "2024-04-10/2025-04-10"),
    ('the next seven days', DEC28, None, None, "2024-12-28", "2025-01-04", "day", "2024-12-28/2025-01-04"),
    ('the next two weeks', APR10, None, None, "2025-04-10", "2025-04-24", "day", "2025-04-10/2025-04-24"),
    # Counted from the anchor: weeks are approximate days (as "in two weeks"), months and years approximate.
    ('in two weeks', APR10, None, None, "2025-04-24", "2025-04-24", "day", "2025-04-24~"),
    ('two weeks ago', JAN3, None, None, "2024-12-20", "2024-12-20", "day", "2024-12-20~"),
    ("in two weeks' time", APR10, None, None, "2025-04-24", "2025-04-24", "day", "2025-04-24~"),
    ('three days from now', DEC28, None, None, "2024-12-31", "2024-12-31", "day", "2024-12-31"),
    ('a week from now', DEC28, None, None, "2025-01-04", "2025-01-04", "day", "2025-01-04~"),
    ('in two months', APR10, None, None, "2025-06-01", "2025-06-30", "month", "2025-06~"),
    ("in three months' time", DEC28, None, None, "2025-03-01", "2025-03-31", "month", "2025-03~"),
    ('in a year', APR10, None, None, "2026-01-01", "2026-12-31", "year", "2026~"),
    # "since <date>": from its first day to the anchor; a range whose start keeps its precision.
    ('since March 2022', APR10, None, None, "2022-03-01", "2025-04-10", "month", "2022-03/2025-04-10"),
    ('since 9 April 2024', APR10, None, None, "2024-04-09", "2025-04-10", "day", "2024-04-09/2025-04-10"),
    ('since last March', JAN3, None, None, "2024-03-01", "2025-01-03", "month", "2024-03/2025-01-03"),
    ('since Monday', APR10, None, None, "2025-04-07", "2025-04-10", "day", "2025-04-07/2025-04-10"),
    ('since 2022', APR10, None, None, "2022-01-01", "2025-04-10", "year", "2022/2025-04-10"),
    ('since the start of the year', APR10, None, None, "2025-01-01", "2025-04-10", "day", "2025-01-01/2025-04-10"),
    ('since the beginning of the month', FEB15, None, None, "2025-02-01", "2025-02-15", "day", "2025-02-01/2025-02-15"),
    ('since the start of 2024', JAN3, None, None, "2024-01-01", "2025-01-03", "day", "2024-01-01/2025-01-03"),
    ('since last week', APR10, None, None, "2025-03-31", "2025-04-10", "week", "2025-03-31/2025-04-10"),
    ('since the second quarter of 2024', APR10, None, None, "2024-04-01", "2025-04-10", "quarter", "2024-34/2025-04-10"),
    ('since winter 2023', APR10, None, None, "2023-12-01", "2025-04-10", "season", "2023-24/2025-04-10"),
    # "since" looks back: a month or season without a year is the latest begun by the anchor.
    ('since May', APR10, None, None, "2024-05-01", "2025-04-10", "month", "2024-05/2025-04-10"),
    ('since March', APR10, None, None, "2025-03-01", "2025-04-10", "month", "2025-03/2025-04-10"),
    ('since December', JAN3, None, None, "2024-12-01", "2025-01-03", "month", "2024-12/2025-01-03"),
    ('since May 5', APR10, None, None, "2024-05-05", "2025-04-10", "day", "2024-05-05/2025-04-10"),
    ('since the summer', APR10, None, None, "2024-06-01", "2025-04-10", "season", "2024-22/2025-04-10"),
    ('ever since October', APR10, None, None, "2024-10-01", "2025-04-10", "month", "2024-10/2025-04-10"),
    # Business quarters: this year's when begun by the anchor; from January to March the fourth is last year's.
    ('the second quarter', APR10, None, None, "2025-04-01", "2025-06-30", "quarter", "2025-34"),
    ('second-quarter', APR10, None, None, "2025-04-01", "2025-06-30", "quarter", "2025-34"),
    ('in the second quarter', APR10, None, None, "2025-04-01", "2025-06-30", "quarter", "2025-34"),
    ('the first quarter', APR10, None, None, "2025-01-01", "2025-03-31", "quarter", "2025-33"),
    ('the first quarter', JAN3, None, None, "2025-01-01", "2025-03-31", "quarter", "2025-33"),
    ('the fourth quarter', FEB15, None, None, "2024-10-01", "2024-12-31", "quarter", "2024-36"),
    ('the fourth quarter', JAN3, None, None, "2024-10-01", "2024-12-31", "quarter", "2024-36"),
    ('fourth-quarter', FEB15, None, None, "2024-10-01", "2024-12-31", "quarter", "2024-36"),
    ('the fourth quarter', DEC28, None, None, "2024-10-01", "2024-12-31", "quarter", "2024-36"),
    ('the third quarter', JUL20, None, None, "2025-07-01", "2025-09-30", "quarter", "2025-35"),
    ('the third quarter', OCT5, None, None, "2025-07-01", "2025-09-30", "quarter", "2025-35"),
    ('the 2nd quarter', APR10, None, None, "2025-04-01", "2025-06-30", "quarter", "2025-34"),
    ('Q1', APR10, None, None, "2025-01-01", "2025-03-31", "quarter", "2025-33"),
    ('Q4', FEB15, None, None, "2024-10-01", "2024-12-31", "quarter", "2024-36"),
    ('the first quarter of the year', OCT5, None, None, "2025-01-01", "2025-03-31", "quarter", "2025-33"),
    ('the final quarter', DEC28, None, None, "2024-10-01", "2024-12-31", "quarter", "2024-36"),
    # Halves: this year's when begun by the anchor.
    ('the first half', APR10, None, None, "2025-01-01", "2025-06-30", "year", "2025-40"),
    ('first-half', JAN3, None, None, "2025-01-01", "2025-06-30", "year", "2025-40"),
    ('the first half', OCT5, None, None, "2025-01-01", "2025-06-30", "year", "2025-40"),
    ('the second half', OCT5, None, None, "2025-07-01", "2025-12-31", "year", "2025-41"),
    ('the second half', DEC28, None, None, "2024-07-01", "2024-12-31", "year", "2024-41"),
    ('H1', JUL20, None, None, "2025-01-01", "2025-06-30", "year", "2025-40"),
    ('the first half of the year', APR10, None, None, "2025-01-01", "2025-06-30", "year", "2025-40"),
    # A quarter or half with a year counted from the anchor.
    ("last year's fourth quarter", APR10, None, None, "2024-10-01", "2024-12-31", "quarter", "2024-36"),
    ("last year's second quarter", JUL20, None, None, "2024-04-01", "2024-06-30", "quarter", "2024-34"),
    ('the fourth quarter of last year', APR10, None, None, "2024-10-01", "2024-12-31", "quarter", "2024-36"),
    ('the first quarter of next year', DEC28, None, None, "2025-01-01", "2025-03-31", "quarter", "2025-33"),
    ("this year's first half", APR10, None, None, "2025-01-01", "2025-06-30", "year", "2025-40"),
    ("next year's second half", APR10, None, None, "2026-07-01", "2026-12-31", "year", "2026-41"),
    ('the second half of last year', JAN3, None, None, "2024-07-01", "2024-12-31", "year", "2024-41"),
    ('the final quarter of last year', FEB15, None, None, "2024-10-01", "2024-12-31", "quarter", "2024-36"),
    ('second-quarter 2024', APR10, None, None, "2024-04-01", "2024-06-30", "quarter", "2024-34"),
    ('fourth-quarter 2024', FEB15, None, None, "2024-10-01", "2024-12-31", "quarter", "2024-36"),
    ('the first-half of 2025', OCT5, None, None, "2025-01-01", "2025-06-30", "year", "2025-40"),
    ('the 2024 fourth quarter', APR10, None, None, "2024-10-01", "2024-12-31", "quarter", "2024-36"),
    # The current, last and next quarter: the anchor's quarter and its neighbours.
    ('the current quarter', APR10, None, None, "2025-04-01", "2025-06-30", "quarter", "2025-34"),
    ('the current quarter', DEC28, None, None, "2024-10-01", "2024-12-31", "quarter", "2024-36"),
    ('this quarter', JAN3, None, None, "2025-01-01", "2025-03-31", "quarter", "2025-33"),
    ('last quarter', JAN3, None, None, "2024-10-01", "2024-12-31", "quarter", "2024-36"),
    ('last quarter', APR10, None, None, "2025-01-01", "2025-03-31", "quarter", "2025-33"),
    ('next quarter', DEC28, None, None, "2025-01-01", "2025-03-31", "quarter", "2025-33"),
    ('the coming quarter', APR10, None, None, "2025-07-01", "2025-09-30", "quarter", "2025-35"),
    ('the current half', APR10, None, None, "2025-01-01", "2025-06-30", "year", "2025-40"),
    # The first or last n months of a year: this year's when the span's last quarter has begun.
    ('the first nine months of 2024', APR10, None, None, "2024-01-01", "2024-09-30", "month", "2024-01/2024-09"),
    ('the first three months of this year', APR10, None, None, "2025-01-01", "2025-03-31", "month", "2025-01/2025-03"),
    ('the first six months of last year', JAN3, None, None, "2024-01-01", "2024-06-30", "month", "2024-01/2024-06"),
    ('the first three months', APR10, None, None, "2025-01-01", "2025-03-31", "month", "2025-01/2025-03"),
    ('the first nine months', OCT5, None, None, "2025-01-01", "2025-09-30", "month", "2025-01/2025-09"),
    ('the last three months of the year', OCT5, None, None, "2025-10-01", "2025-12-31", "month", "2025-10/2025-12"),
    ('the last three months of 2024', JAN3, None, None, "2024-10-01", "2024-12-31", "month", "2024-10/2024-12"),
    # Common misspellings of month and weekday names.
    ('Febuary 3 2025', APR10, None, None, "2025-02-03", "2025-02-03", "day", "2025-02-03"),
    ('Feburary 2025', APR10, None, None, "2025-02-01", "2025-02-28", "month", "2025-02"),
    ('Septmber 2024', APR10, None, None, "2024-09-01", "2024-09-30", "month", "2024-09"),
    ('Janurary 5 2025', JAN3, None, None, "2025-01-05", "2025-01-05", "day", "2025-01-05"),
    ('Ocotber 7 2023', APR10, None, None, "2023-10-07", "2023-10-07", "day", "2023-10-07"),
    ('last Febuary', JAN3, None, None, "2024-02-01", "2024-02-29", "month", "2024-02"),
    ('in Agust 2024', APR10, None, None, "2024-08-01", "2024-08-31", "month", "2024-08"),
    ('Decmber 2024', APR10, None, None, "2024-12-01", "2024-12-31", "month", "2024-12"),
    ('on Wendesday', APR10, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ('Thrusday', APR10, None, None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    ('Wensday', JAN3, None, None, "2025-01-01", "2025-01-01", "day", "2025-01-01"),
    ('last Firday', APR10, None, None, "2025-04-04", "2025-04-04", "day", "2025-04-04"),
    ('Tusday', DEC28, None, None, "2024-12-24", "2024-12-24", "day", "2024-12-24"),
    # Words that only frame a date leave its span: "as of", "as at", "throughout", a stray adverb of the sentence.
    ('as of April 1', APR10, None, None, "2025-04-01", "2025-04-01", "day", "2025-04-01"),
    ('As of 31 March 2025', NONE, None, None, "2025-03-31", "2025-03-31", "day", "2025-03-31"),
    ('as at 31 December', JAN3, None, None, "2024-12-31", "2024-12-31", "day", "2024-12-31"),
    ('throughout April and May', JUN15, None, None, "2025-04-01", "2025-05-31", "month", "2025-04/2025-05"),
    ('throughout 2024', APR10, None, None, "2024-01-01", "2024-12-31", "year", "2024"),
    ('Separately Thursday', APR10, None, None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    ('also on Monday', APR10, None, None, "2025-04-07", "2025-04-07", "day", "2025-04-07"),
    ('meanwhile on Wednesday', APR10, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    # "As recently as" looks back: a month without a year is the latest one begun by the anchor, however far.
    ('as recently as January', JUL20, None, None, "2025-01-01", "2025-01-31", "month", "2025-01"),
    ('as recently as December', APR10, None, None, "2024-12-01", "2024-12-31", "month", "2024-12"),
    ('as recently as 2019', APR10, None, None, "2019-01-01", "2019-12-31", "year", "2019"),
    # "Earlier/later on <day>" and "later this morning" point within the day they name: that day.
    ('earlier on Tuesday', APR10, None, None, "2025-04-08", "2025-04-08", "day", "2025-04-08"),
    ('earlier Wednesday', APR10, None, None, "2025-04-09", "2025-04-09", "day", "2025-04-09"),
    ('later on Sunday', JUN15, None, None, "2025-06-15", "2025-06-15", "day", "2025-06-15"),
    ('later this morning', APR10, None, None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    ('earlier this evening', APR10, None, None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    ('later tonight', APR10, None, None, "2025-04-10", "2025-04-10", "day", "2025-04-10"),
    # "Over the weekend": Saturday or Sunday, this one; Friday, the one beginning the next day; Monday or Tuesday, the one just past.
    ('over the weekend', JAN3, None, None, "2025-01-04", "2025-01-05", "day", "2025-01-04/2025-01-05"),
    ('over the weekend', FEB15, None, None, "2025-02-15", "2025-02-16", "day", "2025-02-15/2025-02-16"),
    ('at the weekend', JUN15, None, None, "2025-06-14", "2025-06-15", "day", "2025-06-14/2025-06-15"),
    ('during the weekend', Day(2025, 4, 7), None, None, "2025-04-05", "2025-04-06", "day", "2025-04-05/2025-04-06"),
    ('the weekend', Day(2025, 4, 8), None, None, "2025-04-05", "2025-04-06", "day", "2025-04-05/2025-04-06"),
    # A relative day with its date written out: the day, when the date (and its weekday) agree.
    ('today Sunday 15 June 2025', JUN15, None, None, "2025-06-15", "2025-06-15", "day", "2025-06-15"),
    ('tomorrow, Monday, 16 June', JUN15, None, None, "2025-06-16", "2025-06-16", "day", "2025-06-16"),
    ('yesterday Saturday corresponding to 14 June 2025', JUN15, None, None, "2025-06-14", "2025-06-14", "day", "2025-06-14"),
    # A period ending on a day it names ("the second quarter ended October 31, 2011"): the months or weeks ending that day, whatever the company calls them.
    ('the second quarter ended October 31, 2011', Day(2011, 11, 8), None, None, "2011-08-01", "2011-10-31", "month", "2011-08/2011-10"),
    ('the quarter ended March 31', APR10, None, None, "2025-01-01", "2025-03-31", "month", "2025-01/2025-03"),
    ('the fiscal year ended September 30, 2024', NONE, None, None, "2023-10-01", "2024-09-30", "month", "2023-10/2024-09"),
    ('the first half ended 30 June 2024', NONE, None, None, "2024-01-01", "2024-06-30", "month", "2024-01/2024-06"),
    ('the nine months to September 30', OCT5, None, None, "2025-01-01", "2025-09-30", "month", "2025-01/2025-09"),
    ('the three months through June', JUL20, None, None, "2025-04-01", "2025-06-30", "month", "2025-04/2025-06"),
    ('the 12 weeks ended March 29 2025', NONE, None, None, "2025-01-05", "2025-03-29", "day", "2025-01-05/2025-03-29"),
    ('the quarter ending 28 March 2025', NONE, None, None, "2024-12-29", "2025-03-28", "day", "2024-12-29/2025-03-28"),
    # A span named with "period" or "quarter" after it is the span; a quarter so named is three whole months.
    ('the July-September period', OCT5, None, None, "2025-07-01", "2025-09-30", "month", "2025-07/2025-09"),
    ('the April–June quarter', JUL20, None, None, "2025-04-01", "2025-06-30", "month", "2025-04/2025-06"),
    ('the 2020-2021 period', NONE, None, None, "2020-01-01", "2021-12-31", "year", "2020/2021"),
    # Two dates in a row joined by "and" are one span, both ends kept.
    ('April and May', JUN15, None, None, "2025-04-01", "2025-05-31", "month", "2025-04/2025-05"),
    ('5 and 6 May 2025', NONE, None, None, "2025-05-05", "2025-05-06", "day", "2025-05-05/2025-05-06"),
    ('May 5 and 6', APR10, None, None, "2025-05-05", "2025-05-06", "day", "2025-05-05/2025-05-06"),
    # US federal holidays as US copy names them: the day they fall on; without a year, the one within four months of the report.
    ('the Memorial Day holiday', Day(2022, 6, 4), None, None, "2022-05-30", "2022-05-30", "day", "2022-05-30"),
    ('on Labor Day', OCT5, None, None, "2025-09-01", "2025-09-01", "day", "2025-09-01"),
    ('Thanksgiving', DEC28, None, None, "2024-11-28", "2024-11-28", "day", "2024-11-28"),
    ('Thanksgiving 2025', NONE, None, None, "2025-11-27", "2025-11-27", "day", "2025-11-27"),
    ('Christmas Eve', JAN3, None, None, "2024-12-24", "2024-12-24", "day", "2024-12-24"),
    ('on Christmas Day', DEC28, None, None, "2024-12-25", "2024-12-25", "day", "2024-12-25"),
    ("New Year's Day", JAN3, None, None, "2025-01-01", "2025-01-01", "day", "2025-01-01"),
    ("New Year’s Eve", JAN3, None, None, "2024-12-31", "2024-12-31", "day", "2024-12-31"),
    # Approximation words keep working around the new forms.
    ('about last March', JAN3, None, None, "2024-03-01", "2024-03-31", "month", "2024-03~"),
    ('around the second quarter', APR10, None, None, "2025-04-01", "2025-06-30", "quarter", "2025-34~"),
    ("roughly the past seven days", APR10, None, None, "2025-04-03", "2025-04-10", "day", "2025-04-03~/2025-04-10~"),
]  # fmt: skip


@cases.each_row(RESOLVED)
def test_resolves(row: cases.Resolved) -> None:
    cases.check_resolves(row)


# (text, anchor, language, date order) -> words the refusal must contain
REFUSED = [
    # "this weekend" on a Monday: the weekend just past or the coming one.
    ('this weekend', Day(2025, 4, 7), None, None, "could be the weekend just past or the coming one"),
    # Seasons whose year the anchor does not settle.
    ('next summer', APR10, None, None, 'could be the coming summer (summer 2025) or the one after'),
    ('this winter', JUN15, None, None, 'could be the winter that ended in 2025 or the one to come'),
    ('this spring', DEC28, None, None, 'could be spring 2024, months ago, or spring 2025, weeks away'),
    # A quarter or half still to come this year: a forecast of this year's, or last year's results.
    ('the second quarter', FEB15, None, None, "could be the second quarter of 2025, still to come, or last year's"),
    ('the third quarter', APR10, None, None, 'could be the third quarter of 2025'),
    ('the fourth quarter', APR10, None, None, "could be the fourth quarter of 2025, still to come, or last year's"),
    ('Q3', APR10, None, None, 'could be the third quarter of 2025'),
    ('third-quarter', APR10, None, None, 'could be the third quarter'),
    ('the second half', APR10, None, None, "could be the second half of 2025, still to come, or last year's"),
    ('H2', FEB15, None, None, 'could be the second half of 2025'),
    ('the final quarter', APR10, None, None, 'could be the fourth quarter of 2025'),
    ('the first nine months', APR10, None, None, "this year's have not all begun"),
    ('the last three months of the year', APR10, None, None, "this year's have not all begun"),
    ('the fifth quarter', APR10, None, None, 'a year has no quarter 5'),
    ('the first 13 months of 2024', APR10, None, None, 'a year has twelve months'),
    # Comparisons with a year before the period the report discusses: not counted from the anchor.
    ('the year-ago quarter', APR10, None, None, 'counts a year back from the period the report is discussing'),
    ('the year-earlier quarter', JAN3, None, None, 'counts a year back from the period the report is discussing'),
    ('the year-ago half', APR10, None, None, 'counts a year back'),
    ('the year-ago period', FEB15, None, None, 'counts a year back'),
    ('from the year-earlier period', OCT5, None, None, 'counts a year back'),
    ('a year before', APR10, None, None, 'counts a year back'),
    ('a year earlier', DEC28, None, None, 'counts a year back'),
    ('the previous year', APR10, None, None, 'counts a year back'),
    ('the prior year', JAN3, None, None, 'counts a year back'),
    ('the same quarter last year', APR10, None, None, 'counts a year back'),
    ('the same period a year earlier', APR10, None, None, 'counts a year back'),
    # Fiscal periods: each company's and government's fiscal year starts in its own month.
    ('fiscal 2025', APR10, None, None, 'is a fiscal period'),
    ('the fiscal second quarter', APR10, None, None, 'is a fiscal period'),
    ('fiscal Q3', OCT5, None, None, 'is a fiscal period'),
    ('FY25', JAN3, None, None, 'is a fiscal period'),
    ('the second quarter of fiscal 2024', APR10, None, None, 'is a fiscal period'),
    # "since" a date after the report, or something that is not a date.
    ('since May 2025', APR10, None, None, "starts after the report's date (2025-04-10)"),
    ('since next week', APR10, None, None, "starts after the report's date"),
    ('since 30 February 2025', APR10, None, None, 'February 2025 has 28 days, not 30'),
    ('since then', APR10, None, None, 'since then'),
    # "Over the weekend" midweek: the weekend just past and the coming one are as near.
    ('over the weekend', APR10, None, None, 'could be the weekend just past or the coming one'),
    ('over the weekend', Day(2025, 4, 9), None, None, 'could be the weekend just past or the coming one'),
    # A relative day whose written date, or weekday, disagrees: both named.
    ('today 16 June 2025', JUN15, None, None, 'today was Sunday 2025-06-15, and the date written is Monday 2025-06-16'),
    ('tomorrow Tuesday 17 June 2025', JUN15, None, None, 'tomorrow was Monday 2025-06-16, and the date written is Tuesday 2025-06-17'),
    ('today Saturday 15 June 2025', JUN15, None, None, 'was a Sunday, not a Saturday'),
    # Looking back to a date after the report; the earliest a thing may happen.
    ('as recently as next week', APR10, None, None, 'looks back'),
    ('as early as next week', APR10, None, None, 'gives a start and no end'),
    ('as early as 2010', APR10, None, None, 'gives a start and no end'),
    # A quarter named by months that are not three; two dates with time between them.
    ('the April-May quarter', JUL20, None, None, 'a quarter is three whole months'),
    ('April and June', JUN15, None, None, 'is not a date but two, 2025-04 and 2025-06'),
    ('2010 and 2020', APR10, None, None, 'is not a date but two'),
    # Holidays: no year and months away both ways, or before the rule that fixes the day.
    ('Christmas', JUN15, None, None, "more than 4 months from the report's date"),
    ('Memorial Day 1960', NONE, None, None, 'before 1971'),
    ('Thanksgiving', NONE, None, None, 'there is no date to resolve it against'),
    # No anchor: nothing to count from.
    ('last March', NONE, None, None, 'there is no date to resolve it against'),
    ('the second quarter', NONE, None, None, 'there is no date to resolve it against'),
    ('the past seven days', NONE, None, None, 'there is no date to resolve it against'),
    ('since last March', NONE, None, None, 'there is no date to resolve it against'),
    ('May last year', NONE, None, None, 'there is no date to resolve it against'),
    # Vague counts stay refused: the words quoted in the refusal.
    ('the past few days', APR10, None, None, 'the past few days'),
    ('the last several weeks', APR10, None, None, 'the last several weeks'),
]  # fmt: skip


@cases.each_row(REFUSED)
def test_refuses(row: cases.Refused) -> None:
    cases.check_refuses(row, with_hint=True)


# Where a year is in doubt the refusal is final: no other reading may guess it.
FINAL = ["the third quarter", "the year-ago quarter", "fiscal 2025", "next summer"]


@pytest.mark.parametrize("text", FINAL)
def test_a_doubtful_year_is_refused_for_good(text: str) -> None:
    with pytest.raises(DateRefused):
        resolve(text, APR10)


# "the second quarter", "second-quarter" and "Q2" are one period; so are a month and its
# misspelling.
SAME = [
    ("the second quarter", "second-quarter", APR10),
    ("the second quarter", "Q2", APR10),
    ("last year's fourth quarter", "the fourth quarter of 2024", APR10),
    ("May last year", "May 2024", APR10),
    ("late next year", "late 2026", APR10),
    ("Febuary 3 2025", "3 February 2025", APR10),
    ("this past winter", "winter 2024", APR10),
]


@pytest.mark.parametrize(("text", "same_as", "anchor"), SAME)
def test_forms_of_one_period_agree(text: str, same_as: str, anchor: Day) -> None:
    assert resolve(text, anchor) == resolve(same_as, anchor)


def test_the_tables_are_large_enough() -> None:
    assert len(RESOLVED) + len(REFUSED) >= 120
    anchors = {row[1] for row in RESOLVED}
    assert {JAN3, DEC28, FEB15, APR10} <= anchors
