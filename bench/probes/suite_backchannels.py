"""Probe suite 'backchannels': 143 invented wire-style items on non-state parties, mediators and back channels.

Written for this project (none reused from the basics suite, from ../shared or from a real article);
48 items have two or more sentences, like wire copy. Each item is (id, category, text, report date,
expected events), with a report date between 2013 and 2024 and office holders of that date.
Expectations were fixed by hand before the extractor was run on them and are not edited to make an
item pass. Parties are ISO3 codes or the project's codes for organisations and armed groups (TAL,
HAM, HEZ, HOU, UNO, EUR, NATO, ...); mediators, hosts, guarantors and carriers are parties, venues,
topics and speakers are not. An item with no expected event is a distractor.
Run with ``bench/probe_eval.py --suite backchannels``; the judging rules are in that script.
"""
from __future__ import annotations

from typing import Any

from .helpers import day, month, week, A, AM, E, HP, Item, M, MM, MS, R




INF = "INF"
S: list[Item] = []  # (id, category, text, anchor, [expected])


def add(cat: str, text: str, anchor: str, *exp: dict[str, Any]) -> None:
    S.append((len(S) + 1, cat, text, anchor, list(exp)))

# ---------- Hamas / Gaza mediation
a = "2023-11-22"
add("truce", "DOHA, Nov 22 (Reuters) - Qatar announced on Wednesday that Israel and Hamas had agreed to a four-day truce in Gaza and the release of 50 hostages in exchange for 150 Palestinian prisoners. The deal was mediated by Qatar, Egypt and the United States.", a,
    E(A, "held", "ISR HAM QAT EGY USA", ("2023-11-21", "2023-11-22")), E(A, ("planned", "held"), ["HAM ISR", "HAM ISR QAT", "EGY HAM ISR QAT USA"], None, opt=True))
a = "2023-11-23"
add("headline", "Qatar says Gaza truce to begin Friday morning DOHA, Nov 23 (Reuters) - A truce between Israel and Hamas will take effect at 7 a.m. on Friday, Qatari foreign ministry spokesman Majed al-Ansari told reporters on Thursday, and the first 13 hostages will be freed in the afternoon.", a,
    E(A, HP, ["HAM ISR", "HAM ISR QAT"], None, opt=True))
a = "2023-11-28"
add("exchange", "Hamas freed 11 more hostages on Monday under the extended truce, and Israel released 33 Palestinian prisoners, the Qatari mediators said.", a,
    E(A, "held", ["HAM ISR", "HAM ISR QAT"], day("2023-11-27")))
a = "2024-01-29"
add("intel", "CIA Director William Burns met Mossad chief David Barnea, Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and Egyptian intelligence chief Abbas Kamel in Paris on Sunday to work out a new hostage deal.", a,
    E(M, "held", "USA ISR QAT EGY", day("2024-01-28")))
a = "2024-02-14"
add("delegation", "Negotiators from the United States, Egypt, Qatar and Israel met in Cairo on Tuesday. A Hamas delegation was not present, but Egyptian officials said they would brief the group's leaders later in the week.", a,
    E(M, "held", "USA EGY QAT ISR", day("2024-02-13")), E(MM, "planned", "EGY HAM", None, opt=True))
a = "2024-04-21"
add("earlier", "Turkish President Tayyip Erdogan hosted Hamas political leader Ismail Haniyeh in Istanbul on Saturday, days after Turkish Foreign Minister Hakan Fidan met him in Doha.", a,
    E(M, "held", "TUR HAM", day("2024-04-20")), E(M, "held", "TUR HAM", None))
a = "2023-10-15"
add("pronoun", "Iranian Foreign Minister Hossein Amir-Abdollahian met Hamas leader Ismail Haniyeh in Doha on Saturday. He had met Hezbollah chief Hassan Nasrallah in Beirut a day earlier.", a,
    E(M, "held", "IRN HAM", day("2023-10-14")), E(M, "held", "IRN HEZ", day("2023-10-13")))
a = "2023-10-26"
add("delegation", "MOSCOW, Oct 26 (Reuters) - A Hamas delegation led by senior official Moussa Abu Marzouk held talks in Moscow on Thursday with Russian Deputy Foreign Minister Mikhail Bogdanov, the foreign ministry said. Israel called the visit obscene.", a,
    E(M, "held", "HAM RUS", day("2023-10-26")))
a = "2024-05-06"
add("denial", "Egyptian sources said a Hamas delegation had met CIA Director William Burns in Cairo on Sunday. A Hamas official denied any direct contact with U.S. officials, saying all messages went through Egyptian and Qatari mediators.", a,
    E(M, "held", "HAM USA", day("2024-05-05"), disputed=True), E(MS, "held", ["EGY HAM QAT USA", "EGY HAM QAT"], None, opt=True))
a = "2024-07-23"
add("agreement", "BEIJING, July 23 (Reuters) - Rival Palestinian factions Hamas and Fatah signed a declaration in Beijing on Tuesday to form an interim national reconciliation government, Chinese Foreign Minister Wang Yi said after hosting the talks.", a,
    E(A, "held", ["CHN FTH HAM", "CHN HAM PSE", "CHN HAM"], day("2024-07-23")), E(M, "held", ["CHN FTH HAM", "CHN HAM PSE", "CHN HAM"], None, opt=True))
a = "2017-10-12"
add("agreement", "CAIRO, Oct 12 (Reuters) - Hamas and the Palestinian Authority reached a reconciliation deal in Cairo on Thursday after talks brokered by Egypt.", a,
    E(A, "held", "HAM PSE EGY", day("2017-10-12")), E(M, "held", "HAM PSE EGY", None, opt=True))
a = "2014-08-27"
add("truce", "Israel and Hamas agreed on Tuesday to an open-ended ceasefire brokered by Egypt, ending seven weeks of fighting in Gaza.", a,
    E(A, "held", "ISR HAM EGY", day("2014-08-26")))
# ---------- Taliban
a = "2020-02-29"
add("agreement", "DOHA, Feb 29 (Reuters) - The United States signed a deal with the Taliban in Doha on Saturday aimed at ending the 18-year war in Afghanistan. U.S. peace envoy Zalmay Khalilzad and Taliban political chief Mullah Abdul Ghani Baradar signed the agreement as Secretary of State Mike Pompeo looked on.", a,
    E(A, "held", "USA TAL", day("2020-02-29")))
