"""Arabic (Modern Standard, Levantine and Maghreb): the phrases word-by-word translation would lose.

Month and weekday names are read from one table (every region's names and the common
spellings: أبريل/ابريل/إبريل, نيسان, أفريل, يوليوز, شتنبر, ...), so one dateparser locale is
enough. Rewrites run in order on lowercased text already in one spelling (Western digits,
no tatweel or tashkeel); English they produce is marked ⟪ ⟫ and kept as written.
"""

from __future__ import annotations

import re

from builder.languages.rules import (
    ABOUT,
    Rewrite,
    bounds,
    named,
    ordinal,
    parts_of_date,
    pattern_lookup,
    spans,
    word,
    word_meanings,
)

LOCALES = ("ar",)
WHOLE_WORDS = True
# Persian letters in Arabic copy: ی and ک are the same letters as ي and ك.
CHARACTERS = str.maketrans({"ی": "ي", "ک": "ك", "ۀ": "ة"})

_A = "[اأإآ]"  # alif with or without hamza: copy writes all of them
_MONTHS = {
    "january": rf"يناير|كانون الثاني|كانون 2|جانفي|{_A}ي?ناير",
    "february": r"فبراير|شباط|فيفري|فبرير",
    "march": rf"مارس|{_A}ذار|مارت",
    "april": rf"{_A}بريل|{_A}فريل|نيسان|{_A}بril",
    "may": rf"مايو|{_A}يار|ماي",
    "june": r"يونيو|يونيه|يونية|حزيران|جوان",
    "july": r"يوليو|يوليه|يولية|يوليوز|تموز|جويلية|جويلي[هة]",
    "august": rf"{_A}غسطس|{_A}غشت|غشت|آب|{_A}وت",
    "september": rf"سبتمبر|{_A}يلول|شتنبر|شتمبر",
    "october": rf"{_A}كتوبر|تشرين {_A}ل{_A}ول|تشرين 1",
    "november": r"نوفمبر|نونبر|تشرين الثاني|تشرين 2",
    "december": rf"ديسمبر|دجنبر|دجمبر|كانون {_A}ل{_A}ول|كانون 1",
}
_WEEKDAYS = {
    "monday": rf"{_A}ل{_A}ثنين|{_A}ثنين", "tuesday": r"الثلاثاء|الثلاثا|ثلاثاء",
    "wednesday": rf"{_A}ل{_A}ربعاء|{_A}ربعاء", "thursday": r"الخميس|خميس",
    "friday": r"الجمعة|الجمعه|جمعة", "saturday": r"السبت|سبت",
    "sunday": rf"{_A}ل{_A}حد|{_A}حد",
}  # fmt: skip
_NUMBERS = {
    "ثلاثة": "3", "ثلاث": "3", "أربعة": "4", "اربعة": "4", "أربع": "4", "خمسة": "5", "خمس": "5",
    "ستة": "6", "ست": "6", "سبعة": "7", "سبع": "7", "ثمانية": "8", "تسعة": "9", "عشرة": "10",
}  # fmt: skip
_UNITS = {"days": r"يوما|يوم|أيام|ايام", "weeks": r"أسابيع|اسابيع|أسبوعا|أسبوع|اسبوع",
          "months": r"أشهر|اشهر|شهور|شهرا|شهر", "years": r"سنوات|سنين|أعوام|اعوام|عاما|عام|سنة"}  # fmt: skip
_DUAL = {"يومين": "2 days", "أسبوعين": "2 weeks", "اسبوعين": "2 weeks", "شهرين": "2 months",
         "عامين": "2 years", "سنتين": "2 years"}  # fmt: skip
_DECADES = {"عشرين": "20", "ثلاثين": "30", "أربعين": "40", "اربعين": "40", "خمسين": "50",
            "ستين": "60", "سبعين": "70", "ثمانين": "80", "تسعين": "90"}  # fmt: skip
_CENTURY_WORDS = {
    "الحادي والعشرين": "21", "الواحد والعشرين": "21", "العشرين": "20", "العشرون": "20",
    "التاسع عشر": "19", "الثامن عشر": "18", "السابع عشر": "17", "السادس عشر": "16",
}  # fmt: skip
_ORDINALS = {"الأول": "first", "الاول": "first", "الثاني": "second", "الثالث": "third",
             "الرابع": "fourth", "الأخير": "fourth"}  # fmt: skip
_PARTS = {"early": rf"{_A}وائل|مطلع|بداية|بدايات|{_A}ول", "mid": rf"منتصف|{_A}واسط",
          "late": rf"{_A}واخر|نهاية|نهايات|{_A}خر"}  # fmt: skip
