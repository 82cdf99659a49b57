"""Arabic (Modern Standard, Levantine and Maghreb): the phrases word-by-word translation would lose.

Month and weekday names are read from one table (every region's names and the common
spellings: أبريل/ابريل/إبريل, نيسان, أفريل, يوليوز, شتنبر, ...), so one dateparser locale is
enough. Rewrites run in order on lowercased text already in one spelling (Western digits,
no tatweel or tashkeel); English they produce is marked ⟪ ⟫ and kept as written.
"""

from __future__ import annotations

import re

from builder.languages.tr import ordinal, part_of

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


def _named(table: dict[str, str]) -> re.Pattern[str]:
    alternation = "|".join(f"(?P<{english}>{words})" for english, words in table.items())
    # Prefixes stuck to the word: و (and), ب (in), ل (to), ف.
    return re.compile(rf"(?<!\w)(?:[وبلف]?(?:ي?وم )?)(?:{alternation})(?!\w)")


def _which(word: str) -> str:
    if re.fullmatch(_LAST, word):
        return "last"
    return "next" if re.fullmatch(_NEXT, word) else "this"


def _name(match: re.Match[str]) -> str:
    return f"⟪{match.lastgroup}⟫"


_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_COUNTED = rf"(?:\d+|بضعة|بضع|عدة) (?:{'|'.join(_UNITS.values())})|{'|'.join(_DUAL)}"
_UNIT_OF = [(english, re.compile(rf"^(?:{words})$")) for english, words in _UNITS.items()]


def _unit(word: str) -> str:
    return next(english for english, pattern in _UNIT_OF if pattern.match(word))


