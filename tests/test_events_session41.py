"""Session of 2026-12-07 (twenty-fifth): a contact told after "having" in French, Italian and Portuguese ("après avoir
reçu", "dopo aver incontrato", "depois de receber"); a participle that plans another noun before the contact's
clause. Sentences written for the tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from event_rows import bound

_DAY = dt.date(2008, 12, 29)  # a Monday

_mentions, _rows = bound(_DAY)


def test_a_contact_told_after_having_is_held() -> None:
    text = (
        "Le président gabonais Omar Bongo s'est dit prêt dimanche à se rendre aux pourparlers prévus à Libreville, "
        "après avoir reçu à Franceville le président béninois Thomas Boni Yayi."
    )
    assert [r[:4] for r in _rows(text, lang="fr")] == [("meeting", "held", ["BEN", "GAB"], "2008-12-28")]
    text = "Lunedì, dopo aver ricevuto il presidente francese Nicolas Sarkozy, il premier Silvio Berlusconi ha parlato."
    assert [r[:3] for r in _rows(text, lang="it")] == [("meeting", "held", ["FRA", "ITA"])]
    text = (
        "Lunedì, dopo aver incontrato il presidente francese Nicolas Sarkozy, il premier Silvio Berlusconi è partito."
    )
    assert [r[:3] for r in _rows(text, lang="it")] == [("meeting", "held", ["FRA", "ITA"])]
    text = "O presidente angolano José Eduardo dos Santos falou nesta segunda-feira, depois de receber o presidente ruandês Paul Kagame."
    assert [r[:3] for r in _rows(text, lang="pt")] == [("meeting", "held", ["AGO", "RWA"])]
    # what is received after having is not always a guest
    text = "Lunedì, dopo aver ricevuto una lettera del presidente francese Nicolas Sarkozy, il premier Silvio Berlusconi ha parlato."
    assert [r[:2] for r in _rows(text, lang="it")] != [("meeting", "held")]


def test_a_participle_after_another_noun_plans_that_noun() -> None:
    # the plan is the talks', told before a comma; the reception after it was held
    text = (
        "Le président gabonais Omar Bongo a accepté dimanche les pourparlers prévus à Libreville, "
        "après avoir reçu à Franceville le président béninois Thomas Boni Yayi."
    )
    assert [r[:2] for r in _rows(text, lang="fr")] == [("meeting", "held")]
    # a meeting planned in its own words stays planned
    text = "La rencontre prévue lundi entre le président gabonais Omar Bongo et le président béninois Thomas Boni Yayi."
    assert [r[:2] for r in _rows(text, lang="fr")] == [("meeting", "planned")]


def test_a_refusal_of_a_states_demand_has_that_state_for_its_other_side() -> None:
    day = dt.date(1981, 11, 3)
    for lang, text in (
        ("de", "Moskau hat am Montag die schwedische Forderung abgelehnt, den Kommandanten an Land zu verhören."),
        ("it", "Mosca ha respinto lunedì la richiesta svedese di interrogare il comandante a terra."),
        ("pt", "Moscou rejeitou na segunda-feira o pedido sueco de interrogar o comandante em terra."),
        ("fr", "Moscou a rejeté lundi la demande suédoise d'interroger le commandant à terre."),
    ):
        assert _rows(text, day, lang=lang) == [("refusal", "refused", ["SUN", "SWE"], "1981-11-02", "1981-11-02")], lang
    # criticism turned down is no refusal of a contact with its authors
    assert _rows("Moskau hat am Montag die schwedische Kritik zurückgewiesen.", day, lang="de") == []


def test_a_visit_pencilled_in_is_planned() -> None:
    got = _rows("Egyptian officials had pencilled in a visit by Meles Zenawi to Cairo for June.", dt.date(2011, 5, 14))
    assert got == [("visit", "planned", ["EGY", "ETH"], "2011-06-01", "2011-06-30")]


def test_the_contact_just_told_called_off_in_the_next_sentence() -> None:
    day = dt.date(2011, 5, 14)
    text = (
        "Egypt planned a visit by Meles Zenawi to Cairo for June. That visit has now been postponed, with no new date."
    )
    assert _rows(text, day) == [("visit", "cancelled", ["EGY", "ETH"], "2011-06-01", "2011-06-30")]
    # the day it was called off is not the day of the visit
    text = "Egypt planned a visit by Meles Zenawi to Cairo for June. The visit was called off on Friday."
    assert _rows(text, day) == [("visit", "cancelled", ["EGY", "ETH"], "2011-06-01", "2011-06-30")]
    # what a radio said was put off
    text = "Mikhail Gorbachev was due in Havana this week. Cuban radio said that the visit had been put off."
    assert [r[:2] for r in _rows(text, dt.date(1988, 12, 8))] == [("visit", "cancelled")]
    # a visit someone called on to cancel is still planned
    text = (
        "Egypt planned a visit by Meles Zenawi to Cairo for June. Some lawmakers called for the visit to be cancelled."
    )
    assert [r[:2] for r in _rows(text, day)] == [("visit", "planned")]
    # a visit held and then praised stays held
    text = "Meles Zenawi visited Cairo on Monday. The visit was hailed as a success."
    assert [r[:2] for r in _rows(text, day)] == [("visit", "held")]


def test_visits_to_the_two_countries_are_to_the_stops_just_named() -> None:
    text = (
        "The United States and Solomon Islands held talks on Friday. Penny Wong arrived in Samoa on Wednesday and in "
        "Tonga on Thursday, on her first visits to the two countries as minister."
    )
    got = _rows(text, dt.date(2022, 6, 3))
    assert ("talks", "held", ["SLB", "USA"], "2022-06-03", "2022-06-03") in got
    assert {tuple(r[2]) for r in got if r[0] == "visit"} == {("AUS", "TON", "WSM")}


def test_a_minister_due_in_a_small_state_visits_it() -> None:
    got = _rows("Penny Wong is due in Samoa on Wednesday.", dt.date(2022, 5, 30))
    assert got == [("visit", "planned", ["AUS", "WSM"], "2022-06-01", "2022-06-01")]


def test_who_took_no_part_is_no_party() -> None:
    day = dt.date(1959, 2, 12)
    text = (
        "Neither Makarios nor Kutchuk took part in the Zurich meeting between Constantine Karamanlis and "
        "Adnan Menderes on Wednesday."
    )
    assert _rows(text, day) == [("meeting", "held", ["GRC", "TUR"], "1959-02-11", "1959-02-11")]
    assert _rows("Neither Jawaharlal Nehru nor Gamal Abdel Nasser met Nikita Khrushchev on Wednesday.", day) == []


def test_turkish_and_greek_leaders_of_the_1950s() -> None:
    got = _rows("Celal Bayar received Evangelos Averoff in Ankara on Wednesday.", dt.date(1959, 2, 12))
    assert [r[:3] for r in got] == [("meeting", "held", ["GRC", "TUR"])]
    got = _rows("Adnan Menderes met Alexandros Papagos in Athens on Wednesday.", dt.date(1954, 2, 12))
    assert [r[:3] for r in got] == [("meeting", "held", ["GRC", "TUR"])]


def test_a_german_verb_split_around_the_contact_calls_it_off() -> None:
    day = dt.date(2022, 9, 29)
    text = (
        "Anfang August sagte Peking ein geplantes Treffen von Außenminister Wang Yi mit seinem japanischen Kollegen "
        "Yoshimasa Hayashi am Rande der Asean-Konferenz in Phnom Penh ab, aus Protest gegen eine Erklärung der G7."
    )
    assert _rows(text, day, lang="de") == [("meeting", "cancelled", ["CHN", "JPN"], "2022-08-01", "2022-08-10")]
    # what someone said about a meeting calls nothing off
    text = "Am Montag sagte Wang Yi, ein Treffen mit Yoshimasa Hayashi finde in Phnom Penh statt."
    assert [r[1] for r in _rows(text, day, lang="de")] != ["cancelled"]


def test_german_greetings_exchanged_are_messages() -> None:
    text = (
        "Chinas Staatschef Xi Jinping und Japans Ministerpräsident Fumio Kishida haben am Donnerstag "
        "Glückwunschbotschaften ausgetauscht."
    )
    assert _rows(text, dt.date(2022, 9, 29), lang="de") == [
        ("message", "held", ["CHN", "JPN"], "2022-09-29", "2022-09-29")
    ]


def test_no_such_call_disputes_the_call_just_told() -> None:
    from storyline.events import extract_events, merge_events
    from storyline.records import Article

    day = dt.date(2022, 9, 17)
    for text in (
        "Kyrgyz media reported that Sadyr Japarov had telephoned Emomali Rahmon on Wednesday night. "
        "Rahmon's office said no such call had taken place.",
        "Sadyr Japarov met Emomali Rahmon on Wednesday night. Rahmon's office said no such meeting had taken place.",
    ):
        art = Article(source="t.txt", text=text, language="en", published=day.isoformat())
        got = [(e.type, e.status, e.actors, e.date_start, e.disputed) for e in merge_events(extract_events(art, day))]
        assert len(got) == 1 and got[0][2:] == (["KGZ", "TJK"], "2022-09-14", True), got


def test_who_a_contact_went_on_without_is_no_party() -> None:
    day = dt.date(1975, 7, 28)
    text = (
        "The summit of the Organization of African Unity opened here today without President Julius Nyerere of "
        "Tanzania, who has refused to attend a meeting hosted by President Idi Amin."
    )
    assert _rows(text, day) == [("refusal", "refused", ["TZA", "UGA"], "1975-07-28", "1975-07-28")]


def test_tajik_security_services_speak_for_tajikistan() -> None:
    text = "The heads of the Kyrgyz and Tajik security services signed a protocol on Saturday."
    assert _rows(text, dt.date(2021, 5, 2)) == [("agreement", "held", ["KGZ", "TJK"], "2021-05-01", "2021-05-01")]
    # an ethnic Tajik is no state
    assert _rows("An ethnic Tajik commander met Kyrgyz officials on Saturday.", dt.date(2021, 5, 2)) == []


def test_contacts_frozen_are_a_policy_not_a_contact_called_off() -> None:
    day = dt.date(2008, 7, 12)
    assert _rows("Nicolas Sarkozy froze high-level contacts with Damascus at the end of December.", day) == []
    got = _rows("Nicolas Sarkozy suspended the talks with Damascus at the end of December.", day)
    assert [r[:3] for r in got] == [("talks", "cancelled", ["FRA", "SYR"])]


def test_the_two_ministers_after_a_mediated_deal_are_its_sides() -> None:
    text = (
        "Uganda and Tanzania signed an agreement here this evening, after a week of mediation by the Somali "
        "President, Major-General Mohamed Siad Barre. The agreement was signed at the presidential palace by the "
        "Ugandan Foreign Minister, Mr. Wanume Kibedi, and his Tanzanian counterpart, Mr. John Malecela. The two "
        "ministers are to meet again in Mogadishu within six weeks to review progress, a Somali official said."
    )
    got = _rows(text, dt.date(1972, 10, 6))
    assert ("meeting", "planned", ["TZA", "UGA"], "1972-10-07", "1972-11-17") in got


def test_officials_in_a_capital_deny_for_its_state() -> None:
    from storyline.events import extract_events, merge_events
    from storyline.records import Article

    day = dt.date(1972, 10, 6)
    text = (
        "On Wednesday night Radio Uganda said Idi Amin had telephoned Julius Nyerere that afternoon. "
        "Officials in Dar es Salaam said no such conversation had taken place."
    )
    art = Article(source="t.txt", text=text, language="en", published=day.isoformat())
    got = [(e.type, e.actors, e.date_start, e.disputed) for e in merge_events(extract_events(art, day))]
    assert got == [("call", ["TZA", "UGA"], "1972-10-04", True)]


def test_a_stop_and_relations_broken_off_long_ago_call_no_meeting_off() -> None:
    text = (
        "President Hugo Banzer of Bolivia and President Augusto Pinochet of Chile met Saturday at this windswept "
        "railway halt on the Altiplano and agreed to re-establish diplomatic relations, which La Paz broke off in "
        "1962 in a quarrel over the waters of the Lauca River."
    )
    got = _rows(text, dt.date(1975, 2, 8))
    assert ("meeting", "held", ["BOL", "CHL"], "1975-02-08", "1975-02-08") in got
    assert "cancelled" not in [r[1] for r in got]
    # a halt to the talks still calls them off
    got = _rows("Anwar Sadat called a halt to the talks with Israel on Monday.", dt.date(1975, 2, 8))
    assert [r[:2] for r in got] == [("talks", "cancelled")]


def test_foreign_years_of_talks_are_no_contact_and_a_clause_before_and_is_its_own() -> None:
    text = (
        "Dopo oltre dieci anni di negoziati, Russia ed Estonia hanno firmato oggi a Mosca i due trattati che fissano "
        "il confine."
    )
    assert _rows(text, dt.date(2005, 5, 18), lang="it") == [
        ("agreement", "held", ["EST", "RUS"], "2005-05-18", "2005-05-18")
    ]
    text = (
        "Les ministres maldiviens ont été suspendus, et New Delhi a convoqué lundi le haut-commissaire maldivien, "
        "Ibrahim Shaheeb, au ministère des Affaires extérieures."
    )
    assert _rows(text, dt.date(2024, 1, 9), lang="fr") == [
        ("meeting", "held", ["IND", "MDV"], "2024-01-08", "2024-01-08")
    ]


def test_minutes_or_a_text_signed_are_an_agreement() -> None:
    text = "The foreign ministers of Bahrain and Qatar signed the minutes of their meeting on Monday."
    assert [r[:3] for r in _rows(text, dt.date(2001, 1, 3))] == [("agreement", "held", ["BHR", "QAT"])]
    text = "The foreign ministers of Bahrain and Qatar signed a short text on Monday on how the case would go forward."
    assert [r[:3] for r in _rows(text, dt.date(2001, 1, 3))] == [("agreement", "held", ["BHR", "QAT"])]


def test_a_name_after_md_is_not_cut_from_its_sentence() -> None:
    text = (
        "On 24 August 2025 Ishaq Dar and the interim government's foreign affairs adviser, Md. Touhid Hossain, "
        "signed an agreement waiving visas."
    )
    assert _rows(text, dt.date(2025, 8, 26)) == [("agreement", "held", ["BGD", "PAK"], "2025-08-24", "2025-08-24")]


def test_a_known_leader_receiving_him_meets_the_one_told() -> None:
    text = "Ishaq Dar signed an agreement on Sunday, and Muhammad Yunus received him the same day."
    assert ("meeting", "held", ["BGD", "PAK"], "2025-08-24", "2025-08-24") in _rows(text, dt.date(2025, 8, 26))


def test_a_plan_called_off_by_a_pronoun_in_the_next_sentence() -> None:
    day = dt.date(2011, 5, 14)
    text = (
        "Egyptian officials had pencilled in a visit by Meles Zenawi to Cairo for June. That has now been postponed, "
        "with no new date."
    )
    assert _rows(text, day) == [("visit", "cancelled", ["EGY", "ETH"], "2011-06-01", "2011-06-30")]
    # a held contact praised after it is still held
    assert [r[:2] for r in _rows("Meles Zenawi visited Cairo on Monday. It was hailed as a success.", day)] == [
        ("visit", "held")
    ]


def test_soviet_republics_before_their_independence_are_the_soviet_union() -> None:
    text = (
        "At the Bratislava conference on 3 August 1968, a letter from five members of the Czechoslovak leadership "
        "was handed to Pyotr Shelest, the Ukrainian party chief."
    )
    assert [r[:3] for r in _rows(text, dt.date(1968, 8, 10))] == [("message", "held", ["CSK", "SUN"])]
    # after its independence Ukraine is itself
    text = "Czech President Vaclav Havel received the Ukrainian foreign minister in Prague on Monday."
    assert [r[:3] for r in _rows(text, dt.date(1995, 3, 8))] == [("meeting", "held", ["CZE", "UKR"])]


def test_leaders_there_for_a_signing_are_no_signers() -> None:
    text = (
        "Hugo Banzer said in an interview that he had met Augusto Pinochet one more time, in Washington in September "
        "1977, when both were there for the signing of the Panama Canal treaties."
    )
    assert [r[:3] for r in _rows(text, dt.date(2019, 3, 23))] == [("meeting", "held", ["BOL", "CHL"])]
    # two presidents who witnessed the signing of their ministers' agreements made them
    text = "Xi Jinping and Vladimir Putin witnessed the signing of 14 agreements in Moscow on Tuesday."
    assert [r[:3] for r in _rows(text, dt.date(2019, 3, 23))] == [("agreement", "held", ["CHN", "RUS"])]


def test_an_undated_explainer_carries_the_month_its_paragraph_opens_with() -> None:
    text = (
        "A near war. In April 1986 Qatari troops landed on the reef of Fasht al-Dibal and took away the workers "
        "they found there. King Fahd of Saudi Arabia sent an envoy to Doha and Manama."
    )
    assert _rows(text, None) == [("visit", "held", ["BHR", "QAT", "SAU"], "1986-04-01", "1986-04-30")]
    # an article with its own day does not borrow a month told before
    got = _rows(text, dt.date(1986, 6, 2))
    assert ("visit", "held", ["BHR", "QAT", "SAU"], "1986-04-01", "1986-04-30") not in got


def test_a_contact_told_in_what_a_letter_says_is_its_subject() -> None:
    text = (
        "El primer ministro de Japón, Yoshihiko Noda, envió el viernes una carta al presidente de Corea del Sur, "
        "Lee Myung-bak, en la que lamenta la visita que este realizó la semana pasada a unas islas en disputa."
    )
    assert _rows(text, dt.date(2012, 8, 17), lang="es") == [
        ("message", "held", ["JPN", "KOR"], "2012-08-17", "2012-08-17")
    ]
    text = (
        "Kanzlerin Angela Merkel schickte am Montag einen Brief an Wladimir Putin, in dem sie die Reise des "
        "Außenministers nach Kiew lobte."
    )
    assert _rows(text, dt.date(2014, 6, 3), lang="de") == [
        ("message", "held", ["DEU", "RUS"], "2014-06-02", "2014-06-02")
    ]


def test_years_ago_today_counts_back_from_the_report() -> None:
    text = (
        "Forty years ago today, on a grey Saturday, Bettino Craxi and Cardinal Agostino Casaroli signed at Villa "
        "Madama the agreement that rewrote the Concordat."
    )
    assert _rows(text, dt.date(2024, 2, 18)) == [("agreement", "held", ["ITA", "VAT"], "1984-02-18", "1984-02-18")]
    # with no day of its own the text gives no day to count back from
    assert [r[3] for r in _rows(text, None)] != ["1984-02-18"]


def test_talks_a_date_was_fixed_for_were_planned_then() -> None:
    text = (
        "In January 1982 Prime Minister Leopoldo Calvo-Sotelo held talks with Margaret Thatcher in London, and the "
        "two governments fixed 20 April 1982 for the opening and the first round of negotiations."
    )
    got = _rows(text, None)
    assert ("talks", "held", ["ESP", "GBR"], "1982-01-01", "1982-01-31") in got
    assert ("talks", "planned", ["ESP", "GBR"], "1982-04-20", "1982-04-20") in got


def test_a_lunch_called_off_and_a_day_that_names_an_election() -> None:
    text = (
        "In July, Jair Bolsonaro cancelled a lunch with Marcelo Rebelo de Sousa in Brasilia because the Portuguese "
        "president had arranged to see Lula, Bolsonaro's rival in the Oct. 2 election."
    )
    assert _rows(text, dt.date(2022, 9, 8)) == [("meeting", "cancelled", ["BRA", "PRT"], "2022-07-01", "2022-07-31")]
    # a day that names the contact still dates it
    got = _rows("Xi Jinping and Joe Biden will hold the Nov. 14 meeting in Bali.", dt.date(2022, 9, 8))
    assert [r[3] for r in got] == ["2022-11-14"]