a = "2021-08-24"
add("intel", "CIA Director William Burns held a secret meeting in Kabul on Monday with the Taliban's de facto leader, Abdul Ghani Baradar, U.S. officials said. A Taliban spokesman declined to comment.", a,
    E(M, "held", "USA TAL", day("2021-08-23"), disputed=False))
a = "2022-03-25"
add("visit", "Chinese Foreign Minister Wang Yi made an unannounced visit to Kabul on Thursday and met the Taliban's acting foreign minister, Amir Khan Muttaqi.", a,
    E(M, "held", ["CHN TAL", "AFG CHN TAL"], day("2022-03-24")), E(M, "held", "AFG CHN", day("2022-03-24"), opt=True))
a = "2018-07-30"
add("reported", "Taliban officials met a senior U.S. diplomat in Qatar last week, two Taliban sources said, but the State Department would not confirm the meeting.", a,
    E(M, "held", "TAL USA", week(a, -1), disputed=False))
a = "2019-09-08"
add("cancel", "Trump said on Saturday he had called off a secret meeting with Taliban leaders and Afghan President Ashraf Ghani at Camp David that was planned for Sunday.", a,
    E(M, "cancelled", "USA TAL AFG", None))
a = "2020-09-13"
add("mediation", "Intra-Afghan peace talks opened in Doha on Saturday, with Afghan government negotiators and Taliban representatives sitting face to face for the first time. Qatar, which hosts the Taliban's political office, organised the ceremony.", a,
    E(M, "held", ["AFG QAT TAL", "AFG TAL"], day("2020-09-12")))
# ---------- Houthis / Yemen
a = "2023-04-09"
add("delegation", "SANAA, April 9 (Reuters) - A Saudi delegation led by ambassador Mohammed Al Jaber arrived in Sanaa on Sunday for talks with Houthi officials on a permanent ceasefire, accompanied by an Omani delegation that has been mediating between the two sides.", a,
    E(M, "held", "SAU HOU OMN", day("2023-04-09")))
a = "2023-03-21"
add("exchange", "The Yemeni government and the Houthis agreed on Monday to free nearly 900 detainees after 10 days of talks in Switzerland sponsored by the United Nations and the Red Cross, U.N. envoy Hans Grundberg said.", a,
    E(A, "held", ["YEM HOU UNO ICRC", "YEM HOU UNO"], day("2023-03-20")), E(M, "held", ["YEM HOU UNO ICRC", "YEM HOU UNO"], None, opt=True))
a = "2023-04-15"
add("exchange", "Planes carrying freed prisoners flew between Sanaa and Saudi Arabia on Friday as the Houthis and the Saudi-led coalition began a three-day exchange overseen by the ICRC.", a,
    E(A, "held", ["HOU ICRC SAU", "HOU SAU"], ("2023-04-14", "2023-04-16")))
a = "2024-01-13"
add("distractor", "U.S. and British warplanes struck Houthi targets in Yemen on Friday after the group ignored repeated warnings to halt attacks on Red Sea shipping.", a,
    E(MS, "held", ["GBR HOU USA"], None, opt=True))
a = "2024-03-15"
add("denial", "Houthi spokesman Mohammed Abdulsalam said on Thursday that he had met Omani officials in Muscat to discuss the Red Sea crisis, but denied reports that the group had held indirect talks with Washington.", a,
    E(M, "held", "HOU OMN", None))
# ---------- Hezbollah / Lebanon
a = "2022-10-28"
add("agreement", "Lebanon and Israel finalised a U.S.-brokered deal on their maritime border on Thursday, with U.S. envoy Amos Hochstein shuttling between the two sides for months. Hezbollah, which had threatened to attack Israeli gas rigs, said it would abide by the agreement.", a,
    E(A, "held", "LBN ISR USA", day("2022-10-27")), E(M, "held", "LBN ISR USA", None, opt=True))
a = "2024-11-27"
add("truce", "BEIRUT, Nov 27 (Reuters) - A ceasefire between Israel and Hezbollah took effect early on Wednesday under a deal mediated by the United States and France. Lebanese parliament speaker Nabih Berri, a Hezbollah ally, negotiated on the group's behalf.", a,
    E(A, "held", ["FRA HEZ ISR USA", "FRA HEZ ISR LBN USA"], ("2024-11-26", "2024-11-27")), E(M, "held", ["HEZ LBN", "LBN USA", "FRA LBN USA"], None, opt=True))
a = "2023-11-04"
add("distractor", "Hezbollah leader Hassan Nasrallah said in a televised speech on Friday that all options were open on the Lebanese front, and that talks on a ceasefire in Gaza were a matter for Hamas.", a)
# ---------- FARC / ELN
a = "2015-09-23"
add("agreement", "HAVANA, Sept 23 (Reuters) - Colombian President Juan Manuel Santos and FARC leader Rodrigo Londono shook hands in Havana on Wednesday after agreeing on a deal on transitional justice, with Cuban President Raul Castro standing between them.", a,
    E(A, "held", ["COL FARC", "COL CUB FARC"], day("2015-09-23")), E(M, "held", ["COL CUB FARC", "COL FARC"], day("2015-09-23"), opt=True))
a = "2016-08-25"
add("agreement", "Colombia's government and FARC rebels reached a final peace agreement in Havana on Wednesday, ending more than 50 years of war. Cuba and Norway acted as guarantors of the talks, which began in 2012.", a,
    E(A, "held", "COL FARC CUB NOR", day("2016-08-24")), E(M, "held", ["COL CUB FARC NOR", "COL FARC"], ("2012-01-01", "2016-08-24"), opt=True))
a = "2016-10-03"
add("distractor", "Colombians narrowly rejected the peace deal with the FARC in a referendum on Sunday.", a)
a = "2023-06-09"
add("agreement", "HAVANA, June 9 (Reuters) - Colombia's government and the ELN rebel group signed a six-month bilateral ceasefire in Havana on Friday, with President Gustavo Petro and ELN commander Antonio Garcia attending the ceremony. The deal will take effect on Aug. 3.", a,
    E(A, "held", "COL ELN", day("2023-06-09")), E(M, "held", "COL ELN", day("2023-06-09"), opt=True))
