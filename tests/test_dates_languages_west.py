"""Dates in French, German, Spanish and Russian as reports write them: one row per convention.

Each language's words are rewritten into the English the reader knows (`builder/languages/`),
so each row pins both the rewrite and the rule it reaches. Anchors: THU is Thursday 10 April
2025; FRI is Friday 13 June 2025 (a report the morning after a night); SUN is Sunday 15 June
2025; OCT is Wednesday 15 October 2025 (far enough from March that "last March" is one month).
"""

from __future__ import annotations

import pytest

from builder.calendar import Day
from tests import date_cases as cases

THU = Day(2025, 4, 10)
FRI = Day(2025, 6, 13)
SUN = Day(2025, 6, 15)
OCT = Day(2025, 10, 15)

# (text, anchor, language, date order) -> (earliest, latest, precision, edtf)
RESOLVED = [
    # Nights and parts of day: a night named by two days keeps both; 'cette nuit' is the night just past.
    ('dans la nuit de jeudi à vendredi', FRI, 'fr', None, '2025-06-12', '2025-06-13', 'day', '2025-06-12/2025-06-13'),
    ('dans la nuit du 12 au 13 juin', FRI, 'fr', None, '2025-06-12', '2025-06-13', 'day', '2025-06-12/2025-06-13'),
    ('dans la nuit du 12 au 13 juin 2025', None, 'fr', None, '2025-06-12', '2025-06-13', 'day', '2025-06-12/2025-06-13'),
    ('mercredi soir', THU, 'fr', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('mardi matin', THU, 'fr', None, '2025-04-08', '2025-04-08', 'day', '2025-04-08'),
    ('dans la soirée de mercredi', THU, 'fr', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('hier soir', THU, 'fr', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('ce matin', THU, 'fr', None, '2025-04-10', '2025-04-10', 'day', '2025-04-10'),
    ('cette nuit', THU, 'fr', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    # Words for 'about' set approximate (dateparser dropped 'environ' silently).
    ('vers le 9 avril 2025', None, 'fr', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09~'),
    ('environ 2020', None, 'fr', None, '2020-01-01', '2020-12-31', 'year', '2020~'),
    ('aux alentours du 9 avril 2025', None, 'fr', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09~'),
    # Weeks (ISO), weekends, months and years counted from the anchor.
    ('la semaine prochaine', THU, 'fr', None, '2025-04-14', '2025-04-20', 'week', '2025-04-14/2025-04-20'),
    ('la semaine dernière', THU, 'fr', None, '2025-03-31', '2025-04-06', 'week', '2025-03-31/2025-04-06'),
    ('le week-end dernier', THU, 'fr', None, '2025-04-05', '2025-04-06', 'day', '2025-04-05/2025-04-06'),
    ("l'avant-dernier week-end", THU, 'fr', None, '2025-03-29', '2025-03-30', 'day', '2025-03-29/2025-03-30'),
    ('le mois dernier', THU, 'fr', None, '2025-03-01', '2025-03-31', 'month', '2025-03'),
    ("l'an dernier", THU, 'fr', None, '2024-01-01', '2024-12-31', 'year', '2024'),
    ('cette année', THU, 'fr', None, '2025-01-01', '2025-12-31', 'year', '2025'),
    ("l'année prochaine", THU, 'fr', None, '2026-01-01', '2026-12-31', 'year', '2026'),
    ('il y a trois jours', THU, 'fr', None, '2025-04-07', '2025-04-07', 'day', '2025-04-07'),
    ('dans trois jours', THU, 'fr', None, '2025-04-13', '2025-04-13', 'day', '2025-04-13'),
    # Months and seasons against the anchor: 'mars dernier' is the latest March before it.
    ('en mars dernier', OCT, 'fr', None, '2025-03-01', '2025-03-31', 'month', '2025-03'),
    ("en mars de l'année dernière", THU, 'fr', None, '2024-03-01', '2024-03-31', 'month', '2024-03'),
    ("l'automne dernier", THU, 'fr', None, '2024-09-01', '2024-11-30', 'season', '2024-23'),
    ('au printemps 2024', None, 'fr', None, '2024-03-01', '2024-05-31', 'season', '2024-21'),
    # Parts of months and years, quarters, halves, decades and centuries.
    ('début avril', THU, 'fr', None, '2025-04-01', '2025-04-10', 'month', '2025-04-01~/2025-04-10~'),
    ('mi-avril 2025', None, 'fr', None, '2025-04-11', '2025-04-20', 'month', '2025-04-11~/2025-04-20~'),
    ('fin avril', THU, 'fr', None, '2025-04-21', '2025-04-30', 'month', '2025-04-21~/2025-04-30~'),
    ('fin 2024', None, 'fr', None, '2024-09-01', '2024-12-31', 'year', '2024-09~/2024-12~'),
    ("à la fin de l'année", THU, 'fr', None, '2025-09-01', '2025-12-31', 'year', '2025-09~/2025-12~'),
    ('au deuxième trimestre 2024', None, 'fr', None, '2024-04-01', '2024-06-30', 'quarter', '2024-34'),
    ('au premier semestre 2024', None, 'fr', None, '2024-01-01', '2024-06-30', 'year', '2024-40'),
    ('les années 1990', None, 'fr', None, '1990-01-01', '1999-12-31', 'decade', '199X'),
    ('la fin des années 1990', None, 'fr', None, '1997-01-01', '1999-12-31', 'decade', '1997~/1999~'),
    ('au XXe siècle', None, 'fr', None, '1901-01-01', '2000-12-31', 'century', '1901/2000'),
    ('au début du XXe siècle', None, 'fr', None, '1901-01-01', '1933-12-31', 'century', '1901~/1933~'),
    # Ranges, alternatives and 'depuis'.
    ('du 2 au 4 avril', THU, 'fr', None, '2025-04-02', '2025-04-04', 'day', '2025-04-02/2025-04-04'),
    ('du 2 au 4 avril 2025', None, 'fr', None, '2025-04-02', '2025-04-04', 'day', '2025-04-02/2025-04-04'),
    ('entre le 2 et le 4 avril 2025', None, 'fr', None, '2025-04-02', '2025-04-04', 'day', '2025-04-02/2025-04-04'),
    ('le 14 ou le 15 mai', THU, 'fr', None, '2025-05-14', '2025-05-15', 'day', '2025-05-14?/2025-05-15?'),
    ('depuis mars 2022', THU, 'fr', None, '2022-03-01', '2025-04-10', 'month', '2022-03/2025-04-10'),
    # Numeric dates with a four-digit year are day-first; spellings as copy arrives.
    ('09/04/2025', None, 'fr', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('le 1er avril 2025', None, 'fr', None, '2025-04-01', '2025-04-01', 'day', '2025-04-01'),
    ('Aout 2024', None, 'fr', None, '2024-08-01', '2024-08-31', 'month', '2024-08'),
    ('fevrier 2024', None, 'fr', None, '2024-02-01', '2024-02-29', 'month', '2024-02'),
    ('févr. 2024', None, 'fr', None, '2024-02-01', '2024-02-29', 'month', '2024-02'),
    # Nights: 'in der Nacht zum Freitag' ends on Friday and belongs to Thursday; 'von ... auf ...' keeps both days.
    ('in der Nacht zum Freitag', FRI, 'de', None, '2025-06-12', '2025-06-12', 'day', '2025-06-12'),
    ('in der Nacht zu Samstag', SUN, 'de', None, '2025-06-13', '2025-06-13', 'day', '2025-06-13'),
    ('in der Nacht zum 13. Juni', FRI, 'de', None, '2025-06-12', '2025-06-12', 'day', '2025-06-12'),
    ('in der Nacht von Donnerstag auf Freitag', FRI, 'de', None, '2025-06-12', '2025-06-13', 'day', '2025-06-12/2025-06-13'),
    ('in der Nacht vom 12. auf den 13. Juni 2025', None, 'de', None, '2025-06-12', '2025-06-13', 'day', '2025-06-12/2025-06-13'),
    # Parts of day, compounds included ('Mittwochabend').
    ('am Mittwochabend', THU, 'de', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('Dienstagmorgen', THU, 'de', None, '2025-04-08', '2025-04-08', 'day', '2025-04-08'),
    ('am Sonntagabend', THU, 'de', None, '2025-04-06', '2025-04-06', 'day', '2025-04-06'),
    ('Freitagnachmittag', THU, 'de', None, '2025-04-04', '2025-04-04', 'day', '2025-04-04'),
    ('am vergangenen Freitag', THU, 'de', None, '2025-04-04', '2025-04-04', 'day', '2025-04-04'),
    ('gestern Abend', THU, 'de', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('heute Nachmittag', THU, 'de', None, '2025-04-10', '2025-04-10', 'day', '2025-04-10'),
    ('heute Morgen', THU, 'de', None, '2025-04-10', '2025-04-10', 'day', '2025-04-10'),
    # Words for 'about' set approximate (dateparser dropped 'etwa' silently).
    ('etwa 2020', None, 'de', None, '2020-01-01', '2020-12-31', 'year', '2020~'),
    ('gegen 2020', None, 'de', None, '2020-01-01', '2020-12-31', 'year', '2020~'),
    ('ungefähr 2020', None, 'de', None, '2020-01-01', '2020-12-31', 'year', '2020~'),
    ('rund 2020', None, 'de', None, '2020-01-01', '2020-12-31', 'year', '2020~'),
    ('um den 9. April 2025', None, 'de', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09~'),
    # Weeks (ISO), weekends, months and years counted from the anchor.
    ('nächste Woche', THU, 'de', None, '2025-04-14', '2025-04-20', 'week', '2025-04-14/2025-04-20'),
    ('vorletzte Woche', THU, 'de', None, '2025-03-24', '2025-03-30', 'week', '2025-03-24/2025-03-30'),
    ('vorletztes Wochenende', THU, 'de', None, '2025-03-29', '2025-03-30', 'day', '2025-03-29/2025-03-30'),
    ('am vergangenen Wochenende', THU, 'de', None, '2025-04-05', '2025-04-06', 'day', '2025-04-05/2025-04-06'),
    ('letztes Jahr', THU, 'de', None, '2024-01-01', '2024-12-31', 'year', '2024'),
    ('vor drei Tagen', THU, 'de', None, '2025-04-07', '2025-04-07', 'day', '2025-04-07'),
    ('in drei Tagen', THU, 'de', None, '2025-04-13', '2025-04-13', 'day', '2025-04-13'),
    # Months and seasons against the anchor.
    ('im vergangenen März', OCT, 'de', None, '2025-03-01', '2025-03-31', 'month', '2025-03'),
    ('im März letzten Jahres', THU, 'de', None, '2024-03-01', '2024-03-31', 'month', '2024-03'),
    ('im letzten Herbst', THU, 'de', None, '2024-09-01', '2024-11-30', 'season', '2024-23'),
    # Parts of months and years, quarters, halves, decades and centuries.
    ('Anfang April', THU, 'de', None, '2025-04-01', '2025-04-10', 'month', '2025-04-01~/2025-04-10~'),
    ('Mitte April 2025', None, 'de', None, '2025-04-11', '2025-04-20', 'month', '2025-04-11~/2025-04-20~'),
    ('Ende April', THU, 'de', None, '2025-04-21', '2025-04-30', 'month', '2025-04-21~/2025-04-30~'),
    ('Ende 2024', None, 'de', None, '2024-09-01', '2024-12-31', 'year', '2024-09~/2024-12~'),
    ('Anfang nächsten Jahres', THU, 'de', None, '2026-01-01', '2026-04-30', 'year', '2026-01~/2026-04~'),
    ('im zweiten Quartal 2024', None, 'de', None, '2024-04-01', '2024-06-30', 'quarter', '2024-34'),
    ('im ersten Halbjahr 2024', None, 'de', None, '2024-01-01', '2024-06-30', 'year', '2024-40'),
    ('die 1990er Jahre', None, 'de', None, '1990-01-01', '1999-12-31', 'decade', '199X'),
    ('Ende der 1990er Jahre', None, 'de', None, '1997-01-01', '1999-12-31', 'decade', '1997~/1999~'),
    ('in den Neunzigerjahren', THU, 'de', None, '1990-01-01', '1999-12-31', 'decade', '199X'),
    ('im 20. Jahrhundert', None, 'de', None, '1901-01-01', '2000-12-31', 'century', '1901/2000'),
    ('Anfang des 20. Jahrhunderts', None, 'de', None, '1901-01-01', '1933-12-31', 'century', '1901~/1933~'),
    # Ranges and alternatives.
    ('2. bis 4. April', THU, 'de', None, '2025-04-02', '2025-04-04', 'day', '2025-04-02/2025-04-04'),
    ('vom 2. bis 4. April 2025', None, 'de', None, '2025-04-02', '2025-04-04', 'day', '2025-04-02/2025-04-04'),
    ('2.–4. April', THU, 'de', None, '2025-04-02', '2025-04-04', 'day', '2025-04-02/2025-04-04'),
    ('am 14. oder 15. Mai', THU, 'de', None, '2025-05-14', '2025-05-15', 'day', '2025-05-14?/2025-05-15?'),
    ('seit März 2022', THU, 'de', None, '2022-03-01', '2025-04-10', 'month', '2022-03/2025-04-10'),
    # Numeric dates: dotted with a four-digit year are day-first; two-digit years need a declared order.
    ('9.4.2025', None, 'de', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('09.04.25', THU, 'de', 'DMY', '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('Febuar 2024', None, 'de', None, '2024-02-01', '2024-02-29', 'month', '2024-02'),
    ('Jänner 2025', None, 'de', None, '2025-01-01', '2025-01-31', 'month', '2025-01'),
    # Nights and parts of day: 'la noche del jueves' starts on Thursday; 'la madrugada del sábado' is Saturday's small hours.
    ('la noche del jueves', FRI, 'es', None, '2025-06-12', '2025-06-12', 'day', '2025-06-12'),
    ('en la madrugada del sábado', THU, 'es', None, '2025-04-05', '2025-04-05', 'day', '2025-04-05'),
    ('en la noche del 12 al 13 de junio', FRI, 'es', None, '2025-06-12', '2025-06-13', 'day', '2025-06-12/2025-06-13'),
    ('la noche del jueves al viernes', FRI, 'es', None, '2025-06-12', '2025-06-13', 'day', '2025-06-12/2025-06-13'),
    ('el miércoles por la tarde', THU, 'es', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('en la tarde del miércoles', THU, 'es', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('anoche', THU, 'es', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('esta mañana', THU, 'es', None, '2025-04-10', '2025-04-10', 'day', '2025-04-10'),
    # Words for 'about' set approximate (dateparser dropped 'cerca de' silently).
    ('alrededor del 9 de abril de 2025', None, 'es', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09~'),
    ('hacia 2020', None, 'es', None, '2020-01-01', '2020-12-31', 'year', '2020~'),
    ('aproximadamente en 2020', None, 'es', None, '2020-01-01', '2020-12-31', 'year', '2020~'),
    ('cerca de 2020', None, 'es', None, '2020-01-01', '2020-12-31', 'year', '2020~'),
    ('en torno al 9 de abril de 2025', None, 'es', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09~'),
    # Weeks (ISO), weekends, months and years counted from the anchor; 'este sábado' is this week's.
    ('la próxima semana', THU, 'es', None, '2025-04-14', '2025-04-20', 'week', '2025-04-14/2025-04-20'),
    ('la semana que viene', THU, 'es', None, '2025-04-14', '2025-04-20', 'week', '2025-04-14/2025-04-20'),
    ('el fin de semana pasado', THU, 'es', None, '2025-04-05', '2025-04-06', 'day', '2025-04-05/2025-04-06'),
    ('el pasado fin de semana', THU, 'es', None, '2025-04-05', '2025-04-06', 'day', '2025-04-05/2025-04-06'),
    ('el año pasado', THU, 'es', None, '2024-01-01', '2024-12-31', 'year', '2024'),
    ('hace tres días', THU, 'es', None, '2025-04-07', '2025-04-07', 'day', '2025-04-07'),
    ('dentro de tres días', THU, 'es', None, '2025-04-13', '2025-04-13', 'day', '2025-04-13'),
    ('este sábado', THU, 'es', None, '2025-04-12', '2025-04-12', 'day', '2025-04-12'),
    # Months and seasons against the anchor.
    ('el pasado marzo', OCT, 'es', None, '2025-03-01', '2025-03-31', 'month', '2025-03'),
    ('en marzo pasado', OCT, 'es', None, '2025-03-01', '2025-03-31', 'month', '2025-03'),
    ('en marzo del año pasado', THU, 'es', None, '2024-03-01', '2024-03-31', 'month', '2024-03'),
    ('el otoño pasado', THU, 'es', None, '2024-09-01', '2024-11-30', 'season', '2024-23'),
    # Parts of months and years, quarters, halves, decades and centuries.
    ('principios de abril', THU, 'es', None, '2025-04-01', '2025-04-10', 'month', '2025-04-01~/2025-04-10~'),
    ('a mediados de abril de 2025', None, 'es', None, '2025-04-11', '2025-04-20', 'month', '2025-04-11~/2025-04-20~'),
    ('finales de abril', THU, 'es', None, '2025-04-21', '2025-04-30', 'month', '2025-04-21~/2025-04-30~'),
    ('a finales del año pasado', THU, 'es', None, '2024-09-01', '2024-12-31', 'year', '2024-09~/2024-12~'),
    ('en el segundo trimestre de 2024', None, 'es', None, '2024-04-01', '2024-06-30', 'quarter', '2024-34'),
    ('en el primer semestre de 2024', None, 'es', None, '2024-01-01', '2024-06-30', 'year', '2024-40'),
    ('los años noventa', THU, 'es', None, '1990-01-01', '1999-12-31', 'decade', '199X'),
    ('la década de 1990', None, 'es', None, '1990-01-01', '1999-12-31', 'decade', '199X'),
    ('a finales de los años noventa', THU, 'es', None, '1997-01-01', '1999-12-31', 'decade', '1997~/1999~'),
    ('en el siglo XX', None, 'es', None, '1901-01-01', '2000-12-31', 'century', '1901/2000'),
    ('a principios del siglo XX', None, 'es', None, '1901-01-01', '1933-12-31', 'century', '1901~/1933~'),
    # Ranges and alternatives.
    ('del 2 al 4 de abril', THU, 'es', None, '2025-04-02', '2025-04-04', 'day', '2025-04-02/2025-04-04'),
    ('entre el 2 y el 4 de abril de 2025', None, 'es', None, '2025-04-02', '2025-04-04', 'day', '2025-04-02/2025-04-04'),
    ('el 14 o 15 de mayo', THU, 'es', None, '2025-05-14', '2025-05-15', 'day', '2025-05-14?/2025-05-15?'),
    ('el 14 o el 15 de mayo', THU, 'es', None, '2025-05-14', '2025-05-15', 'day', '2025-05-14?/2025-05-15?'),
    ('desde marzo de 2022', THU, 'es', None, '2022-03-01', '2025-04-10', 'month', '2022-03/2025-04-10'),
    # Numeric dates with a four-digit year are day-first; spellings as copy arrives.
    ('09/04/2025', None, 'es', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('setiembre de 2024', None, 'es', None, '2024-09-01', '2024-09-30', 'month', '2024-09'),
    # Nights: 'в ночь на пятницу' ends on Friday and belongs to Thursday; 'с ... на ...' keeps both days.
    ('в ночь на 13 июня', FRI, 'ru', None, '2025-06-12', '2025-06-12', 'day', '2025-06-12'),
    ('в ночь на пятницу', FRI, 'ru', None, '2025-06-12', '2025-06-12', 'day', '2025-06-12'),
    ('в ночь с 12 на 13 июня', FRI, 'ru', None, '2025-06-12', '2025-06-13', 'day', '2025-06-12/2025-06-13'),
    ('в ночь с четверга на пятницу', FRI, 'ru', None, '2025-06-12', '2025-06-13', 'day', '2025-06-12/2025-06-13'),
    ('минувшей ночью', THU, 'ru', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    # Parts of day, before or after the day.
    ('вечером в среду', THU, 'ru', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('в среду вечером', THU, 'ru', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('утром во вторник', THU, 'ru', None, '2025-04-08', '2025-04-08', 'day', '2025-04-08'),
    ('вчера вечером', THU, 'ru', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('сегодня утром', THU, 'ru', None, '2025-04-10', '2025-04-10', 'day', '2025-04-10'),
    # Words for 'about' set approximate (dateparser dropped 'около' and 'примерно' silently).
    ('около 9 апреля 2025 года', None, 'ru', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09~'),
    ('примерно 9 апреля 2025 года', None, 'ru', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09~'),
    ('приблизительно в 2020 году', None, 'ru', None, '2020-01-01', '2020-12-31', 'year', '2020~'),
    # Weeks (ISO), weekends, months and years counted from the anchor.
    ('на следующей неделе', THU, 'ru', None, '2025-04-14', '2025-04-20', 'week', '2025-04-14/2025-04-20'),
    ('на позапрошлой неделе', THU, 'ru', None, '2025-03-24', '2025-03-30', 'week', '2025-03-24/2025-03-30'),
    ('в прошлые выходные', THU, 'ru', None, '2025-04-05', '2025-04-06', 'day', '2025-04-05/2025-04-06'),
    ('в прошлом году', THU, 'ru', None, '2024-01-01', '2024-12-31', 'year', '2024'),
    ('три дня назад', THU, 'ru', None, '2025-04-07', '2025-04-07', 'day', '2025-04-07'),
    ('через три дня', THU, 'ru', None, '2025-04-13', '2025-04-13', 'day', '2025-04-13'),
    # Months and seasons against the anchor, in every case.
    ('в марте прошлого года', THU, 'ru', None, '2024-03-01', '2024-03-31', 'month', '2024-03'),
    ('прошлой осенью', THU, 'ru', None, '2024-09-01', '2024-11-30', 'season', '2024-23'),
    ('весной 2024 года', None, 'ru', None, '2024-03-01', '2024-05-31', 'season', '2024-21'),
    ('в январе 2025 года', None, 'ru', None, '2025-01-01', '2025-01-31', 'month', '2025-01'),
    ('январь 2025', None, 'ru', None, '2025-01-01', '2025-01-31', 'month', '2025-01'),
    # Parts of months and years, quarters, halves, decades and centuries.
    ('в начале апреля', THU, 'ru', None, '2025-04-01', '2025-04-10', 'month', '2025-04-01~/2025-04-10~'),
    ('в середине апреля 2025 года', None, 'ru', None, '2025-04-11', '2025-04-20', 'month', '2025-04-11~/2025-04-20~'),
    ('в конце года', THU, 'ru', None, '2025-09-01', '2025-12-31', 'year', '2025-09~/2025-12~'),
    ('в конце прошлого года', THU, 'ru', None, '2024-09-01', '2024-12-31', 'year', '2024-09~/2024-12~'),
    ('во втором квартале 2024 года', None, 'ru', None, '2024-04-01', '2024-06-30', 'quarter', '2024-34'),
    ('в III квартале 2024 года', None, 'ru', None, '2024-07-01', '2024-09-30', 'quarter', '2024-35'),
    ('в первом полугодии 2024 года', None, 'ru', None, '2024-01-01', '2024-06-30', 'year', '2024-40'),
    ('в 1990-х годах', None, 'ru', None, '1990-01-01', '1999-12-31', 'decade', '199X'),
    ('в 90-е годы', THU, 'ru', None, '1990-01-01', '1999-12-31', 'decade', '199X'),
    ('в конце 1990-х', None, 'ru', None, '1997-01-01', '1999-12-31', 'decade', '1997~/1999~'),
    ('в XX веке', None, 'ru', None, '1901-01-01', '2000-12-31', 'century', '1901/2000'),
    ('в начале XX века', None, 'ru', None, '1901-01-01', '1933-12-31', 'century', '1901~/1933~'),
    # Ranges and alternatives; 'с' alone is since.
    ('2–4 апреля', THU, 'ru', None, '2025-04-02', '2025-04-04', 'day', '2025-04-02/2025-04-04'),
    ('со 2 по 4 апреля', THU, 'ru', None, '2025-04-02', '2025-04-04', 'day', '2025-04-02/2025-04-04'),
    ('с 2 по 4 апреля 2025 года', None, 'ru', None, '2025-04-02', '2025-04-04', 'day', '2025-04-02/2025-04-04'),
    ('с 30 марта по 2 апреля 2025 года', None, 'ru', None, '2025-03-30', '2025-04-02', 'day', '2025-03-30/2025-04-02'),
    ('14 или 15 мая', THU, 'ru', None, '2025-05-14', '2025-05-15', 'day', '2025-05-14?/2025-05-15?'),
    ('с марта 2022 года', THU, 'ru', None, '2022-03-01', '2025-04-10', 'month', '2022-03/2025-04-10'),
    # Numeric dates: dotted with a four-digit year are day-first.
    ('09.04.2025', None, 'ru', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('1-го апреля 2025 года', None, 'ru', None, '2025-04-01', '2025-04-01', 'day', '2025-04-01'),
    # --- Forms from real copy the engine used to refuse ------------------------------------
    # French: "ce jeudi" is this week's Thursday; "en fin d'après-midi" is late in it; "22h" is a time.
    ('ce jeudi', Day(2018, 11, 1), 'fr', None, '2018-11-01', '2018-11-01', 'day', '2018-11-01'),
    ('ce jeudi 10 avril', THU, 'fr', None, '2025-04-10', '2025-04-10', 'day', '2025-04-10'),
    ("ce mardi en fin d'après-midi", Day(2026, 2, 25), 'fr', None, '2026-02-24', '2026-02-24', 'day', '2026-02-24'),
    ('ce vendredi en début de soirée', Day(2026, 2, 25), 'fr', None, '2026-02-27', '2026-02-27', 'day', '2026-02-27'),
    ('Mardi soir vers 22h', Day(2021, 11, 25), 'fr', None, '2021-11-23', '2021-11-23', 'minute', '2021-11-23T22:00~'),
    ('à 14h30 le 9 avril', Day(2025, 4, 10), 'fr', None, '2025-04-09', '2025-04-09', 'minute', '2025-04-09T14:30'),
    # A day and month in figures after a weekday is day first, checked against the weekday.
    ('mercredi 7/01', Day(2026, 1, 6), 'fr', None, '2026-01-07', '2026-01-07', 'day', '2026-01-07'),
    ('am Mittwoch, 9.4.', Day(2025, 4, 10), 'de', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    ('miércoles 9/04', Day(2025, 4, 10), 'es', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    # "sur le premier semestre": over the period is the period.
    ('sur le premier semestre', Day(2021, 7, 30), 'fr', None, '2021-01-01', '2021-06-30', 'year', '2021-40'),
    # A list of consecutive days is the span from the first to the last.
    ('5, 6 et 7 avril', Day(2025, 4, 10), 'fr', None, '2025-04-05', '2025-04-07', 'day', '2025-04-05/2025-04-07'),
    ('5. und 6. April', Day(2025, 4, 10), 'de', None, '2025-04-05', '2025-04-06', 'day', '2025-04-05/2025-04-06'),
    ('5 y 6 de abril', Day(2025, 4, 10), 'es', None, '2025-04-05', '2025-04-06', 'day', '2025-04-05/2025-04-06'),
    ('5 и 6 апреля', Day(2025, 4, 10), 'ru', None, '2025-04-05', '2025-04-06', 'day', '2025-04-05/2025-04-06'),
    # German: New Year's Eve (its night included) is 31 December.
    ('Silvesternacht', Day(2021, 1, 6), 'de', None, '2020-12-31', '2020-12-31', 'day', '2020-12-31'),
    ('Silvester 2024', Day(2025, 4, 10), 'de', None, '2024-12-31', '2024-12-31', 'day', '2024-12-31'),
    # A weekday with next/last and its written date is that date; commas and brackets between them carry nothing.
    ('am kommenden Donnerstag, 12. September 2024', Day(2024, 9, 17), 'de', None, '2024-09-12', '2024-09-12', 'day', '2024-09-12'),
    ('von Mittwoch, 18. September bis Freitag, 20. September 2024', Day(2024, 9, 17), 'de', None, '2024-09-18', '2024-09-20', 'day', '2024-09-18/2024-09-20'),
    ('am Freitag (13. Juni)', Day(2025, 6, 13), 'de', None, '2025-06-13', '2025-06-13', 'day', '2025-06-13'),
    ('este próximo domingo 29 de marzo', Day(2020, 3, 27), 'es', None, '2020-03-29', '2020-03-29', 'day', '2020-03-29'),
    ('в среду, 9 апреля', Day(2025, 4, 10), 'ru', None, '2025-04-09', '2025-04-09', 'day', '2025-04-09'),
    # Spanish: "el pasado jueves" is the latest Thursday before the report.
    ('El pasado jueves', Day(2018, 5, 27), 'es', None, '2018-05-24', '2018-05-24', 'day', '2018-05-24'),
    ('el jueves pasado', Day(2018, 5, 27), 'es', None, '2018-05-24', '2018-05-24', 'day', '2018-05-24'),
    ('el próximo martes', Day(2025, 4, 10), 'es', None, '2025-04-15', '2025-04-15', 'day', '2025-04-15'),
    # Spanish: "en lo que va del año" runs from the start of the year (or month) to the report.
    ('En lo que va del año', Day(2018, 5, 27), 'es', None, '2018-01-01', '2018-05-27', 'day', '2018-01-01/2018-05-27'),
    ('En lo que va del mes de enero de 2024', Day(2024, 1, 14), 'es', None, '2024-01-01', '2024-01-14', 'day', '2024-01-01/2024-01-14'),
    ('en lo que va de mes', Day(2024, 1, 14), 'es', None, '2024-01-01', '2024-01-14', 'day', '2024-01-01/2024-01-14'),
    # "durante el mes de mayo" is May; "the first nine months" of a year are January to September.
    ('durante el mes de mayo', Day(2018, 5, 27), 'es', None, '2018-05-01', '2018-05-31', 'month', '2018-05'),
    ('En los primeros nueve meses de 2023', Day(2023, 11, 24), 'es', None, '2023-01-01', '2023-09-30', 'month', '2023-01/2023-09'),
    ('за первые шесть месяцев 2012 года', Day(2012, 8, 29), 'ru', None, '2012-01-01', '2012-06-30', 'month', '2012-01/2012-06'),
    ('за первые три месяца этого года', Day(2025, 4, 10), 'ru', None, '2025-01-01', '2025-03-31', 'month', '2025-01/2025-03'),
    # Russian: ordinal endings on days ("6-го", "7-ое") carry nothing.
    ('В ночь с 6-го на 7-ое января', Day(2004, 1, 9), 'ru', None, '2004-01-06', '2004-01-07', 'day', '2004-01-06/2004-01-07'),
]  # fmt: skip

# (text, anchor, language, date order) -> words the refusal must contain
REFUSED = [
    # Deadlines, open bounds, vague spans and anaphora arrive as the English the refusals
    # catch ("by the end of", "before", "a few days ago", "the same day"), with their reason;
    # "le 22 février dernier" names no year and is refused rather than guessed.
    ("d'ici fin juin", THU, 'fr', None, 'is a deadline'),
    ("d'ici 2030", THU, 'fr', None, 'is a deadline'),
    ('avant 2015', THU, 'fr', None, 'is open-ended: it gives an end and no start'),
    ('ces dernières semaines', THU, 'fr', None, 'is not a date: it does not say how long ago'),
    ('il y a quelques jours', THU, 'fr', None, 'is not a date: it does not say how long ago'),
    ('récemment', THU, 'fr', None, 'is not a date: it does not say how long ago'),
    ('le même jour', THU, 'fr', None, 'points back to a date given elsewhere'),
    ('le lendemain', THU, 'fr', None, 'points back to a date given elsewhere'),
    ('la veille', THU, 'fr', None, 'points back to a date given elsewhere'),
    ("à l'époque", THU, 'fr', None, 'points back to a date given elsewhere'),
    ('le 22 février dernier', THU, 'fr', None, 'is not a date these rules can read'),
    ('bis Ende Juni', THU, 'de', None, 'is a deadline'),
    ('vor 2015', THU, 'de', None, 'is open-ended: it gives an end and no start'),
    ('in den letzten Wochen', THU, 'de', None, 'is not a date: it does not say how long ago'),
    ('vor einigen Tagen', THU, 'de', None, 'is not a date: it does not say how long ago'),
    ('am selben Tag', THU, 'de', None, 'points back to a date given elsewhere'),
    ('am Tag darauf', THU, 'de', None, 'points back to a date given elsewhere'),
    ('damals', THU, 'de', None, 'points back to a date given elsewhere'),
    ('09.04.25', THU, 'de', None, 'has a two-digit year'),
    ('31.04.2025', None, 'de', None, 'April 2025 has 30 days, not 31'),
    ('para finales de junio', THU, 'es', None, 'is a deadline'),
    ('antes de 2015', THU, 'es', None, 'is open-ended: it gives an end and no start'),
    ('en las últimas semanas', THU, 'es', None, 'is not a date: it does not say how long ago'),
    ('hace unos días', THU, 'es', None, 'is not a date: it does not say how long ago'),
    ('el mismo día', THU, 'es', None, 'points back to a date given elsewhere'),
    ('al día siguiente', THU, 'es', None, 'points back to a date given elsewhere'),
    ('la víspera', THU, 'es', None, 'points back to a date given elsewhere'),
    ('en aquel momento', THU, 'es', None, 'points back to a date given elsewhere'),
    ('recientemente', THU, 'es', None, 'is not a date: it does not say how long ago'),
    ('до конца июня', THU, 'ru', None, 'is a deadline'),
    ('до 2015 года', THU, 'ru', None, 'is open-ended: it gives an end and no start'),
    ('в последние недели', THU, 'ru', None, 'is not a date: it does not say how long ago'),
    ('несколько дней назад', THU, 'ru', None, 'is not a date: it does not say how long ago'),
    ('в тот же день', THU, 'ru', None, 'points back to a date given elsewhere'),
    ('на следующий день', THU, 'ru', None, 'points back to a date given elsewhere'),
    ('накануне', THU, 'ru', None, 'points back to a date given elsewhere'),
    ('после 2015 года', THU, 'ru', None, 'is open-ended: it gives a start and no end'),
    ('недавно', THU, 'ru', None, 'is not a date: it does not say how long ago'),
    ('31.04.2025', None, 'ru', None, 'April 2025 has 30 days, not 31'),
    # "el pasado 10 de marzo" names no year, as "le 22 février dernier" does: refused, not guessed.
    ('el pasado 10 de marzo', Day(2021, 3, 24), 'es', None, 'is not a date these rules can read'),
    # A weekday before a day-first date is checked against it; a list of days with a gap is no span.
    ('mercredi 8/01', Day(2026, 1, 6), 'fr', None, 'not a Wednesday'),
    ('5 et 8 avril', THU, 'fr', None, 'two different values'),
]  # fmt: skip


@cases.each_row(RESOLVED)
def test_resolves(row: cases.Resolved) -> None:
    cases.check_resolves(row)


@cases.each_row(REFUSED)
def test_refuses(row: cases.Refused) -> None:
    cases.check_refuses(row)


# (text, anchor, language) -> the part of the day the date keeps
PARTS = [
    ("в ночь на пятницу", FRI, "ru", "night"),
    ("in der Nacht zum Freitag", FRI, "de", "night"),
    ("dans la nuit de jeudi à vendredi", FRI, "fr", "night"),
    ("am Mittwochabend", THU, "de", "evening"),
    ("mercredi soir", THU, "fr", "evening"),
    ("el miércoles por la tarde", THU, "es", "afternoon"),
    ("утром во вторник", THU, "ru", "morning"),
]


@pytest.mark.parametrize(("text", "anchor", "language", "part"), PARTS, ids=cases.case_ids(PARTS))
def test_parts_of_day_are_kept(text: str, anchor: Day, language: str, part: str) -> None:
    assert cases.resolve_date(text, anchor, language).part == part


@pytest.mark.parametrize("language", ["fr", "de", "es", "ru"])
def test_each_language_has_enough_cases(language: str) -> None:
    assert cases.rows_per_language(RESOLVED, REFUSED)[language] >= 35
