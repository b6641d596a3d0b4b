"""Session of 2026-12-07 (twenty-fourth): contacts that are only near, asked for, needed or discussed; a visit made at
someone's invitation in French and Spanish, and an invitation accepted at a meeting; a country's own national
dialogue; people joining the talks after a call was told; a deal's own dated clause inside a meeting's words; long
stretches of talks; "will not travel ... after all"; entry refused to a named visitor; a diplomatic note handed over;
Finland's and West Germany's early leaders; a headline's visits to pay; a journey refused for talks; a scene told
before a meeting; visits to several states between two days, named by their formal names. Sentences written for the
tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

_DAY = dt.date(2008, 12, 29)  # a Monday

_mentions, _rows = bound(_DAY)


def test_a_contact_only_near_is_none_yet() -> None:
    assert _rows("Cuba and the United States were within reach of direct negotiations, a Spanish official said.") == []
    assert _rows("Cuba and the United States were close to direct talks, a Spanish official said on Sunday.") == []
    assert _rows("Cuba and the United States were on the verge of a summit, officials said on Sunday.") == []
    # talks held near a place were held
    assert _rows("Cuba and the United States held talks close to the border on Sunday.") == [
        ("talks", "held", ["CUB", "USA"], "2008-12-28", "2008-12-28")
    ]


def test_talks_asked_for_are_not_held() -> None:
    assert _rows("Moscow asked Helsinki for military consultations on Monday.") == []
    assert _rows("Iran appealed to Saudi Arabia for talks on Monday.") == []
    # a journey made for talks is still a contact
    assert [r[:3] for r in _rows("The Iranian minister flew to Riyadh for talks on Monday.")] == [
        ("talks", "held", ["IRN", "SAU"])
    ]


def test_a_visit_made_at_an_invitation_is_the_visit() -> None:
    got = _rows(
        "Le président Lula est attendu à Madrid le mois prochain, à l'invitation du président du gouvernement espagnol.",
        lang="fr",
    )
    assert [r[:3] for r in got] == [("visit", "planned", ["BRA", "ESP"])]
    got = _rows("El presidente Lula visitará Madrid la próxima semana por invitación del rey Felipe VI.", lang="es")
    assert [r[:3] for r in got] == [("visit", "planned", ["BRA", "ESP"])]


def test_a_contact_someone_needed_is_not_held() -> None:
    text = "The accord gave Sharif the cover he needed to sit down with Modi in May 2015 without losing face at home."
    assert _rows(text, dt.date(2016, 1, 4)) == []
    assert _rows("Sharif needed to hold talks with Modi in May 2015.", dt.date(2016, 1, 4)) == []


def test_talks_listed_among_what_a_meeting_discussed_are_its_topic() -> None:
    got = _rows("Erdogan met Putin in Sochi on Monday, discussing Syria, trade and the talks with Ukraine.")
    assert [r[:3] for r in got] == [("meeting", "held", ["RUS", "TUR"])]


def test_a_national_dialogue_is_no_contact_between_states() -> None:
    text = "Qatar's emir said on Monday that the national dialogue of Chad would open in N'Djamena on 20 August."
    assert _rows(text, dt.date(2022, 8, 8)) == []
    text = "El emir de Catar dijo el lunes que el diálogo nacional de Chad se abrirá en Yamena el 20 de agosto."
    assert _rows(text, dt.date(2022, 8, 8), "es") == []


def test_people_joining_the_talks_after_a_call_was_told_join_the_talks() -> None:
    text = (
        "The prime ministers of Poland and Lithuania, Mateusz Morawiecki and Ingrida Simonyte, held talks in Vilnius on "
        "Thursday. Morawiecki said he had telephoned Simonyte on 12 March to propose the meeting. The foreign "
        "ministers, Zbigniew Rau and Gabrielius Landsbergis, took part in the talks."
    )
    assert _rows(text, dt.date(2021, 4, 2)) == [
        ("call", "held", ["LTU", "POL"], "2021-03-12", "2021-03-12"),
        ("talks", "held", ["LTU", "POL"], "2021-04-01", "2021-04-01"),
    ]


def test_a_long_stretch_of_talks_is_a_process_unless_broken_off() -> None:
    got = _rows("Norway and Russia signed the treaty in Murmansk on Tuesday, ending four decades of negotiations.")
    assert [r[:3] for r in got] == [("agreement", "held", ["NOR", "RUS"])]
    assert _rows("The deal ended months of negotiations between Norway and Russia.") == []
    got = _rows("Colombia broke off three years of peace talks with the ELN on Wednesday.", dt.date(2019, 1, 18))
    assert [r[:3] for r in got] == [("talks", "cancelled", ["COL", "ELN"])]


def test_a_trip_that_will_not_happen_after_all_is_called_off() -> None:
    got = _rows(
        "Albanian Prime Minister Edi Rama will not travel to Athens next Wednesday after all.", dt.date(2014, 10, 17)
    )
    assert got == [("visit", "cancelled", ["ALB", "GRC"], "2014-10-22", "2014-10-22")]


def test_entry_refused_to_a_named_visitor_is_a_visa_denial() -> None:
    day = dt.date(2012, 7, 6)
    text = "Moldova refused on Friday to let Romanian President Traian Basescu enter the country."
    assert _rows(text, day) == [("visa_denial", "refused", ["MDA", "ROU"], "2012-07-06", "2012-07-06")]
    text = "Moldova barred Romanian President Traian Basescu from entering the country on Friday."
    assert _rows(text, day) == [("visa_denial", "refused", ["MDA", "ROU"], "2012-07-06", "2012-07-06")]
    # a class of people kept out is no contact
    assert _rows("Moldova barred foreign journalists from entering the country on Friday.", day) == []


def test_a_diplomatic_note_handed_over_is_a_message() -> None:
    day = dt.date(2012, 7, 6)
    text = "A note from the Serbian foreign ministry was handed to Croatia's ambassador in Belgrade on Friday morning."
    assert _rows(text, day) == [("message", "held", ["HRV", "SRB"], "2012-07-06", "2012-07-06")]
    # a note handed at a summons is that summons
    text = "Serbian Foreign Minister Vuk Jeremic called in Croatia's ambassador on Friday and handed him a note."
    assert [r[0] for r in _rows(text, day)] == ["meeting"]


def test_finlands_and_west_germanys_early_leaders_are_known() -> None:
    got = _rows("Kekkonen met Eisenhower at the White House on 10 October 1960.", dt.date(1960, 10, 11))
    assert got == [("meeting", "held", ["FIN", "USA"], "1960-10-10", "1960-10-10")]
    got = _rows(
        "President Heinrich Luebke received Charles de Gaulle in Bonn on 4 September 1962.", dt.date(1962, 9, 5)
    )
    assert got == [("meeting", "held", ["DEU", "FRA"], "1962-09-04", "1962-09-04")]


def test_the_dated_clause_of_a_deal_named_inside_a_meeting_is_the_deals() -> None:
    text = (
        "Lavrov hosted Fidan in Moscow on Saturday for the first meeting held under the deal that Putin and Erdogan "
        "reached in Sochi on March 5."
    )
    assert _rows(text, dt.date(2024, 3, 18)) == [("meeting", "held", ["RUS", "TUR"], "2024-03-16", "2024-03-16")]


def test_a_headline_infinitive_paying_visits_is_a_plan() -> None:
    got = _rows("President Erdogan to pay official visits to Saudi Arabia and Qatar", dt.date(2023, 7, 14))
    assert sorted(r[:3] for r in got) == [("visit", "planned", ["QAT", "TUR"]), ("visit", "planned", ["SAU", "TUR"])]


def test_a_journey_refused_for_talks_is_a_refusal_not_talks() -> None:
    text = (
        "Madagascar's leader Andry Rajoelina refused to travel to Maputo for a new round of crisis talks on Thursday."
    )
    got = _rows(text, dt.date(2009, 12, 4))
    assert [r[:3] for r in got] == [("refusal", "refused", ["MDG", "MOZ"])]


def test_a_scene_told_before_a_meeting_is_past_not_a_plan() -> None:
    text = (
        "Erdogan received the UAE national security adviser, Sheikh Tahnoun bin Zayed, in Ankara on Wednesday. "
        "Turkish television showed the two men shaking hands before the closed-door meeting."
    )
    assert _rows(text, dt.date(2021, 8, 19)) == [("meeting", "held", ["ARE", "TUR"], "2021-08-18", "2021-08-18")]


def test_visits_to_several_states_between_two_days_are_one_each() -> None:
    text = "President Erdogan will pay official visits to Saudi Arabia, Qatar and the United Arab Emirates between 17 and 19 July 2023."
    got = _rows(text, dt.date(2023, 7, 16))
    assert sorted(r[:3] for r in got) == [
        ("visit", "planned", ["ARE", "TUR"]),
        ("visit", "planned", ["QAT", "TUR"]),
        ("visit", "planned", ["SAU", "TUR"]),
    ]


def test_an_invitation_accepted_at_a_meeting_leaves_the_meeting() -> None:
    day = dt.date(1996, 11, 20)
    text = "El Papa recibió el martes a Fidel Castro y aceptó la invitación a visitar Cuba."
    assert [r[:3] for r in _rows(text, day, "es")] == [("meeting", "held", ["CUB", "VAT"])]
    text = "Le pape a reçu mardi Fidel Castro et a accepté l'invitation à se rendre à Cuba."
    assert [r[:3] for r in _rows(text, day, "fr")] == [("meeting", "held", ["CUB", "VAT"])]
    # an Italian headline's present tense receives too
    text = "Il Papa riceve Fidel Castro e accetta l'invito a visitare Cuba"
    assert [r[:3] for r in _rows(text, day, "it")] == [("meeting", "held", ["CUB", "VAT"])]


def test_states_named_by_their_formal_names_in_a_list_are_a_stop_each() -> None:
    text = (
        "President Recep Tayyip Erdogan will pay official visits to the Kingdom of Saudi Arabia, the State of Qatar "
        "and the United Arab Emirates between 17 and 19 July 2023."
    )
    got = _rows(text, dt.date(2023, 7, 16))
    assert sorted(r[:3] for r in got) == [
        ("visit", "planned", ["ARE", "TUR"]),
        ("visit", "planned", ["QAT", "TUR"]),
        ("visit", "planned", ["SAU", "TUR"]),
    ]