_LAST = r"الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة|السابق"
_NEXT = r"المقبل|المقبلة|القادم|القادمة"
_THIS = r"الجاري|الجارية|الحالي|الحالية"
_WEEK, _MONTH_WORD, _YEAR = r"الأسبوع|الاسبوع", r"الشهر", r"العام|السنة|عام"


def _which(word: str) -> str:
    if re.fullmatch(_LAST, word):
        return "last"
    return "next" if re.fullmatch(_NEXT, word) else "this"


_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_RELATIVE_DAY = r"اليوم|يوم غد|غدا|غدًا|غد|الغد|أمس|امس|الأمس"
_COUNTED = rf"(?:\d+|بضعة|بضع|عدة) (?:{'|'.join(_UNITS.values())})|{'|'.join(_DUAL)}"
_unit = pattern_lookup(_UNITS)
# Prefixes stuck to a name: و (and), ب (in), ل (to), ف, and the word for day.
_PREFIXES = r"(?:[وبلف]?(?:ي?وم )?)"


REWRITES: list[Rewrite] = [
    # "2025م" is the Gregorian year (dateparser would read م as "pm"); "ميلادي" likewise.
    (re.compile(r"(\d{3,4}) ?(?:م|ميلادي|ميلادية|للميلاد)(?!\w)"), r"\1"),
    (re.compile(r"[()«»\"]"), " "),
    # Words for "about" (never dropped: a leading "about" in English).
    word(r"في حدود|حوالي|حوالى|بحوالي|نحو|قرابة|زهاء|حدود|تقريبا|تقريبًا", ABOUT),
    # Numbers in words before a unit, and counted days back and forward.
    (re.compile(rf"(?<!\w)({'|'.join(_NUMBERS)}) (?=(?:{'|'.join(_UNITS.values())})(?!\w))"), lambda m: f"{_NUMBERS[m[1]]} "),
    word(rf"(?:قبل|منذ) ({'|'.join(_DUAL)})", spans("{unit} ago", _DUAL)),
    word(rf"(?:قبل|منذ) (\d+) ({'|'.join(_UNITS.values())})", spans("{n} {unit} ago", _unit)),
    word(rf"(?:بعد|خلال) (\d+) ({'|'.join(_UNITS.values())})", spans("in {n} {unit}", _unit)),
    (re.compile(r"(?<!\w)(?:أول|اول) (?:أمس|امس)|(?<!\w)(?:أمس|امس) الأول(?!\w)"), "⟪the day before yesterday⟫"),
    word(r"بعد (?:غد|الغد)", "⟪the day after tomorrow⟫"),
    # "خلال الـ24 ساعة الماضية": the past so many hours or days, counted back from the report.
    word(rf"(?:خلال|في|طوال) (?:ال)?(\d+) (ساعة|{_UNITS['days']}) (?:الماضية|الأخيرة|الاخيرة|المنصرمة)", lambda m: f"⟪the past {m[1]} {'hours' if m[2] == 'ساعة' else 'days'}⟫"),
    # Spans no anchor can date, and words pointing at another event: refused in English.
    word(r"(?:في|خلال) ال(أيام|ايام|أسابيع|اسابيع|أشهر|اشهر|شهور|سنوات|أعوام) (?:الأخيرة|الاخيرة|الماضية|المنصرمة)", spans("in recent {unit}", _unit)),
    word(r"(?:في|خلال) ال(أيام|ايام|أسابيع|اسابيع|أشهر|اشهر|شهور) (?:المقبلة|القادمة)", spans("in the coming {unit}", _unit)),
    word(rf"(?:قبل|منذ) (?:بضعة|بضع|عدة)? ?({'|'.join(_UNITS.values())})", spans("a few {unit} ago", _unit)),
    *word_meanings({
        "the same day": r"(?:في )?(?:اليوم (?:نفسه|ذاته)|نفس اليوم|ذات اليوم)",
        "the following day": r"(?:في )?(?:اليوم التالي|صباح اليوم التالي|غداة)",
        "at the time": r"في ذلك الوقت|في تلك الفترة|آنذاك|حينها|وقتها|حينذاك",
        "that day": r"(?:في )?ذلك اليوم",
        # Deadlines and open bounds.
        "by the end of": rf"(?:حتى|بحلول|قبل|مع) (?:نهاية|{_A}واخر|آخر)",
        "by": r"بحلول",
    }),
    # Ranges: "من 2 إلى 4 نيسان", "بين 2 و4 أبريل", "بين مارس ومايو".
    *bounds([
        ("from", rf"^(?:في الفترة )?(?:من|مِن) (.+?) (?:{_A}لى|حتى|لغاية|ولغاية|وحتى|ل) ?(.+)$"),
        ("between", r"^(?:في الفترة )?(?:ما )?بين (.+?) و ?(.+)$"),
        ("by", r"^حتى (.+)$"),
        ("before", rf"^(?!.*(?:{_COUNTED}))(?:قبل) (.+)$"),
        # "بعد ظهر الجمعة" is Friday afternoon: "بعد" there is part of the word for afternoon.
        ("after", rf"^(?!.*(?:{_COUNTED}))(?:بعد)(?! (?:ال)?ظهر) (.+)$"),
        ("since", rf"^(?!.*(?:{_COUNTED}))(?:منذ) (.+)$"),
    ]),
    # Month and weekday names of every region, in one spelling.
    named(_MONTHS, before=_PREFIXES),
    (re.compile(rf"(⟪(?:{_MONTH_NAMES})⟫) ?[/-]? ?\1"), r"\1"),
    named(_WEEKDAYS, before=_PREFIXES),
    # "اليوم الأحد ١٧ نوفمبر", "غدا الاثنين الموافق ١٨ نوفمبر": a relative day before a written
    # date is that date (checked against its weekday); "today" counts from a writing time the
    # publication date can miss.
    (re.compile(rf"(?<!\w)(?:{_RELATIVE_DAY}) (?=(?:⟪\w+⟫ )?,? ?(?:الموافق |الموافقة )?\d{{1,2}} ⟪(?:{_MONTH_NAMES})⟫)"), ""),
    # Nights: "ليلة الجمعة" is the night into Friday; "ليل الثلاثاء الأربعاء" keeps both days.
    word(rf"(?:في )?(?:ليلة|ليل) (⟪\w+⟫|\d+) ?(?:-|–|{_A}لى|و|على)? ?(⟪\w+⟫|\d+)", r"⟪the night of⟫ \1 ⟪to⟫ \2"),
    (re.compile(r"(?<!\w)(?:ليلة|ليل) (?:أمس|امس|الأمس|البارحة)|الليلة الماضية|(?<!\w)البارحة(?!\w)"), "⟪last night⟫"),
    word(r"الليلة", "⟪tonight⟫"),
    (re.compile(r"(?<!\w)ليلة (⟪\w+⟫)"), r"⟪the night into⟫ \1"),
    (re.compile(r"(?<!\w)ليل (⟪\w+⟫)"), r"\1 ⟪night⟫"),
    (re.compile(r"(?<!\w)(?:في )?(?:الساعات الأولى من|الساعات الاولى من|ساعات الفجر الأولى من|فجر) (?:يوم )?(.+)$"), lambda m: f"⟪in the small hours of⟫ {m[1]}" if m[0].find("الساعات") >= 0 else f"{m[1]} ⟪dawn⟫"),
    (re.compile(r"(?<!\w)(?:في )?(صباح|مساء|ظهر|بعد ظهر|عصر|ظهيرة) (?:يوم )?(.+)$"), lambda m: f"{m[2]} ⟪{_DAY_PART[m[1]]}⟫"),
    # Weeks, months and years counted from the anchor.
    *word_meanings({
        "the friday-saturday weekend before last": rf"(?:عطلة )?نهاية ({_WEEK}) (?:قبل|ما قبل) (?:{_LAST})",
        "the week before last": rf"({_WEEK}) (?:قبل|ما قبل) (?:{_LAST})",
    }),
    # The weekend is Friday-Saturday in Syria, Egypt, Saudi Arabia, Jordan, Iraq and most Arab
    # states (the UAE moved to Saturday-Sunday in 2022): weeks run Sunday to Saturday.
    word(rf"(?:عطلة )?نهاية ({_WEEK}) ({_LAST}|{_NEXT}|{_THIS})", lambda m: f"⟪{_which(m[2])} friday-saturday weekend⟫"),
    word(rf"(?:عطلة )?نهاية ال{_WEEK[1:]}(?:هذه|هذا)?", "⟪this friday-saturday weekend⟫"),
    word(rf"({_WEEK}|{_MONTH_WORD}|{_YEAR}) ({_LAST}|{_NEXT}|{_THIS})", lambda m: f"⟪{_which(m[2])} {_PERIOD[m[1]]}⟫"),
    word(rf"(?:هذا|هذه) ال?({_WEEK[1:]}|{_MONTH_WORD[2:]}|{_YEAR}|شهر|سنة|عام)", lambda m: f"⟪this {_PERIOD.get(m[1], 'year')}⟫"),
    (re.compile(rf"(⟪(?:{_MONTH_NAMES})⟫) (?:من )?(?:{_YEAR}) ({_LAST}|{_NEXT}|{_THIS})(?!\w)"), lambda m: f"{m[1]} ⟪{_which(m[2])} year⟫"),
    (re.compile(rf"(⟪(?:{_MONTH_NAMES})⟫) (?:من )?(?:هذا العام|هذه السنة)(?!\w)"), r"\1 ⟪this year⟫"),
    (re.compile(rf"(⟪(?:{_MONTH_NAMES})⟫) (?:من )?(⟪(?:last|this|next) year⟫)"), r"\1 \2"),
    # "الثلاثاء القادم الموافق 4 تموز": a weekday with its written date is that date.
    (re.compile(rf"(⟪\w+⟫) (?:{_LAST}|{_NEXT}),? (?=(?:الموافق |الموافقة )?\d{{1,2}} ⟪(?:{_MONTH_NAMES})⟫)"), r"\1 "),
    (re.compile(rf"(⟪\w+⟫) ({_LAST}|{_NEXT})(?!\w)"), lambda m: f"⟪{_which(m[2])}⟫ {m[1]}"),
    (re.compile(r"(?<!\w)(?:الشهر|العام) (?=\d)"), " "),
    # Decades, centuries, quarters and halves.
    word(rf"(?:ال)?({'|'.join(_DECADES)})(?:يات|ات)(?: من)?(?: القرن (?:الماضي|العشرين|العشرون))?", lambda m: f"⟪the 19{_DECADES[m[1]]}s⟫" if "القرن" in m[0] else f"⟪the {_DECADES[m[1]]}s⟫"),
    word(r"(?:ال)?(\d{4}|\d0)(?:ات|يات)", r"⟪the \1s⟫"),
    word(rf"القرن ({'|'.join(_CENTURY_WORDS)})", lambda m: f"⟪the {ordinal(_CENTURY_WORDS[m[1]])} century⟫"),
    word(r"القرن (?:ال-?)?(\d{1,2})", lambda m: f"⟪the {ordinal(m[1])} century⟫"),
    (re.compile(rf"(?<!\w)(الربع|النصف) ({'|'.join(_ORDINALS)}) (?:من |في )?"), lambda m: f"⟪the {_ORDINALS[m[2]]} {'quarter' if m[1] == 'الربع' else 'half'} of⟫ "),
    (re.compile(r"(?<!\w)(?:من |في )?(?:العام|السنة|عام)(?: (?=\d)|$)"), lambda m: " " if m[0].endswith(" ") else "⟪this year⟫"),
    # Parts of a month, year or decade: "أوائل نيسان", "أواخر العام الماضي", "منتصف 2025".
    parts_of_date(_PARTS, before="في ", between="شهر "),
]  # fmt: skip