a = "2022-11-21"
add("mediation", "CARACAS, Nov 21 (Reuters) - Colombia's government and the National Liberation Army resumed peace talks in Caracas on Monday, more than three years after they were suspended, with Venezuela, Cuba and Norway acting as guarantors.", a,
    E(M, "held", "COL ELN VEN CUB NOR", day("2022-11-21")))
a = "2023-01-31"
add("planned", "Colombia's peace commissioner Danilo Rueda said on Tuesday that talks with the ELN would resume in Mexico City on Feb. 13.", a,
    E(M, "planned", "COL ELN", day("2023-02-13")))
a = "2023-03-12"
add("plan_outcome", "Talks between Colombia and the ELN were due to end in Mexico City on Friday, but the two sides extended them by a day to finish a draft agreement, which they signed on Saturday.", a,
    E(A, "held", "COL ELN", day("2023-03-11")), E(M, "held", "COL ELN", ("2023-03-10", "2023-03-11"), opt=True), E(M, "held", "COL ELN", INF, opt=True))
# ---------- Vatican / IAEA / UN envoys
a = "2023-06-30"
add("earlier", "Cardinal Matteo Zuppi, the Vatican's peace envoy for Ukraine, met Kremlin foreign policy adviser Yuri Ushakov in Moscow on Wednesday, weeks after talks with Ukrainian President Volodymyr Zelensky in Kyiv.", a,
    E(M, "held", "VAT RUS", day("2023-06-28")), E(M, "held", "VAT UKR", None))
a = "2023-07-19"
add("envoy", "Pope Francis's envoy Cardinal Matteo Zuppi met Biden at the White House on Tuesday to discuss humanitarian efforts for Ukraine, including the return of Ukrainian children taken to Russia.", a,
    E(M, "held", "VAT USA", day("2023-07-18")))
a = "2022-10-12"
add("earlier", "IAEA chief Rafael Grossi met Putin in St Petersburg on Tuesday to discuss a safety zone around the Zaporizhzhia nuclear plant, days after talks with Zelensky in Kyiv.", a,
    E(M, "held", "IAEA RUS", day("2022-10-11")), E(M, "held", "IAEA UKR", None))
a = "2023-03-04"
add("agreement", "TEHRAN, March 4 (Reuters) - IAEA Director General Rafael Grossi met Iranian President Ebrahim Raisi in Tehran on Saturday, and the two sides issued a joint statement promising cooperation on inspections.", a,
    E(M, "held", "IAEA IRN", day("2023-03-04")), E(AM, "held", "IAEA IRN", None, opt=True))
a = "2024-05-08"
add("reported", "Grossi said on Tuesday he had held frank talks with Iran's atomic energy chief Mohammad Eslami in Isfahan, but no agreement was reached on restoring cameras.", a,
    E(M, "held", "IAEA IRN", ("2024-05-01", "2024-05-07")))
a = "2024-02-27"
add("envoy", "U.N. Middle East envoy Tor Wennesland met Palestinian Prime Minister Mohammad Shtayyeh in Ramallah on Monday, hours after Shtayyeh announced his government's resignation.", a,
    E(M, "held", "UNO PSE", day("2024-02-26")))
a = "2018-06-04"
add("intel", "North Korea's former spy chief Kim Yong Chol delivered a letter from Kim Jong Un to U.S. President Donald Trump at the White House on Friday, after talks with Secretary of State Mike Pompeo in New York.", a,
    E(MM, "held", "PRK USA", day("2018-06-01")), E(M, "held", "PRK USA", None))
a = "2018-04-18"
add("secret", "CIA Director Mike Pompeo secretly met North Korean leader Kim Jong Un in Pyongyang over the Easter weekend, two people briefed on the trip said on Tuesday.", a,
    E(M, "held", "USA PRK", ("2018-03-30", "2018-04-02")))
a = "2019-10-05"
add("dispute_desc", "STOCKHOLM, Oct 5 (Reuters) - Working-level nuclear talks between North Korea and the United States broke down in Stockholm on Saturday, North Korea's chief negotiator Kim Myong Gil said, but the State Department said the two sides had good discussions.", a,
    E(M, "held", "PRK USA", day("2019-10-05")))
a = "2013-11-25"
add("secret", "Senior U.S. and Iranian officials held a series of secret face-to-face talks in Oman beginning in March 2013, a channel that paved the way for the nuclear deal reached in Geneva on Sunday, officials said.", a,
    E(M, "held", ["IRN USA", "IRN OMN USA"], ("2013-03-01", "2013-11-24")), E(A, "held", ["IRN USA", "IRN"], day("2013-11-24"), opt=True))
a = "2014-12-18"
add("secret", "U.S. and Cuban officials held 18 months of secret talks, hosted mostly by Canada, before Obama and Raul Castro spoke by phone on Tuesday for more than 45 minutes. Pope Francis personally appealed to both leaders in letters this summer.", a,
    E(M, "held", ["CAN CUB USA", "CUB USA"], None), E(MM, "held", "CUB USA", day("2014-12-16")),
    E(MS, "held", ["CUB USA VAT", "USA VAT", "CUB VAT"], ("2014-06-01", "2014-09-22")), E(MS, "held", ["USA VAT", "CUB VAT"], ("2014-06-01", "2014-09-22"), opt=True))
a = "2021-03-05"
add("denial", "Indian and Pakistani intelligence officials have held secret talks in Dubai since January, with the United Arab Emirates acting as go-between, according to people familiar with the matter. Pakistan's military spokesman denied that any such meeting had taken place.", a,
    E(M, "held", ["IND PAK ARE", "IND PAK"], None, disputed=True))
a = "2021-02-26"
add("agreement", "India and Pakistan agreed on Thursday to strictly observe a ceasefire along the Line of Control after talks between their directors general of military operations over a hotline.", a,
    E(A, "held", "IND PAK", day("2021-02-25")), E(MM, "held", "IND PAK", None, opt=True))
# ---------- prisoner swaps
a = "2022-12-08"
add("exchange", "ABU DHABI, Dec 8 (Reuters) - Russia freed U.S. basketball star Brittney Griner on Thursday in exchange for arms dealer Viktor Bout, in a swap at Abu Dhabi airport that the United Arab Emirates and Saudi Arabia said they had mediated.", a,
    E(A, "held", "RUS USA ARE SAU", day("2022-12-08")))
