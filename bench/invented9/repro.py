"""Check the minimal reproductions of bench/invented9/README.md's diagnosis against this checkout's src/.

    .venv/bin/python bench/invented9/repro.py          # one line per item: REPRODUCES or NOW OK
    .venv/bin/python bench/invented9/repro.py -v       # with the rows (or the date) each item gives

Items and page items are run by bench/repro_items.py, whose docstring says when one reproduces.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from repro_items import Item, Page, main

SIX = "CHN JPN KOR PRK RUS USA"
D20 = ("He announced the delivery of three radar systems designed to locate artillery, but did not say whether Washington "
       "would provide weapons. \"We stand with you,\" he said.\n\nThe Donetsk airport was shelled again overnight, and the "
       "Ukrainian military said four soldiers had been killed in the past 24 hours.\n\nGerman Chancellor Angela Merkel spent "
       "nearly four hours with Vladimir Putin at the G20 summit in Brisbane last weekend, and came out of the meeting saying "
       "she saw no change in his position.\n\nOn Tuesday, German Foreign Minister Frank-Walter Steinmeier met Sergei Lavrov in "
       "Moscow and was then received by Putin, the Kremlin said.\n\nA new round of talks in Minsk between Kyiv, Moscow and the "
       "separatists, which had been expected early next month, will not take place as planned, a spokesman for former "
       "president Leonid Kuchma said.")

# (label, [(report date or "lo~hi", language or None, text)], [(family, status, parties, first day, last day[, disputed])])
# An empty expectation means: no row at all.
ITEMS: list[Item] = [
    # ---- false rows: distractors read as contacts
    ("F1 false meeting CAN,USA 2002-09-04 (d08)",
     [("2002-09-08", None, "Bush will meet Canadian Prime Minister Jean Chretien in Detroit on Monday. Bush met congressional "
       "leaders of both parties at the White House on Wednesday.")],
     [("meeting", "planned", "CAN USA", "2002-09-09", "2002-09-09")]),
    ("F6 false summit planned DEU,EUR,FRA 2015-02-12 (d15)",
     [("2015-02-12", None, "Merkel and Hollande were to travel on to Brussels later on Thursday for an EU summit at which "
       "leaders will discuss sanctions.")],
     []),
    ("F8 false warning RUS,UNO 2012-12-29 (d07)",
     [("2013-09-14~2013-09-14", None, "Annan's successor, Lakhdar Brahimi, flew to Moscow on 29 December 2012 for talks with "
       "Lavrov, and came away with nothing but a warning that the alternative to a political deal was \"hell\".")],
     [("meeting", "held", ">=RUS UNO", "2012-12-29", "2012-12-29")]),
    ("hypothetical read as an agreement (d07; merged into chemical-framework-sep14, adds SYR)",
     [("2013-09-14~2013-09-14", None, "Had Moscow and Washington agreed on Assad's fate at that stage, diplomats say, the plan "
       "might have survived. They did not.")],
     []),
    # ---- false rows: wrong status or date
    ("F2 false meeting DEU,EUR,GBR 2003-04-09 (d13; schroeder-blair-athens-planned-apr16)",
     [("2003-04-12", "de", "Schröder will den britischen Premierminister Tony Blair am Rande des EU-Gipfels in Athen am "
       "Mittwoch treffen.")],
     [("meeting", "planned", "DEU GBR", "2003-04-16", "2003-04-16")]),
    ("F4 false meeting planned ARL,RUS 2012-03-10 (d04; lavrov-arab-ministers-mar10)",
     [("2012-03-11", "ar", "اجتمع وزير الخارجية الروسي سيرغي لافروف أمس السبت مع الأمين العام للجامعة العربية نبيل العربي في القاهرة.")],
     [("meeting", "held", "ARL RUS", "2012-03-10", "2012-03-10")]),
    ("F3 false meeting RUS,UKR 2014-05-31 (d17; the inauguration day of a relative clause)",
     [("2014-06-06", "fr", "Vladimir Poutine et Petro Porochenko se sont entretenus une quinzaine de minutes vendredi au château "
       "de Bénouville. C'était la première rencontre entre le président russe et le président élu ukrainien, qui doit être "
       "investi samedi à Kiev.")],
     [("meeting", "held", ">=RUS UKR", "2014-06-06", "2014-06-06")]),
    ("F7 false visit CHN,PRK 2003-03 (d21; qian-qichen-message-mar2003, gold files the envoy's message)",
     [("2003-08-29", None, "Chinese President Hu Jintao had sent a special envoy, Vice Premier Qian Qichen, to Pyongyang in "
       "March to deliver a message to DPRK leader Kim Jong Il, Chinese diplomats said.")],
     [("message", "held", "CHN PRK", "2003-03-01", "2003-03-31")]),
    # ---- false rows: wrong party (a venue)
    ("F5 false meeting planned LKA,THA 2002-10-31 (d27; round2-planned-oct31-2002)",
     [("2002-09-18", None, "Sri Lanka's government and Tamil Tiger rebels ended three days of peace talks at a Thai naval base "
       "on Wednesday. The two sides will meet again in Thailand from Oct. 31 to Nov. 3, Norway's deputy foreign minister, "
       "Vidar Helgesen, said.")],
     [("meeting", "held", ">=LKA LTTE", "2002-09-16", "2002-09-18"),
      ("meeting", "planned", ">=LKA LTTE", "2002-10-31", "2002-11-03")]),

    # ---- misses: a party name not known (Tamil Tiger rebels, the rebels, the separatists, the six-party talks)
    ("ceasefire-signed-feb2002 (d26, 'the Tamil Tiger rebels')",
     [("2002-02-22", None, "Sri Lanka's Prime Minister, Ranil Wickremesinghe, has signed a ceasefire agreement with the Tamil "
       "Tiger rebels brokered by Norway, raising hopes of an end to nearly two decades of war.")],
     [("agreement", "held", "LKA LTTE NOR", "2002-02-21", "2002-02-22")]),
    ("oslo-talks-dec2002, oslo-federal-agreement-dec5 (d28)",
     [("2002-12-05", None, "Sri Lanka's government and the Tamil Tiger rebels agreed on Thursday to explore a federal solution "
       "to their conflict, at the end of four days of talks in Oslo hosted by the Norwegian government.")],
     [("agreement", "held", "LKA LTTE NOR", "2002-12-05", "2002-12-05"),
      ("meeting", "held", "LKA LTTE NOR", "2002-12-02", "2002-12-05")]),
    ("oslo-donor-conference-nov25, round4-thailand-planned-jan2003 (d28, 'both sides', 'the next round')",
     [("2002-12-05", None, "Sri Lanka's government and the Tamil Tigers agreed on Thursday to explore a federal solution. The "
       "talks followed a donor conference in Oslo on 25 November, attended by both sides and representatives of about 40 "
       "countries. The next round is due to be held in Thailand in January, a Norwegian spokesman said.")],
     [("agreement", "held", ">=LKA LTTE", "2002-12-05", "2002-12-05"), ("meeting", "held", ">=LKA LTTE", "2002-11-25", "2002-11-25"),
      ("meeting", "planned", ">=LKA LTTE", "2003-01-01", "2003-01-31")]),
    ("sattahip-talks-sep2002, sattahip-joint-committee-sep18 (d27)",
     [("2002-09-18", None, "Sri Lanka's government and Tamil Tiger rebels ended three days of peace talks at a Thai naval base "
       "on Wednesday, agreeing to set up a joint committee to oversee the return of hundreds of thousands of refugees.")],
     [("meeting", "held", ">=LKA LTTE", "2002-09-16", "2002-09-18"), ("agreement", "held", ">=LKA LTTE", "2002-09-18", "2002-09-18")]),
    ("solheim-thamilselvan-jan2006, solheim-rajapaksa-jan2006 (d29, 'the rebels' political chief', 'also saw')",
     [("2006-02-23", None, "Norway's Erik Solheim met the rebels' political chief, S.P. Thamilselvan, in Kilinochchi last month, "
       "and also saw President Mahinda Rajapaksa in Colombo during the same trip.")],
     [("meeting", "held", "LTTE NOR", "2006-01-01", "2006-01-31"), ("meeting", "held", "LKA NOR", "2006-01-01", "2006-01-31")]),
    ("prabhakaran-letter-feb2006 (d29, a letter handed to the mediator)",
     [("2006-02-23", None, "The Tamil Tigers' chief negotiator, Anton Balasingham, handed Norway's Erik Solheim a letter from the "
       "rebel leader, Velupillai Prabhakaran, to be passed on to Sri Lankan President Mahinda Rajapaksa on Thursday.")],
     [("message", "held", "LKA LTTE NOR", "2006-02-23", "2006-02-23")]),
    ("geneva-talks-feb2006 / geneva-agreement-feb23-2006 matched without the Tigers (d29)",
     [("2006-02-23", None, "GENEVA (AP) - Sri Lanka's government and the Tamil Tiger rebels agreed Thursday to uphold their "
       "shaky cease-fire and to curb violence, after two days of talks near Geneva brokered by Norway.")],
     [("meeting", "held", "LKA LTTE NOR", "2006-02-22", "2006-02-23"), ("agreement", "held", "LKA LTTE NOR", "2006-02-23", "2006-02-23")]),
    ("d30 (undated, alone in its story): ltte-suspends-talks-apr2003, solheim-prabhakaran-nov2005, geneva-oct2006",
     [("2006-02-23~2006-11-30", None, "Then, on 21 April 2003, the Tigers suspended their participation in the talks. Erik "
       "Solheim, Norway's envoy, flew to Kilinochchi on 9 November 2005 and met Prabhakaran. The two sides met once more in "
       "Geneva on 28 and 29 October 2006, without result.")],
     [("rejection", "refused", "LKA LTTE", "2003-04-21", "2003-04-21"), ("meeting", "held", "LTTE NOR", "2005-11-09", "2005-11-09"),
      ("meeting", "held", ">=LKA LTTE", "2006-10-28", "2006-10-29")]),
    ("geneva-april2006-cancelled (d30)",
     [("2006-02-23~2006-11-30", None, "The talks in Geneva in February 2006 produced a promise to curb violence. A second round, "
       "set for April 2006, was called off after the Tigers refused to travel.")],
     [("agreement", "held", ">=LKA LTTE", "2006-02-01", "2006-02-28"), ("meeting", "cancelled", ">=LKA LTTE", "2006-04-01", "2006-04-30")]),
    ("type: suspending participation in talks read as talks cancelled (ltte-suspends-talks-apr2003, names given)",
     [("2006-02-23~2006-11-30", None, "On 21 April 2003 the Tamil Tigers suspended their participation in peace talks with the "
       "Sri Lankan government.")],
     [("rejection", "refused", "LKA LTTE", "2003-04-21", "2003-04-21")]),
    ("minsk-protocol-sep5, contact-group-minsk-sep5 (d19, 'the pro-Russian rebels', signatories 'for Ukraine')",
     [("2014-09-05", None, "Ukraine and the pro-Russian rebels fighting in the east of the country signed a ceasefire agreement "
       "in Minsk on Friday, after talks that brought together a former Ukrainian president, the Russian ambassador and "
       "representatives of the OSCE.")],
     [("agreement", "held", ">=RUS UKR", "2014-09-05", "2014-09-05"), ("meeting", "held", ">=OSCE RUS UKR", "2014-09-05", "2014-09-05")]),
    ("sixparty-dec2006 (d22, 'six-party talks' as the only party)",
     [("2007-01-18", None, "The last round of six-party talks in Beijing in December ended without progress, after North Korea "
       "insisted on first discussing the U.S. financial sanctions on a bank in Macau.")],
     [("meeting", "held", SIX, "2006-12-01", "2006-12-31")]),
    ("sixparty-round1-consensus-aug29 (d21, 'the parties agreeing')",
     [("2003-08-29", None, "BEIJING, Aug. 29 (Xinhua) -- The first round of six-party talks on the nuclear issue of the Korean "
       "Peninsula closed here Friday, with the parties agreeing to continue the process of peaceful dialogue, Chinese Vice "
       "Foreign Minister Wang Yi said.")],
     [("meeting", "held", SIX, "2003-08-27", "2003-08-29"), ("agreement", "held", SIX, "2003-08-29", "2003-08-29")]),
    ("sixparty-round3-jun2004, round4-cancelled-sep2004 (d25, 'the third round', 'that fourth round never took place')",
     [("2005-02-10", None, "The third round of six-party talks, held in Beijing in June last year, ended with an agreement to meet "
       "again by the end of September. That fourth round never took place after Pyongyang refused to attend.")],
     [("meeting", "held", SIX, "2004-06-01", "2004-06-30"), ("agreement", "held", SIX, "2004-06-01", "2004-06-30"),
      ("meeting", "cancelled", SIX, "2004-07-01", "2004-09-30"), ("rejection", "refused", "PRK USA", "2004-07-01", "2004-09-30")]),
    ("beijing-round-feb2007, beijing-agreement-feb13-2007 (d23, 'the two Koreas', six days of talks; hill-kim-bilateral-feb10 taken)",
     [("2007-02-13", None, "North Korea has agreed to shut down its main nuclear reactor in return for fuel aid, at the end of six "
       "days of talks in Beijing. The deal was agreed by the six nations in the talks - the two Koreas, the US, China, Japan "
       "and Russia - and announced by China's chief negotiator, Wu Dawei.")],
     [("meeting", "held", SIX, "2007-02-08", "2007-02-13"), ("agreement", "held", SIX, "2007-02-13", "2007-02-13")]),
    ("action-group-agreement-jun30 and the action group's parties (d05: 'the world powers meeting in Geneva had agreed', "
     "'the five permanent members')",
     [("2012-06-30", None, "Kofi Annan said the world powers meeting in Geneva had agreed on principles for a political "
       "transition in Syria. The meeting brought together the foreign ministers of the five permanent members of the UN "
       "security council, Turkey, Qatar, Kuwait and Iraq, along with the EU's Catherine Ashton and the Arab League's Nabil "
       "Elaraby.")],
     [("meeting", "held", ">=CHN FRA GBR RUS USA TUR QAT EUR ARL", "2012-06-30", "2012-06-30"),
      ("agreement", "held", ">=CHN FRA GBR RUS USA TUR QAT EUR ARL", "2012-06-30", "2012-06-30")]),

    # ---- misses: a person not known as his state's or organisation's
    ("dabi-moualem-dec26 (d01: the League's mission head filed under his nationality; 'Foreign Minister' without a country)",
     [("2011-12-27", None, "Arab League observers have begun work in Syria. The head of the mission, Sudanese General Mohammed "
       "Ahmed Mustafa al-Dabi, held talks with Foreign Minister Walid al-Moualem in Damascus on Monday evening.")],
     [("meeting", "held", "ARL SYR", "2011-12-26", "2011-12-26")]),
    ("dabi-moualem-dec26 with 'Syrian Foreign Minister' (SDN instead of ARL)",
     [("2011-12-27", None, "Arab League observers have begun work in Syria. The head of the mission, Sudanese General Mohammed "
       "Ahmed Mustafa al-Dabi, held talks with Syrian Foreign Minister Walid al-Moualem in Damascus on Monday evening.")],
     [("meeting", "held", "ARL SYR", "2011-12-26", "2011-12-26")]),
    ("obama-putin-loscabos-jun18 (d07, full names without titles)",
     [("2013-09-14~2013-09-14", None, "Barack Obama and Vladimir Putin met at the G20 summit in Los Cabos, Mexico, on 18 June 2012.")],
     [("meeting", "held", "RUS USA", "2012-06-18", "2012-06-18")]),
    ("blix-elbaradei-baghdad-feb8-9 (d09, 'the chief U.N. weapons inspectors', names without titles)",
     [("2003-02-09", None, "BAGHDAD, Iraq (AP) -- The chief U.N. weapons inspectors ended two days of talks with Iraqi officials "
       "on Sunday. Hans Blix and Mohamed ElBaradei held their talks on Saturday and Sunday with a team led by Lt. Gen. Amer "
       "al-Saadi, the scientific adviser to President Saddam Hussein.")],
     [("meeting", "held", ">=IRQ UNO", "2003-02-08", "2003-02-09")]),
    ("blix-simitis-planned-feb10 (d09, 'U.N. chief weapons inspector' is not the UN; 'will stop in Athens ... to meet')",
     [("2003-02-09", None, "U.N. chief weapons inspector Hans Blix will stop in Athens on Monday to meet Greek Prime Minister "
       "Costas Simitis.")],
     [("meeting", "planned", "GRC UNO", "2003-02-10", "2003-02-10")]),
    ("aznar-bush-crawford-feb22 (d11, es, 'El presidente del Gobierno' without the country)",
     [("2003-03-16", "es", "El presidente del Gobierno ya había visitado a Bush en su rancho de Crawford (Texas) el 22 de "
       "febrero, donde ambos prepararon el texto de la resolución junto a Londres.")],
     [("meeting", "held", "ESP USA", "2003-02-22", "2003-02-22")]),
    ("cameron-putin-roissy-jun5 (d17, fr, 'M. Poutine')",
     [("2014-06-06", "fr", "David Cameron s'était entretenu avec M. Poutine jeudi soir à l'aéroport de Roissy, une première "
       "entre les deux hommes depuis l'annexion de la Crimée.")],
     [("meeting", "held", "GBR RUS", "2014-06-05", "2014-06-05")]),
    ("brahimi-assad-sep15 (d06, 'he' after a sentence in between)",
     [("2012-12-24", None, "Brahimi's last visit was in October, when he tried without success to broker a truce over the Muslim "
       "holiday of Eid al-Adha. On his first trip as envoy, he met Assad on Sept. 15.")],
     [("meeting", "held", ">=SYR UNO", "2012-10-01", "2012-10-31"), ("meeting", "held", ">=SYR UNO", "2012-09-15", "2012-09-15")]),
    ("brahimi-kerry-lavrov-sep13 (d02, 'the two men also met')",
     [("2013-09-14", None, "Secretary of State John Kerry and Foreign Minister Sergei Lavrov held talks in Geneva on Thursday. On "
       "Friday the two men also met the U.N.-Arab League envoy Lakhdar Brahimi to discuss reviving plans for a peace conference.")],
     [("meeting", "held", "RUS USA", "2013-09-12", "2013-09-12"), ("meeting", "held", ">=RUS UNO USA", "2013-09-13", "2013-09-13")]),
    ("azores-ultimatum-mar16 (d11, es, 'los tres líderes acordaron')",
     [("2003-03-16", "es", "George W. Bush, Tony Blair y José María Aznar se reunieron este domingo en la base aérea de Lajes. Al "
       "término del encuentro, los tres líderes acordaron dar al Consejo de Seguridad un último día para respaldar el uso de la "
       "fuerza contra Irak.")],
     [("meeting", "held", "ESP GBR USA", "2003-03-16", "2003-03-16"), ("agreement", "held", "ESP GBR USA", "2003-03-16", "2003-03-16")]),
    ("lavrov-arab-five-points-mar10 (d04, ar, 'واتفق الجانبان')",
     [("2012-03-11", "ar", "اجتمع وزير الخارجية الروسي سيرغي لافروف أمس السبت مع الأمين العام للجامعة العربية نبيل العربي في القاهرة. "
       "واتفق الجانبان في ختام الاجتماع على خمس نقاط.")],
     [("meeting", "held", "ARL RUS", "2012-03-10", "2012-03-10"), ("agreement", "held", "ARL RUS", "2012-03-10", "2012-03-10")]),
    ("the origin of a trip made a party (d24: KOR in hill-pyongyang-jun2007's row; hill-chun-seoul-jun22 absorbed)",
     [("2007-06-22", None, "U.S. chief nuclear negotiator Christopher Hill said Friday that North Korea remained committed to "
       "shutting down its nuclear reactor, after a surprise two-day visit to Pyongyang. Hill flew from Seoul to Pyongyang on "
       "Thursday and held talks with his counterpart Kim Kye-gwan.")],
     [("meeting", "held", "PRK USA", "2007-06-21", "2007-06-22")]),

    # ---- misses: no trigger for the construction
    ("arab-protocol-signed-dec19 (d01, 'signed the protocol')",
     [("2011-12-27", None, "Syria signed a protocol with the Arab League in Cairo on December 19.")],
     [("agreement", "held", "ARL SYR", "2011-12-19", "2011-12-19")]),
    ("arab-plan-rejected-jan23 (d07, 'rejected the plan')",
     [("2012-01-25", None, "Syria rejected the Arab League plan on Monday.")],
     [("rejection", "refused", "ARL SYR", "2012-01-23", "2012-01-23")]),
    ("joint-declaration-feb10 (d10, 'issued a joint declaration')",
     [("2003-02-10", None, "France, Russia and Germany issued a joint declaration on Monday calling for a strengthened U.N. "
       "weapons inspection regime.")],
     [("agreement", "held", "DEU FRA RUS", "2003-02-10", "2003-02-10")]),
    ("turkey-rejects-troops-mar1 (d12, a parliament rejects a motion)",
     [("2003-03-01", None, "Turkey's parliament on Saturday rejected a motion that would have allowed 62,000 U.S. troops to use "
       "Turkish bases for an attack on northern Iraq.")],
     [("rejection", "refused", "TUR USA", "2003-03-01", "2003-03-01")]),
    ("prk-suspends-talks-feb10-2005 (d25, 'suspending its participation in the six-party talks')",
     [("2005-02-10", None, "SEOUL (AFP) - North Korea said Thursday it was suspending its participation in the six-party talks "
       "on its nuclear program for an indefinite period.")],
     [("rejection", "refused", SIX, "2005-02-10", "2005-02-10")]),
    ("bush-annan-planned-sep12 (d08, 'he will see')",
     [("2002-09-08", None, "President Bush will see U.N. Secretary General Kofi Annan in New York on Thursday.")],
     [("meeting", "planned", "UNO USA", "2002-09-12", "2002-09-12")]),
    ("merkel-obama-washington-feb9 (d15, 'who flew to Washington on Monday to see Obama')",
     [("2015-02-12", None, "German Chancellor Angela Merkel, who flew to Washington on Monday to see Obama, has resisted calls in "
       "the United States to arm Ukraine's forces.")],
     [("meeting", "held", "DEU USA", "2015-02-09", "2015-02-09")]),
    ("biden-kyiv-apr22 (d20, 'he first came on April 22')",
     [("2014-11-21", None, "It was Biden's second visit to Kyiv this year; U.S. Vice President Joe Biden first came on April 22.")],
     [("meeting", "held", "UKR USA", "2014-04-22", "2014-04-22")]),
    ("hollande-obama-dinner-jun5, hollande-putin-dinner-jun5 (d17, fr, 'avait dîné avec', 'recevoir ... pour un second dîner')",
     [("2014-06-06", "fr", "Jeudi soir, François Hollande avait dîné avec Barack Obama dans un restaurant parisien, avant de "
       "recevoir Vladimir Poutine à l'Élysée pour un second dîner, plus tard dans la soirée.")],
     [("meeting", "held", "FRA USA", "2014-06-05", "2014-06-05"), ("meeting", "held", "FRA RUS", "2014-06-05", "2014-06-05")]),
    ("hill-chun-seoul-jun22 (d24, 'briefed ... over lunch')",
     [("2007-06-22", None, "Back in Seoul on Friday, U.S. envoy Christopher Hill briefed South Korea's chief negotiator, Chun "
       "Yung-woo, over lunch at a hotel.")],
     [("meeting", "held", "KOR USA", "2007-06-22", "2007-06-22")]),
    ("iaea-pyongyang-planned-jun26 (d24, 'a team ... will arrive in Pyongyang')",
     [("2007-06-22", None, "A team from the International Atomic Energy Agency will arrive in Pyongyang on Tuesday to discuss how "
       "to monitor the shutdown, the agency said in Vienna.")],
     [("meeting", "planned", "IAEA PRK", "2007-06-26", "2007-06-26")]),
    ("annan-assad-planned-mar11 (d04, ar, 'ومن المقرر أن يلتقي')",
     [("2012-03-11", "ar", "ومن المقرر أن يلتقي المبعوث الدولي كوفي عنان الرئيس السوري بشار الأسد مرة ثانية اليوم الأحد.")],
     [("meeting", "planned", ">=SYR UNO", "2012-03-11", "2012-03-11")]),
    ("putin-poroshenko-call-sep3 (d19, 'The deal follows a phone call between ... on Wednesday')",
     [("2014-09-05", None, "The deal follows a phone call between Ukrainian President Petro Poroshenko and Russian President "
       "Vladimir Putin on Wednesday.")],
     [("message", "held", "RUS UKR", "2014-09-03", "2014-09-03")]),
    ("putin-poroshenko-call-sep3 in context (d19: the held call read as an agreement, then lost to the planned call)",
     [("2014-09-05", None, "The deal follows a phone call between Petro Poroshenko and Vladimir Putin on Wednesday. Poroshenko "
       "said he would speak to Putin again by telephone on Saturday to discuss how the truce would be monitored.")],
     [("message", "held", "RUS UKR", "2014-09-03", "2014-09-03"), ("message", "planned", "RUS UKR", "2014-09-06", "2014-09-06")]),
    ("kerry-netanyahu-planned-sep15 (d02, two plans in one sentence: the first lost, and USA lost from the second)",
     [("2013-09-14", None, "U.S. Secretary of State John Kerry flies to Jerusalem on Sunday to brief Israeli Prime Minister "
       "Benjamin Netanyahu, and will meet his French and British counterparts in Paris on Monday.")],
     [("meeting", "planned", "ISR USA", "2013-09-15", "2013-09-15"), ("meeting", "planned", "FRA GBR USA", "2013-09-16", "2013-09-16")]),

    # ---- misses: two contacts in one row (split) or merged into another
    ("merkel-hollande-kiev-feb2015, merkel-hollande-moscow-feb2015 (d15: one row for two visits, then fused into Minsk)",
     [("2015-02-12", None, "German Chancellor Angela Merkel and French President Francois Hollande had visited Kiev and Moscow "
       "last week with an initiative of their own. Russian President Vladimir Putin, Ukraine's President Petro Poroshenko, "
       "German Chancellor Angela Merkel and French President Francois Hollande negotiated for more than 16 hours in Minsk, "
       "from Wednesday evening until Thursday morning.")],
     [("meeting", "held", "DEU FRA UKR", "2015-02-02", "2015-02-08"), ("meeting", "held", "DEU FRA RUS", "2015-02-02", "2015-02-08"),
      ("meeting", "held", "DEU FRA RUS UKR", "2015-02-11", "2015-02-12")]),
    ("clinton-lavrov-stpetersburg-jun29 (d05: last night's and this morning's meetings fused)",
     [("2012-06-30", None, "Clinton and Lavrov held a separate meeting this morning before the main session. The two had already "
       "met in St Petersburg last night.")],
     [("meeting", "held", "RUS USA", "2012-06-30", "2012-06-30"), ("meeting", "held", "RUS USA", "2012-06-29", "2012-06-29")]),
    ("kerry-lavrov-geneva-apr17 (d14: the bilateral absorbed by the four-way talks; their date inferred)",
     [("2014-04-17", None, "The agreement came after seven hours of talks among Secretary of State John F. Kerry, Russian Foreign "
       "Minister Sergei Lavrov, Ukraine's acting foreign minister, Andriy Deshchytsia, and the E.U.'s foreign policy chief, "
       "Catherine Ashton. Kerry and Lavrov met separately for about an hour before the four-way session began.")],
     [("meeting", "held", "EUR RUS UKR USA", "2014-04-17", "2014-04-17"), ("meeting", "held", "RUS USA", "2014-04-17", "2014-04-17")]),
    ("merkel-putin-deauville-jun6 (d17, fr: fused with the Bénouville meeting of the same day)",
     [("2014-06-06", "fr", "Vladimir Poutine et Petro Porochenko se sont entretenus une quinzaine de minutes vendredi au château "
       "de Bénouville, en présence d'Angela Merkel et de François Hollande. Angela Merkel avait rencontré Vladimir Poutine "
       "vendredi matin dans un hôtel de Deauville.")],
     [("meeting", "held", "DEU FRA RUS UKR", "2014-06-06", "2014-06-06"), ("meeting", "held", "DEU RUS", "2014-06-06", "2014-06-06")]),
    ("putin-lukashenko-aug26 (d18: absorbed by the summit 'earlier', whose date is inferred and parties cut)",
     [("2014-08-27", None, "The two presidents earlier took part in a meeting of the leaders of the Customs Union states - "
       "Russia, Belarus and Kazakhstan - with Ukraine's delegation and representatives of the European Commission. Before the "
       "summit, Putin held a brief meeting with Belarusian President Alexander Lukashenko.")],
     [("meeting", "held", "BLR EUR KAZ RUS UKR", "2014-08-26", "2014-08-26"), ("meeting", "held", "BLR RUS", "2014-08-26", "2014-08-26")]),
    ("steinmeier-lavrov-putin-nov18, minsk-round-cancelled-dec2014 (d20: both fused into the Brisbane row)",
     [("2014-11-21", None, D20)],
     [("meeting", "held", "DEU RUS", "2014-11-15", "2014-11-16"), ("meeting", "held", "DEU RUS", "2014-11-18", "2014-11-18"),
      ("meeting", "cancelled", "DPR LPR RUS UKR", "2014-12-01", "2014-12-10")]),
    ("brahimi-lavrov-planned-dec29 (d06 + d07: the plan fused into the held talks of the same day)",
     [("2012-12-24", None, "Brahimi is expected in Moscow on Saturday for talks with Foreign Minister Sergei Lavrov, Russian news "
       "agencies reported."),
      ("2013-09-14~2013-09-14", None, "Annan's successor, Lakhdar Brahimi, flew to Moscow on 29 December 2012 for talks with Lavrov.")],
     [("meeting", "planned", ">=RUS UNO", "2012-12-29", "2012-12-29"), ("meeting", "held", ">=RUS UNO", "2012-12-29", "2012-12-29")]),
    # ---- matched, but not quite (rows the scorer accepts)
    ("powell-gul-call-feb28 marked disputed by a negated other call (d12)",
     [("2003-03-01", None, "Secretary of State Colin Powell spoke by telephone with Turkish Prime Minister Abdullah Gul on Friday "
       "to urge a yes vote, a State Department official said. Bush did not call Gul ahead of the vote, a White House spokesman "
       "said.")],
     [("message", "held", "TUR USA", "2003-02-28", "2003-02-28", False)]),
    ("putin-poroshenko-benouville-jun6 without Ukraine (d17, fr, 'Petro Porochenko')",
     [("2014-06-06", "fr", "Vladimir Poutine et Petro Porochenko se sont entretenus une quinzaine de minutes vendredi au château "
       "de Bénouville, en présence d'Angela Merkel et de François Hollande.")],
     [("meeting", "held", "DEU FRA RUS UKR", "2014-06-06", "2014-06-06")]),
    ("minsk2-package-feb12 without the contact group's OSCE and the separatists (d15)",
     [("2015-02-12", None, "The package of measures was signed on Thursday by the contact group, made up of envoys of Ukraine, "
       "Russia and the Organization for Security and Cooperation in Europe, and by the leaders of the two separatist regions, "
       "Alexander Zakharchenko of Donetsk and Igor Plotnitsky of Luhansk.")],
     [("agreement", "held", ">=DPR LPR OSCE RUS UKR", "2015-02-12", "2015-02-12")]),
]

# (label, page text, the day the page's own date stamp gives)
PAGES: list[Page] = [
    ("d25: 'Thu Feb 10, 8:34 AM ET' and the year only in 'Copyright 2005 AFP' (wang-jiarui-planned-feb2005, ban-rice-planned-feb14)",
     "N.Korea pulls out of nuclear talks\n\nThu Feb 10, 8:34 AM ET\n\nSEOUL (AFP) - North Korea said Thursday it was suspending "
     "its participation in the six-party talks for an indefinite period.\n\nRice said the North was only deepening its "
     "isolation.\n\nCopyright 2005 AFP. All rights reserved.\n", "2005-02-10"),
    ("d27: 'SATTAHIP, Thailand, Sept 18 (Reuters) -' and the year only in '(c) Reuters 2002'",
     "Sri Lanka, Tigers end first talks on upbeat note\n\nSATTAHIP, Thailand, Sept 18 (Reuters) - Sri Lanka's government and "
     "Tamil Tiger rebels ended three days of peace talks at a Thai naval base on Wednesday.\n\nThe two sides will meet again in "
     "Thailand from Oct. 31 to Nov. 3.\n\n(c) Reuters 2002\n", "2002-09-18"),
]


if __name__ == "__main__":
    sys.exit(main(ITEMS, PAGES))
