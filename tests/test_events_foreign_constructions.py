"""General constructions of non-English contact reports (events/foreign.py, data/events_foreign.json).

One test per construction: tenses and verb families the rules once missed (a trip "nach <place>"
with the verb last, calls and receptions in the future, "se reúne" with its accent, compound pasts),
a plan told in the past and called off, the early, middle or end of a year, "the same day" told a
few sentences up, the Saudi king's title and a host named before "who received", and the date in
the trigger's own stretch between commas. Invented sentences, read against the article's own day
(Tuesday 29 March 2022).
"""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.events.foreign import extract_foreign
from storyline.records import Article

DAY = dt.date(2022, 3, 29)  # a Tuesday

Row = tuple[str, str, list[str], str | None, str | None]


def _dated(text: str, lang: str) -> list[Row]:
    """What reaches a timeline from an article with its own day: events with a date the text states."""
    art = Article(source="x.txt", text=text, id="x", language=lang)
    return [
        (e.type, e.status, e.actors, e.date_start, e.date_end)
        for e in extract_foreign(art, DAY)
        if e.date_start and not e.date_inferred
    ]


# ------------------------------------------------------------------ German


def test_de_planned_trip_with_the_verb_last() -> None:
    text = "Die Außenbeauftragte der EU will in den kommenden Wochen nach Ankara reisen, hieß es in Brüssel."
    assert _dated(text, "de") == [("visit", "planned", ["EUR", "TUR"], "2022-03-29", "2022-04-26")]


def test_de_trip_in_the_present_with_a_day_before_nach() -> None:
    text = "Die spanische Außenministerin reist am Donnerstag nach Rabat."
    assert _dated(text, "de") == [("visit", "held", ["ESP", "MAR"], "2022-03-24", "2022-03-24")]


def test_de_tourist_trips_are_no_visit() -> None:
    assert _dated("Mehrere Veranstalter sagten am Montag Reisen nach Tunesien für Urlauber aus Italien ab.", "de") == []


def test_de_plan_in_the_pluperfect_called_off_is_cancelled_and_past() -> None:
    text = (
        "Der schwedische Regierungschef hatte im Januar nach Ankara reisen wollen, die Reise aber wegen "
        "eines Streits um Auslieferungen kurzfristig verschoben."
    )
    assert _dated(text, "de") == [("visit", "cancelled", ["SWE", "TUR"], "2022-01-01", "2022-01-31")]
    assert _dated("Der schwedische Regierungschef hatte im Januar nach Ankara reisen wollen.", "de") == []


def test_de_spoke_with_an_official_in_person_and_by_phone() -> None:
    talks = "Der niederländische Regierungschef sprach am Montag mit dem belgischen Premierminister."
    assert _dated(talks, "de") == [("talks", "held", ["BEL", "NLD"], "2022-03-28", "2022-03-28")]
    call = "Der niederländische Regierungschef sprach am Montag telefonisch mit dem belgischen Premierminister."
    assert _dated(call, "de") == [("call", "held", ["BEL", "NLD"], "2022-03-28", "2022-03-28")]


def test_de_come_together_in_the_present() -> None:
    text = "Der österreichische Kanzler kommt am Montag mit dem slowakischen Regierungschef zusammen."
    assert _dated(text, "de") == [("meeting", "held", ["AUT", "SVK"], "2022-03-28", "2022-03-28")]


def test_de_call_in_the_infinitive_after_the_future() -> None:
    text = "Der irische Premierminister wird am Freitag mit dem portugiesischen Regierungschef telefonieren."
    assert _dated(text, "de") == [("call", "planned", ["IRL", "PRT"], "2022-04-01", "2022-04-01")]


def test_de_reported_plan_in_the_subjunctive() -> None:
    text = "Der dänische Regierungschef sagte, er wolle Estland im Mai besuchen."
    assert _dated(text, "de") == [("visit", "planned", ["DNK", "EST"], "2022-05-01", "2022-05-31")]


# ------------------------------------------------------------------ Spanish


def test_es_call_in_the_future() -> None:
    text = (
        "Fuentes oficiales indicaron que el presidente peruano telefoneará la próxima semana al mandatario boliviano."
    )
    assert _dated(text, "es") == [("call", "planned", ["BOL", "PER"], "2022-04-04", "2022-04-10")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "El canciller uruguayo se reúne hoy con su homólogo paraguayo en Asunción.",
            ("meeting", "held", ["PRY", "URY"], "2022-03-29", "2022-03-29"),
        ),
        (
            "Está previsto que el canciller uruguayo se reúna el jueves con su homólogo paraguayo.",
            ("meeting", "planned", ["PRY", "URY"], "2022-03-31", "2022-03-31"),
        ),
    ],
)
def test_es_reunirse_in_the_present_and_subjunctive_with_its_accent(text: str, row: Row) -> None:
    assert _dated(text, "es") == [row]


def test_es_interview_and_reception_in_the_future() -> None:
    interview = "El ministro de Exteriores portugués se entrevistará el jueves con su homólogo marroquí."
    assert _dated(interview, "es") == [("meeting", "planned", ["MAR", "PRT"], "2022-03-31", "2022-03-31")]
    reception = "El rey de Jordania recibirá el viernes al presidente egipcio."
    assert _dated(reception, "es") == [("meeting", "planned", ["EGY", "JOR"], "2022-04-01", "2022-04-01")]