a = "2022-04-28"
add("exchange", "Russia and the United States exchanged prisoners on Wednesday, with former Marine Trevor Reed flown home in return for Russian pilot Konstantin Yaroshenko. The swap took place in Turkey.", a,
    E(A, "held", "RUS USA", day("2022-04-27")))
a = "2024-08-01"
add("list", "ANKARA, Aug 1 (Reuters) - Turkey's intelligence agency MIT said it had coordinated the biggest prisoner swap between Russia and the West since the Cold War, involving 26 people from Russia, the United States, Germany, Poland, Slovenia, Norway and Belarus, at Ankara airport on Thursday.", a,
    E(A, "held", ["RUS USA DEU POL SVN NOR BLR TUR", "RUS TUR"], day("2024-08-01")))
a = "2023-09-19"
add("exchange", "Five Americans released by Iran landed in Doha on Monday, after Qatar mediated months of indirect negotiations between Washington and Tehran. Qatari officials shuttled between the two delegations in separate hotels.", a,
    E(A, "held", ["IRN USA", "IRN QAT USA"], day("2023-09-18"), opt=True), E(M, "held", "QAT IRN USA", None))
a = "2024-01-05"
add("exchange", "Russia and Ukraine carried out their largest prisoner exchange of the war on Wednesday, swapping more than 450 captives after mediation by the United Arab Emirates, Ukraine's coordination headquarters said.", a,
    E(A, "held", "RUS UKR ARE", day("2024-01-03")))
a = "2022-09-22"
add("exchange", "Saudi Crown Prince Mohammed bin Salman mediated the release of 10 foreign fighters captured by Russia in Ukraine, including two Americans, the Saudi foreign ministry said on Wednesday.", a,
    E(AM, "held", ["RUS SAU", "RUS SAU UKR"], None))
# ---------- state mediators, NSAs
a = "2023-03-10"
add("earlier", "BEIJING, March 10 (Reuters) - Iran and Saudi Arabia agreed on Friday to re-establish relations after talks in Beijing hosted by China's top diplomat Wang Yi, following secret rounds in Iraq and Oman in 2021 and 2022.", a,
    E(A, "held", "IRN SAU CHN", day("2023-03-10")), E(M, "held", "IRN SAU CHN", None, opt=True), E(M, "held", ["IRN SAU", "IRN IRQ OMN SAU"], ("2021-01-01", "2022-12-31"), opt=True))
a = "2024-01-31"
add("nsa", "The national security advisers of the United States and China, Jake Sullivan and Wang Yi, met in Bangkok on Friday and Saturday, the White House said, describing the talks as candid and substantive.", a,
    E(M, "held", "CHN USA", ("2024-01-26", "2024-01-27")))
a = "2023-05-11"
add("nsa", "VIENNA, May 11 (Reuters) - White House national security adviser Jake Sullivan held two days of talks with China's top diplomat Wang Yi in Vienna, the White House said on Thursday, in the first high-level contact since the balloon incident in February.", a,
    E(M, "held", "USA CHN", ("2023-05-08", "2023-05-11")))
a = "2024-03-04"
add("plan_outcome", "Israeli officials had been expected to join talks in Cairo on Sunday on a Gaza truce, but they stayed away after Hamas failed to provide a list of living hostages. Hamas, Qatari and Egyptian delegations met without them.", a,
    E(M, "held", "HAM QAT EGY", ("2024-03-03", "2024-03-04")), E(M, ("cancelled", "refused"), ["EGY ISR", "EGY HAM ISR QAT", "ISR"], None, opt=True), E(R, "refused", ["EGY ISR", "EGY HAM ISR QAT"], None, opt=True))
a = "2024-05-07"
add("message", "Hamas said on Monday it had accepted an Egyptian-Qatari ceasefire proposal. Israel said the terms fell short of its demands but that it would send a delegation to Cairo for further talks.", a,
    E(AM, "held", ["EGY HAM QAT"], ("2024-04-30", "2024-05-06")), E(M, "planned", ["EGY ISR"], None))
a = "2023-11-30"
add("truce", "The truce between Israel and Hamas was extended by a further day on Thursday, minutes before it was due to expire, after mediators Qatar and Egypt said the two sides had agreed on a new list of hostages.", a,
    E(A, "held", "ISR HAM QAT EGY", day("2023-11-30")))
a = "2023-12-01"
add("distractor", "Fighting resumed in Gaza on Friday after the truce expired. Israel accused Hamas of violating the pause by firing rockets, while Hamas said Israel had rejected offers to free more hostages.", a,
    E(R, "refused", ["HAM ISR"], INF, opt=True))
a = "2024-06-01"
add("distractor", "Biden laid out a three-phase Israeli proposal for a ceasefire in Gaza in a speech at the White House on Friday and urged Hamas to accept it.", a)
a = "2023-05-06"
add("distractor", "Trade between China and the Arab League's 22 members reached $431 billion last year, a Chinese commerce ministry official told a forum in Riyadh on Thursday.", a)
a = "2022-11-22"
add("distractor", "QatarEnergy signed a 27-year deal to supply liquefied natural gas to China's Sinopec on Monday, the longest such agreement ever.", a)
a = "2022-12-11"
add("distractor", "Morocco stunned Portugal 1-0 in Doha on Saturday to become the first African team to reach a World Cup semi-final, where they will meet France.", a)
a = "2022-11-26"
add("distractor", "Iran and the United States meet on Tuesday in a politically charged World Cup match in Qatar.", a)
a = "2023-10-19"
add("distractor", "The United States imposed sanctions on Wednesday on 10 Hamas members and financiers operating in Gaza, Sudan, Turkey, Algeria and Qatar.", a)
a = "2024-04-14"
add("distractor", "Thousands of protesters marched in Tel Aviv on Saturday demanding that the government reach a deal with Hamas to free the hostages.", a)
a = "2024-06-04"
add("list", "Mexico elected Claudia Sheinbaum as its first woman president on Sunday. Petro and Lula congratulated her by phone on Monday.", a,
    E(MS, "held", "COL MEX", day("2024-06-03")), E(MS, "held", "BRA MEX", day("2024-06-03")))
