"""Check the minimal reproductions of bench/invented7/README.md's diagnosis against this checkout's src/.

    .venv/bin/python bench/invented7/repro.py          # one line per item: REPRODUCES or NOW OK
    .venv/bin/python bench/invented7/repro.py -v       # with the rows each item gives

Each item is run as bench/probe_eval.py runs its suites: ``extract_events`` on an article holding the
text (with its language for foreign items), anchored on the report date, then ``merge_events`` over the
mentions of all the item's articles. An item reproduces its failure while the merged rows differ from
what is expected: every expected row present (same family, status and party set, dates inside the
expected range with a day of slack, disputed when asked) and no other row. A party set written with a
leading ">=" only asks for those parties (groups such as the G20, whose members the text does not list).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from repro_items import Item, main

C12 = ("Nicolas Sarkozy a reçu jeudi à l'Élysée deux émissaires du Conseil national de transition (CNT) libyen, Mahmoud "
       "Jibril et Ali Essaoui, et la France a aussitôt annoncé qu'elle reconnaissait le CNT comme « le représentant légitime "
       "du peuple libyen ».\n\nUn ambassadeur français sera envoyé à Benghazi et un représentant du CNT sera accueilli à "
       "Paris, a précisé l'entourage du président. Selon la même source, le chef de l'État a évoqué devant ses visiteurs la "
       "possibilité de « frappes ciblées » sur les aéroports utilisés par l'aviation de Mouammar Kadhafi, une option que le "
       "Quai d'Orsay a ensuite présentée comme une simple hypothèse.\n\nLe même jour, Nicolas Sarkozy et le premier ministre "
       "britannique David Cameron ont adressé une lettre commune au président du Conseil européen, Herman Van Rompuy.")
G7 = "CAN DEU FRA GBR ITA JPN USA"

# (label, [(report date, language or None, text)], [(family, status, parties, first day, last day[, disputed])])
# An empty expectation means: no row at all.
ITEMS: list[Item] = [
    # ---- false rows: distractors read as contacts
    ("F6 false refusal CHN,USA 2009-03-20 (c29)",
     [("2009-03-15", None, "Chinese Premier Wen Jiabao said on Friday he was worried about China's holdings of U.S. Treasury "
       "bonds. If the leaders failed to agree in London, Brown warned in a speech on Friday, the world would face \"a lost decade.\"")],
     []),
    ("F7 false summit EUR,FRA 2008-11-07 (c26)",
     [("2008-11-16", "es", "La Unión Europea había fijado su posición en una cumbre informal en Bruselas el 7 de noviembre, a "
       "propuesta de Sarkozy, presidente de turno del Consejo.")],
     []),
    ("F8 false summit planned EUR,GBR 2008-10-15 (c27)",
     [("2008-10-13", None, "British Prime Minister Gordon Brown will travel to Brussels on Wednesday for the EU summit.")],
     []),
    ("F13 false visit CHN,QAT 2011-05-31..06-07 (c15)",
     [("2011-06-08", None, "China's foreign ministry confirmed on Tuesday that its ambassador to Qatar had visited Benghazi.")],
     []),
    ("F14 false visit SAU,YEM 2011-06-04 (c20)",
     [("2011-06-07", None, "Saleh was flown to Riyadh late Saturday along with the prime minister, the speakers of both houses "
       "of parliament and several aides who were wounded in the same blast.")],
     []),
    ("F3 false meeting LBY,QAT 2011-04-06 (c11; doha-contact-group-planned-apr13)",
     [("2011-04-12", None, "Qatar, which will co-host the first meeting of the international contact group on Libya in Doha on "
       "Wednesday, has begun marketing oil from rebel-held fields.")],
     []),
    # ---- false rows: wrong party
    ("F1 false call LBN,USA 2011-02-03 (c04; biden-suleiman-call-feb3)",
     [("2011-02-06", None, "Vice President Omar Suleiman met representatives of Egypt's opposition on Sunday. Vice President "
       "Biden called Suleiman on Thursday.")],
     [("message", "held", "EGY USA", "2011-02-03", "2011-02-03")]),
    ("F4 false meeting USA,YEM 2011-06-06, displaced (c20; brennan-abdullah-call-jun5)",
     [("2011-06-07", None, "President Ali Abdullah Saleh remained in a Saudi military hospital. John O. Brennan, President "
       "Obama's counterterrorism adviser, spoke to Saudi King Abdullah by phone on Sunday about Yemen.")],
     [("message", "held", "SAU USA", "2011-06-05", "2011-06-05")]),
    ("F5 false meeting planned LBY,USA 2011-06-09 (c15; abudhabi-contact-group-planned-jun9)",
     [("2011-06-08", None, "Spain's foreign minister, Trinidad Jimenez, announced 1 million euros in medical aid on Wednesday. "
       "The international contact group on Libya will meet in Abu Dhabi on Thursday, with Jimenez and U.S. Secretary of State "
       "Hillary Clinton among those expected.")],
     [("meeting", "planned", "ESP USA", "2011-06-09", "2011-06-09")]),
    ("F10 false talks BHR,YEM 2011-04-22 (c17; zayani-saleh-sanaa-apr22)",
     [("2011-04-23", None, "The initiative of the six-nation Gulf Cooperation Council was handed to Saleh on Friday by the GCC's "
       "secretary-general, Abdullatif al-Zayani, who flew to Sanaa for talks at the presidential palace.")],
     [("meeting", "held", "GCC YEM", "2011-04-22", "2011-04-22")]),
    ("F12 false talks GBR,QAT (c13; jibril-hague-doha-apr13, jibril-hbj-doha-apr13)",
     [("2011-04-13", None, "Mahmoud Jibril, who heads the rebel National Transitional Council's foreign affairs team, addressed "
       "the meeting on Wednesday and later held separate talks with Hague and with the Qatari prime minister.")],
     [("meeting", "held", "GBR NTC", "2011-04-13", "2011-04-13"), ("meeting", "held", "NTC QAT", "2011-04-13", "2011-04-13")]),
    ("F9 false talks AU,LBY 2011-05 disputed (c14; mahmoudi-letter-may2011)",
     [("2011-06-01", None, "Libya's prime minister, Baghdadi al-Mahmoudi, had offered a ceasefire and talks in a letter to the "
       "U.N. Secretary-General Ban Ki-moon, European leaders and the African Union earlier in May.")],
     [("message", "held", "AU LBY UNO", "2011-05-01", "2011-05-31")]),
    ("F9 (c14; zuma-gaddafi-tripoli-may30)",
     [("2011-06-01", None, "South African President Jacob Zuma said Gaddafi was ready to accept a ceasefire but would not leave "
       "Libya, after talks with the Libyan leader in Tripoli on Monday.")],
     [("meeting", "held", "LBY ZAF", "2011-05-30", "2011-05-30")]),
    # ---- false rows: status, date
    ("F11 false talks held GBR,ISL 2008-10-14 (c27; uk-iceland-talks-planned-oct14, darling-iceland-call-oct13)",
     [("2008-10-13", None, "British Chancellor Alistair Darling has been on the phone to his Icelandic opposite number again. "
       "Talks between officials of the two countries continue in Reykjavik tomorrow.")],
     [("message", "held", "GBR ISL", "2008-10-13", "2008-10-13"), ("meeting", "planned", "GBR ISL", "2008-10-14", "2008-10-14")]),
    ("F2 false meeting EUR,FRA,USA 2007-11-04 (c25; campdavid-oct18, campdavid-summits-agreed-oct18)",
     [("2008-10-19", None, "President Bush, French President Nicolas Sarkozy and European Commission President Jose Manuel "
       "Barroso agreed Saturday to convene a series of international summits, beginning with a meeting of world leaders in the "
       "United States shortly after the Nov. 4 election. The three men met for about three hours at the presidential retreat "
       "in Maryland.")],
     [("agreement", "held", "EUR FRA USA", "2008-10-18", "2008-10-18"), ("meeting", "held", "EUR FRA USA", "2008-10-18", "2008-10-18"),
      ("meeting", "planned", "EUR FRA USA", "2008-11-05", "2008-11-30")]),
    # ---- misses: a person not known as his state's
    ("abdullah-mubarak-call-jan2011 (c01)",
     [("2011-01-29", None, "Saudi state television says King Abdullah phoned President Mubarak on Saturday afternoon.")],
     [("message", "held", "EGY SAU", "2011-01-29", "2011-01-29")]),
    ("qatar-emir-tantawi-call-feb11 (c06)",
     [("2011-02-11", None, "The Qatari emir, Sheikh Hamad bin Khalifa al-Thani, telephoned Field Marshal Tantawi this afternoon.")],
     [("message", "held", "EGY QAT", "2011-02-11", "2011-02-11")]),
    ("clinton-aboulgheit-call-feb13 (c07)",
     [("2011-02-14", None, "Secretary of State Hillary Rodham Clinton spoke by phone on Sunday with Egyptian Foreign Minister "
       "Ahmed Aboul Gheit.")],
     [("message", "held", "EGY USA", "2011-02-13", "2011-02-13")]),
    ("mullen-abdullah-amman-feb13 (c07)",
     [("2011-02-14", None, "The chairman of the U.S. Joint Chiefs of Staff, Adm. Mike Mullen, arrived in Amman on Sunday for "
       "talks with King Abdullah II.")],
     [("meeting", "held", "JOR USA", "2011-02-13", "2011-02-13")]),
    ("paulson-darling-call-oct11 (c27)",
     [("2008-10-13", None, "Hank Paulson will announce the details of the US plan tomorrow. The Treasury secretary spoke to "
       "Darling on Saturday night, a spokesman for the chancellor says.")],
     [("message", "held", "GBR USA", "2008-10-11", "2008-10-11")]),
    ("paulson-darling-calls-oct2008 (c23)",
     [("2008-10-11", None, "Treasury Secretary Henry Paulson said the Treasury would take stakes in banks. He told a news "
       "conference on Friday night that he had spoken with British Chancellor Alistair Darling several times this week.")],
     [("message", "held", "GBR USA", "2008-10-05", "2008-10-10")]),
    ("geithner-darling-mar13 / geithner-xie-mar14 (c29)",
     [("2009-03-15", None, "Treasury Secretary Timothy Geithner, attending his first international meeting, held talks with "
       "British Chancellor Alistair Darling on Friday evening and met Chinese Finance Minister Xie Xuren on the sidelines on "
       "Saturday morning, a Treasury official said.")],
     [("meeting", "held", "GBR USA", "2009-03-13", "2009-03-13"), ("meeting", "held", "CHN USA", "2009-03-14", "2009-03-14")]),
    ("obama-brown-whitehouse-mar3 (c29)",
     [("2009-03-15", None, "Obama and Brown met at the White House on March 3.")],
     [("meeting", "held", "GBR USA", "2009-03-03", "2009-03-03")]),
    ("abdullah-receives-saleh-sep22 (c21)",
     [("2011-09-24", None, "President Ali Abdullah Saleh returned to Yemen on Friday. Saudi officials said Saleh had told King "
       "Abdullah on Thursday evening, when the king received him at his palace in Riyadh, that he would stay.")],
     [("meeting", "held", "SAU YEM", "2011-09-22", "2011-09-22")]),
    ("brennan-saleh-riyadh-jul2011 / -sep2011 (c22)",
     [("2011-11-24", None, "Yemeni President Ali Abdullah Saleh was treated in a Riyadh hospital for three months. John Brennan, "
       "the White House's counterterrorism adviser, flew to Riyadh in July to see the president in hospital, and met him there "
       "again in September.")],
     [("meeting", "held", "USA YEM", "2011-07-01", "2011-07-31"), ("meeting", "held", "USA YEM", "2011-09-01", "2011-09-30")]),
    # ---- misses: non-state parties of this corpus (NTC, MBR, JMP, "the opposition")
    ("suleiman-opposition-feb6 (c04)",
     [("2011-02-06", None, "Vice President Omar Suleiman met representatives of Egypt's opposition on Sunday, among them "
       "leaders of the long-banned Muslim Brotherhood.")],
     [("meeting", "held", "EGY MBR", "2011-02-06", "2011-02-06")]),
    ("au-benghazi-planned-apr11 (c09, c10)",
     [("2011-04-11", None, "The African Union panel was due to travel on Monday to Benghazi to present the plan to the "
       "opposition National Transitional Council.")],
     [("meeting", "planned", "AU NTC", "2011-04-11", "2011-04-11")]),
    ("au-ntc-benghazi-apr11 (c11)",
     [("2011-04-12", None, "The chairman of the rebel National Transitional Council, Mustafa Abdul Jalil, said after meeting the "
       "AU delegation in Benghazi on Monday that the initiative was \"outdated\".")],
     [("meeting", "held", "AU NTC", "2011-04-11", "2011-04-11")]),
    ("ntc-rejects-au-plan-apr11 (c11, c13)",
     [("2011-04-12", None, "Libya's rebel leadership has rejected a ceasefire plan put forward by the African Union.")],
     [("rejection", "refused", "AU NTC", "2011-04-11", "2011-04-12")]),
    ("ntc-rejects-ceasefire-may31 (c14)",
     [("2011-06-01", None, "The rebels' National Transitional Council in Benghazi rejected the offer on Tuesday.")],
     [("rejection", "refused", "LBY NTC", "2011-05-31", "2011-05-31")]),
    ("margelov-benghazi-planned-jun2011 (c14)",
     [("2011-06-01", None, "The Russian president's special envoy for Africa, Mikhail Margelov, is due to visit Benghazi next "
       "week for talks with the rebel leadership, the Kremlin said.")],
     [("meeting", "planned", "NTC RUS", "2011-06-06", "2011-06-12")]),
    ("jimenez-abduljalil-jun8 (c15)",
     [("2011-06-08", None, "Spain's foreign minister, Trinidad Jimenez, met the chairman of the rebel National Transitional "
       "Council, Mustafa Abdul Jalil, in Benghazi on Wednesday.")],
     [("meeting", "held", "ESP NTC", "2011-06-08", "2011-06-08")]),
    ("margelov-benghazi-jun7 (c15)",
     [("2011-06-08", None, "The Russian envoy, Mikhail Margelov, spent Tuesday in Benghazi, where he met Abdul Jalil and other "
       "council members.")],
     [("meeting", "held", "NTC RUS", "2011-06-07", "2011-06-07")]),
    ("china-abduljalil-benghazi-jun2011 (c15)",
     [("2011-06-08", None, "Chinese diplomats also met Abdul Jalil in Benghazi last week, the council said.")],
     [("meeting", "held", "CHN NTC", "2011-05-30", "2011-06-05")]),
    ("jibril-sarkozy-planned-aug24 (c16)",
     [("2011-08-23", None, "Mahmoud Jibril, the No. 2 of the rebel National Transitional Council, said he would fly to Paris on "
       "Wednesday for talks with Sarkozy.")],
     [("meeting", "planned", "FRA NTC", "2011-08-24", "2011-08-24")]),
    ("berlusconi-jibril-planned-aug25 (c16)",
     [("2011-08-23", None, "Italian Prime Minister Silvio Berlusconi will meet Jibril in Milan on Thursday, his office said.")],
     [("meeting", "planned", "ITA NTC", "2011-08-25", "2011-08-25")]),
    ("jmp-riyadh-planned-apr2011 (c17)",
     [("2011-04-23", None, "The opposition Joint Meeting Parties said it accepted the plan. Its spokesman said the coalition's "
       "leaders would travel to Riyadh in the coming days for talks with Gulf foreign ministers on the details.")],
     [("meeting", "planned", "GCC JMP", "2011-04-23", "2011-05-07")]),
    ("feierstein-opposition-apr21 (c17)",
     [("2011-04-23", None, "U.S. Ambassador Gerald Feierstein met opposition leaders in Sanaa on Thursday to urge them to "
       "accept the initiative.")],
     [("meeting", "held", "JMP USA", "2011-04-21", "2011-04-21")]),
    ("jmp-signs-may21 (c18)",
     [("2011-05-22", None, "The opposition coalition, the Joint Meeting Parties, signed the agreement on Saturday evening in the "
       "presence of Mr Zayani and Western diplomats.")],
     [("agreement", "held", "GCC JMP", "2011-05-21", "2011-05-21")]),
    ("benomar-opposition-sep22 (c21)",
     [("2011-09-24", None, "The United Nations envoy Jamal Benomar met opposition leaders again on Thursday.")],
     [("meeting", "held", "JMP UNO", "2011-09-22", "2011-09-22")]),
    # ---- misses: groups as parties (G7, G20, the contact group, the eurozone)
    ("bush-g7-whitehouse-oct11 (c23, c24)",
     [("2008-10-11", None, "President George W. Bush met finance ministers and central bankers from the Group of Seven rich "
       "nations at the White House on Saturday.")],
     [("meeting", "held", G7, "2008-10-11", "2008-10-11")]),
    ("g7-treasury-oct10 / g7-plan-oct10 (c23, c24)",
     [("2008-10-11", None, "The G7 finance ministers and central bank governors, meeting at the Treasury on Friday, agreed on a "
       "five-point plan to take \"decisive action and use all available tools\" to support banks.")],
     [("meeting", "held", G7, "2008-10-10", "2008-10-10"), ("agreement", "held", G7, "2008-10-10", "2008-10-10")]),
    ("g20-fm-imf-planned-oct11 (c23, c24)",
     [("2008-10-11", None, "Finance ministers from the broader Group of 20, which includes China, India, Brazil, Saudi Arabia "
       "and Russia, will hold an unscheduled meeting at the International Monetary Fund later on Saturday, at Paulson's invitation.")],
     [("meeting", "planned", ">=BRA CHN IND RUS SAU", "2008-10-11", "2008-10-11")]),
    ("eurozone-paris-planned-oct12 (c23)",
     [("2008-10-11", None, "European leaders of the 15 countries that use the euro will meet in Paris on Sunday to coordinate a "
       "response, French President Nicolas Sarkozy's office said. British Prime Minister Gordon Brown has been invited to attend.")],
     [("meeting", "planned", ">=FRA GBR", "2008-10-12", "2008-10-12")]),
    ("eurozone-paris-agreement-oct12 (c27)",
     [("2008-10-13", None, "The Eurogroup summit in Paris last night agreed that governments would guarantee new bank debt "
       "until the end of 2009.")],
     [("meeting", "held", ">=FRA", "2008-10-12", "2008-10-12"), ("agreement", "held", ">=FRA", "2008-10-12", "2008-10-12")]),
    ("brown-sarkozy-lunch-oct12, taken by eurozone-paris-summit-oct12 (c27)",
     [("2008-10-13", None, "Gordon Brown flew to Paris on Sunday afternoon and had lunch with Nicolas Sarkozy at the Elysée "
       "before the 15 euro-area leaders sat down for dinner.")],
     [("meeting", "held", "FRA GBR", "2008-10-12", "2008-10-12"), ("meeting", "held", ">=FRA GBR", "2008-10-12", "2008-10-12")]),
    ("horsham-g20fm-mar2009 / london-summit-planned-apr2 (c29)",
     [("2009-03-15", None, "Finance ministers and central bankers from the Group of 20 economies promised on Saturday to take "
       "\"all necessary actions\" to restore growth. The two-day meeting at a country hotel south of London was the last chance "
       "for the ministers to prepare the summit of G-20 leaders that British Prime Minister Gordon Brown will host in London on "
       "April 2. President Barack Obama will attend.")],
     [("meeting", "held", ">=GBR USA", "2009-03-13", "2009-03-14"), ("meeting", "planned", ">=GBR USA", "2009-04-02", "2009-04-02")]),
    ("london-summit-apr2009 / london-summit-agreement-apr2009 / pittsburgh-summit-planned-sep2009 (c30)",
     [("2009-06-01", None, "Gordon Brown hosted the second summit in London in April 2009, where leaders agreed to make $1.1 "
       "trillion available through the IMF and other institutions. The third summit is planned for Pittsburgh in September, "
       "President Barack Obama has announced.")],
     [("meeting", "held", ">=GBR", "2009-04-01", "2009-04-30"), ("agreement", "held", ">=GBR", "2009-04-01", "2009-04-30"),
      ("meeting", "planned", ">=USA", "2009-09-01", "2009-09-30")]),
    ("rome-contact-group-planned-may2011 (c13)",
     [("2011-04-13", None, "The Libya contact group, co-chaired by Qatar and Britain, met in Doha on Wednesday. The group agreed "
       "to meet next in Rome in early May.")],
     [("meeting", "held", ">=GBR QAT", "2011-04-13", "2011-04-13"), ("meeting", "planned", ">=GBR ITA QAT", "2011-05-01", "2011-05-15")]),
    ("rome-contact-group-may2011 (c15)",
     [("2011-06-08", None, "The council hopes the meeting will unlock funds promised in Rome last month, when the Libya contact "
       "group met for a second time.")],
     [("meeting", "held", ">=ITA", "2011-05-01", "2011-05-31")]),
    # ---- misses: constructions without a trigger
    ("obama-mubarak-call-jan28 (c01)",
     [("2011-01-29", None, "Speaking at the White House after a 30-minute call with Egyptian President Hosni Mubarak on Friday, "
       "Obama said he had told him to listen to his people.")],
     [("message", "held", "EGY USA", "2011-01-28", "2011-01-28")]),
    ("saleh-refuses-sign-may22 (c18)",
     [("2011-05-22", None, "Yemen's President Ali Abdullah Saleh has refused to sign a Gulf-brokered deal under which he would "
       "have stepped down.")],
     [("rejection", "refused", "GCC YEM", "2011-05-22", "2011-05-22")]),
    ("zayani-sanaa-planned-jun2011 (c20)",
     [("2011-06-07", None, "The Gulf Cooperation Council's secretary-general, Abdullatif al-Zayani, is expected in Sanaa later "
       "this week to revive the initiative.")],
     [("meeting", "planned", "GCC YEM", "2011-06-07", "2011-06-12")]),
    ("riyadh-signing-nov23 (c22)",
     [("2011-11-24", None, "Yemeni President Ali Abdullah Saleh signed the Gulf Cooperation Council initiative in Riyadh on 23 "
       "November 2011.")],
     [("agreement", "held", "GCC YEM", "2011-11-23", "2011-11-23")]),
    # ---- misses: not in English
    ("ashton-cairo-planned-feb (c05, de)",
     [("2011-02-04", "de", "Die EU-Außenbeauftragte Catherine Ashton will in den kommenden Wochen nach Kairo reisen.")],
     [("meeting", "planned", "EGY EUR", "2011-02-04", "2011-02-28")]),
    ("sarkozy-ntc-elysee-mar10 / sarkozy-cameron-letter-mar10 (c12, fr)", [("2011-03-11", "fr", C12)],
     [("meeting", "held", "FRA NTC", "2011-03-10", "2011-03-10"), ("message", "held", "EUR FRA GBR", "2011-03-10", "2011-03-10")]),
    ("clinton-opposition-planned-mar2011 (c12, fr)",
     [("2011-03-11", "fr", "À Washington, la secrétaire d'État Hillary Clinton a annoncé qu'elle rencontrerait des responsables "
       "de l'opposition libyenne lors de sa tournée en Égypte et en Tunisie la semaine prochaine.")],
     [("meeting", "planned", "NTC USA", "2011-03-14", "2011-03-20")]),
    ("riyadh-signing-nov23 (c19, ar)",
     [("2011-11-24", "ar", "وقّع الرئيس اليمني علي عبدالله صالح مساء أمس الأربعاء في الرياض على المبادرة الخليجية.")],
     [("agreement", "held", "GCC YEM", "2011-11-23", "2011-11-23")]),
    ("abdullah-receives-saleh-nov23 (c19, ar)",
     [("2011-11-24", "ar", "وقّع الرئيس اليمني علي عبدالله صالح أمس الأربعاء في الرياض على المبادرة الخليجية. وجرى التوقيع "
       "بحضور الملك عبدالله بن عبدالعزيز، الذي استقبل الرئيس اليمني قبل المراسم.")],
     [("agreement", "held", "GCC YEM", "2011-11-23", "2011-11-23"), ("meeting", "held", "SAU YEM", "2011-11-23", "2011-11-23")]),
    ("hadi-jmp-planned-nov26 (c19, ar)",
     [("2011-11-24", "ar", "ومن المقرر أن يلتقي نائب الرئيس اليمني عبد ربه منصور هادي ممثلي أحزاب اللقاء المشترك يوم السبت المقبل.")],
     [("meeting", "planned", "JMP YEM", "2011-11-26", "2011-11-26")]),
    ("washington-g20-declaration-nov15 / zapatero-lula-nov14, taken by washington-g20-summit-nov15 (c26, es)",
     [("2008-11-16", "es", "Los líderes del G-20, reunidos el sábado en Washington, se comprometieron a estimular sus economías. "
       "Zapatero se reunió el viernes por la tarde con el presidente de Brasil, Luiz Inácio Lula da Silva.")],
     [("meeting", "held", ">=USA", "2008-11-15", "2008-11-15"), ("agreement", "held", ">=USA", "2008-11-15", "2008-11-15"),
      ("meeting", "held", "BRA ESP", "2008-11-14", "2008-11-14")]),
    ("london-summit-planned-c26 (c26, es)",
     [("2008-11-16", "es", "Los líderes del G-20 volverán a reunirse en Londres antes del 30 de abril de 2009, anunció el primer "
       "ministro británico, Gordon Brown.")],
     [("meeting", "planned", ">=GBR", "2008-11-16", "2009-04-30")]),
    ("zapatero-brown-call-planned-nov2008 (c26, es)",
     [("2008-11-16", "es", "El presidente del Gobierno español, José Luis Rodríguez Zapatero, telefoneará la próxima semana al "
       "primer ministro británico, Gordon Brown.")],
     [("message", "planned", "ESP GBR", "2008-11-17", "2008-11-23")]),
    # ---- misses: merging
    ("cameron-cairo-planned-feb2011 (c07 + c08, over-merged)",
     [("2011-02-14", None, "British Prime Minister David Cameron is expected to visit Cairo next week, British officials said."),
      ("2011-02-22", None, "British Prime Minister David Cameron held talks with Egypt's military ruler, Field Marshal Mohamed "
       "Hussein Tantawi, in Cairo on Monday.")],
     [("meeting", "planned", "EGY GBR", "2011-02-21", "2011-02-27"), ("meeting", "held", "EGY GBR", "2011-02-21", "2011-02-21")]),
    ("washington-summit-planned-nov2008 (c25, over-merged with the Beijing trip)",
     [("2008-10-19", None, "President Bush, French President Nicolas Sarkozy and European Commission President Jose Manuel "
       "Barroso agreed Saturday to convene a series of international summits, beginning with a meeting of world leaders in the "
       "United States shortly after the Nov. 4 election. Sarkozy flew back to Paris after the talks. He and Barroso will "
       "travel to Beijing next week for the Asia-Europe Meeting.")],
     [("agreement", "held", "EUR FRA USA", "2008-10-18", "2008-10-18"), ("meeting", "planned", "EUR FRA USA", "2008-11-05", "2008-11-30"),
      ("meeting", "planned", "CHN EUR FRA", "2008-10-20", "2008-10-26")]),
]


if __name__ == "__main__":
    sys.exit(main(ITEMS))