REWRITES: list[tuple[re.Pattern[str], object]] = [
    # "2025م" is the Gregorian year (dateparser would read م as "pm"); "ميلادي" likewise.
    (re.compile(r"(\d{3,4}) ?(?:م|ميلادي|ميلادية|للميلاد)(?!\w)"), r"\1"),
    (re.compile(r"[()«»\"]"), " "),
    # Words for "about" (never dropped: a leading "about" in English).
    (re.compile(r"(?<!\w)(?:في حدود|حوالي|حوالى|بحوالي|نحو|قرابة|زهاء|حدود|تقريبا|تقريبًا)(?!\w)"), " ⟪about⟫ "),
    # Numbers in words before a unit, and counted days back and forward.
    (re.compile(rf"(?<!\w)({'|'.join(_NUMBERS)}) (?=(?:{'|'.join(_UNITS.values())})(?!\w))"), lambda m: f"{_NUMBERS[m[1]]} "),
    (re.compile(rf"(?<!\w)(?:قبل|منذ) ({'|'.join(_DUAL)})(?!\w)"), lambda m: f"⟪{_DUAL[m[1]]} ago⟫"),
    (re.compile(rf"(?<!\w)(?:قبل|منذ) (\d+) ({'|'.join(_UNITS.values())})(?!\w)"), lambda m: f"⟪{m[1]} {_unit(m[2])} ago⟫"),
    (re.compile(rf"(?<!\w)(?:بعد|خلال) (\d+) ({'|'.join(_UNITS.values())})(?!\w)"), lambda m: f"⟪in {m[1]} {_unit(m[2])}⟫"),
    (re.compile(r"(?<!\w)(?:أول|اول) (?:أمس|امس)|(?<!\w)(?:أمس|امس) الأول(?!\w)"), "⟪the day before yesterday⟫"),
    (re.compile(r"(?<!\w)بعد (?:غد|الغد)(?!\w)"), "⟪the day after tomorrow⟫"),
    # Spans no anchor can date, and words pointing at another event: refused in English.
    (re.compile(r"(?<!\w)(?:في|خلال) ال(أيام|ايام|أسابيع|اسابيع|أشهر|اشهر|شهور|سنوات|أعوام) (?:الأخيرة|الاخيرة|الماضية|المنصرمة)(?!\w)"),
     lambda m: f"⟪in recent {_unit(m[1])}⟫"),
    (re.compile(r"(?<!\w)(?:في|خلال) ال(أيام|ايام|أسابيع|اسابيع|أشهر|اشهر|شهور) (?:المقبلة|القادمة)(?!\w)"),
     lambda m: f"⟪in the coming {_unit(m[1])}⟫"),
    (re.compile(rf"(?<!\w)(?:قبل|منذ) (?:بضعة|بضع|عدة)? ?({'|'.join(_UNITS.values())})(?!\w)"), lambda m: f"⟪a few {_unit(m[1])} ago⟫"),
    (re.compile(r"(?<!\w)(?:في )?(?:اليوم (?:نفسه|ذاته)|نفس اليوم|ذات اليوم)(?!\w)"), "⟪the same day⟫"),
    (re.compile(r"(?<!\w)(?:في )?(?:اليوم التالي|صباح اليوم التالي|غداة)(?!\w)"), "⟪the following day⟫"),
    (re.compile(r"(?<!\w)(?:في ذلك الوقت|في تلك الفترة|آنذاك|حينها|وقتها|حينذاك)(?!\w)"), "⟪at the time⟫"),
    (re.compile(r"(?<!\w)(?:في )?ذلك اليوم(?!\w)"), "⟪that day⟫"),
    # Deadlines and open bounds.
    (re.compile(rf"(?<!\w)(?:حتى|بحلول|قبل|مع) (?:نهاية|{_A}واخر|آخر)(?!\w)"), "⟪by the end of⟫"),
    (re.compile(r"(?<!\w)(?:بحلول)(?!\w)"), "⟪by⟫"),
    # Ranges: "من 2 إلى 4 نيسان", "بين 2 و4 أبريل", "بين مارس ومايو".
    (re.compile(rf"^(?:في الفترة )?(?:من|مِن) (.+?) (?:{_A}لى|حتى|لغاية|ولغاية|وحتى|ل) ?(.+)$"), r"⟪from⟫ \1 ⟪to⟫ \2"),
    (re.compile(r"^(?:في الفترة )?(?:ما )?بين (.+?) و ?(.+)$"), r"⟪between⟫ \1 ⟪and⟫ \2"),
    (re.compile(r"^حتى (.+)$"), r"⟪by⟫ \1"),
    (re.compile(rf"^(?!.*(?:{_COUNTED}))(?:قبل) (.+)$"), r"⟪before⟫ \1"),
    (re.compile(rf"^(?!.*(?:{_COUNTED}))(?:بعد) (.+)$"), r"⟪after⟫ \1"),
    (re.compile(rf"^(?!.*(?:{_COUNTED}))(?:منذ) (.+)$"), r"⟪since⟫ \1"),
    # Month and weekday names of every region, in one spelling.
    (_named(_MONTHS), _name),
    (re.compile(rf"(⟪(?:{_MONTH_NAMES})⟫) ?[/-]? ?\1"), r"\1"),
    (_named(_WEEKDAYS), _name),
    # Nights: "ليلة الجمعة" is the night into Friday; "ليل الثلاثاء الأربعاء" keeps both days.
    (re.compile(rf"(?<!\w)(?:في )?(?:ليلة|ليل) (⟪\w+⟫|\d+) ?(?:-|–|{_A}لى|و|على)? ?(⟪\w+⟫|\d+)(?!\w)"), r"⟪the night of⟫ \1 ⟪to⟫ \2"),
    (re.compile(r"(?<!\w)(?:ليلة|ليل) (?:أمس|امس|الأمس|البارحة)|الليلة الماضية|(?<!\w)البارحة(?!\w)"), "⟪last night⟫"),
    (re.compile(r"(?<!\w)الليلة(?!\w)"), "⟪tonight⟫"),
    (re.compile(r"(?<!\w)ليلة (⟪\w+⟫)"), r"⟪the night into⟫ \1"),
    (re.compile(r"(?<!\w)ليل (⟪\w+⟫)"), r"\1 ⟪night⟫"),
    (re.compile(r"(?<!\w)(?:في )?(?:الساعات الأولى من|الساعات الاولى من|ساعات الفجر الأولى من|فجر) (?:يوم )?(.+)$"),
     lambda m: f"⟪in the small hours of⟫ {m[1]}" if m[0].find("الساعات") >= 0 else f"{m[1]} ⟪dawn⟫"),
    (re.compile(r"(?<!\w)(?:في )?(صباح|مساء|ظهر|بعد ظهر|عصر|ظهيرة) (?:يوم )?(.+)$"),
     lambda m: f"{m[2]} ⟪{_DAY_PART[m[1]]}⟫"),
    # Weeks, months and years counted from the anchor.
    (re.compile(rf"(?<!\w)(?:عطلة )?نهاية ({_WEEK}) (?:قبل|ما قبل) (?:{_LAST})(?!\w)"), "⟪the weekend before last⟫"),
    (re.compile(rf"(?<!\w)({_WEEK}) (?:قبل|ما قبل) (?:{_LAST})(?!\w)"), "⟪the week before last⟫"),
    (re.compile(rf"(?<!\w)(?:عطلة )?نهاية ({_WEEK}) ({_LAST}|{_NEXT}|{_THIS})(?!\w)"), lambda m: f"⟪{_which(m[2])} weekend⟫"),
    (re.compile(rf"(?<!\w)(?:عطلة )?نهاية ال{_WEEK[1:]}(?:هذه|هذا)?(?!\w)"), "⟪this weekend⟫"),
    (re.compile(rf"(?<!\w)({_WEEK}|{_MONTH_WORD}|{_YEAR}) ({_LAST}|{_NEXT}|{_THIS})(?!\w)"),
     lambda m: f"⟪{_which(m[2])} {_PERIOD[m[1]]}⟫"),
    (re.compile(rf"(?<!\w)(?:هذا|هذه) ال?({_WEEK[1:]}|{_MONTH_WORD[2:]}|{_YEAR}|شهر|سنة|عام)(?!\w)"), lambda m: f"⟪this {_PERIOD.get(m[1], 'year')}⟫"),
    (re.compile(rf"(⟪(?:{_MONTH_NAMES})⟫) (?:من )?(?:{_YEAR}) ({_LAST}|{_NEXT}|{_THIS})(?!\w)"), lambda m: f"{m[1]} ⟪{_which(m[2])} year⟫"),
    (re.compile(rf"(⟪(?:{_MONTH_NAMES})⟫) (?:من )?(?:هذا العام|هذه السنة)(?!\w)"), r"\1 ⟪this year⟫"),
    (re.compile(rf"(⟪(?:{_MONTH_NAMES})⟫) (?:من )?(⟪(?:last|this|next) year⟫)"), r"\1 \2"),
    (re.compile(rf"(⟪\w+⟫) ({_LAST}|{_NEXT})(?!\w)"), lambda m: f"⟪{_which(m[2])}⟫ {m[1]}"),
    (re.compile(r"(?<!\w)(?:الشهر|العام) (?=\d)"), " "),
    # Decades, centuries, quarters and halves.
    (re.compile(rf"(?<!\w)(?:ال)?({'|'.join(_DECADES)})(?:يات|ات)(?: من)?(?: القرن (?:الماضي|العشرين|العشرون))?(?!\w)"), lambda m: f"⟪the 19{_DECADES[m[1]]}s⟫" if "القرن" in m[0] else f"⟪the {_DECADES[m[1]]}s⟫"),
    (re.compile(r"(?<!\w)(?:ال)?(\d{4}|\d0)(?:ات|يات)(?!\w)"), r"⟪the \1s⟫"),
    (re.compile(rf"(?<!\w)القرن ({'|'.join(_CENTURY_WORDS)})(?!\w)"), lambda m: f"⟪the {ordinal(_CENTURY_WORDS[m[1]])} century⟫"),
    (re.compile(r"(?<!\w)القرن (?:ال-?)?(\d{1,2})(?!\w)"), lambda m: f"⟪the {ordinal(m[1])} century⟫"),
    (re.compile(rf"(?<!\w)(الربع|النصف) ({'|'.join(_ORDINALS)}) (?:من |في )?"), lambda m: f"⟪the {_ORDINALS[m[2]]} {'quarter' if m[1] == 'الربع' else 'half'} of⟫ "),
    (re.compile(r"(?<!\w)(?:من |في )?(?:العام|السنة|عام)(?: (?=\d)|$)"), lambda m: " " if m[0].endswith(" ") else "⟪this year⟫"),
    # Parts of a month, year or decade: "أوائل نيسان", "أواخر العام الماضي", "منتصف 2025".
    (re.compile(rf"(?<!\w)(?:في )?({'|'.join(_PARTS.values())}) (?:شهر )?(⟪[^⟫]*⟫|\S+)"),
     lambda m: part_of(_part(m[1]), m[2])),
]  # fmt: skip

_DAY_PART = {"صباح": "morning", "مساء": "evening", "ظهر": "midday", "ظهيرة": "midday",
             "بعد ظهر": "afternoon", "عصر": "afternoon"}  # fmt: skip
_PERIOD = {"الأسبوع": "week", "الاسبوع": "week", "أسبوع": "week", "اسبوع": "week",
           "الشهر": "month", "شهر": "month", "العام": "year", "السنة": "year", "عام": "year",
           "سنة": "year"}  # fmt: skip
_PART_OF = [(english, re.compile(rf"^(?:{words})$")) for english, words in _PARTS.items()]


def _part(word: str) -> str:
    return next(english for english, pattern in _PART_OF if pattern.match(word))


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
