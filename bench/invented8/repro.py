"""Check the minimal reproductions of bench/invented8/README.md's diagnosis against this checkout's src/.

    .venv/bin/python bench/invented8/repro.py          # one line per item: REPRODUCES or NOW OK
    .venv/bin/python bench/invented8/repro.py -v       # with the rows (or the date) each item gives

Event items are run as bench/probe_eval.py runs its corpora: ``extract_events`` on an article holding the
text (with its language for foreign items), anchored on the report date (or, written "lo~hi", on an
untrusted window such as the story's dates an undated article gets), then ``merge_events`` over the mentions
of all the item's articles. An item reproduces its failure while the merged rows differ from what is
expected: every expected row present (same family, status and exact party set, dates inside the expected
range with a day of slack, disputed when asked) and no other row.

Page items check the article's own date as the cleaner reads it (``read_text_dump(...).published``): they
reproduce while it differs from the expected day.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from repro_items import Item, Page, main

ARTICLES = Path(__file__).resolve().parent / "articles"

# (label, [(report date or "lo~hi", language or None, text)], [(family, status, parties, first day, last day[, disputed])])
# An empty expectation means: no row at all.
ITEMS: list[Item] = [
    # ---- false rows
    ("FALSE talks+agreement JPN,RUS 1956 (s09 headline)",
     [("2018-11-15", "ru", "Путин и Абэ договорились ускорить переговоры на основе декларации 1956 года")],
     [("agreement", "held", "JPN RUS", "2018-11-08", "2018-11-15")]),
    ("FALSE talks JPN,RUS 2017-05 / abe-putin-sochi-may2016",
     [("2016-12-16", None, "Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin met in Tokyo on Friday. "
       "Abe proposed an economic cooperation plan to Putin during their meeting in Sochi in May.")],
     [("meeting", "held", "JPN RUS", "2016-12-16", "2016-12-16"), ("meeting", "held", "JPN RUS", "2016-05-01", "2016-05-31")]),
    ("FALSE meeting planned JPN,RUS 2019-01-22..02 / lavrov-japan-planned-spring2019 (s14 undated, story window)",
     [("2019-01-22~2019-01-23", None, "Japanese Foreign Minister Taro Kono and Russian Foreign Minister Sergei Lavrov held a "
       "second round of peace treaty negotiations on Feb. 16, 2019, on the sidelines of the Munich Security Conference.\n\n"
       "The ministers agreed that their deputies, Takeo Mori and Igor Morgulov, would meet in Tokyo to prepare a visit by "
       "Lavrov to Japan later in the spring.")],
     [("meeting", "held", "JPN RUS", "2019-02-16", "2019-02-16"), ("meeting", "planned", "JPN RUS", "2019-02-16", "2019-05-31"),
      ("meeting", "planned", "JPN RUS", "2019-03-01", "2019-05-31")]),
    ("FALSE invitation planned SAU,SYR 2023-05-19 / summit-invitation-planned-may2023",
     [("2023-05-10", None, "On Wednesday, Saudi Ambassador to Jordan Nayef al-Sudairi is due to hand President Bashar al-Assad "
       "a written invitation from King Salman to attend the Arab League summit, which will be held in Jeddah on May 19.")],
     [("message", "planned", "SAU SYR", "2023-05-10", "2023-05-10"), ("meeting", "planned", "SAU SYR", "2023-05-19", "2023-05-19")]),
    ("FALSE meeting EGY,TUR 2021-09-08 (split from tur-egy-ankara-talks-sep2021)",
     [("2021-09-08", None, "Turkey and Egypt wrapped up a second round of exploratory talks in Ankara on Wednesday. The Egyptian "
       "delegation, headed by Deputy Foreign Minister Hamdi Sanad Loza, met on Tuesday and Wednesday with a Turkish team under "
       "Deputy Foreign Minister Sedat Onal.")],
     [("meeting", "held", "EGY TUR", "2021-09-07", "2021-09-08")]),
    ("FALSE visit held IRN,PAK 2023-01-29 (s18 headline)",
     [("2024-01-22", None, "Iranian FM to visit Islamabad on Jan 29")],
     [("meeting", "planned", "IRN PAK", "2024-01-29", "2024-01-29")]),
    # ---- no trigger
    ("cooperation-docs-oct2022 / docs-jun2023 / docs-36-dec2023 (witnessed the signing)",
     [("2023-06-27", None, "Vietnamese Prime Minister Pham Minh Chinh held talks with Chinese Premier Li Qiang in Beijing on "
       "June 26. Following the talks, the two PMs witnessed the signing of cooperation documents on trade.")],
     [("meeting", "held", "CHN VNM", "2023-06-26", "2023-06-26"), ("agreement", "held", "CHN VNM", "2023-06-26", "2023-06-26")]),
    ("credentials-sousan-dec2023",
     [("2023-12-03", None, "Saudi Crown Prince Mohammed bin Salman received the credentials of the Syrian ambassador in Riyadh today.")],
     [("meeting", "held", "SAU SYR", "2023-12-03", "2023-12-03")]),
    ("assad-greetings-dec2023",
     [("2023-12-03", None, "The Syrian ambassador conveyed the greetings of President Bashar al-Assad to the Custodian of the Two "
       "Holy Mosques King Salman bin Abdulaziz Al Saud and to His Royal Highness the Crown Prince.")],
     [("message", "held", "SAU SYR", "2023-12-03", "2023-12-03")]),
    ("king-salman-greetings-apr2023",
     [("2023-04-18", None, "Saudi Foreign Minister Prince Faisal bin Farhan conveyed to Syrian President Bashar al-Assad on "
       "Tuesday the greetings of King Salman.")],
     [("message", "held", "SAU SYR", "2023-04-18", "2023-04-18")]),
    ("japan-ambassador-summoned-jan2019",
     [("2019-01-14", None, "Russian Foreign Minister Sergei Lavrov said the Japanese ambassador had been summoned to the ministry "
       "on January 9 and handed a protest.")],
     [("message", "held", "JPN RUS", "2019-01-09", "2019-01-09")]),
    ("deescalation-agreed-jan19-2024",
     [("2024-01-20", None, "Iranian Foreign Minister Hossein Amir-Abdollahian held a phone conversation with his Pakistani "
       "counterpart Jalil Abbas Jilani on Friday, during which the two sides agreed to de-escalate tensions.")],
     [("message", "held", "IRN PAK", "2024-01-19", "2024-01-19"), ("agreement", "held", "IRN PAK", "2024-01-19", "2024-01-19")]),
    ("abe-vladivostok-planned-sep2019",
     [("2019-06-29", None, "Japanese Prime Minister Shinzo Abe said he hoped to visit Vladivostok in September to attend the "
       "Eastern Economic Forum and meet Russian President Vladimir Putin again.")],
     [("meeting", "planned", "JPN RUS", "2019-09-01", "2019-09-30")]),
    ("cavusoglu-cairo-mar2023",
     [("2023-04-13", None, "Shoukry's visit comes in response to the visit Turkish Foreign Minister Mevlut Cavusoglu paid to "
       "Cairo on 18 March.")],
     [("meeting", "held", "EGY TUR", "2023-03-18", "2023-03-18")]),
    ("ambassadors-upgrade-jul2023",
     [("2023-07-04", None, "Türkiye and Egypt on Tuesday announced that they had raised their diplomatic relations to the level "
       "of ambassadors.")],
     [("agreement", "held", "EGY TUR", "2023-07-04", "2023-07-04")]),
    # ---- type and status
    ("joint-activities-agreed-dec2016 / abe-putin-nagato-dec2016",
     [("2016-12-16", None, "Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin agreed Friday to start "
       "consultations on joint economic activities on the disputed islands, at the end of two days of talks in Nagato and Tokyo.")],
     [("agreement", "held", "JPN RUS", "2016-12-16", "2016-12-16"), ("meeting", "held", "JPN RUS", "2016-12-15", "2016-12-16")]),
    ("jilani-amirabdollahian-call-jan17-2024 (spoke to => talks)",
     [("2024-01-18", None, "Pakistani Foreign Minister Jalil Abbas Jilani spoke to Iranian Foreign Minister Hossein "
       "Amir-Abdollahian on Wednesday and told him the attack was a serious violation of Pakistan's sovereignty.")],
     [("message", "held", "IRN PAK", "2024-01-17", "2024-01-17")]),
    # ---- parties
    ("jilani-condolence-call-jan2024 (own foreign minister without a nationality)",
     [("2024-01-17", None, "Foreign Minister Hossein Amir-Abdollahian and his Pakistani counterpart Jalil Abbas Jilani spoke by "
       "telephone on January 3.")],
     [("message", "held", "IRN PAK", "2024-01-03", "2024-01-03")]),
    ("raisi-message-kakar-jan2024 (caretaker Prime Minister without a nationality)",
     [("2024-01-29", None, "Iranian Foreign Minister Hossein Amir-Abdollahian and his Pakistani counterpart Jalil Abbas Jilani "
       "agreed on Monday to appoint liaison officers. After the talks, Amir-Abdollahian was received by caretaker Prime "
       "Minister Anwaar-ul-Haq Kakar, to whom he conveyed a message from President Ebrahim Raisi.")],
     [("agreement", "held", "IRN PAK", "2024-01-29", "2024-01-29"), ("meeting", "held", "IRN PAK", "2024-01-29", "2024-01-29"),
      ("message", "held", "IRN PAK", "2024-01-29", "2024-01-29")]),
    ("assad-mbs-riyadh-nov2023 (President al-Assad, the Crown Prince)",
     [("2023-12-03", None, "Earlier, President al-Assad had attended the joint Arab-Islamic extraordinary summit held in Riyadh "
       "on 11 November on the situation in Gaza, where he held talks with the Crown Prince on the sidelines.")],
     [("meeting", "held", "SAU SYR", "2023-11-11", "2023-11-11")]),
    ("minor, matched: sisi-erdogan-doha-nov2022 loses EGY (President El-Sisi in Ahram's own voice)",
     [("2022-11-21", None, "President Abdel-Fattah El-Sisi and Turkish President Recep Tayyip Erdogan shook hands in Doha on "
       "Sunday in a meeting brokered by Qatar's Emir Sheikh Tamim bin Hamad Al-Thani, the presidency said.")],
     [("meeting", "held", "EGY QAT TUR", "2022-11-20", "2022-11-20")]),
    # ---- split
    ("mekdad-jeddah / faisal-damascus-apr2023 (exchanged visits)",
     [("2023-05-10", None, "Syrian Foreign Minister Faisal Mekdad and his Saudi counterpart Prince Faisal bin Farhan had "
       "exchanged visits in April.")],
     [("meeting", "held", "SAU SYR", "2023-04-01", "2023-04-30"), ("meeting", "held", "SAU SYR", "2023-04-01", "2023-04-30")]),
    # ---- over-merged across articles, disputed lost
    ("kono-lavrov-munich-planned-feb2019 (planned + held merged)",
     [("2019-01-22", None, "Japanese Foreign Minister Taro Kono and Russian Foreign Minister Sergei Lavrov will hold talks on the "
       "sidelines of the Munich Security Conference in mid-February."),
      ("2019-02-18", None, "Japanese Foreign Minister Taro Kono and Russian Foreign Minister Sergei Lavrov held talks in Munich on Feb. 16.")],
     [("meeting", "planned", "JPN RUS", "2019-02-11", "2019-02-20"), ("meeting", "held", "JPN RUS", "2019-02-16", "2019-02-16")]),
    ("putin-osaka-planned-jun2019 (planned + held merged)",
     [("2019-01-22", None, "Russian President Vladimir Putin is scheduled to visit Japan in June for the Group of 20 summit in Osaka."),
      ("2019-06-29", None, "Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin held talks in Osaka on Saturday.")],
     [("meeting", "planned", "JPN RUS", "2019-06-01", "2019-06-30"), ("meeting", "held", "JPN RUS", "2019-06-29", "2019-06-29")]),
    ("joint-activities-tokyo-planned-feb2019 (planned absorbed by another held meeting)",
     [("2019-01-22", None, "The Japanese government plans to hold talks with Russia on joint economic activities on the islands "
       "in Tokyo next month."),
      ("2019-02-18", None, "Japanese Foreign Minister Taro Kono and Russian Foreign Minister Sergei Lavrov held talks in Munich on Feb. 16.")],
     [("meeting", "planned", "JPN RUS", "2019-02-01", "2019-02-28"), ("meeting", "held", "JPN RUS", "2019-02-16", "2019-02-16")]),
    ("abe-putin-moscow-planned-jan2019 (planned + held merged)",
     [("2019-01-14", None, "Russian Foreign Minister Sergei Lavrov and Japanese Foreign Minister Taro Kono held talks in Moscow on "
       "Monday. The next meeting between President Vladimir Putin and Prime Minister Shinzo Abe is planned for January 22 in Moscow."),
      ("2019-01-22", None, "Japanese Prime Minister Shinzo Abe and Russian President Vladimir Putin held talks in Moscow on Tuesday.")],
     [("meeting", "held", "JPN RUS", "2019-01-14", "2019-01-14"), ("meeting", "planned", "JPN RUS", "2019-01-22", "2019-01-22"),
      ("meeting", "held", "JPN RUS", "2019-01-22", "2019-01-22")]),
    ("amirabdollahian-islamabad-planned / -jan2024 (planned and held visits absorbed by a postponed one)",
     [("2024-01-18", None, "A visit to Islamabad by Iran's Minister of Roads Mehrdad Bazrpash, which had been scheduled for next "
       "week, has been postponed, Pakistan's Foreign Office said."),
      ("2024-01-22", None, "Iranian Foreign Minister Hossein Amir-Abdollahian will visit Pakistan on 29 January 2024 at the "
       "invitation of Pakistani Foreign Minister Jalil Abbas Jilani."),
      ("2024-01-29", None, "Iranian Foreign Minister Hossein Amir-Abdollahian held talks with Pakistani Foreign Minister Jalil "
       "Abbas Jilani in Islamabad on Monday.")],
     [("meeting", "cancelled", "IRN PAK", "2024-01-22", "2024-01-28"), ("meeting", "planned", "IRN PAK", "2024-01-29", "2024-01-29"),
      ("meeting", "held", "IRN PAK", "2024-01-29", "2024-01-29")]),
    ("secret-singapore-transfer-deal-nov2018 (denial not read)",
     [("2019-01-14", None, "Asked about a report in Japan's Sankei newspaper that Putin and Abe had secretly agreed in Singapore "
       "in November to the transfer of two of the islands, Kremlin spokesman Dmitry Peskov said earlier in the day that no such "
       "agreement existed and that the report was \"not true.\"")],
     [("agreement", "held", "JPN RUS", "2018-11-01", "2018-11-30", True)]),
    ("salami-munir-call-jan2024 (denied call merged into the ministers' call)",
     [("2024-01-20", None, "Iranian Foreign Minister Hossein Amir-Abdollahian held a phone conversation with his Pakistani "
       "counterpart Jalil Abbas Jilani on Friday. Several Iranian outlets reported on Saturday that the commander of the IRGC, "
       "Major General Hossein Salami, had also spoken by phone with Pakistan's army chief General Asim Munir. Pakistan's "
       "Inter-Services Public Relations denied that any such conversation had taken place.")],
     [("message", "held", "IRN PAK", "2024-01-19", "2024-01-19"), ("message", "held", "IRN PAK", "2024-01-16", "2024-01-20", True)]),
    # ---- not in English
    ("shoukry-cavusoglu-adana-feb2023 (tr)",
     [("2023-02-27", "tr", "Mısır Dışişleri Bakanı Samih Şukri, Türkiye Dışişleri Bakanı Mevlüt Çavuşoğlu ile Adana'da görüştü.")],
     [("meeting", "held", "EGY TUR", "2023-02-27", "2023-02-27")]),
    ("sisi-erdogan-quake-call-feb2023 (tr)",
     [("2023-02-27", "tr", "Mısır Cumhurbaşkanı Sisi, 6 Şubat'ta Cumhurbaşkanı Erdoğan'ı telefonla aradı.")],
     [("message", "held", "EGY TUR", "2023-02-06", "2023-02-06")]),
    ("trong-li-keqiang-planned-nov2022 (vi)",
     [("2022-10-31", "vi", "Ngày 1/11, Tổng Bí thư Nguyễn Phú Trọng dự kiến sẽ hội kiến Thủ tướng Trung Quốc Lý Khắc Cường.")],
     [("meeting", "planned", "CHN VNM", "2022-11-01", "2022-11-01")]),
    ("abe-russia-planned-early2019 (ru)",
     [("2018-11-15", "ru", "Премьер-министр Японии Синдзо Абэ планирует посетить Россию в начале следующего года.")],
     [("meeting", "planned", "JPN RUS", "2019-01-01", "2019-03-31")]),
    ("abe-putin-buenos-aires-planned (ru, 'лидеры')",
     [("2018-11-15", "ru", "Президент России Владимир Путин и премьер-министр Японии Синдзо Абэ встретились в Сингапуре в среду. "
       "Перед этим лидеры проведут еще одну встречу на полях саммита G20 в Буэнос-Айресе в конце ноября.")],
     [("meeting", "held", "JPN RUS", "2018-11-14", "2018-11-14"), ("meeting", "planned", "JPN RUS", "2018-11-21", "2018-11-30")]),
]

# (label, page text or an article file name, the day the page's own date stamp gives)
PAGES: list[Page] = [
    ("s20/s23: 'Source: Xinhua | date time' under the headline (trong-message-xi-oct2022, wang-quang-beijing-sep2023)",
     "Xi holds talks with Trong\n\nSource: Xinhua | 2022-10-31 20:15:42\n\nBEIJING, Oct. 31 (Xinhua) -- Xi Jinping held talks "
     "with Nguyen Phu Trong, general secretary of the Communist Party of Vietnam Central Committee, in Beijing on Monday.\n\n"
     "Xi said the two countries are socialist neighbors with a shared future and should handle maritime issues properly.\n",
     "2022-10-31"),
    ("s23 whole page", "s23.txt", "2023-09-08"),
    ("s24 whole page (xi-meetings-planned-dec2023, its copy s25 is read but the group keeps s24's null)", "s24.txt", "2023-12-12"),
    ("s18: APP dateline 'ISLAMABAD, Jan 22 (APP):'",
     "Pakistan, Iran agree on return of ambassadors\n\nISLAMABAD, Jan 22 (APP): Pakistan and Iran on Monday agreed that their "
     "ambassadors would return to their respective posts by January 26, the Foreign Office said in a joint statement.\n\n"
     "The Iranian foreign minister will visit Pakistan on 29 January 2024, it added.\n", "2024-01-22"),
    ("s28: '18/04/2023' under the desk initials at the bottom (faisal-damascus-apr2023, FALSE visit 2023-05-09)", "s28.txt",
     "2023-04-18"),
    ("s12: '14.01.2019' at the bottom (abe-putin-moscow-planned-jan2019)",
     "Lavrov: Japan must recognize outcome of WWII before treaty talks advance\n\nMOSCOW, January 14 (RIA Novosti) – Russian "
     "Foreign Minister Sergei Lavrov and his Japanese counterpart Taro Kono held talks in Moscow on Monday, the first round of "
     "negotiations on a peace treaty since the two countries' leaders appointed them to lead the process.\n\n\"The recognition "
     "by Japan of the results of World War II in full, including Russia's sovereignty over the Southern Kurils, is a first "
     "step,\" Lavrov told a press conference after the talks, which he described as \"difficult but constructive.\"\n\nKono did "
     "not attend a joint press conference and left without making public statements, which Lavrov said had been the Japanese "
     "side's request.\n\n14.01.2019\n", "2019-01-14"),
    ("s31: 'Riyadh, Dec 03, 2023, SPA' at the bottom (credentials-sousan-dec2023, assad-greetings-dec2023)", "s31.txt", "2023-12-03"),
    ("s15: '17 January 2024 08:12' at the bottom, before the related list (jilani-condolence-call-jan2024)", "s15.txt", "2024-01-17"),
    ("s07: '08.01.2024' at the bottom (distractor, published only)", "s07.txt", "2024-01-08"),
]


if __name__ == "__main__":
    sys.exit(main(ITEMS, PAGES, ARTICLES))
