"""Check the minimal reproductions of bench/invented4/README.md's diagnosis against this checkout's src/.

    .venv/bin/python bench/invented4/repro.py          # one line per item: REPRODUCES or NOW OK
    .venv/bin/python bench/invented4/repro.py -v       # with the rows each item gives

Each item is run as bench/probe_eval.py runs its suites: ``extract_events`` on an article holding the
text (with its language for foreign items), anchored on the report date, then ``merge_events`` over the
mentions of all the item's articles. An item reproduces its failure while the merged rows differ from
what is expected: every expected row present (same family, status and exact party set, dates inside
the expected range with a day of slack, disputed when asked) and no other row.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from repro_items import Item, main

# (label, [(report date, language or None, text)], [(family, status, parties, first day, last day[, disputed])])
# An empty expectation means: no row at all.
ITEMS: list[Item] = [
    # ---- no trigger for the construction
    ("modi-xi-bali-nov2022", [("2023-08-24", None, "Modi and Xi shook hands at a dinner in Bali in November.")],
     [("meeting", "held", "CHN IND", "2022-11-01", "2022-11-30")]),
    ("zurich-protocols-oct2009", [("2022-01-15", None, "A previous attempt at reconciliation between Armenia and Turkey, "
                                   "brokered by Switzerland, ended with two protocols signed in Zurich in October 2009.")],
     [("agreement", "held", "ARM CHE TUR", "2009-10-01", "2009-10-31")]),
    ("pompeo-china-oct2018", [("2023-02-04", None, "It would have been the first visit to China by a U.S. secretary of state "
                               "since Mike Pompeo went in October 2018.")],
     [("meeting", "held", "CHN USA", "2018-10-01", "2018-10-31")]),
    ("biden-xi-call-jul2022 / false call 2021-01..2022-11",
     [("2022-11-14", None, "U.S. President Joe Biden and Chinese President Xi Jinping met in Bali on Monday. The two leaders "
       "had spoken five times by phone or video link since January 2021. Their last call, on July 28, lasted more than two hours.")],
     [("meeting", "held", "CHN USA", "2022-11-14", "2022-11-14"), ("message", "held", "CHN USA", "2022-07-28", "2022-07-28")]),
    ("envoys-vienna-jul2022", [("2022-07-02", None, "Armenia and Turkey have agreed to open their land border to citizens of "
                                "third countries, their special envoys said after talks in Vienna on Friday.")],
     [("meeting", "held", "ARM TUR", "2022-07-01", "2022-07-01"), ("agreement", "held", "ARM TUR", "2022-07-01", "2022-07-01")]),
    ("guyana-refuses-commission-apr2024", [("2024-04-05", None, "Guyana said on Thursday it would not attend any further "
                                            "meeting with Venezuela.")],
     [("rejection", "refused", "GUY VEN", "2024-04-04", "2024-04-04")]),
    ("pretoria-agreement-nov2022 (w28)", [("2022-11-13", None, "The agreement between Ethiopia and the TPLF, signed in "
                                           "Pretoria on Nov. 2, left the details of disarmament to the commanders.")],
     [("agreement", "held", "ETH TPLF", "2022-11-02", "2022-11-02")]),
    # ---- parties
    ("rajnath-wei-moscow-sep2020", [("2020-09-11", None, "Defence Minister Rajnath Singh had met his Chinese counterpart "
                                     "Wei Fenghe in Moscow last Friday.")],
     [("meeting", "held", "CHN IND", "2020-09-04", "2020-09-04")]),
    ("rajnath-wei-moscow-sep2020 (w03) / false message CHN,IND 2020-09",
     [("2021-02-11", None, "Indian Defence Minister Rajnath Singh recalled that he had told his Chinese counterpart during "
       "their meeting in Moscow in September that Indian troops would not give up an inch of territory, and that External "
       "Affairs Minister S Jaishankar had conveyed the same message to Wang Yi.")],
     [("meeting", "held", "CHN IND", "2020-09-01", "2020-09-30")]),
    ("commanders-planned-sep2020", [("2020-09-11", None, "India and China agreed on a five-point plan on Thursday. Corps "
                                     "commanders will meet again in the coming days to work out the details, an Indian official said.")],
     [("agreement", "held", "CHN IND", "2020-09-10", "2020-09-10"), ("meeting", "planned", "CHN IND", "2020-09-11", "2020-09-30")]),
    ("commanders-round19-aug2023", [("2023-08-24", None, "Indian Prime Minister Narendra Modi and Chinese leader Xi Jinping "
                                     "spoke in Johannesburg on Wednesday. Their military commanders, meanwhile, held a 19th "
                                     "round of talks on August 13 and 14.")],
     [("meeting", "held", "CHN IND", "2023-08-23", "2023-08-23"), ("meeting", "held", "CHN IND", "2023-08-13", "2023-08-14")]),
    ("envoys-planned-jun2023", [("2023-06-04", None, "Armenian Prime Minister Nikol Pashinyan met Turkish President Tayyip "
                                 "Erdogan in Ankara on Saturday. The special envoys, Serdar Kilic and Ruben Rubinyan, are due "
                                 "to meet again later this month.")],
     [("meeting", "held", "ARM TUR", "2023-06-03", "2023-06-03"), ("meeting", "planned", "ARM TUR", "2023-06-04", "2023-06-30")]),
    ("false call AZE,TUR 2022-07 (erdogan-pashinyan-call-jul2022, source w11)",
     [("2022-10-07", None, "Turkish President Tayyip Erdogan and Armenian Prime Minister Nikol Pashinyan met on Thursday in "
       "Prague. Erdogan, who also met Azerbaijani President Ilham Aliyev separately, told reporters that Armenia should seize "
       "the opportunity. The two leaders had spoken by telephone for the first time in July.")],
     [("meeting", "held", "ARM TUR", "2022-10-06", "2022-10-06"), ("meeting", "held", "AZE TUR", "2022-10-06", "2022-10-06"),
      ("message", "held", "ARM TUR", "2022-07-01", "2022-07-31")]),
    ("gonsalves-letter-maduro/ali-dec2023 (name)", [("2023-12-10", None, "St Vincent Prime Minister Ralph Gonsalves said he "
                                                     "had sent letters to Venezuelan President Nicolas Maduro and Guyanese "
                                                     "President Irfaan Ali on Friday.")],
     [("message", "held", "VCT VEN", "2023-12-08", "2023-12-08"), ("message", "held", "GUY VCT", "2023-12-08", "2023-12-08")]),
    ("gonsalves-letter-maduro/ali-dec2023 (split)", [("2023-12-10", None, "The prime minister of Saint Vincent and the "
                                                      "Grenadines, Ralph Gonsalves, sent letters to Venezuelan President "
                                                      "Nicolas Maduro and Guyanese President Irfaan Ali on Friday.")],
     [("message", "held", "VCT VEN", "2023-12-08", "2023-12-08"), ("message", "held", "GUY VCT", "2023-12-08", "2023-12-08")]),
    ("gonsalves-caracas/georgetown-planned-feb2024 (name)", [("2024-01-26", None, "Ralph Gonsalves, the St Vincent prime "
                                                              "minister, said he would travel to Caracas and Georgetown in February.")],
     [("meeting", "planned", "VCT VEN", "2024-02-01", "2024-02-29"), ("meeting", "planned", "GUY VCT", "2024-02-01", "2024-02-29")]),
    ("gonsalves-caracas/georgetown-planned-feb2024 (two capitals)", [("2024-01-26", None, "Colombian President Gustavo Petro "
                                                                      "said he would travel to Caracas and Georgetown in February.")],
     [("meeting", "planned", "COL VEN", "2024-02-01", "2024-02-29"), ("meeting", "planned", "COL GUY", "2024-02-01", "2024-02-29")]),
    ("maduro-ali-call-jan2024 (surnames)", [("2024-01-26", None, "On Wednesday, Venezuelan state television reported that "
                                             "Maduro and Ali had spoken by telephone earlier in the week. Guyana's foreign "
                                             "ministry said that no such call had taken place.")],
     [("message", "held", "GUY VEN", "2024-01-22", "2024-01-24", True)]),
    ("maduro-ali-call-jan2024 (denial)", [("2024-01-26", None, "Venezuelan state television reported on Wednesday that "
                                           "Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali had spoken by "
                                           "telephone earlier in the week. Guyana's foreign ministry said that no such call "
                                           "had taken place.")],
     [("message", "held", "GUY VEN", "2024-01-22", "2024-01-24", True)]),
    ("wei-refuses-austin-call-feb2023", [("2023-02-19", None, "Chinese Defense Minister Wei Fenghe had declined a request from "
                                          "Defense Secretary Lloyd Austin for a phone call on Feb. 4.")],
     [("rejection", "refused", "CHN USA", "2023-02-04", "2023-02-04")]),
    ("au-talks-postponed-oct2022 / false talks AU,ZAF",
     [("2022-10-07", None, "ADDIS ABABA, Oct 7 (Reuters) - Peace talks between Ethiopia's government and forces from the "
       "northern Tigray region that the African Union had planned to convene in South Africa this weekend have been postponed, "
       "diplomats said on Friday. The AU had invited both sides in letters sent on Monday to talks that were to start on "
       "Saturday, and the government and the Tigray People's Liberation Front (TPLF) had both said they would attend.")],
     [("meeting", "cancelled", "AU ETH TPLF", "2022-10-08", "2022-10-08"), ("message", "held", "AU ETH", "2022-10-03", "2022-10-03"),
      ("message", "held", "AU TPLF", "2022-10-03", "2022-10-03")]),
    ("au-letter-ethiopia/tplf-oct2022 (named)", [("2022-10-07", None, "The African Union had invited the Ethiopian government "
                                                  "and the TPLF in letters sent on Monday to talks that were to start on Saturday.")],
     [("message", "held", "AU ETH", "2022-10-03", "2022-10-03"), ("message", "held", "AU TPLF", "2022-10-03", "2022-10-03"),
      ("meeting", "planned", "AU ETH TPLF", "2022-10-08", "2022-10-08")]),
    ("tplf-refuses-au-jun2022", [("2022-10-07", None, "The TPLF had refused an AU offer of talks in June.")],
     [("rejection", "refused", "AU TPLF", "2022-06-01", "2022-06-30")]),
    ("nairobi-declaration-nov2022", [("2022-11-13", None, "Military commanders of Ethiopia's federal army and of Tigrayan "
                                      "forces signed a declaration in Nairobi on Saturday on how to carry out the ceasefire.")],
     [("agreement", "held", "ETH TPLF", "2022-11-12", "2022-11-12")]),
    ("nairobi-talks-nov2022 (matched with a party lost)", [("2022-11-13", None, "The declaration was signed by the chief of "
                                                            "staff of the Ethiopian army and the TPLF military commander "
                                                            "Tadesse Werede, at the end of a week of talks hosted by the "
                                                            "Kenyan government that began on Monday.")],
     [("agreement", "held", "ETH KEN TPLF", "2022-11-07", "2022-11-13"), ("meeting", "held", "ETH KEN TPLF", "2022-11-07", "2022-11-12")]),
    # ---- not in English
    ("gogra-agreement-sep2022", [("2022-09-09", "ar", "أعلنت الهند والصين يوم الخميس بدء الانسحاب. وقالت وزارة الخارجية "
                                  "الهندية إن الجانبين اتفقا على فك الاشتباك بعد الجولة السادسة عشرة من المحادثات بين قادة "
                                  "الفيالق العسكرية، التي عُقدت في 17 يوليو.")],
     [("agreement", "held", "CHN IND", "2022-07-17", "2022-09-09"), ("meeting", "held", "CHN IND", "2022-07-17", "2022-07-17")]),
    ("commanders-round16-jul2022", [("2022-09-09", "ar", "وقالت الهند إن الجانبين اتفقا على فك الاشتباك بعد الجولة السادسة "
                                     "عشرة من المحادثات بين قادة الفيالق العسكرية الهندية والصينية، التي عُقدت في 17 يوليو.")],
     [("agreement", "held", "CHN IND", "2022-07-17", "2022-09-09"), ("meeting", "held", "CHN IND", "2022-07-17", "2022-07-17")]),
    ("jaishankar-wang-bali-jul2022", [("2022-09-09", "ar", "أعلنت الهند والصين يوم الخميس بدء الانسحاب. وكان وزيرا خارجية "
                                       "البلدين سوبرامانيام جايشانكار ووانغ يي قد التقيا في بالي في يوليو.")],
     [("meeting", "held", "CHN IND", "2022-07-01", "2022-07-31")]),
    ("pretoria-agreement-nov2022 (w27)", [("2022-11-03", "fr", "Le gouvernement éthiopien et le TPLF ont signé mercredi un accord.")],
     [("agreement", "held", "ETH TPLF", "2022-11-02", "2022-11-02")]),
    ("pretoria-talks-oct2022", [("2022-11-03", "fr", "Les négociations entre le gouvernement éthiopien et le TPLF se sont "
                                 "ouvertes le 25 octobre à Pretoria.")],
     [("meeting", "held", "ETH TPLF", "2022-10-25", "2022-11-02")]),
    ("commanders-planned-nov2022", [("2022-11-03", "fr", "L'Éthiopie et l'Érythrée ont signé mercredi un accord. Les "
                                     "commandants militaires des deux pays doivent se retrouver dans les cinq jours.")],
     [("agreement", "held", "ERI ETH", "2022-11-02", "2022-11-02"), ("meeting", "planned", "ERI ETH", "2022-11-03", "2022-11-08")]),
    ("presidents-brazil-planned-2024", [("2023-12-15", "es", "Los presidentes de Venezuela y Guyana acordaron volver a "
                                         "reunirse en Brasil en un plazo de tres meses.")],
     [("meeting", "planned", "BRA GUY VEN", "2023-12-15", "2024-03-15")]),
    # ---- dates
    ("commanders-round9-jan2021", [("2021-02-11", None, "The agreement followed the ninth round of talks between the Indian "
                                    "and Chinese corps commanders, held at Moldo on January 24.")],
     [("meeting", "held", "CHN IND", "2021-01-24", "2021-01-24")]),
    ("erdogan-aliyev-prague-oct2022", [("2022-10-07", None, "Turkish President Tayyip Erdogan and Armenian Prime Minister "
                                        "Nikol Pashinyan met on Thursday in Prague. Erdogan also met Azerbaijani President "
                                        "Ilham Aliyev.")],
     [("meeting", "held", "ARM TUR", "2022-10-06", "2022-10-06"), ("meeting", "held", "AZE TUR", "2022-10-06", "2022-10-06")]),
    ("prague-four-way-oct2022 (matched, date inferred)", [("2022-10-07", None, "Turkish President Tayyip Erdogan and Armenian "
                                                           "Prime Minister Nikol Pashinyan met on Thursday in Prague. Earlier "
                                                           "in the day, Pashinyan had a four-way meeting with Azerbaijani "
                                                           "President Ilham Aliyev, French President Emmanuel Macron and "
                                                           "European Council President Charles Michel.")],
     [("meeting", "held", "ARM TUR", "2022-10-06", "2022-10-06"), ("meeting", "held", "ARM AZE EUR FRA", "2022-10-06", "2022-10-06")]),
    ("envoys-vienna-feb2022 / envoys-vienna-may2022", [("2022-07-02", None, "Armenia and Turkey have agreed to open their "
                                                        "border, their special envoys said on Friday. The envoys had held two "
                                                        "earlier rounds in Vienna, on Feb. 24 and on May 3.")],
     [("agreement", "held", "ARM TUR", "2022-07-01", "2022-07-01"), ("meeting", "held", "ARM TUR", "2022-02-24", "2022-02-24"),
      ("meeting", "held", "ARM TUR", "2022-05-03", "2022-05-03")]),
    ("false talks ARM,TUR 2022-06-30 (w08 undated, anchored on its story's date)",
     [("2022-07-02", None, "The special envoys of Armenia and Turkey met in Vienna on Thursday for a second round of talks.")],
     []),
    ("au-talks-postponed-oct2022 (date)", [("2022-10-07", None, "Peace talks between Ethiopia's government and the TPLF that "
                                            "were to start in South Africa on Saturday have been postponed, diplomats said on Friday.")],
     [("meeting", "cancelled", "ETH TPLF", "2022-10-08", "2022-10-08")]),
    # ---- status and type
    ("false talks cancelled CHN,USA 2022-08", [("2022-11-14", None, "U.S. President Joe Biden and Chinese President Xi Jinping "
                                                "met in Bali on Monday. Their last call, on July 28, was dominated by House "
                                                "Speaker Nancy Pelosi's planned trip to Taiwan, which went ahead in August and "
                                                "led Beijing to suspend several channels of dialogue with Washington.")],
     [("meeting", "held", "CHN USA", "2022-11-14", "2022-11-14"), ("message", "held", "CHN USA", "2022-07-28", "2022-07-28")]),
    ("false call CHN,USA 2023-11-09..16 (takes biden-xi-woodside-nov2023's match)",
     [("2023-11-16", None, "U.S. President Joe Biden and Chinese President Xi Jinping met on Wednesday in Woodside. The two "
       "leaders also agreed that either of them could \"pick up the phone\" and call the other directly, Biden said.")],
     [("meeting", "held", "CHN USA", "2023-11-15", "2023-11-15")]),
    ("false invitation ARM,TUR 2023-03 (w30)", [("2023-03-26", None, "The two teams had last met in World Cup qualifiers in 2008 "
                                                 "and 2009; the first of those games, in Yerevan, was watched by Turkish "
                                                 "President Abdullah Gul at the invitation of his Armenian counterpart.")],
     [("meeting", "held", "ARM TUR", "2008-01-01", "2008-12-31")]),
    ("ali-guterres-call-dec2023 / false talks GUY,UNO", [("2023-12-07", None, "Guyanese President Irfaan Ali said he had "
                                                          "spoken with United Nations Secretary-General Antonio Guterres on Tuesday.")],
     [("message", "held", "GUY UNO", "2023-12-05", "2023-12-05")]),
    ("false agreement CHN,IND,ZAF 2023-08-23 (headline)", [("2023-08-24", None, "Modi and Xi agree to \"intensify efforts\" on "
                                                            "border in rare conversation at BRICS")],
     []),
    ("false visit CHN,TWN,USA 2022-08-03 (Arabic teaser)", [("2022-09-09", "ar", "اقرأ أيضاً:\n- الصين تحتج على زيارة رئيسة "
                                                             "مجلس النواب الأمريكي إلى تايوان (3 أغسطس 2022)")],
     []),
    # ---- merging
    ("argyle-planned-dec2023 (over-merged across articles)",
     [("2023-12-10", None, "Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali will meet on Thursday in St "
       "Vincent and the Grenadines, Prime Minister Ralph Gonsalves said on Saturday."),
      ("2023-12-15", None, "Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali met on Thursday in St Vincent "
       "and the Grenadines.")],
     [("meeting", "planned", "GUY VCT VEN", "2023-12-14", "2023-12-14"), ("meeting", "held", "GUY VCT VEN", "2023-12-14", "2023-12-14")]),
    ("blinken-qin-jun2023 (over-merged)", [("2023-06-20", "de", "Xi Jinping hat US-Außenminister Antony Blinken am Montag in "
                                            "Peking empfangen. Bereits am Sonntag hatte Blinken mehr als siebeneinhalb Stunden "
                                            "lang mit Außenminister Qin Gang verhandelt.")],
     [("meeting", "held", "CHN USA", "2023-06-19", "2023-06-19"), ("meeting", "held", "CHN USA", "2023-06-18", "2023-06-18")]),
    ("false split rows for biden-xi-bali-nov2022 (w19)",
     [("2022-11-14", None, "NUSA DUA, Indonesia, Nov 14 (Reuters) - U.S. President Joe Biden and Chinese President Xi Jinping "
       "met for more than three hours on the Indonesian island of Bali on Monday, their first in-person meeting since Biden took "
       "office, and agreed that senior officials would resume talks on climate change, debt relief and other issues. Biden told "
       "reporters after the meeting, held at Xi's hotel a day before the G20 summit opened, that there need not be \"a new Cold "
       "War\" and that Secretary of State Antony Blinken would travel to China to follow up on the talks.")],
     [("meeting", "held", "CHN USA", "2022-11-14", "2022-11-14"), ("meeting", "planned", "CHN USA", "2022-11-15", "2023-02-28")]),
    ("false split rows for biden-xi-bali-nov2022 (w19 + w20)",
     [("2022-11-14", None, "U.S. President Joe Biden and Chinese President Xi Jinping met on the Indonesian island of Bali on Monday."),
      ("2023-02-04", None, "It would have been the first visit to China by a U.S. secretary of state since Mike Pompeo went in "
       "October 2018, and was meant to follow up on the meeting between Presidents Joe Biden and Xi Jinping in Bali last November.")],
     [("meeting", "held", "CHN USA", "2022-11-14", "2022-11-14"), ("meeting", "held", "CHN USA", "2018-10-01", "2018-10-31")]),
]


if __name__ == "__main__":
    sys.exit(main(ITEMS))