_DAY_PART = {"صباح": "morning", "مساء": "evening", "ظهر": "midday", "ظهيرة": "midday",
             "بعد ظهر": "afternoon", "عصر": "afternoon"}  # fmt: skip
_PERIOD = {"الأسبوع": "week", "الاسبوع": "week", "أسبوع": "week", "اسبوع": "week",
           "الشهر": "month", "شهر": "month", "العام": "year", "السنة": "year", "عام": "year",
           "سنة": "year"}  # fmt: skip
PHRASES: dict[str, str] = {
    "يوم غد": "tomorrow", "غدا": "tomorrow", "غدًا": "tomorrow", "غد": "tomorrow",
    "الغد": "tomorrow", "أمس": "yesterday", "امس": "yesterday", "الأمس": "yesterday",
    "اليوم": "today",
}  # fmt: skip

# A Hijri year (هـ) the calendars reader left unread must never become a Gregorian year.
REFUSE = [
    (
        re.compile(r"\d{3,4} ?(?:ه(?!\w)|هـ|هجري|هجرية|للهجرة)"),
        "is a Hijri date that could not be read",
        "write day, Hijri month and year (e.g. '10 ذو الحجة 1445 هـ'), or the Gregorian date",
    ),
]

# Words left after translation that carry no date meaning.
FILLER: frozenset[str] = frozenset(["يوم", "في", "الموافق", "تاريخ", "بتاريخ", "و"])