a = "2024-05-21"
add("distractor", "The prosecutor of the International Criminal Court said on Monday he had applied for arrest warrants for Netanyahu and Hamas leader Yahya Sinwar.", a)
a = "2023-10-25"
add("distractor", "Hamas said it would not release more hostages until Israel met its demands for fuel deliveries to Gaza.", a,
    E(R, "refused", ["HAM ISR"], None, opt=True))
a = "2023-09-22"
add("distractor", "Palestinian President Mahmoud Abbas addressed the U.N. General Assembly on Thursday, telling world leaders there could be no peace without a Palestinian state.", a)
a = "2024-09-28"
add("distractor", "Israel said on Saturday it had killed Hezbollah leader Hassan Nasrallah in an air strike on Beirut's southern suburbs on Friday.", a)
a = "2024-11-01"
add("earlier", "U.S. envoys Amos Hochstein and Brett McGurk met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Thursday to push for a ceasefire with Hezbollah, a day after Hochstein held talks in Beirut with Lebanese parliament speaker Nabih Berri.", a,
    E(M, "held", "USA ISR", day("2024-10-31")), E(M, "held", "USA LBN", day("2024-10-30")))
a = "2023-10-17"
add("cancel", "Jordan's King Abdullah cancelled a summit in Amman with Biden, Egyptian President Abdel Fattah al-Sisi and Palestinian President Mahmoud Abbas on Tuesday after a blast at a Gaza hospital. Biden will still travel to Israel on Wednesday.", a,
    E(M, "cancelled", "JOR USA EGY PSE", None), E(M, "planned", "USA ISR", day("2023-10-18")))
a = "2024-04-27"
add("two_sides", "Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken in Beijing on Friday. The two sides agreed to keep communicating and to hold talks on artificial intelligence in the coming weeks.", a,
    E(M, "held", "CHN USA", day("2024-04-26")), E(M, "planned", "CHN USA", None, opt=True), E(A, "held", "CHN USA", None, opt=True))
a = "2023-10-09"
add("counterpart", "Turkish Foreign Minister Hakan Fidan spoke by phone with his Iranian counterpart on Sunday and later with his Qatari counterpart, the ministry said.", a,
    E(MM, "held", "TUR IRN", day("2023-10-08")), E(MM, "held", "TUR QAT", day("2023-10-08")))
a = "2022-11-15"
add("intel", "CIA Director William Burns met his Russian counterpart, foreign intelligence chief Sergei Naryshkin, in Ankara on Monday to warn Moscow against using nuclear weapons, the White House said. Kyiv had been told about the trip in advance.", a,
    E(MM, "held", "USA RUS", day("2022-11-14")), E(MS, "held", "UKR USA", None, opt=True))
a = "2022-11-08"
add("secret", "Jake Sullivan has held confidential talks in recent months with Yuri Ushakov, a top foreign policy aide to Putin, the Wall Street Journal reported on Monday. The Kremlin declined to comment, and the White House did not deny the report.", a,
    # "in recent months": no closer than half a year, no timeline line (merge.VAGUE_SPAN_DAYS), fine to miss
    E(MM, "held", "RUS USA", None, disputed=False, opt=True))
a = "2023-01-10"
add("denial", "Ukraine's intelligence chief Kyrylo Budanov said he had met Russian officials in Istanbul last month to negotiate a prisoner exchange. Moscow denied that any such meeting took place.", a,
    E(M, "held", "UKR RUS", month(2022, 12), disputed=True))
a = "2023-12-14"
add("two_sides", "Armenia and Azerbaijan freed 32 Armenian servicemen and two Azerbaijani soldiers on Wednesday under a deal reached last week without outside mediation. Both governments said the exchange was a step towards a peace treaty.", a,
    E(A, "held", "ARM AZE", day("2023-12-13")), E(A, "held", "ARM AZE", week(a, -1)))
# ---------- AU / Arab League / EU / NATO
a = "2022-11-02"
add("mediation", "PRETORIA, Nov 2 (Reuters) - Ethiopia's government and the Tigray People's Liberation Front agreed on Wednesday to a permanent cessation of hostilities after talks in South Africa mediated by the African Union's envoy, former Nigerian President Olusegun Obasanjo.", a,
    E(A, "held", "ETH TPLF AU", day("2022-11-02")), E(M, "held", "ETH TPLF AU", None, opt=True))
a = "2022-06-04"
add("au", "Senegalese President Macky Sall, the current chair of the African Union, met Putin in Sochi on Friday and urged him to free up Ukrainian grain exports.", a,
    E(M, "held", ["RUS SEN", "AU RUS SEN", "AU RUS"], day("2022-06-03")))
a = "2023-05-08"
add("hypothetical", "CAIRO, May 7 (Reuters) - Arab foreign ministers voted on Sunday to readmit Syria to the Arab League, ending a 12-year suspension. Arab League Secretary-General Ahmed Aboul Gheit said Assad could attend the summit in Saudi Arabia on May 19 if he wished.", a,
    E(A, "held", ["ARL SYR"], None, opt=True))
a = "2023-05-19"
add("summit", "JEDDAH, May 19 (Reuters) - Syrian President Bashar al-Assad received a warm welcome at an Arab League summit in Jeddah on Friday, his first since 2010, and held talks with Saudi Crown Prince Mohammed bin Salman on the sidelines.", a,
    E(M, "held", ["SAU SYR", "ARL SAU SYR", "ARL SYR"], day("2023-05-19")), E(M, "held", "SAU SYR", day("2023-05-19"), opt=True))
a = "2021-04-07"
add("mediation", "Iran and world powers began indirect talks in Vienna on Tuesday on reviving the 2015 nuclear deal, with EU diplomat Enrique Mora shuttling between the Iranian delegation and U.S. envoy Robert Malley, who stayed in a separate hotel.", a,
    E(M, "held", "EUR IRN USA", day("2021-04-06")))
a = "2022-06-25"
add("eu", "TEHRAN, June 25 (Reuters) - EU foreign policy chief Josep Borrell met Iran's Foreign Minister Hossein Amir-Abdollahian in Tehran on Saturday and said stalled nuclear talks would resume in the coming days.", a,
    E(M, "held", "EUR IRN", day("2022-06-25")), E(M, "planned", ["IRN", "EUR IRN", "IRN USA"], None, opt=True))
