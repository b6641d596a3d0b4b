"""An undated article joins a story only when its own time words agree with the story's days."""

from __future__ import annotations

import datetime as dt

from storyline.records import Article
from storyline.stories import StoryIndex
from storyline.stories.cluster import Clusterer
from storyline.stories.features import TimeHints, time_hints


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def test_time_hints_read_weekdays_with_their_day_months_and_past_dates() -> None:
    h = time_hints("Two sources told the agency this Friday (13) that talks stopped. On Wednesday (11), they spoke.")
    assert h is not None and set(h.weekday_days) == {(4, 13, 0), (2, 11, 0)}
    h = time_hints("The envoys met on Friday, 13 October in the capital.")
    assert h is not None and h.weekday_days == ((4, 13, 10),)
    h = time_hints("They met on Friday the 13th, officials said.")
    assert h is not None and h.weekday_days == ((4, 13, 0),)
    h = time_hints("The president said in early July that a deal was far off.")
    assert h is not None and h.past_months == (7,)
    h = time_hints("The ministers met on March 10, 2023 in the capital, officials said.")
    assert h is not None and h.floor == _day("2023-03-10")


def test_time_hints_say_nothing_when_in_doubt() -> None:
    assert time_hints("Talks will resume in March, officials said.") is None  # a future month
    assert time_hints("He met him on Friday (13 people were there).") is None
    assert time_hints("The ministers met in 2021. In July they met again.") is None  # July of which year
    assert time_hints("They met last July in the capital.") is None  # not a bare month
    assert time_hints("Envoys met on Thursday in the capital.") is None


def test_hint_fit_rules_out_what_the_text_contradicts() -> None:
    c = Clusterer()
    july = TimeHints(past_months=(7,))
    assert c._hint_fit(july, _day("2023-01-19"), _day("2023-01-19")) is None  # "in July" in January
    assert c._hint_fit(july, _day("2023-10-14"), _day("2023-10-14")) == 0.0
    assert c._hint_fit(TimeHints(past_months=(11,)), _day("2024-01-10"), _day("2024-01-12")) == 0.0
    friday13 = TimeHints(weekday_days=((4, 13, 0),))
    assert c._hint_fit(friday13, _day("2023-10-14"), _day("2023-10-14")) == c.p.hint_bonus
    assert c._hint_fit(friday13, _day("2023-06-01"), _day("2023-06-03")) is None
    # a week later the story is another episode's: its days allow the text, but are not the day it names
    assert c._hint_fit(friday13, _day("2023-10-17"), _day("2023-10-18")) == 0.0
    assert c._hint_fit(TimeHints(floor=_day("2023-03-10")), _day("2023-01-19"), _day("2023-01-19")) is None
    # the latest day it reports as past is one of the story's days (or just before): dated after all
    march10 = TimeHints(floor=_day("2023-03-10"))
    assert c._hint_fit(march10, _day("2023-03-10"), _day("2023-03-10")) == c.p.hint_bonus
    assert c._hint_fit(march10, _day("2023-03-11"), _day("2023-03-12")) == c.p.hint_bonus
    assert c._hint_fit(march10, _day("2023-03-20"), _day("2023-03-21")) == 0.0  # written after, maybe
    assert c._hint_fit(march10, _day("2023-03-07"), _day("2023-03-08")) == 0.0  # after the story's days


BODY = (
    "Negotiators from Atlantis and Lemuria held talks in Geneva on the border dispute and a prisoner exchange, "
    "with mediators from Norway in the room, the Atlantean foreign ministry said in a statement. "
)
# The same development in other words: not a wire copy, so only its content and time words place it.
REWRITE = (
    "Atlantean and Lemurian envoys sat down in Geneva over their border dispute, Norwegian mediators said, "
    "and discussed a prisoner exchange. "
)


def _art(name: str, text: str, published: str | None) -> Article:
    return Article(
        source=f"{name}.txt",
        text=text,
        title="Atlantis and Lemuria hold talks in Geneva",
        language="en",
        published=published,
        published_source="dateline" if published else None,
    )