def test_es_held_a_call_and_a_conversation() -> None:
    call = "El presidente ecuatoriano sostuvo una llamada con su homólogo colombiano el lunes."
    assert _dated(call, "es") == [("call", "held", ["COL", "ECU"], "2022-03-28", "2022-03-28")]
    talk = "El presidente ecuatoriano mantuvo el lunes una conversación con su homólogo colombiano."
    assert _dated(talk, "es") == [("talks", "held", ["COL", "ECU"], "2022-03-28", "2022-03-28")]


def test_es_call_in_the_pluperfect_with_the_day_between() -> None:
    text = "El canciller chileno había conversado el lunes por teléfono con el presidente de Bolivia."
    assert _dated(text, "es") == [("call", "held", ["BOL", "CHL"], "2022-03-28", "2022-03-28")]


def test_es_restoration_of_relations_as_a_noun() -> None:
    text = "Marruecos anunció el lunes el restablecimiento de relaciones con Argelia."
    assert _dated(text, "es") == [("agreement", "held", ["DZA", "MAR"], "2022-03-28", "2022-03-28")]


# ------------------------------------------------------------------ French


def test_fr_reception_in_the_future_and_support_received_is_none() -> None:
    text = "Le président sénégalais recevra jeudi son homologue malien à Dakar."
    assert _dated(text, "fr") == [("meeting", "planned", ["MLI", "SEN"], "2022-03-31", "2022-03-31")]
    assert _dated("Le président sénégalais reçoit jeudi le soutien du Mali.", "fr") == []


def test_fr_telephone_exchange() -> None:
    text = "Le Premier ministre belge a eu lundi un échange téléphonique avec son homologue néerlandais."
    assert _dated(text, "fr") == [("call", "held", ["BEL", "NLD"], "2022-03-28", "2022-03-28")]


def test_fr_greetings_sent_to_a_counterpart() -> None:
    text = "Le président tunisien a adressé lundi ses vœux au roi du Maroc."
    assert _dated(text, "fr") == [("message", "held", ["MAR", "TUN"], "2022-03-28", "2022-03-28")]


def test_fr_received_by_in_the_passive() -> None:
    text = "Le président mauritanien avait été reçu dimanche à l'aéroport par le ministre algérien de l'Intérieur."
    assert _dated(text, "fr") == [("meeting", "held", ["DZA", "MRT"], "2022-03-27", "2022-03-27")]


def test_fr_the_same_day_reaches_back_several_sentences_and_the_european_council() -> None:
    text = (
        "Le président français a reçu lundi à Paris le Premier ministre irlandais. "
        "Un accord sur la pêche sera préparé. Les ministres se retrouveront plus tard. "
        "Le même jour, le président français et le chancelier autrichien ont adressé une lettre "
        "au président du Conseil européen."
    )
    rows = _dated(text, "fr")
    assert ("message", "held", ["AUT", "EUR", "FRA"], "2022-03-28", "2022-03-28") in rows


# ------------------------------------------------------------------ Arabic


def test_ar_host_by_the_kings_title_before_who_received_and_the_day_of_the_ceremony() -> None:
    text = (
        "وقع وزيرا خارجية البلدين مساء أمس الاثنين في الرياض على الاتفاق. "
        "وجرى التوقيع بحضور خادم الحرمين الشريفين، الذي استقبل الرئيس الموريتاني قبل المراسم."
    )
    assert ("meeting", "held", ["MRT", "SAU"], "2022-03-28", "2022-03-28") in _dated(text, "ar")


def test_ar_receives_in_the_present() -> None:
    text = "أمير الكويت يستقبل رئيس وزراء باكستان يوم الأحد"
    assert _dated(text, "ar") == [("meeting", "held", ["KWT", "PAK"], "2022-03-27", "2022-03-27")]


# ------------------------------------------------------------------ the part of a year


@pytest.mark.parametrize(
    ("text", "lang", "row"),
    [
        (
            "Премьер-министр Японии планирует посетить Монголию в начале следующего года.",
            "ru",
            ("visit", "planned", ["JPN", "MNG"], "2023-01-01", "2023-04-30"),
        ),
        (
            "El presidente argentino visitará Uruguay a finales de este año.",
            "es",
            ("visit", "planned", ["ARG", "URY"], "2022-09-01", "2022-12-31"),
        ),
        (
            "Der polnische Präsident will Mitte des nächsten Jahres nach Litauen reisen.",
            "de",
            ("visit", "planned", ["LTU", "POL"], "2023-05-01", "2023-08-31"),
        ),
        (
            "Le président ivoirien se rendra au Ghana début de l'année prochaine.",
            "fr",
            ("visit", "planned", ["CIV", "GHA"], "2023-01-01", "2023-04-30"),
        ),
        (
            "ومن المقرر أن يزور الرئيس التونسي الجزائر مطلع العام المقبل.",
            "ar",
            ("visit", "planned", ["DZA", "TUN"], "2023-01-01", "2023-04-30"),
        ),
    ],
)
def test_early_mid_or_late_in_a_year_next_this_or_last(text: str, lang: str, row: Row) -> None:
    assert _dated(text, lang) == [row]


# ------------------------------------------------------------------ which date


def test_the_date_between_the_same_commas_as_the_trigger_wins() -> None:
    text = (
        "Bereits am Sonntag hatte der kanadische Außenminister stundenlang mit dem mexikanischen Außenminister "
        "verhandelt, am Montag traf er dann Vertreter der Wirtschaft."
    )
    assert _dated(text, "de") == [("talks", "held", ["CAN", "MEX"], "2022-03-27", "2022-03-27")]