a = "2023-07-10"
add("nato", "VILNIUS, July 10 (Reuters) - Erdogan agreed on Monday to forward Sweden's bid to join NATO to the Turkish parliament after talks in Vilnius with Swedish Prime Minister Ulf Kristersson hosted by NATO Secretary-General Jens Stoltenberg.", a,
    E(A, "held", ["NATO SWE TUR", "SWE TUR"], day("2023-07-10")), E(M, "held", "NATO SWE TUR", day("2023-07-10")))
a = "2024-04-05"
add("distractor", "NATO foreign ministers marked the alliance's 75th anniversary in Brussels on Thursday.", a)
a = "2024-03-26"
add("distractor", "The U.N. Security Council demanded an immediate ceasefire in Gaza on Monday after the United States abstained from the vote.", a)
a = "2023-10-25"
add("list", "Guterres spoke by phone with Qatar's emir and Egypt's president on Tuesday about the release of hostages held in Gaza, his spokesman said.", a,
    E(MS, "held", "UNO QAT", day("2023-10-24")), E(MS, "held", "UNO EGY", day("2023-10-24")))
a = "2023-09-19"
add("earlier", "Omani Foreign Minister Badr Albusaidi said on Tuesday that Oman had hosted indirect talks between Iran and the United States in May and June, and that Muscat would keep its channel open.", a,
    E(M, "held", "OMN IRN USA", ("2023-05-01", "2023-06-30")))
a = "2020-06-05"
add("exchange", "Iran freed U.S. Navy veteran Michael White on Thursday in a swap for an Iranian-American doctor, with Switzerland, which represents U.S. interests in Tehran, handling the arrangements.", a,
    E(A, "held", "IRN USA CHE", day("2020-06-04")))
a = "2019-07-08"
add("planned", "Venezuela's government and opposition will resume Norwegian-mediated talks in Barbados this week, Norway's foreign ministry said on Sunday.", a,
    E(M, "planned", ["NOR VEN"], week(a, 0)))
a = "2023-10-18"
add("agreement", "Venezuela's government and the opposition signed an agreement in Barbados on Tuesday on conditions for the 2024 presidential election, in a process facilitated by Norway.", a,
    E(A, "held", ["NOR VEN"], day("2023-10-17")))
a = "2024-02-20"
add("refusal", "The U.N. convened a meeting of special envoys on Afghanistan in Doha on Sunday and Monday, but the Taliban refused to attend after Guterres declined to meet their conditions.", a,
    E((R, M), "refused", "TAL UNO", None), E(M, "held", ["UNO", "QAT UNO"], None, opt=True))
a = "2023-12-27"
add("unanswered", "Egypt has proposed a three-stage plan to end the war in Gaza, and delegations from Hamas and Islamic Jihad visited Cairo last week to discuss it, Egyptian sources said. Israel has not responded to the proposal.", a,
    E(M, "held", ["EGY HAM PIJ", "EGY HAM"], week(a, -1)), E(M, "held", "EGY PIJ", week(a, -1), opt=True), E((MS, R), ("unanswered", "refused"), "EGY ISR", None))
a = "2023-10-21"
add("release", "Hamas released two American hostages, Judith Raanan and her daughter Natalie, on Friday after mediation by Qatar. They were handed over to the Red Cross at the Gaza border and taken to Israel.", a,
    E(AM, "held", ["HAM QAT", "HAM QAT USA", "HAM ICRC QAT", "HAM ICRC QAT USA"], day("2023-10-20")))
a = "2024-08-16"
add("headline", "Gaza ceasefire talks to resume in Cairo next week, mediators say DOHA, Aug 16 (Reuters) - Two days of talks in Doha on a Gaza ceasefire ended on Friday with a U.S. bridging proposal, and negotiators will meet again in Cairo before the end of next week, the United States, Qatar and Egypt said in a joint statement.", a,
    E(M, "held", ["EGY QAT USA"], ("2024-08-15", "2024-08-16"), opt=True), E(M, "planned", ["EGY QAT USA"], week(a, 1), opt=True))  # parties named only as speakers
a = "2024-07-31"
add("distractor_strike", "Hamas said its political leader Ismail Haniyeh was killed in an Israeli strike in Tehran on Wednesday, hours after he met Iran's Supreme Leader Ayatollah Ali Khamenei.", a,
    E(M, "held", "HAM IRN", ("2024-07-30", "2024-07-31")))
a = "2023-01-06"
add("earlier", "Pakistani Minister of State for Foreign Affairs Hina Rabbani Khar held talks with Taliban officials in Kabul in late November, but the meeting failed to stop cross-border attacks, Islamabad said.", a,
    E(M, "held", "PAK TAL", ("2022-11-20", "2022-11-30")))
a = "2021-04-14"
add("refusal", "The Taliban said on Tuesday they would not take part in any conference on Afghanistan's future until all foreign forces had left, dealing a blow to a planned meeting in Istanbul later this month.", a,
    E(R, "refused", ["TAL TUR", "TAL"], None, opt=True), E(M, ("refused", "cancelled"), ["TAL TUR", "TAL"], None, opt=True))
a = "2024-02-01"
add("denial", "Qatar has quietly carried messages between Washington and the Houthis since last year, two diplomats said. A Houthi spokesman denied any contact with the United States.", a,
    E(MM, "held", "QAT USA HOU", None, disputed=True))
a = "2023-09-15"
add("earlier", "A Houthi delegation arrived in Riyadh on Thursday for talks with Saudi officials, the first public visit by the group to the kingdom since the war began, following a Saudi delegation's trip to Sanaa in April.", a,
    E(M, "held", "HOU SAU", day("2023-09-14")), E(M, "held", ["HOU SAU", "SAU YEM", "HOU SAU YEM"], month(2023, 4)))
a = "2023-08-01"
add("reported", "Senior U.S. officials met Taliban representatives in Doha on Sunday and Monday, the State Department said, in talks that touched on human rights and the economy.", a,
    E(M, "held", "TAL USA", ("2023-07-30", "2023-07-31")))
a = "2023-05-06"
add("earlier", "ISLAMABAD, May 6 (Reuters) - The foreign ministers of China, Pakistan and the Taliban administration met in Islamabad on Saturday for trilateral talks, a day after Qin Gang held separate talks with Pakistani Foreign Minister Bilawal Bhutto Zardari.", a,
    E(M, "held", "CHN PAK TAL", day("2023-05-06")), E(M, "held", "CHN PAK", day("2023-05-05")))