def test_undated_article_joins_the_story_its_weekday_and_day_fall_in() -> None:
    idx = StoryIndex(embed=False)
    # June's report is nearer in words; October's days are the ones the undated text gives
    june = _art(
        "june", REWRITE.replace("sat down", "met") + "The envoys would sit down again, they said.", "2023-06-02"
    )
    october = _art("october", BODY, "2023-10-14")
    idx.add([june, october])
    undated = _art("undated", "Two sources said this Friday (13) that " + REWRITE, None)
    sid = idx.add([undated]).story_of[undated.id]
    assert sid == idx.story_of[october.id]


def test_undated_article_joins_the_story_on_whose_day_its_latest_past_date_falls() -> None:
    # a week later's report is nearer in words and its days allow the text; the 14th's are the day it names
    later = _art(
        "later", REWRITE.replace("sat down", "met") + "The envoys would sit down again, they said.", "2023-10-20"
    )
    october = _art("october", BODY, "2023-10-14")
    undated = _art("undated", "The Atlantean foreign ministry said on October 13, 2023 that " + REWRITE, None)
    assert time_hints(undated.text) == TimeHints(floor=_day("2023-10-13"))
    idx = StoryIndex(embed=False)
    idx.add([later, october])
    assert idx.story_of[later.id] != idx.story_of[october.id]
    assert idx.add([undated]).story_of[undated.id] == idx.story_of[october.id]


def test_undated_article_does_not_join_a_story_its_months_contradict() -> None:
    idx = StoryIndex(embed=False)
    january = _art("january", BODY, "2023-01-19")
    idx.add([january])
    undated = _art("undated", REWRITE + "The Atlantean president said in early July that a deal was far off.", None)
    assert idx.add([undated]).story_of[undated.id] != idx.story_of[january.id]
    control = StoryIndex(embed=False)  # the same text without its month joins on content
    control.add([january])
    plain = _art("plain", REWRITE + "The Atlantean president said a deal was far off.", None)
    assert control.add([plain]).story_of[plain.id] == control.story_of[january.id]


def test_time_hints_read_weekdays_with_their_day_in_other_languages() -> None:
    assert time_hints("Les deux délégations se sont rencontrées vendredi 13 octobre à Genève.") == TimeHints(
        weekday_days=((4, 13, 10),)
    )
    assert time_hints("Las delegaciones se reunieron el martes 10 en Ginebra.") == TimeHints(weekday_days=((1, 10, 0),))
    assert time_hints("Die Delegationen trafen sich am Dienstag, 10. Oktober in Genf.") == TimeHints(
        weekday_days=((1, 10, 10),)
    )
    assert time_hints("التقى الوفدان يوم الجمعة ١٣ أكتوبر في جنيف") == TimeHints(weekday_days=((4, 13, 10),))
    assert time_hints("Делегации встретились во вторник, 10 октября, в Женеве.") == TimeHints(
        weekday_days=((1, 10, 10),)
    )
    # a full date with its year may lie anywhere; a weekday without its day says too little
    assert time_hints("Publicado el sábado 9 de noviembre de 2024.") is None
    assert time_hints("Las delegaciones se reunieron el martes en Ginebra.") is None


FR_REPORT = (
    "Les négociateurs de l'Atlantide et de la Lémurie se sont réunis à Genève vendredi 13 octobre sur le "
    "différend frontalier et un échange de prisonniers, en présence de médiateurs de Norvège."
)


def test_undated_report_in_another_language_joins_the_story_its_weekday_and_day_fall_in() -> None:
    june = _art("june", BODY, "2023-06-02")
    october = _art("october", REWRITE, "2023-10-14")
    idx = StoryIndex(embed=False)
    idx.add([june, october])
    assert idx.story_of[june.id] != idx.story_of[october.id]
    fr = Article(source="fr.txt", text=FR_REPORT, title="L'Atlantide et la Lémurie à Genève", language="fr")
    assert idx.add([fr]).story_of[fr.id] == idx.story_of[october.id]


def test_a_wire_dateline_without_a_year_holds_an_undated_report_to_stories_on_that_day() -> None:
    h = time_hints("Nueva York, 19 sep (EFE).- Los presidentes se reunieron este martes en Nueva York.")
    assert h is not None and h.dateline == (9, 19)
    c = Clusterer()
    assert c._hint_fit(h, _day("2022-08-17"), _day("2022-08-17")) is None  # filed on 19 September, not in August
    assert c._hint_fit(h, _day("2023-09-19"), _day("2023-09-20")) is not None
    assert c._hint_fit(h, _day("2023-09-18"), _day("2023-09-18")) is not None  # filed a day after the story's day
