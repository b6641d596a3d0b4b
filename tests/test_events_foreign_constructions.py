"""General constructions of non-English contact reports (events/foreign.py, data/events_foreign.json).

One test per construction: tenses and verb families the rules once missed (a trip "nach <place>"
with the verb last, calls and receptions in the future, the conditional after a reporting verb,
"se reúne" with its accent, compound pasts, condolences and letters sent), a plan told in the past
and called off, last or next month and the early, middle or end of a year, "the same day" told a
few sentences up, hosts who receive the delegations the sentence before brought, the Saudi king's
title, two leaders joined by a hyphen, the opposition of a state, and the date in the trigger's own
stretch between commas. Invented sentences, read against the article's own day (Tuesday 29 March
2022); the everyday wire constructions at the end (a reception with its day and place before the guest,
the passive, a call with the day between, dinners, the French pluperfect, a German present with a
weekday, the contact in a clause on the place just reached, local spellings of leaders) against
Thursday 14 May 2015.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import foreign_dated

DAY = dt.date(2022, 3, 29)  # a Tuesday

Row = tuple[str, str, list[str], str | None, str | None]


def _dated(text: str, lang: str) -> list[Row]:
    return foreign_dated(text, lang, DAY)


# ------------------------------------------------------------------ German


def test_de_planned_trip_with_the_verb_last() -> None:
    text = "Die Außenbeauftragte der EU will in den kommenden Wochen nach Ankara reisen, hieß es in Brüssel."
    assert _dated(text, "de") == [("visit", "planned", ["EUR", "TUR"], "2022-03-29", "2022-04-26")]


def test_de_trip_in_the_present_with_a_word_before_nach() -> None:
    text = "Die spanische Außenministerin reist heute nach Rabat."
    assert _dated(text, "de") == [("visit", "held", ["ESP", "MAR"], "2022-03-29", "2022-03-29")]
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
    text = "Der österreichische Kanzler kommt heute mit dem slowakischen Regierungschef zusammen."
    assert _dated(text, "de") == [("meeting", "held", ["AUT", "SVK"], "2022-03-29", "2022-03-29")]


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


# ------------------------------------------------------------------ more verbs, places and hosts


def test_de_host_greets_the_negotiators_of_the_sentence_before() -> None:
    text = (
        "Delegationen aus Armenien und Aserbaidschan treffen sich zu einer neuen Gesprächsrunde in Tiflis. "
        "Der georgische Regierungschef begrüßte die Verhandler am Dienstag in seinem Amtssitz."
    )
    assert ("meeting", "held", ["ARM", "AZE", "GEO"], "2022-03-29", "2022-03-29") in _dated(text, "de")
    assert _dated("Die EU begrüßte am Dienstag den Beschluss der Regierung Georgiens.", "de") == []


def test_fr_and_es_host_receives_the_delegations_of_the_sentence_before() -> None:
    fr = (
        "Des délégations de l'Arménie et de l'Azerbaïdjan sont arrivées à Tbilissi. "
        "Le Premier ministre géorgien a reçu les délégations mardi."
    )
    assert ("meeting", "held", ["ARM", "AZE", "GEO"], "2022-03-29", "2022-03-29") in _dated(fr, "fr")
    es = (
        "Delegaciones de Armenia y de Azerbaiyán llegaron a Tiflis. "
        "El primer ministro georgiano recibió el martes a las delegaciones en su despacho."
    )
    assert ("meeting", "held", ["ARM", "AZE", "GEO"], "2022-03-29", "2022-03-29") in _dated(es, "es")


def test_trips_with_the_day_between_the_verb_and_the_place() -> None:
    es = "El presidente paraguayo viajará el jueves a Lima."
    assert _dated(es, "es") == [("visit", "planned", ["PER", "PRY"], "2022-03-31", "2022-03-31")]
    assert _dated("El presidente paraguayo viajará el jueves a la frontera con Perú.", "es") == []
    fr = "Le président malien s'est rendu lundi à Dakar."
    assert _dated(fr, "fr") == [("visit", "held", ["MLI", "SEN"], "2022-03-28", "2022-03-28")]
    assert _dated("Le président malien s'est rendu lundi à la frontière avec le Sénégal.", "fr") == []


def test_expected_in_a_place_is_a_visit_to_come() -> None:
    fr = "Le chef de la diplomatie américaine est attendu jeudi à Alger."
    assert _dated(fr, "fr") == [("visit", "planned", ["DZA", "USA"], "2022-03-31", "2022-03-31")]
    de = "Der französische Präsident wird am Donnerstag in Warschau erwartet."
    assert _dated(de, "de") == [("visit", "planned", ["FRA", "POL"], "2022-03-31", "2022-03-31")]


def test_two_demonyms_after_the_ministry_of_their_ministers() -> None:
    fr = "Les ministres des Affaires étrangères russe et turc se sont rencontrés lundi à Antalya."
    assert _dated(fr, "fr") == [("meeting", "held", ["RUS", "TUR"], "2022-03-28", "2022-03-28")]


@pytest.mark.parametrize(
    ("text", "lang", "row"),
    [
        (
            "El presidente chileno se reunió el mes pasado con su homólogo peruano.",
            "es",
            ("meeting", "held", ["CHL", "PER"], "2022-02-01", "2022-02-28"),
        ),
        (
            "Le président sénégalais se rendra en Gambie le mois prochain.",
            "fr",
            ("visit", "planned", ["GMB", "SEN"], "2022-04-01", "2022-04-30"),
        ),
        (
            "Der französische Präsident traf im vergangenen Monat den algerischen Präsidenten.",
            "de",
            ("meeting", "held", ["DZA", "FRA"], "2022-02-01", "2022-02-28"),
        ),
        (
            "التقى الرئيس المصري نظيره التركي الشهر الماضي في أنقرة.",
            "ar",
            ("meeting", "held", ["EGY", "TUR"], "2022-02-01", "2022-02-28"),
        ),
    ],
)
def test_last_or_next_month(text: str, lang: str, row: Row) -> None:
    assert _dated(text, lang) == [row]


def test_pt_reflexive_se_is_no_if() -> None:
    text = "O presidente brasileiro se reuniu na segunda-feira com o presidente argentino."
    assert _dated(text, "pt") == [("meeting", "held", ["ARG", "BRA"], "2022-03-28", "2022-03-28")]
    iffy = "Se o presidente brasileiro se reunir com o presidente argentino na segunda-feira, haverá acordo."
    assert _dated(iffy, "pt") == []


def test_it_reception_in_the_future_and_a_trip() -> None:
    meet = "Il presidente francese riceverà giovedì il premier italiano all'Eliseo."
    assert _dated(meet, "it") == [("meeting", "planned", ["FRA", "ITA"], "2022-03-31", "2022-03-31")]
    trip = "Il ministro degli Esteri italiano si è recato lunedì a Parigi."
    assert _dated(trip, "it") == [("visit", "held", ["FRA", "ITA"], "2022-03-28", "2022-03-28")]


@pytest.mark.parametrize(
    ("text", "lang", "row"),
    [
        (
            "هنأ الرئيس الجزائري يوم الأحد نظيره التونسي بفوزه في الانتخابات.",
            "ar",
            ("message", "held", ["DZA", "TUN"], "2022-03-27", "2022-03-27"),
        ),
        (
            "بعث الرئيس الجزائري يوم الأحد برسالة إلى نظيره التونسي.",
            "ar",
            ("message", "held", ["DZA", "TUN"], "2022-03-27", "2022-03-27"),
        ),
        (
            "قدم الرئيس الجزائري يوم الأحد التعازي لنظيره التونسي في ضحايا الفيضانات.",
            "ar",
            ("message", "held", ["DZA", "TUN"], "2022-03-27", "2022-03-27"),
        ),
        (
            "Le président sénégalais a présenté lundi ses condoléances à son homologue malien.",
            "fr",
            ("message", "held", ["MLI", "SEN"], "2022-03-28", "2022-03-28"),
        ),
        (
            "El presidente uruguayo envió el lunes sus condolencias al presidente paraguayo.",
            "es",
            ("message", "held", ["PRY", "URY"], "2022-03-28", "2022-03-28"),
        ),
        (
            "Der deutsche Bundespräsident kondolierte am Montag dem griechischen Präsidenten.",
            "de",
            ("message", "held", ["DEU", "GRC"], "2022-03-28", "2022-03-28"),
        ),
    ],
)
def test_congratulations_condolences_and_letters_sent(text: str, lang: str, row: Row) -> None:
    assert _dated(text, lang) == [row]


def test_ar_his_reception_of_and_discussed_with() -> None:
    met = "وأكد الرئيس الجزائري خلال استقباله يوم الأحد وزير الخارجية التونسي أهمية العلاقات."
    assert _dated(met, "ar") == [("meeting", "held", ["DZA", "TUN"], "2022-03-27", "2022-03-27")]
    talks = "ناقش الرئيس الجزائري مع نظيره التونسي يوم الأحد الأوضاع في ليبيا."
    assert ("talks", "held", ["DZA", "TUN"], "2022-03-27", "2022-03-27") in _dated(talks, "ar")


def test_two_leaders_joined_by_a_hyphen() -> None:
    fr = "La rencontre Macron-Tebboune a eu lieu lundi à Alger."
    assert _dated(fr, "fr") == [("meeting", "held", ["DZA", "FRA"], "2022-03-28", "2022-03-28")]
    de = "Das Treffen Scholz-Duda fand am Montag in Warschau statt."
    assert _dated(de, "de") == [("meeting", "held", ["DEU", "POL"], "2022-03-28", "2022-03-28")]
    one = "Le ministre Jean-Yves Le Drian a rencontré lundi son homologue algérien."
    assert _dated(one, "fr") == [("meeting", "held", ["DZA", "FRA"], "2022-03-28", "2022-03-28")]


def test_conditional_after_a_reporting_verb_is_a_plan() -> None:
    es = "El canciller uruguayo dijo que se reuniría el jueves con su homólogo paraguayo."
    assert _dated(es, "es") == [("meeting", "planned", ["PRY", "URY"], "2022-03-31", "2022-03-31")]
    fr = "La ministre belge a annoncé qu'elle rencontrerait jeudi son homologue néerlandais."
    assert _dated(fr, "fr") == [("meeting", "planned", ["BEL", "NLD"], "2022-03-31", "2022-03-31")]
    trip = "Le président ivoirien a indiqué qu'il se rendrait jeudi à Accra."
    assert _dated(trip, "fr") == [("visit", "planned", ["CIV", "GHA"], "2022-03-31", "2022-03-31")]


def test_the_opposition_of_a_state_is_not_the_state() -> None:
    assert _dated("El enviado estadounidense se reunió el lunes con la oposición venezolana.", "es") == []
    assert _dated("L'envoyé américain a rencontré lundi des responsables de l'opposition syrienne.", "fr") == []
    assert _dated("التقى المبعوث الأمريكي يوم الأحد قادة المعارضة السورية.", "ar") == []


def test_a_leaders_given_name_after_in_is_the_place() -> None:
    text = "El canciller argentino se reúne hoy con su homólogo chileno en Santiago."
    assert _dated(text, "es") == [("meeting", "held", ["ARG", "CHL"], "2022-03-29", "2022-03-29")]


# ------------------------------------------------------------------ everyday wire constructions
# read against Thursday 14 May 2015, when the leaders named were in office

THU = dt.date(2015, 5, 14)


def _on_thu(text: str, lang: str) -> list[Row]:
    return foreign_dated(text, lang, THU)


def test_es_reception_with_its_day_and_place_before_the_guest() -> None:
    text = (
        "El presidente ruso, Vladimir Putin, recibió este miércoles en el Kremlin al presidente venezolano, "
        "Nicolás Maduro."
    )
    assert _on_thu(text, "es") == [("meeting", "held", ["RUS", "VEN"], "2015-05-13", "2015-05-13")]
    hosts = "La canciller alemana, Angela Merkel, recibió hoy en Berlín al primer ministro griego, Alexis Tsipras."
    assert _on_thu(hosts, "es") == [("meeting", "held", ["DEU", "GRC"], "2015-05-14", "2015-05-14")]
    # businesspeople of a state are not the state
    assert _on_thu("Maduro recibió el martes en Caracas a una delegación de empresarios chinos.", "es") == []


def test_es_received_by_in_the_passive() -> None:
    text = "El primer ministro italiano, Matteo Renzi, fue recibido el miércoles por el presidente egipcio en El Cairo."
    assert _on_thu(text, "es") == [("meeting", "held", ["EGY", "ITA"], "2015-05-13", "2015-05-13")]
    assert _on_thu("El equipo argentino fue recibido el lunes por miles de aficionados en Buenos Aires.", "es") == []


def test_es_spoke_by_phone_with_the_day_between() -> None:
    text = "El presidente iraní, Hasán Rohaní, habló el lunes por teléfono con el primer ministro británico."
    assert _on_thu(text, "es") == [("call", "held", ["GBR", "IRN"], "2015-05-11", "2015-05-11")]


def test_es_secretary_of_state_is_an_official_of_the_demonym() -> None:
    text = (
        "El ministro de Exteriores iraní y el secretario de Estado estadounidense firmaron el martes un acuerdo "
        "en Ginebra."
    )
    assert _on_thu(text, "es") == [("agreement", "held", ["IRN", "USA"], "2015-05-12", "2015-05-12")]


def test_the_contact_in_a_clause_on_the_place_just_reached_has_the_visitor_as_its_subject() -> None:
    es = "El secretario de Estado de EEUU, John Kerry, llegó el martes a Sochi, donde se reunió con el presidente ruso."
    assert _on_thu(es, "es") == [("meeting", "held", ["RUS", "USA"], "2015-05-12", "2015-05-12")]
    fr = "Le secrétaire d'État américain s'est rendu mardi à Sotchi, où il a rencontré le président russe."
    assert _on_thu(fr, "fr") == [("meeting", "held", ["RUS", "USA"], "2015-05-12", "2015-05-12")]
    # no state in the clause before: nobody to add
    assert _on_thu("Los turistas llegaron a Cuba, donde se reunieron con el ministro cubano de Turismo.", "es") == []
    assert _on_thu("Le ministre est arrivé à Genève, où il a rencontré des journalistes américains.", "fr") == []


def test_dinner_and_lunch_with_a_counterpart() -> None:
    es = "El presidente de Colombia cenó el martes con su homólogo ecuatoriano en Quito."
    assert _on_thu(es, "es") == [("meeting", "held", ["COL", "ECU"], "2015-05-12", "2015-05-12")]
    fr = "Le président français avait dîné mardi soir avec le Premier ministre britannique David Cameron à l'Élysée."
    assert _on_thu(fr, "fr") == [("meeting", "held", ["FRA", "GBR"], "2015-05-12", "2015-05-12")]
    assert _on_thu("Le ministre a dîné lundi avec des journalistes américains.", "fr") == []
    assert _on_thu("El ministro cenó el sábado con un grupo de empresarios alemanes.", "es") == []


def test_fr_talk_by_phone_with_the_day_between_is_a_call() -> None:
    text = "Laurent Fabius s'est entretenu lundi par téléphone avec Sergueï Lavrov."
    assert _on_thu(text, "fr") == [("call", "held", ["FRA", "RUS"], "2015-05-11", "2015-05-11")]


def test_fr_reflexive_contact_verbs_in_the_pluperfect() -> None:
    talks = "Laurent Fabius s'était entretenu lundi avec son homologue saoudien à Riyad."
    assert _on_thu(talks, "fr") == [("meeting", "held", ["FRA", "SAU"], "2015-05-11", "2015-05-11")]
    call = "Les ministres iranien et américain s'étaient entretenus mardi par téléphone."
    assert _on_thu(call, "fr") == [("call", "held", ["IRN", "USA"], "2015-05-12", "2015-05-12")]


def test_fr_before_receiving_a_guest() -> None:
    text = (
        "Le président russe a visité mercredi une usine à Moscou avant de recevoir le président chypriote au Kremlin."
    )
    assert _on_thu(text, "fr") == [("meeting", "held", ["CYP", "RUS"], "2015-05-13", "2015-05-13")]


def test_de_met_with_its_day_and_place_before_the_counterpart() -> None:
    text = "Steinmeier traf am Montag in Berlin seinen russischen Amtskollegen Sergej Lawrow."
    assert _on_thu(text, "de") == [("meeting", "held", ["DEU", "RUS"], "2015-05-11", "2015-05-11")]
    assert _on_thu("Die Mannschaft traf am Montag in München auf den russischen Meister.", "de") == []


def test_de_colleague_is_a_counterpart() -> None:
    spoke = "Der russische Außenminister sprach am Montag mit seinem amerikanischen Kollegen."
    assert _on_thu(spoke, "de") == [("talks", "held", ["RUS", "USA"], "2015-05-11", "2015-05-11")]
    talks = "Der iranische Außenminister führte am Mittwoch in Wien Gespräche mit seinem amerikanischen Kollegen."
    assert _on_thu(talks, "de") == [("talks", "held", ["IRN", "USA"], "2015-05-13", "2015-05-13")]


def test_de_present_with_next_week_or_a_weekday_is_a_plan() -> None:
    week = "Außenminister Frank-Walter Steinmeier reist kommende Woche nach Kiew."
    assert _on_thu(week, "de") == [("visit", "planned", ["DEU", "UKR"], "2015-05-18", "2015-05-24")]
    day = "Bundeskanzlerin Merkel trifft am Freitag in Paris den französischen Präsidenten."
    assert _on_thu(day, "de") == [("meeting", "planned", ["DEU", "FRA"], "2015-05-15", "2015-05-15")]
    front = "Am Montag reist Merkel nach Frankreich."
    assert _on_thu(front, "de") == [("visit", "planned", ["DEU", "FRA"], "2015-05-18", "2015-05-18")]
    past = "Merkel hat am Montag mit dem französischen Präsidenten telefoniert."
    assert _on_thu(past, "de") == [("call", "held", ["DEU", "FRA"], "2015-05-11", "2015-05-11")]


def test_de_country_in_a_compound_is_the_topic() -> None:
    text = "Bei einem Treffen in Minsk am Mittwoch sprachen Lawrow und Steinmeier über die Ukraine-Krise."
    assert _on_thu(text, "de") == [("meeting", "held", ["DEU", "RUS"], "2015-05-13", "2015-05-13")]


def test_the_saudi_king_by_his_title_and_given_name() -> None:
    de = "Der ägyptische Präsident Abdel Fattah al-Sisi traf sich am Sonntag in Riad mit König Salman."
    assert _on_thu(de, "de") == [("meeting", "held", ["EGY", "SAU"], "2015-05-10", "2015-05-10")]


def test_ar_names_and_nouns_starting_like_the_future_prefix_are_no_plan() -> None:
    name = "التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في سوتشي يوم الثلاثاء."
    assert _on_thu(name, "ar") == [("meeting", "held", ["RUS", "USA"], "2015-05-12", "2015-05-12")]
    noun = "عقد الرئيس المصري والرئيس الفلسطيني يوم الأحد جلسة مباحثات سياسية في القاهرة."
    assert _on_thu(noun, "ar") == [("talks", "held", ["EGY", "PSE"], "2015-05-10", "2015-05-10")]


def test_ar_heading_to_a_capital_and_phoning_a_counterpart() -> None:
    trip = "يتوجه وزير الخارجية الروسي سيرغي لافروف إلى طهران الأسبوع المقبل."
    assert _on_thu(trip, "ar") == [("visit", "planned", ["IRN", "RUS"], "2015-05-18", "2015-05-24")]
    call = "هاتف الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين الاثنين."
    assert _on_thu(call, "ar") == [("call", "held", ["RUS", "TUR"], "2015-05-11", "2015-05-11")]
    assert _on_thu("توجه الآلاف إلى صناديق الاقتراع في تركيا يوم الأحد.", "ar") == []


def test_ru_received_an_official() -> None:
    text = "Президент России Владимир Путин в среду принял в Кремле президента Венесуэлы Николаса Мадуро."
    assert _on_thu(text, "ru") == [("meeting", "held", ["RUS", "VEN"], "2015-05-13", "2015-05-13")]
    assert _on_thu("Парламент России принял во вторник закон о санкциях против Украины.", "ru") == []


def test_local_spellings_of_leaders() -> None:
    ru = "Меркель и Порошенко провели телефонный разговор в понедельник."
    assert _on_thu(ru, "ru") == [("call", "held", ["DEU", "UKR"], "2015-05-11", "2015-05-11")]
    ar = "من المقرر أن يلتقي كوفي عنان الرئيس السوري بشار الأسد اليوم الخميس."
    # on a Thursday of 2012, when Annan was the UN's envoy for Syria (a former secretary-general speaks for no body)
    got = foreign_dated(ar, "ar", dt.date(2012, 5, 24))
    assert got == [("meeting", "planned", ["SYR", "UNO"], "2012-05-24", "2012-05-24")]
    assert _on_thu(ar, "ar") == []


def test_de_refused_contact_told_between_the_verb_and_its_particle() -> None:
    text = "Scholz lehnte am Montag ein Treffen mit Putin ab."
    assert _dated(text, "de") == [("refusal", "refused", ["DEU", "RUS"], "2022-03-28", "2022-03-28")]
    # declining to speculate about a possible meeting is neither a refusal nor a meeting
    assert _dated("Scholz lehnte es am Montag ab, über ein mögliches Treffen mit Putin zu spekulieren.", "de") == []


def test_refused_with_the_day_between_and_refusing_to_comment() -> None:
    es = "El presidente ruso se negó el lunes a recibir al enviado ucraniano."
    assert _dated(es, "es") == [("refusal", "refused", ["RUS", "UKR"], "2022-03-28", "2022-03-28")]
    assert _dated("El Kremlin se negó el lunes a comentar una posible reunión entre Putin y Zelenski.", "es") == []
    fr = "L'Élysée a refusé lundi de commenter une éventuelle rencontre entre Macron et Poutine."
    assert _dated(fr, "fr") == []


def test_a_contact_in_the_present_on_a_day_still_to_come_is_planned() -> None:
    ar = "يزور وزير الخارجية الإيراني حسين أمير عبد اللهيان بيروت الأسبوع المقبل."
    assert _dated(ar, "ar") == [("visit", "planned", ["IRN", "LBN"], "2022-04-04", "2022-04-10")]
    de = "Baerbock reist am Mittwoch zu Gesprächen nach Indien."
    assert _dated(de, "de") == [("talks", "planned", ["DEU", "IND"], "2022-03-30", "2022-03-30")]


def test_fr_paris_speaks_for_france_and_is_a_venue_after_a() -> None:
    deal = "Paris et Téhéran ont signé mardi un accord de coopération culturelle."
    assert _on_thu(deal, "fr") == [("agreement", "held", ["FRA", "IRN"], "2015-05-12", "2015-05-12")]
    venue = "Les ministres russe et américain se sont rencontrés lundi à Paris."
    assert _on_thu(venue, "fr") == [("meeting", "held", ["RUS", "USA"], "2015-05-11", "2015-05-11")]


# ------------------------------------------------------------------ across clauses and sentences
# (second round: pairs and groups told before, titles with no country, relative clauses, plans far from
# their modal, two contacts of one subject in a row; against Tuesday 29 March 2022)


def test_de_will_meet_with_many_words_before_the_verb_and_a_body_as_the_occasion() -> None:
    text = "Scholz will den kanadischen Premierminister am Rande des NATO-Gipfels in Madrid am Donnerstag treffen."
    assert _dated(text, "de") == [("meeting", "planned", ["CAN", "DEU"], "2022-03-31", "2022-03-31")]
    assert _dated("Scholz will am Donnerstag das Spiel der deutschen Mannschaft in Madrid sehen.", "de") == []
    assert _dated("Scholz will den kanadischen Premierminister am Donnerstag nicht treffen.", "de") == []


def test_fr_sidelines_of_a_body_summit_leave_the_body_out() -> None:
    text = "Le président français a rencontré lundi le Premier ministre indien en marge du sommet de l'UE."
    assert _dated(text, "fr") == [("meeting", "held", ["FRA", "IND"], "2022-03-28", "2022-03-28")]


def test_day_in_a_relative_clause_on_a_person_is_not_the_contacts() -> None:
    fr = (
        "Le président turc et le Premier ministre grec se sont entretenus lundi à Ankara. Il s'agissait du "
        "premier entretien entre le dirigeant turc et le chef du gouvernement grec, qui doit être reconduit "
        "dimanche."
    )
    assert _dated(fr, "fr") == [("meeting", "held", ["GRC", "TUR"], "2022-03-28", "2022-03-28")]
    es = "El canciller alemán se reunió el lunes con el primer ministro portugués, que viajará el jueves a Bruselas."
    assert _dated(es, "es") == [("meeting", "held", ["DEU", "PRT"], "2022-03-28", "2022-03-28")]
    # a relative clause on the contact itself still gives its day
    own = "La rencontre entre le président français et le chancelier allemand, qui a eu lieu samedi, a porté sur l'énergie."
    assert _dated(own, "fr") == [("meeting", "held", ["DEU", "FRA"], "2022-03-26", "2022-03-26")]


def test_es_head_of_the_spanish_government_named_by_title_alone() -> None:
    text = "El presidente del Gobierno recibió el lunes en La Moncloa al primer ministro portugués."
    assert _dated(text, "es") == [("meeting", "held", ["ESP", "PRT"], "2022-03-28", "2022-03-28")]
    other = "El presidente del Gobierno italiano se reunió el lunes con el canciller alemán."
    assert _dated(other, "es") == [("meeting", "held", ["DEU", "ITA"], "2022-03-28", "2022-03-28")]
    assert _dated("El presidente del Gobierno inauguró el lunes una exposición en Sevilla.", "es") == []


def test_es_the_three_leaders_of_the_meeting_just_told_agree() -> None:
    text = (
        "Los presidentes de Francia, Alemania e Italia se reunieron el lunes en Roma. Al término del encuentro, "
        "los tres mandatarios acordaron pedir al Consejo Europeo una respuesta común."
    )
    assert sorted(_dated(text, "es")) == [
        ("agreement", "held", ["DEU", "FRA", "ITA"], "2022-03-28", "2022-03-28"),
        ("meeting", "held", ["DEU", "FRA", "ITA"], "2022-03-28", "2022-03-28"),
    ]
    # three leaders after a pair are other people
    pair = "Francia y Alemania se reunieron el lunes en Roma. Los tres líderes acordaron el martes una respuesta común."
    assert [r for r in _dated(pair, "es") if r[0] == "agreement"] == []


def test_ar_both_sides_after_a_meeting_with_a_body() -> None:
    text = (
        "التقى وزير الخارجية التركي أمس الاثنين الأمين العام لجامعة الدول العربية في القاهرة. "
        "واتفق الجانبان في ختام الاجتماع على تعزيز التعاون."
    )
    assert ("agreement", "held", ["ARL", "TUR"], "2022-03-28", "2022-03-28") in _dated(text, "ar")


def test_two_contacts_of_one_subject_in_a_row() -> None:
    fr = (
        "Lundi soir, le président français avait dîné avec le Premier ministre italien, avant de recevoir le "
        "chancelier allemand à l'Élysée pour un second dîner."
    )
    assert sorted(_dated(fr, "fr")) == [
        ("meeting", "held", ["DEU", "FRA"], "2022-03-28", "2022-03-28"),
        ("meeting", "held", ["FRA", "ITA"], "2022-03-28", "2022-03-28"),
    ]
    es = "El lunes, el presidente del Gobierno se reunió con el primer ministro griego antes de recibir al rey de Marruecos."
    assert sorted(_dated(es, "es")) == [
        ("meeting", "held", ["ESP", "GRC"], "2022-03-28", "2022-03-28"),
        ("meeting", "held", ["ESP", "MAR"], "2022-03-28", "2022-03-28"),
    ]
    # no second contact after the cue: one meeting
    alone = (
        "Lundi, le président français a rencontré le Premier ministre italien avant de tenir une conférence de presse."
    )
    assert _dated(alone, "fr") == [("meeting", "held", ["FRA", "ITA"], "2022-03-28", "2022-03-28")]


def test_ru_the_leaders_of_the_pair_just_named_plan_another_meeting() -> None:
    text = (
        "Президент России и президент Казахстана встретились в понедельник в Москве. "
        "Лидеры также проведут переговоры в Астане в конце апреля."
    )
    assert sorted(_dated(text, "ru")) == [
        ("meeting", "held", ["KAZ", "RUS"], "2022-03-28", "2022-03-28"),
        ("talks", "planned", ["KAZ", "RUS"], "2022-04-21", "2022-04-30"),
    ]
    assert _dated("Лидеры стран ЕС проведут встречу в Брюсселе в конце апреля.", "ru") == []


def test_the_year_of_a_named_treaty_dates_no_contact() -> None:
    ru = "Москва и Пекин договорились расширить переговоры на основе договора 2001 года"
    assert _dated(ru, "ru") == []
    es = "España y Marruecos acordaron el lunes revisar el tratado de 1991."
    assert _dated(es, "es") == [("agreement", "held", ["ESP", "MAR"], "2022-03-28", "2022-03-28")]


def test_ar_signing_a_bodys_initiative_and_the_yemeni_opposition_bloc() -> None:
    signed = "وقع الرئيس اليمني أمس الاثنين في الرياض على المبادرة الخليجية."
    assert _dated(signed, "ar") == [("agreement", "held", ["GCC", "YEM"], "2022-03-28", "2022-03-28")]
    assert _dated("ناقش الرئيس اليمني أمس الاثنين المبادرة الخليجية.", "ar") == []
    planned = "ومن المقرر أن يلتقي الرئيس اليمني ممثلي أحزاب اللقاء المشترك يوم الخميس المقبل."
    assert _dated(planned, "ar") == [("meeting", "planned", ["JMP", "YEM"], "2022-03-31", "2022-03-31")]


def test_es_a_body_summit_with_its_own_member_is_no_contact() -> None:
    own = "La Unión Europea celebró una cumbre en Bruselas el 24 de marzo, a iniciativa del presidente francés."
    assert _dated(own, "es") == []
    other = "La cumbre entre la Unión Europea y China se celebró el 24 de marzo."
    assert _dated(other, "es") == [("summit", "held", ["CHN", "EUR"], "2022-03-24", "2022-03-24")]


def test_a_contact_told_in_a_relative_clause_keeps_its_own_tense() -> None:
    text = "Le président français, qui a rencontré lundi le chancelier allemand, se rendra samedi au Maroc."
    assert _dated(text, "fr") == [("meeting", "held", ["DEU", "FRA"], "2022-03-28", "2022-03-28")]


def test_negatives_of_the_second_round() -> None:
    nothing = [
        (
            "de",
            "Falls Scholz den kanadischen Premierminister am Rande des NATO-Gipfels am Mittwoch treffen will, muss er früher anreisen.",
        ),
        ("es", "El presidente del Gobierno podría reunirse con el presidente estadounidense el lunes."),
        ("es", "El presidente del Gobierno no se reunió el lunes con el primer ministro portugués."),
        (
            "es",
            "Francia, Alemania e Italia se enfrentaron el lunes en el torneo de Roma. Los tres equipos acordaron repetir el partido.",
        ),
        (
            "fr",
            "Le président français et le chancelier allemand ont dîné lundi. Si les trois dirigeants s'étaient mis d'accord, la crise aurait été évitée.",
        ),
        ("ru", "Россия и Казахстан сыграли в понедельник в Москве. Лидеры турнира проведут матч в конце апреля."),
        ("ru", "Со стороны России в переговорах в понедельник участвовал министр."),
        ("ar", "لو وقع الرئيس اليمني على المبادرة الخليجية أمس لانتهت الأزمة."),
        (
            "es",
            "La Unión Europea celebró una cumbre en Bruselas el 24 de marzo con el presidente francés y el canciller alemán.",
        ),
    ]
    for lang, text in nothing:
        assert _dated(text, lang) == [], text


# ------------------------------------------------------------------ third round
# (Portuguese "both sides" and the day of the meeting they agreed at, the day of the month in brackets after a
# weekday, a meeting "à margem da cúpula" on the summit's day, a purpose clause naming a topic, two delegations
# as the pair "les deux parties" stands for, a point some days ahead; against Tuesday 29 March 2022)


def test_both_sides_agree_on_the_day_of_the_meeting_just_told() -> None:
    pt = (
        "O primeiro-ministro português recebeu nesta segunda-feira o presidente de Angola em Lisboa. "
        "Os dois governos assinaram um acordo de cooperação judicial."
    )
    assert sorted(_dated(pt, "pt")) == [
        ("agreement", "held", ["AGO", "PRT"], "2022-03-28", "2022-03-28"),
        ("meeting", "held", ["AGO", "PRT"], "2022-03-28", "2022-03-28"),
    ]
    ar = "التقى وزير الخارجية المصري أمس الاثنين نظيره الأردني في عمان. واتفق الوزيران على تعزيز التعاون الاقتصادي."
    assert ("agreement", "held", ["EGY", "JOR"], "2022-03-28", "2022-03-28") in _dated(ar, "ar")
    refused = (
        "O presidente brasileiro recebeu nesta segunda-feira o presidente da Argentina. "
        "Os dois presidentes não assinaram nenhum acordo."
    )
    assert _dated(refused, "pt") == [("meeting", "held", ["ARG", "BRA"], "2022-03-28", "2022-03-28")]


def test_pt_weekday_with_the_day_of_the_month_in_brackets() -> None:
    coming = "O presidente brasileiro participa nesta quinta-feira (31) de uma reunião com o presidente da Argentina."
    assert _dated(coming, "pt") == [("meeting", "planned", ["ARG", "BRA"], "2022-03-31", "2022-03-31")]
    past = "O presidente angolano se reuniu neste domingo (27) com o presidente do Gabão em Luanda."
    assert _dated(past, "pt") == [("meeting", "held", ["AGO", "GAB"], "2022-03-27", "2022-03-27")]
    trip = "O chanceler português viaja nesta quinta-feira (31) para Moçambique."
    assert _dated(trip, "pt") == [("visit", "planned", ["MOZ", "PRT"], "2022-03-31", "2022-03-31")]
    assert _dated("O presidente brasileiro participa nesta quinta-feira (31) da inauguração de uma escola.", "pt") == []


def test_pt_meeting_on_the_sidelines_of_the_summit_told_before() -> None:
    text = (
        "O presidente brasileiro participa nesta quinta-feira (31) da cúpula do Mercosul em Assunção. "
        "O presidente argentino deve se reunir com o presidente do Uruguai à margem da cúpula."
    )
    assert ("meeting", "planned", ["ARG", "URY"], "2022-03-31", "2022-03-31") in _dated(text, "pt")


def test_a_purpose_clause_names_a_topic_not_a_party() -> None:
    pt = (
        "O presidente da Colômbia deve se reunir com o presidente do Equador na quinta-feira para tratar da "
        "fronteira e das negociações com o Peru."
    )
    assert _dated(pt, "pt") == [("meeting", "planned", ["COL", "ECU"], "2022-03-31", "2022-03-31")]
    es = "El presidente argentino se reunió el lunes con su gabinete para tratar las relaciones con Brasil y Chile."
    assert _dated(es, "es") == []
    # "pour discuter avec" names the counterpart
    fr = "Le ministre belge se rendra jeudi à Rabat pour discuter avec son homologue marocain."
    assert _dated(fr, "fr") == [("visit", "planned", ["BEL", "MAR"], "2022-03-31", "2022-03-31")]


def test_fr_two_delegations_agree_and_will_meet_again_in_thirty_days() -> None:
    text = (
        "La délégation malienne était conduite par le ministre des Affaires étrangères, et la délégation "
        "ivoirienne par son homologue. Les deux parties se sont mises d'accord lundi pour rouvrir la frontière "
        "et pour se retrouver à Abidjan dans trente jours."
    )
    assert sorted(_dated(text, "fr")) == [
        ("agreement", "held", ["CIV", "MLI"], "2022-03-28", "2022-03-28"),
        ("meeting", "planned", ["CIV", "MLI"], "2022-04-26", "2022-04-30"),
    ]
    match = (
        "La délégation malienne et la délégation nigérienne ont assisté au match. Les deux parties ont fait match nul."
    )
    assert _dated(match, "fr") == []


def test_a_point_some_days_or_weeks_ahead() -> None:
    fr = "Le ministre ivoirien rencontrera son homologue ghanéen dans quinze jours à Accra."
    assert _dated(fr, "fr") == [("meeting", "planned", ["CIV", "GHA"], "2022-04-11", "2022-04-15")]
    pt = "O presidente angolano visitará Moçambique daqui a quinze dias."
    assert _dated(pt, "pt") == [("visit", "planned", ["AGO", "MOZ"], "2022-04-11", "2022-04-15")]
    # "dans les quinze jours" is a stretch from today, as before
    within = "Le ministre ivoirien rencontrera son homologue ghanéen dans les quinze jours."
    assert _dated(within, "fr") == [("meeting", "planned", ["CIV", "GHA"], "2022-03-29", "2022-04-13")]


def test_negatives_of_the_third_round() -> None:
    nothing = [
        ("pt", "Os dois presidentes assinaram ontem o livro de visitas do museu."),
        ("pt", "O Flamengo venceu o Palmeiras nesta segunda-feira. Os dois times assinaram um protesto."),
        ("pt", "Se os dois presidentes assinarem o acordo, a fronteira será reaberta."),
        ("pt", "O Brasil enfrenta nesta quinta-feira (31) a Argentina em Buenos Aires pelas eliminatórias."),
        ("fr", "Le Mali et le Niger pourraient se retrouver à Niamey dans trente jours."),
        ("fr", "Le président ivoirien va se retrouver en difficulté dans trente jours."),
        (
            "fr",
            "Le Sénégal et le Mali vont se retrouver à Dakar dans quinze jours pour la finale de la Coupe d'Afrique.",
        ),
        ("fr", "Le ministre ivoirien ne rencontrera pas son homologue ghanéen dans quinze jours."),
        ("ar", "لو اتفق الرئيسان أمس على الحدود لانتهت الأزمة."),
        (
            "pt",
            "O chanceler brasileiro vai se reunir com empresários daqui a quinze dias para tratar das exportações "
            "para a China.",
        ),
    ]
    for lang, text in nothing:
        assert _dated(text, lang) == [], text