a = "2024-02-09"
add("list", "Blinken met Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday, Egyptian President Abdel Fattah al-Sisi in Cairo on Tuesday and Qatar's emir in Doha on the same day, before meeting Netanyahu in Jerusalem on Wednesday.", a,
    E(M, "held", "USA SAU", day("2024-02-05")), E(M, "held", "USA EGY", day("2024-02-06")), E(M, "held", "USA QAT", day("2024-02-06")), E(M, "held", "USA ISR", day("2024-02-07")))
a = "2024-03-21"
add("list", "Hans Grundberg, the U.N. envoy for Yemen, held talks in Riyadh with Saudi officials and in Muscat with Houthi negotiator Mohammed Abdulsalam last week.", a,
    E(M, "held", "UNO SAU", week(a, -1)), E(M, "held", "UNO HOU", week(a, -1)))
a = "2022-10-13"
add("agreement", "Rival Palestinian factions Hamas and Fatah signed a reconciliation pledge in Algiers on Thursday. Algerian President Abdelmadjid Tebboune, who hosted the talks, called the deal historic.", a,
    E(A, "held", ["DZA FTH HAM", "DZA HAM", "DZA HAM PSE"], day("2022-10-13")), E(M, "held", ["DZA FTH HAM", "DZA HAM", "DZA HAM PSE"], None, opt=True))
a = "2023-10-16"
add("pronoun", "Qatar's prime minister spoke with Hamas political chief Ismail Haniyeh on Sunday, a Qatari official said. He urged the group to release women and children held in Gaza.", a,
    E(MM, "held", "QAT HAM", day("2023-10-15")))
a = "2020-11-24"
add("denial", "Israeli media reported that Netanyahu had secretly flown to Saudi Arabia to meet Crown Prince Mohammed bin Salman on Sunday. Saudi Foreign Minister Prince Faisal bin Farhan denied that any such meeting took place.", a,
    E(M, "held", "ISR SAU", day("2020-11-22"), disputed=True))
a = "2024-04-08"
add("mediation", "An Israeli delegation led by Mossad chief David Barnea returned from Cairo on Monday after indirect talks with Hamas in which Egyptian and Qatari officials carried proposals between the two sides.", a,
    E(M, "held", ["EGY HAM ISR QAT"], None))
a = "2024-06-28"
add("distractor", "EU leaders agreed on Thursday to nominate Ursula von der Leyen for a second term as head of the European Commission.", a)
a = "2023-06-01"
add("plan_outcome", "Sudan's army and the paramilitary Rapid Support Forces were due to resume talks in Jeddah on Wednesday under U.S. and Saudi mediation, but the army suspended its participation, accusing the RSF of violations.", a,
    E(M, ("cancelled", "refused"), ["RSF SAU SDN USA", "RSF SDN"], None), E(R, "refused", ["RSF SAU SDN USA", "RSF SDN"], None, opt=True))
a = "2023-05-21"
add("agreement", "Sudan's army and the paramilitary Rapid Support Forces signed a one-week ceasefire on Saturday after two weeks of talks in Jeddah that Saudi Arabia and the United States had brokered.", a,
    E(A, "held", "SDN RSF SAU USA", day("2023-05-20")), E(M, "held", "SDN RSF SAU USA", None, opt=True))
a = "2022-03-10"
add("mediation", "ANTALYA, Turkey, March 10 (Reuters) - Russian Foreign Minister Sergei Lavrov and Ukrainian Foreign Minister Dmytro Kuleba held talks in Antalya on Thursday, the first such meeting since the invasion, with Turkish Foreign Minister Mevlut Cavusoglu also present.", a,
    E(M, "held", "RUS UKR TUR", day("2022-03-10")))
a = "2021-05-31"
add("intel", "Egyptian intelligence chief Abbas Kamel met Israeli Prime Minister Benjamin Netanyahu in Jerusalem on Sunday before heading to Gaza for talks with Hamas leaders on consolidating the ceasefire.", a,
    E(M, "held", "EGY ISR", day("2021-05-30")), E(M, HP, "EGY HAM", None))
a = "2024-06-12"
add("message", "Hamas submitted its response to the U.S.-backed ceasefire proposal to Egyptian and Qatari mediators on Tuesday. Blinken said some of the changes Hamas demanded were not workable.", a,
    E(MS, "held", ["EGY HAM QAT", "EGY HAM QAT USA"], day("2024-06-11")))
a = "2022-09-16"
add("secret", "Turkey's intelligence chief Hakan Fidan has held several meetings with his Syrian counterpart Ali Mamlouk in Damascus in recent weeks, four sources told Reuters. Ankara and Damascus did not comment.", a,
    E(M, "held", "TUR SYR", INF))
a = "2023-11-27"
add("release", "Hamas freed a Russian-Israeli hostage on Sunday as a gesture to Putin, the group said, thanking Moscow for its position on the war.", a,
    E(AM, "held", ["HAM RUS", "HAM ISR RUS"], day("2023-11-26")))
a = "2024-04-30"
add("speaker", "Qatar's prime minister told a news conference in Doha on Tuesday that the ceasefire talks between Israel and Hamas had stalled.", a,
    E(M, "held", ["HAM ISR", "HAM ISR QAT"], INF, opt=True))
a = "2021-07-10"
add("distractor", "Taliban fighters met stiff resistance from government forces in Kandahar on Friday.", a)
a = "2023-07-19"
add("distractor", "Turkish drone maker Baykar signed a deal with Saudi Arabia's defence ministry on Tuesday to sell drones, the company said.", a)
a = "2024-04-23"
add("trade_contact", "Turkey's trade with Iraq hit $20 billion last year, Erdogan told Iraqi Prime Minister Mohammed Shia al-Sudani during talks in Baghdad on Monday.", a,
    E(M, "held", "TUR IRQ", day("2024-04-22")))
a = "2022-06-20"
add("election", "Gustavo Petro won Colombia's presidential election on Sunday and said he would seek talks with the ELN.", a,
    E(M, "planned", "COL ELN", None, opt=True))
