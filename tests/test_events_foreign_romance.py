"""The common ways Italian, Portuguese, Spanish, French and German news tell a contact (events/foreign.py,
data/events_foreign.json): the passive of a reception ("è stato ricevuto da", "foi recebido pelo"), the
pluperfect and the subjunctive after a denial ("aveva sentito al telefono", "se había reunido", "tinha se
reunido", "ait rencontré"), reflexive meetings ("reuniram-se"), calls in their idioms, trips told with
other verbs ("ist nach Peking gereist", "va se rendre en"), envoys summoned ("ha convocato l'ambasciatore",
"bestellte den Botschafter ein": a meeting at the ministry), talks, plans a week ahead, contacts put off in the passive,
and sentences on sport, markets, conditions and negations that give no contact. Invented sentences, read
against the article's own day, Friday 10 March 2023 (Tuesday is the 7th) unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt

from conftest import foreign_dated

from storyline.events.foreign import extract_foreign
from storyline.records import Article

DAY = dt.date(2023, 3, 10)  # a Friday

Row = tuple[str, str, list[str], str | None, str | None]


def _dated(text: str, lang: str, day: dt.date = DAY) -> list[Row]:
    return foreign_dated(text, lang, day)


def _every(text: str, lang: str, day: dt.date = DAY) -> list[tuple[str, str, list[str], bool]]:
    """Every event the extractor gives, dated or not: (type, status, actors, disputed)."""
    art = Article(source="x.txt", text=text, id="x", language=lang)
    return [(e.type, e.status, e.actors, e.disputed) for e in extract_foreign(art, day)]


TUESDAY = ("2023-03-07", "2023-03-07")
NEXT_WEEK = ("2023-03-13", "2023-03-19")


# ------------------------------------------------------------------ Italian


def test_it_passive_reception_by_a_title_and_by_the_pope() -> None:
    text = "Il presidente argentino è stato ricevuto martedì dal presidente del Consiglio italiano a Palazzo Chigi."
    assert _dated(text, "it") == [("meeting", "held", ["ARG", "ITA"], *TUESDAY)]
    pope = "Il re di Spagna è stato ricevuto stamattina da papa Francesco in Vaticano."
    assert _dated(pope, "it", dt.date(2016, 4, 6)) == [("meeting", "held", ["ESP", "VAT"], "2016-04-06", "2016-04-06")]


def test_it_reflexive_meeting_in_the_pluperfect_at_a_capital() -> None:
    text = "I ministri degli Esteri di Italia e Grecia si erano incontrati martedì ad Atene."
    assert _dated(text, "it") == [("meeting", "held", ["GRC", "ITA"], *TUESDAY)]


def test_it_heard_on_the_phone_in_the_pluperfect() -> None:
    text = "Ieri la premier italiana aveva sentito al telefono il presidente ucraino."
    assert _dated(text, "it") == [("call", "held", ["ITA", "UKR"], "2023-03-09", "2023-03-09")]
    both = "La premier italiana e il cancelliere tedesco si sono sentiti al telefono martedì."
    assert _dated(both, "it") == [("call", "held", ["DEU", "ITA"], *TUESDAY)]


def test_it_visit_in_the_pluperfect_and_a_meeting_told_with_quando() -> None:
    text = "Il ministro degli Esteri italiano aveva visitato Belgrado il 2 marzo."
    assert _dated(text, "it") == [("visit", "held", ["ITA", "SRB"], "2023-03-02", "2023-03-02")]
    # the trip and the meeting told in its "quando" clause are one contact, on the trip's day ("quando" does not
    # hand a clause's state to the next one: "L'Italia era in recessione quando il presidente francese ha ricevuto
    # i sindacati" is no contact of Italy's)
    text = "Il ministro degli Esteri italiano aveva visitato Belgrado il 2 marzo, quando aveva incontrato il premier serbo."
    assert _dated(text, "it") == [("visit", "held", ["ITA", "SRB"], "2023-03-02", "2023-03-02")]
    text = "L'Italia era in recessione quando il presidente francese ha ricevuto i sindacati."
    assert _dated(text, "it") == []


def test_it_envoy_summoned_is_met_but_a_meeting_convened_is_not() -> None:
    text = "Il ministero degli Esteri italiano ha convocato martedì l'ambasciatore russo."
    assert _dated(text, "it") == [("meeting", "held", ["ITA", "RUS"], *TUESDAY)]
    assert _dated("La Farnesina ha convocato ieri l'incaricato d'affari iraniano.", "it") == [
        ("meeting", "held", ["IRN", "ITA"], "2023-03-09", "2023-03-09")
    ]
    assert _dated("Il governo italiano ha convocato martedì i sindacati e le imprese francesi.", "it") == []


def test_it_planned_meeting_next_week_with_an_infinitive() -> None:
    text = "Il presidente francese dovrebbe incontrare la premier italiana la prossima settimana."
    assert _dated(text, "it") == [("meeting", "planned", ["FRA", "ITA"], *NEXT_WEEK)]


def test_it_contact_put_off_in_the_passive_is_cancelled() -> None:
    text = "L'incontro tra il presidente francese e la premier italiana, previsto per martedì, è stato rinviato."
    # Friday's news of a plan for a bare Tuesday put off: the Tuesday gone by or the one ahead (no tense says)
    assert _dated(text, "it") == [("meeting", "cancelled", ["FRA", "ITA"], "2023-03-07", "2023-03-14")]


def test_it_denied_meeting_in_the_subjunctive_is_disputed() -> None:
    text = "Il Cremlino ha smentito che il presidente russo abbia incontrato martedì il presidente francese."
    assert _every(text, "it") == [("meeting", "held", ["FRA", "RUS"], True)]


def test_it_sport_negation_and_condition_give_nothing() -> None:
    assert _dated("L'Italia e la Francia si sono incontrate martedì nella semifinale di rugby.", "it") == []
    assert _every("Il presidente francese non aveva incontrato la premier italiana martedì.", "it") == []
    assert _every("Se la premier italiana incontrasse il presidente francese, sarebbe una svolta.", "it") == []
    assert _dated("La premier italiana si era incontrata martedì con il presidente francese.", "it") == [
        ("meeting", "held", ["FRA", "ITA"], *TUESDAY)
    ]


# ------------------------------------------------------------------ Portuguese


def test_pt_passive_reception_by_the_host() -> None:
    text = "O presidente angolano foi recebido na terça-feira pelo presidente brasileiro no Palácio do Planalto."
    assert _dated(text, "pt") == [("meeting", "held", ["AGO", "BRA"], *TUESDAY)]


def test_pt_pluperfect_with_tinha_and_havia() -> None:
    text = "O chanceler brasileiro tinha se reunido na terça-feira com o seu homólogo paraguaio."
    assert _dated(text, "pt") == [("meeting", "held", ["BRA", "PRY"], *TUESDAY)]
    text = "O presidente brasileiro havia recebido na terça-feira o chanceler argentino."
    assert _dated(text, "pt") == [("meeting", "held", ["ARG", "BRA"], *TUESDAY)]


def test_pt_reflexive_meeting_with_the_pronoun_after_the_verb() -> None:
    text = "Os presidentes do Brasil e da Argentina reuniram-se na terça-feira em Buenos Aires."
    assert _dated(text, "pt") == [("meeting", "held", ["ARG", "BRA"], *TUESDAY)]


def test_pt_envoy_summoned_and_talks_resumed() -> None:
    assert _dated("O Itamaraty convocou na terça-feira o embaixador de Israel.", "pt") == [
        ("meeting", "held", ["BRA", "ISR"], *TUESDAY)
    ]
    talks = "As conversações entre a Rússia e a Ucrânia foram retomadas na terça-feira em Istambul."
    assert _dated(talks, "pt") == [("talks", "held", ["RUS", "UKR"], *TUESDAY)]


def test_pt_planned_meeting_next_week() -> None:
    text = "O presidente brasileiro deve se reunir com o presidente argentino na próxima semana."
    assert _dated(text, "pt") == [("meeting", "planned", ["ARG", "BRA"], *NEXT_WEEK)]
    text = "O presidente brasileiro vai se encontrar com o presidente argentino no dia 20 de março."
    assert _dated(text, "pt") == [("meeting", "planned", ["ARG", "BRA"], "2023-03-20", "2023-03-20")]


def test_pt_contact_put_off_in_the_passive_is_cancelled() -> None:
    text = "A reunião entre os presidentes do Brasil e da Argentina, prevista para terça-feira, foi adiada."
    # Friday's news of a plan for a bare Tuesday put off: the Tuesday gone by or the one ahead (no tense says)
    assert _dated(text, "pt") == [("meeting", "cancelled", ["ARG", "BRA"], "2023-03-07", "2023-03-14")]


def test_pt_denial_is_disputed_and_a_condition_gives_nothing() -> None:
    text = "O governo argentino negou que o seu presidente tenha se reunido com Lula na terça-feira."
    assert _every(text, "pt") == [("meeting", "held", ["ARG", "BRA"], True)]
    assert _every("Se Lula se reunir com o presidente argentino, será um gesto importante.", "pt") == []
    assert _every("Brasil e Argentina se enfrentaram na terça-feira na final da Copa América.", "pt") == []


# ------------------------------------------------------------------ Spanish


def test_es_pluperfect_reflexive_and_reception() -> None:
    text = "El canciller peruano se había reunido el martes en Lima con su homólogo boliviano."
    assert _dated(text, "es") == [("meeting", "held", ["BOL", "PER"], *TUESDAY)]
    text = "El presidente uruguayo había recibido el martes al canciller paraguayo en Montevideo."
    assert _dated(text, "es") == [("meeting", "held", ["PRY", "URY"], *TUESDAY)]


def test_es_phone_conversation_after_a_demonym_ending_in_no() -> None:
    text = "El presidente colombiano mantuvo el martes una conversación telefónica con su homólogo ecuatoriano."
    assert _dated(text, "es") == [("call", "held", ["COL", "ECU"], *TUESDAY)]
    text = "El rey marroquí recibió el martes una visita oficial del presidente chileno."
    assert _dated(text, "es") == [("visit", "held", ["CHL", "MAR"], *TUESDAY)]


def test_es_envoy_summoned_is_met() -> None:
    text = "El Gobierno español convocó el martes al embajador de Israel en Madrid."
    assert _dated(text, "es") == [("meeting", "held", ["ESP", "ISR"], *TUESDAY)]
    assert _dated("El presidente argentino convocó el martes a elecciones en Chile y Perú.", "es") == []


def test_es_denial_in_the_subjunctive_is_disputed() -> None:
    text = "Moscú negó que su canciller se hubiera reunido el martes con el enviado estadounidense."
    assert _every(text, "es") == [("meeting", "held", ["RUS", "USA"], True)]


def test_es_planned_trip_with_a_date_between() -> None:
    text = "El presidente chileno viajará el 20 de marzo a Argentina."
    assert _dated(text, "es") == [("visit", "planned", ["ARG", "CHL"], "2023-03-20", "2023-03-20")]


def test_es_sport_and_negation_give_nothing() -> None:
    assert _every("Argentina y Chile se enfrentaron el martes en la semifinal de la Copa América.", "es") == []
    assert _every("El presidente argentino no se había reunido el martes con su homólogo chileno.", "es") == []
    assert _dated("Los cancilleres de Argentina y Chile se habían encontrado el martes en Santiago.", "es") == [
        ("meeting", "held", ["ARG", "CHL"], *TUESDAY)
    ]


# ------------------------------------------------------------------ French


def test_fr_envoy_summoned_is_met() -> None:
    text = "Le ministère algérien des Affaires étrangères a convoqué mardi l'ambassadeur de France."
    assert _dated(text, "fr") == [("meeting", "held", ["DZA", "FRA"], *TUESDAY)]
    assert _dated("Ottawa a convoqué mardi le haut-commissaire de l'Inde.", "fr") == [
        ("meeting", "held", ["CAN", "IND"], *TUESDAY)
    ]


def test_fr_convened_body_is_no_summons() -> None:
    assert (
        _every("Le président français a convoqué mardi le Parlement en session extraordinaire sur l'Ukraine.", "fr")
        == []
    )
    assert _dated("Le Maroc a convoqué mardi le chargé d'affaires de Suède à Rabat.", "fr") == [
        ("meeting", "held", ["MAR", "SWE"], *TUESDAY)
    ]


def test_fr_denial_in_the_subjunctive_is_disputed() -> None:
    text = "L'Élysée a démenti que le président français ait rencontré mardi son homologue algérien."
    assert _every(text, "fr") == [("meeting", "held", ["DZA", "FRA"], True)]


def test_fr_planned_trip_with_the_infinitive() -> None:
    text = "Le président français va se rendre en Algérie la semaine prochaine."
    assert _dated(text, "fr") == [("visit", "planned", ["DZA", "FRA"], *NEXT_WEEK)]
    text = "Le président français doit se rendre à Alger le 20 mars."
    assert _dated(text, "fr") == [("visit", "planned", ["DZA", "FRA"], "2023-03-20", "2023-03-20")]


def test_fr_markets_and_negations_give_nothing() -> None:
    assert _every("Le CAC 40 a rencontré mardi une forte résistance face au dollar américain.", "fr") == []
    assert _every("Le président français n'a pas rencontré le président algérien mardi.", "fr") == []
    assert _every("Le président français ne s'est pas rendu en Algérie mardi.", "fr") == []
    assert _dated("Les ministres français et marocain s'étaient entretenus mardi par téléphone.", "fr") == [
        ("call", "held", ["FRA", "MAR"], *TUESDAY)
    ]
    assert _dated("La France a convoqué mardi l'ambassadeur d'Iran.", "fr") == [
        ("meeting", "held", ["FRA", "IRN"], *TUESDAY)
    ]


# ------------------------------------------------------------------ German


def test_de_trip_in_the_perfect_with_the_participle_last() -> None:
    text = "Die deutsche Außenministerin ist am Dienstag nach Peking gereist."
    assert _dated(text, "de") == [("visit", "held", ["CHN", "DEU"], *TUESDAY)]


def test_de_envoy_summoned_with_the_separable_verb() -> None:
    assert _dated("Berlin bestellte am Dienstag den russischen Botschafter ein.", "de") == [
        ("meeting", "held", ["DEU", "RUS"], *TUESDAY)
    ]
    text = "Das österreichische Außenministerium hat am Dienstag den iranischen Botschafter einbestellt."
    assert _dated(text, "de") == [("meeting", "held", ["AUT", "IRN"], *TUESDAY)]
    assert _dated("Das Auswärtige Amt bestellte gestern die Geschäftsträgerin Chinas ein.", "de") == [
        ("meeting", "held", ["CHN", "DEU"], "2023-03-09", "2023-03-09")
    ]


def test_de_ordered_goods_are_no_summons_and_markets_no_meeting() -> None:
    assert _every("Polen bestellte am Dienstag in Südkorea Panzer und Haubitzen.", "de") == []
    assert _every("Der DAX traf am Dienstag auf starken Widerstand, der russische Rubel fiel.", "de") == []
    assert _every("Deutschland und Frankreich trafen sich am Dienstag im Halbfinale der Weltmeisterschaft.", "de") == []
    assert _dated("Der deutsche Kanzler ist am Dienstag nach Paris geflogen.", "de") == [
        ("visit", "held", ["DEU", "FRA"], *TUESDAY)
    ]


# ------------------------------------------------------------------ a review's misfires, each mended


def test_clubs_city_halls_and_courts_holding_a_capital_are_no_states() -> None:
    for text, lang in (
        ("La Roma ha incontrato lo Sporting Lisbona in Europa League giovedì.", "it"),
        ("O Paris Saint-Germain recebeu o Real Madrid na terça-feira.", "pt"),
        ("Il sindaco di Roma ha incontrato l'ambasciatore francese martedì.", "it"),
        ("O presidente da Câmara de Lisboa recebeu o embaixador chinês na terça-feira.", "pt"),
        ("Um tribunal de Lisboa convocou o embaixador angolano para depor.", "pt"),
    ):
        assert _every(text, lang) == [], text
    # the capital standing for its government still does
    assert _dated("Il presidente francese è stato ricevuto martedì a Roma dal premier italiano.", "it") == [
        ("meeting", "held", ["FRA", "ITA"], *TUESDAY)
    ]


def test_doubt_a_ban_sport_and_quoting_give_no_contact() -> None:
    for text, lang in (
        ("Nulla prova che il presidente francese abbia incontrato il leader russo.", "it"),
        ("Nada indica que el presidente francés se haya reunido con el líder ruso.", "es"),
        ("Nada indica que o presidente francês tenha se reunido com o líder russo.", "pt"),
        ("Rien n'indique que le président français ait rencontré le dirigeant russe.", "fr"),
        ("Il est désormais interdit aux diplomates russes de se rendre en Moldavie.", "fr"),
        ("La Spagna spera di incontrare l'Italia in finale agli Europei.", "it"),
        ("El periódico británico cita al embajador ruso en Londres, quien aseguró que las sanciones seguirán.", "es"),
        ("L'Italia era in recessione quando il presidente francese ha ricevuto i sindacati.", "it"),
    ):
        assert [row for row in _every(text, lang) if not row[3]] == [], text
    # a denial still disputes the contact
    assert _every("Le Kremlin dément que Poutine ait rencontré le président turc.", "fr") == [
        ("meeting", "held", ["RUS", "TUR"], True)
    ]


def test_without_warning_and_declining_to_comment_keep_the_contact() -> None:
    assert _dated("Sin ningún aviso, Boric se reunió con el presidente argentino el martes.", "es") == [
        ("meeting", "held", ["ARG", "CHL"], *TUESDAY)
    ]
    assert _dated("Sem nenhum aviso, Lula se reuniu com o presidente argentino na terça-feira.", "pt") == [
        ("meeting", "held", ["ARG", "BRA"], *TUESDAY)
    ]
    assert _dated("L'Élysée a refusé de commenter la rencontre entre Macron et Xi à Pékin mardi.", "fr") == [
        ("meeting", "held", ["CHN", "FRA"], *TUESDAY)
    ]


def test_a_leaders_family_name_in_someone_elses_name_or_after_an_article_is_no_leader() -> None:
    assert _every("El Rey y la Reina recibieron al presidente francés el martes.", "es", dt.date(2023, 5, 12)) == []
    # the leader's own name, alone or after a title, a rank or a word of time opening the sentence, still counts
    assert _dated("Sánchez se reunió con Macron el martes en París.", "es") == [
        ("meeting", "held", ["ESP", "FRA"], *TUESDAY)
    ]
    assert _dated("Le Cardinal Parolin a reçu le président argentin mardi.", "fr") == [
        ("meeting", "held", ["ARG", "VAT"], *TUESDAY)
    ]
    assert _dated("Ieri Meloni ha sentito al telefono il presidente francese.", "it") == [
        ("call", "held", ["FRA", "ITA"], "2023-03-09", "2023-03-09")
    ]


def test_a_place_a_day_or_a_title_before_a_leaders_name_and_a_ban_or_a_league_talked_about() -> None:
    for text, lang, pair in (
        ("À Paris Macron a reçu mardi le chancelier allemand Scholz.", "fr", ["DEU", "FRA"]),
        ("Frankreichs Präsident Macron hat am Dienstag in Berlin Bundeskanzler Scholz getroffen.", "de", ["DEU", "FRA"]),
        ("Il Presidente del Consiglio Meloni ha incontrato martedì il cancelliere tedesco Scholz.", "it",
         ["DEU", "ITA"]),
        ("Sánchez se reunió el martes con Macron en París para hablar de la prohibición de los motores.", "es",
         ["ESP", "FRA"]),
        ("Meloni ha incontrato martedì il cancelliere tedesco Scholz a margine della finale degli Europei.", "it",
         ["DEU", "ITA"]),
    ):
        assert _dated(text, lang) == [("meeting", "held", pair, *TUESDAY)], text
    # another person of a leader's family name, named with a given name the table knows, is not the leader
    assert _every("El diputado Juan Pacheco se reunió con el embajador chino el martes.", "es",
                  dt.date(2019, 5, 10)) == []