a = "2016-09-22"
add("distractor", "Santos told the U.N. General Assembly on Wednesday that the war with the FARC was over.", a)
a = "2024-09-13"
add("distractor", "A U.S. judge in New York on Thursday sentenced a former Hezbollah operative to 40 years in prison for plotting attacks.", a)
a = "2024-03-05"
add("counterpart", "Egyptian Foreign Minister Sameh Shoukry received his Qatari counterpart in Cairo on Monday. The two ministers then called U.S. Secretary of State Antony Blinken together.", a,
    E(M, "held", "EGY QAT", day("2024-03-04")), E(MS, "held", ["EGY QAT USA"], day("2024-03-04")))
a = "2023-05-27"
add("exchange", "Oman mediated the release of Belgian aid worker Olivier Vandecasteele, who was held in Iran, in exchange for Iranian diplomat Assadollah Assadi, Oman's foreign ministry said on Friday.", a,
    E(AM, "held", "BEL IRN OMN", ("2023-05-20", "2023-05-26")))
a = "2022-01-23"
add("delegation", "OSLO, Jan 23 (Reuters) - A Taliban delegation led by acting Foreign Minister Amir Khan Muttaqi began three days of talks in Oslo on Sunday with Western diplomats and Afghan civil society, at the invitation of the Norwegian government.", a,
    E(M, "held", ["NOR TAL"], ("2022-01-23", "2022-01-25")), E(MS, "held", "NOR TAL", None, opt=True))
a = "2016-02-02"
add("earlier", "U.N. Syria envoy Staffan de Mistura met the main opposition delegation in Geneva on Monday, a day after talks with the Syrian government delegation led by Bashar Ja'afari.", a,
    E(M, "held", "SYR UNO", day("2016-01-31")))
a = "2023-12-20"
add("headline", "Egypt, Qatar press Hamas, Israel on new truce CAIRO, Dec 20 (Reuters) - Hamas leader Ismail Haniyeh arrived in Cairo on Wednesday for talks with Egyptian intelligence chief Abbas Kamel on a new truce, a day after Israeli officials met Qatari mediators in Warsaw.", a,
    E(M, "held", "HAM EGY", day("2023-12-20")), E(M, "held", "ISR QAT", day("2023-12-19")))
a = "2021-10-09"
add("headline", "Taliban, U.S. hold first talks since withdrawal DOHA, Oct 9 (Reuters) - Senior Taliban officials and U.S. representatives began two days of talks in Doha on Saturday, the first face-to-face meeting since American troops left Afghanistan.", a,
    E(M, "held", "TAL USA", ("2021-10-09", "2021-10-10")))
# ---------- added: more multi-sentence items
a = "2023-11-10"
add("pronoun", "CIA Director William Burns arrived in Doha on Thursday. He met Qatar's prime minister and Mossad chief David Barnea to discuss a hostage deal.", a,
    E(M, "held", "ISR QAT USA", day("2023-11-09")), E(M, "held", "QAT USA", day("2023-11-09"), opt=True))
a = "2024-01-11"
add("pronoun", "Blinken met Palestinian President Mahmoud Abbas in Ramallah on Wednesday. The two men discussed reform of the Palestinian Authority, and Abbas later spoke by phone with Jordan's King Abdullah.", a,
    E(M, "held", "PSE USA", day("2024-01-10")), E(MM, "held", "JOR PSE", None))
a = "2022-06-30"
add("plan_outcome", "Iran's chief nuclear negotiator Ali Bagheri Kani was due to meet EU coordinator Enrique Mora in Doha on Tuesday. The meeting went ahead a day later, an EU spokesperson said.", a,
    E(M, "held", "EUR IRN", day("2022-06-29")), E(M, "cancelled", "EUR IRN", None, opt=True))
a = "2022-11-10"
add("denial", "Saudi and Houthi officials held secret talks in Muscat last month, three sources said. Riyadh denied that the two sides had met.", a,
    E(M, "held", "HOU SAU", month(2022, 10), disputed=True))
a = "2023-08-12"
add("counterpart", "Iran moved five detained Americans to house arrest on Thursday as part of a deal with Washington brokered by Qatar. Iranian Foreign Minister Hossein Amir-Abdollahian discussed the deal by phone with his Qatari counterpart on Friday.", a,
    E(A, "held", "IRN QAT USA", None), E(MM, "held", "IRN QAT", day("2023-08-11")))
a = "2024-05-30"
add("two_sides", "Hamas chief Ismail Haniyeh spoke with Egypt's intelligence chief Abbas Kamel on Wednesday. The two discussed the Israeli offensive in Rafah, a Hamas statement said.", a,
    E(MM, "held", "EGY HAM", day("2024-05-29")))
a = "2018-06-12"
add("earlier", "SINGAPORE, June 12 (Reuters) - Trump and Kim Jong Un shook hands in Singapore on Tuesday in the first summit between a sitting U.S. president and a North Korean leader. Pompeo had met Kim twice in Pyongyang, in April and May.", a,
    E(M, "held", "PRK USA", day("2018-06-12")), E(M, "held", "PRK USA", month(2018, 4)), E(M, "held", "PRK USA", month(2018, 5)))
a = "2024-10-05"
add("pronoun", "Iran's new foreign minister Abbas Araqchi arrived in Beirut on Friday. He met Hezbollah officials and Lebanese Prime Minister Najib Mikati.", a,
    E(M, "held", "IRN LBN", day("2024-10-04")), E(M, "held", ["HEZ IRN", "HEZ IRN LBN"], ("2024-10-04", "2024-10-05")))
a = "2024-05-21"
add("distractor", "Qatar Airways signed a deal with Boeing on Monday for 25 more 787 jets. The Qatari emir met the Boeing chief executive in Doha to mark the order.", a)
a = "2022-12-19"
add("distractor", "Argentina beat France on penalties in the World Cup final in Doha on Sunday. Macron consoled the French players on the pitch alongside Qatar's emir.", a,
    E(M, "held", "FRA QAT", day("2022-12-18"), opt=True))
a = "2024-02-09"
add("distractor", "Pakistanis voted on Thursday in an election marred by violence. The Taliban government in Kabul said it hoped for better ties and was ready for talks with whoever won.", a)
a = "2024-04-24"
add("distractor", "A French court on Tuesday convicted three men over a 2016 attack. Separately, French Foreign Minister Stephane Sejourne received his Lebanese counterpart Abdallah Bou Habib in Paris on Tuesday to discuss the border with Israel.", a,
    E(M, "held", "FRA LBN", day("2024-04-23")))
