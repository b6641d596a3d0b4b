"""Check the minimal reproductions of bench/invented10/README.md's diagnosis against this checkout's src/.

    .venv/bin/python bench/invented10/repro.py          # one line per item: REPRODUCES or NOW OK
    .venv/bin/python bench/invented10/repro.py -v       # with the rows (or the date) each item gives

Items and page items are run by bench/repro_items.py, whose docstring says when one reproduces.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from repro_items import Item, Page, main

P5 = "CHN DEU FRA GBR IRN RUS USA"
E01 = ("UNITED NATIONS, Sept. 27 (Xinhua) -- U.S. President Barack Obama and Iranian President Hassan Rouhani spoke by "
       "telephone on Friday, the first direct conversation between the leaders of the two countries in more than three "
       "decades, the White House said.\n\nThe 15-minute call was placed from the Oval Office as Rouhani was being driven to "
       "the airport in New York at the end of his visit to the UN General Assembly.\n\nObama told reporters afterwards that "
       "the two men had discussed \"our ongoing efforts to reach an agreement over Iran's nuclear program.\"\n\nRouhani wrote "
       "on his Twitter account that he had said goodbye to Obama with the Persian words \"Have a nice day.\"\n\nThe call came "
       "a day after U.S. Secretary of State John Kerry and Iranian Foreign Minister Mohammad Javad Zarif held a half-hour side "
       "meeting at the United Nations, following a session of the six world powers with Iran chaired by EU foreign policy "
       "chief Catherine Ashton.")

# (label, [(report date or "lo~hi", language or None, text)], [(family, status, parties, first day, last day[, disputed])])
# An empty expectation means: no row at all.
ITEMS: list[Item] = [
    # ---- false rows: distractors read as contacts
    ("F6 false visit IRN,UNO 2013-09 (e01/e02: a visit to the General Assembly's session)",
     [("2013-09-27", None, "The 15-minute call was placed from the Oval Office as Rouhani was being driven to the airport in New "
       "York at the end of his visit to the UN General Assembly.")],
     []),
    ("F2 false talks planned IRN,USA 2014-02 (e07: 'agreed to continue the talks' as a plan, dated from the sentence before)",
     [("2015-01-14", None, "Zarif and Kerry last met in Muscat in November, before the deadline for a comprehensive agreement was "
       "extended in Vienna on November 24.\n\nZarif told IRNA that the two sides had agreed to continue the talks and that he "
       "would meet Kerry again on the sidelines of the Munich Security Conference next month.")],
     [("meeting", "held", "IRN USA", "2014-11-01", "2014-11-30"), ("meeting", "planned", "IRN USA", "2015-02-01", "2015-02-28")]),
    # ---- false rows: a mediator read as the state he once led
    ("F5 false meeting SDN,ZAF 2013-06-09 (e17; mbeki-bashir-jun9, mbeki-juba-planned-jun11: the AU panel's chairman as South Africa, the second clause lost)",
     [("2013-06-10", None, "Thabo Mbeki, chairman of the African Union panel, met Bashir in Khartoum on Sunday and is due in Juba "
       "on Tuesday, the spokesman added.")],
     [("meeting", "held", "AU SDN", "2013-06-09", "2013-06-09"), ("meeting", "planned", "AU SSD", "2013-06-11", "2013-06-11")]),
    # ---- false rows: wrong status or date
    ("F4 false meeting BRA,COL,VEN 2023-05-23 (e12, pt; south-america-summit-planned-may30: present 'participa nesta terça-feira (30)' as held, the weekday taken backwards)",
     [("2023-05-29", "pt", "Maduro participa nesta terça-feira (30) da reunião de presidentes da América do Sul convocada por Lula "
       "no Palácio Itamaraty, com a presença de onze chefes de Estado, entre eles o colombiano Gustavo Petro.")],
     [("meeting", "planned", ">=BRA COL VEN", "2023-05-30", "2023-05-30")]),
    ("F9 false talks CUB,NOR 2021-11-21 (e13; eln-caracas-planned-nov21: 'is to open' as held, the day taken backwards, 'those talks' not resolved, guarantors only)",
     [("2022-11-01", None, "Maduro told journalists that Venezuela was ready to act as guarantor of new peace talks between "
       "Colombia's government and the National Liberation Army (ELN) guerrilla.\n\nThe first round of those talks is to open in "
       "Caracas on November 21, with Cuba and Norway also serving as guarantors, according to officials in Bogota.")],
     [("meeting", "planned", ">=COL ELN", "2022-11-21", "2022-11-21")]),
    ("F9 reduced: 'are to open' with the parties named",
     [("2022-11-01", None, "Talks between Colombia and the ELN are to open in Caracas on November 21.")],
     [("meeting", "planned", ">=COL ELN", "2022-11-21", "2022-11-21")]),
    ("F8 false talks cancelled AU,SSD 2012-04-10 (e18, undated; ssd-suspends-talks-apr10-2012, sdn-suspends-talks-apr11-2012)",
     [("2013-10-22~2013-10-22", None, "On 10 April 2012, Juba suspended its participation in the AU-mediated talks in Addis Ababa, "
       "and Khartoum did the same a day later.")],
     [("rejection", "refused", ">=SDN SSD", "2012-04-10", "2012-04-10"), ("rejection", "refused", ">=SDN SSD", "2012-04-11", "2012-04-11")]),
    ("F8 reduced: 'suspended its participation in the talks with' is a refusal, not talks cancelled",
     [("2012-04-12", None, "South Sudan suspended its participation in the AU-mediated talks with Sudan on Tuesday.")],
     [("rejection", "refused", ">=SDN SSD", "2012-04-10", "2012-04-10")]),
    # ---- false rows: one contact in two rows
    ("F7 false talks COD,RWA,UGA 2020-02-21 (e22: the mediators' sentence gives its own summit row AGO,COD)",
     [("2020-02-21", None, "Ugandan President Yoweri Museveni and his Rwandan counterpart Paul Kagame met on Friday at the "
       "Gatuna/Katuna border post, in their first face-to-face talks since signing the Luanda memorandum last August.\n\nThe "
       "summit was attended by Angolan President Joao Lourenco and Democratic Republic of Congo President Felix Tshisekedi, who "
       "have been mediating between the two neighbors.")],
     [("agreement", "held", "RWA UGA", "2019-08-01", "2019-08-31"), ("meeting", "held", "AGO COD RWA UGA", "2020-02-21", "2020-02-21")]),

    # ---- misses: groups and anaphoric parties ("the six powers", "the two presidents", "the leaders", ...)
    ("kerry-zarif-un-sep26, p5plus1-un-sep26 (e01: 'a day after' not read, the meeting merged into the call; the six powers' session lost)",
     [("2013-09-27", None, E01)],
     [("message", "held", "IRN USA", "2013-09-27", "2013-09-27"), ("meeting", "held", "IRN USA", "2013-09-26", "2013-09-26"),
      ("meeting", "held", ">=EUR IRN USA", "2013-09-26", "2013-09-26")]),
    ("geneva-round-planned-oct15 (e01: 'The six powers -- A, B, ... -- and Iran agreed ... to meet again')",
     [("2013-09-27", None, "The six powers -- the United States, Russia, China, Britain, France and Germany -- and Iran agreed on "
       "Thursday to meet again in Geneva on Oct. 15 and 16.")],
     [("agreement", "held", P5, "2013-09-26", "2013-09-26"), ("meeting", "planned", P5, "2013-10-15", "2013-10-16")]),
    ("experts-vienna-planned-dec2013 (e03: 'Experts from Iran and the six powers are expected to meet')",
     [("2013-11-24", None, "Experts from Iran and the six powers are expected to meet in Vienna in early December to work out how "
       "the deal will be implemented.")],
     [("meeting", "planned", ">=IRN USA", "2013-12-01", "2013-12-10")]),
    ("experts reduced: 'Experts from Iran and the United States are expected to meet'",
     [("2013-11-24", None, "Experts from Iran and the United States are expected to meet in Vienna in early December.")],
     [("meeting", "planned", "IRN USA", "2013-12-01", "2013-12-10")]),
    ("lausanne-framework-apr2, lausanne-talks (e04, fr: 'l'Iran et les grandes puissances'; the Kerry-Zarif row then takes the talks and kerry-zarif-lausanne is lost)",
     [("2015-04-02", "fr", "Après huit jours de négociations marathon, l'Iran et les grandes puissances se sont mis d'accord jeudi "
       "soir à Lausanne sur les grandes lignes d'un accord sur le programme nucléaire iranien.")],
     [("agreement", "held", ">=IRN", "2015-04-02", "2015-04-02"), ("meeting", "held", ">=IRN", "2015-03-26", "2015-04-02")]),
    ("vienna-jcpoa-jul14, vienna-talks-jun27-jul14 (e05: 'Iran and six major powers')",
     [("2015-07-14", None, "Iran and six major powers reached a comprehensive agreement Tuesday to limit Tehran's nuclear program "
       "in return for the lifting of international sanctions, ending 18 days of talks in the Austrian capital.")],
     [("agreement", "held", ">=IRN", "2015-07-14", "2015-07-14"), ("meeting", "held", ">=IRN", "2015-06-27", "2015-07-14")]),
    ("quito-agreement-sep21 (e08, es: 'ambos gobiernos acordaron')",
     [("2015-09-21", "es", "Los presidentes de Venezuela, Nicolás Maduro, y de Colombia, Juan Manuel Santos, se reunieron este "
       "lunes en la capital ecuatoriana. Al término de la reunión, ambos gobiernos acordaron el regreso inmediato de sus "
       "respectivos embajadores.")],
     [("meeting", "held", ">=COL VEN", "2015-09-21", "2015-09-21"), ("agreement", "held", ">=COL VEN", "2015-09-21", "2015-09-21")]),
    ("lula-maduro-agreements-may29 (e12, pt: 'Os dois presidentes assinaram')",
     [("2023-05-29", "pt", "O presidente Luiz Inácio Lula da Silva recebeu nesta segunda-feira (29) o presidente da Venezuela, "
       "Nicolás Maduro, no Palácio do Planalto. Os dois presidentes assinaram uma série de acordos de cooperação nas áreas de "
       "energia, agricultura e saúde.")],
     [("meeting", "held", "BRA VEN", "2023-05-29", "2023-05-29"), ("agreement", "held", "BRA VEN", "2023-05-29", "2023-05-29")]),
    ("bashir-kiir-agree-apr12 (e15, ar: 'واتفق الرئيسان')",
     [("2013-04-13", "ar", "وعقد الرئيس عمر البشير أمس الجمعة جلسة مباحثات مع رئيس جنوب السودان سلفاكير ميارديت في جوبا. "
       "واتفق الرئيسان على تنفيذ كل اتفاقيات التعاون الموقعة في أديس أبابا دون تأخير.")],
     [("meeting", "held", "SDN SSD", "2013-04-12", "2013-04-12"), ("agreement", "held", "SDN SSD", "2013-04-12", "2013-04-12")]),
    ("kiir-bashir-oil-agreement-sep3 (e19: 'the two presidents had agreed')",
     [("2013-09-03", None, "South Sudanese President Salva Kiir arrived in Khartoum on Tuesday for talks with his Sudanese "
       "counterpart Omar al-Bashir.\n\nAfter the talks, Sudan's foreign minister Ali Karti said the two presidents had agreed to "
       "keep oil flowing through Sudanese pipelines and to activate the buffer zone.")],
     [("meeting", "held", "SDN SSD", "2013-09-03", "2013-09-03"), ("agreement", "held", "SDN SSD", "2013-09-03", "2013-09-03")]),
    ("jpsm-meeting-mar8 (e16: 'The security mechanism had met on Friday')",
     [("2013-03-12", None, "The Joint Political and Security Mechanism of Sudan and South Sudan met in Addis Ababa on Tuesday. The "
       "security mechanism had met on Friday and agreed on the creation of the buffer zone within a week.")],
     [("meeting", "held", ">=SDN SSD", "2013-03-12", "2013-03-12"), ("meeting", "held", "SDN SSD", "2013-03-08", "2013-03-08")]),
    ("luanda-quadripartite-jul12-2019 (e20: 'The four presidents had first met')",
     [("2019-08-22", None, "Presidents Paul Kagame of Rwanda and Yoweri Museveni of Uganda on Wednesday signed a memorandum of "
       "understanding in Luanda, Angola.\n\nThe four presidents had first met on the issue in Luanda on July 12, at a "
       "quadripartite summit that ended without an agreement.")],
     [("agreement", "held", ">=RWA UGA", "2019-08-21", "2019-08-21"), ("meeting", "held", ">=RWA UGA", "2019-07-12", "2019-07-12")]),
    ("commission-kigali-planned-2019 (e20: 'an ad hoc ministerial commission will meet in Kigali within 30 days')",
     [("2019-08-22", None, "Under the memorandum, an ad hoc ministerial commission of Rwanda and Uganda will meet in Kigali within "
       "30 days, and then in Kampala.")],
     [("meeting", "planned", "RWA UGA", "2019-08-22", "2019-09-20")]),
    ("commission-agreement-sep16-2019, commission-kampala-planned-oct2019 (e21, fr: 'Les deux parties se sont mises d'accord ... dans trente jours')",
     [("2019-09-16", "fr", "La délégation rwandaise était conduite par le ministre des Affaires étrangères, Richard Sezibera, et la "
       "délégation ougandaise par son homologue Sam Kutesa. Les deux parties se sont mises d'accord pour libérer les "
       "ressortissants détenus sans procès et pour se retrouver à Kampala dans trente jours.")],
     [("agreement", "held", "RWA UGA", "2019-09-16", "2019-09-16"), ("meeting", "planned", "RWA UGA", "2019-10-14", "2019-10-18")]),
    ("gatuna-communique-feb21-2020, gatuna-second-planned-mar2020 (e22: 'The four heads of state agreed', 'The leaders agreed to meet again ... in 15 days')",
     [("2020-02-21", None, "Ugandan President Yoweri Museveni and his Rwandan counterpart Paul Kagame met on Friday at the Gatuna "
       "border post. The four heads of state agreed that Uganda and Rwanda would exchange detained nationals, according to a "
       "joint communique. The leaders agreed to meet again at the same border post in 15 days to review progress.")],
     [("meeting", "held", ">=RWA UGA", "2020-02-21", "2020-02-21"), ("agreement", "held", ">=RWA UGA", "2020-02-21", "2020-02-21"),
      ("meeting", "planned", ">=RWA UGA", "2020-03-06", "2020-03-07")]),
    ("gatuna-second-cancelled (e25, undated: 'That second border summit never took place')",
     [("2022-04-22~2022-04-22", None, "The summit at the Gatuna border on 21 February 2020 between Rwanda and Uganda was meant to "
       "be followed by another within two weeks. That second border summit never took place; the pandemic closed borders "
       "across the region in March 2020.")],
     [("meeting", "held", ">=RWA UGA", "2020-02-21", "2020-02-21"), ("meeting", "cancelled", ">=RWA UGA", "2020-03-01", "2020-03-31")]),
    ("arun3-agreement-nov25-2014 (e27: 'after which the two sides signed')",
     [("2014-11-27", None, "Prime Minister Narendra Modi held talks with Nepal's Prime Minister Sushil Koirala on Tuesday evening, "
       "after which the two sides signed an agreement on the Arun III hydropower project.")],
     [("meeting", "held", "IND NPL", "2014-11-25", "2014-11-25"), ("agreement", "held", "IND NPL", "2014-11-25", "2014-11-25")]),
    ("jcc-planned-2015 (e29: 'The two Prime Ministers agreed that the Joint Consultative Commission would meet')",
     [("2015-06-07", None, "The two Prime Ministers held official talks on 6 June 2015 in Dhaka.\n\nThe two Prime Ministers agreed "
       "that the Joint Consultative Commission would meet in New Delhi before the end of the year.")],
     [("meeting", "held", "BGD IND", "2015-06-06", "2015-06-06"), ("meeting", "planned", "BGD IND", "2015-06-08", "2015-12-31")]),
    ("jcc reduced: the states named; 'before the end of the year' starts on 1 January",
     [("2015-06-07", None, "The two Prime Ministers agreed that the Joint Consultative Commission of India and Bangladesh would meet "
       "in New Delhi before the end of the year.")],
     [("meeting", "planned", "BGD IND", "2015-06-08", "2015-12-31")]),

    # ---- misses: no trigger for the construction
    ("iaea-roadmap-jul14 (e05: 'signed a road map')",
     [("2015-07-14", None, "Iran and the International Atomic Energy Agency signed a road map on Tuesday.")],
     [("agreement", "held", "IAEA IRN", "2015-07-14", "2015-07-14")]),
    ("implementation-matrix-mar12 (e16: 'signed an implementation matrix')",
     [("2013-03-12", None, "Sudan and South Sudan on Tuesday signed an implementation matrix for the cooperation agreements they "
       "reached last September.")],
     [("agreement", "held", ">=SDN SSD", "2013-03-12", "2013-03-12")]),
    ("petro-maduro-statement-nov1 (e13: 'agreed to work toward')",
     [("2022-11-01", None, "Petro and Maduro agreed on Tuesday to work toward Venezuela's return to the Andean Community.")],
     [("agreement", "held", "COL VEN", "2022-11-01", "2022-11-01")]),
    ("museveni-message-jan22-2022 (e23: 'delivered a special message from X to Y')",
     [("2022-01-22", None, "An envoy delivered a special message from President Yoweri Museveni to President Paul Kagame on "
       "Saturday.")],
     [("message", "held", "RWA UGA", "2022-01-22", "2022-01-22")]),
    ("joint-commission-jul2014 (e26: 'who co-chaired the Joint Commission meeting ... with', in a relative clause)",
     [("2014-08-04", None, "External Affairs Minister Sushma Swaraj, who co-chaired the Joint Commission meeting in Kathmandu last "
       "week with Foreign Minister Mahendra Bahadur Pandey, accompanied Modi.")],
     [("meeting", "held", "IND NPL", "2014-07-25", "2014-08-03")]),
    ("thapa-modi-planned-oct17-2015 (e30: 'is scheduled to call on')",
     [("2015-10-17", None, "Nepal's Deputy Prime Minister Kamal Thapa is scheduled to call on Prime Minister Narendra Modi on "
       "Saturday morning.")],
     [("meeting", "planned", "IND NPL", "2015-10-17", "2015-10-17")]),

    # ---- misses: a clause or a construction around a known trigger
    ("netanyahu-obama-planned-sep30 (e01: the plan in a relative clause, 'who is due to see Obama ... on Monday, has warned')",
     [("2013-09-27", None, "Israeli Prime Minister Benjamin Netanyahu, who is due to see Obama at the White House on Monday, has "
       "warned that Rouhani cannot be trusted.")],
     [("meeting", "planned", "ISR USA", "2013-09-30", "2013-09-30")]),
    ("muhoozi-kagame-jan22-2022 (e23: 'was on Saturday received by')",
     [("2022-01-22", None, "Uganda's army commander Muhoozi Kainerugaba was on Saturday received by President Paul Kagame in "
       "Kigali.")],
     [("meeting", "held", "RWA UGA", "2022-01-22", "2022-01-22")]),
    ("machar-bashir-jul1-2013 (e18: a clause after a semicolon, '; three weeks later Kiir dismissed him')",
     [("2013-09-03", None, "South Sudan's vice president, Riek Machar, held talks with Bashir in Khartoum on 1 July 2013; three "
       "weeks later Kiir dismissed him and his entire cabinet.")],
     [("meeting", "held", "SDN SSD", "2013-07-01", "2013-07-01")]),

    # ---- misses: a person not known as his state's (the outlet's own state unsaid)
    ("cho-tehran-planned-dec2013 (e06, a Korean agency: 'Vice Foreign Minister Cho Tae-yong')",
     [("2013-11-25", None, "Vice Foreign Minister Cho Tae-yong will travel to Tehran next month for talks with Iranian officials on "
       "trade and the release of frozen oil payments, a ministry official said.")],
     [("meeting", "planned", "IRN KOR", "2013-12-01", "2013-12-31")]),
    ("araghchi-sherman-planned-jan15 (e07, an Iranian agency: 'Deputy foreign minister Abbas Araghchi')",
     [("2015-01-14", None, "Deputy foreign minister Abbas Araghchi will hold talks with US Under Secretary of State Wendy Sherman in "
       "Geneva on Thursday and Friday, the foreign ministry spokeswoman said.")],
     [("meeting", "planned", "IRN USA", "2015-01-15", "2015-01-16")]),
    ("thapa-swaraj-oct16-2015 (e30, a Nepali paper: 'Deputy Prime Minister and Foreign Minister Kamal Thapa')",
     [("2015-10-17", None, "NEW DELHI, Oct 16: Deputy Prime Minister and Foreign Minister Kamal Thapa met Indian External Affairs "
       "Minister Sushma Swaraj in New Delhi on Friday and asked India to ease the supply of fuel and goods across the border.")],
     [("meeting", "held", "IND NPL", "2015-10-16", "2015-10-16")]),
    ("nepal-beijing-visit-postponed (e30: 'A visit to Beijing by the Commerce Minister ... postponed')",
     [("2015-10-17", None, "A visit to Beijing by the Commerce Minister, planned for next week, has been postponed indefinitely, the "
       "ministry said.")],
     [("meeting", "cancelled", "CHN NPL", "2015-10-19", "2015-10-25")]),
    ("muhoozi-kagame-mar14-2022 (e24: 'Muhoozi' by name)",
     [("2022-04-22", None, "Muhoozi visited Kigali again on March 14 and had dinner with Kagame at his home, in a trip that Rwanda's "
       "presidency described as a family visit.")],
     [("meeting", "held", "RWA UGA", "2022-03-14", "2022-03-14")]),
    ("muhoozi-kagame-jan22-2022, museveni-message-jan22-2022 (e25: 'Lt Gen Muhoozi Kainerugaba ... carrying a message from his father')",
     [("2022-04-22~2022-04-22", None, "On 22 January 2022 Lt Gen Muhoozi Kainerugaba flew to Kigali and met President Paul Kagame, "
       "carrying a message from his father.")],
     [("meeting", "held", "RWA UGA", "2022-01-22", "2022-01-22"), ("message", "held", "RWA UGA", "2022-01-22", "2022-01-22")]),

    # ---- misses: non-English status or date
    ("obama-salman-call-apr2 (e04, fr: 'a ensuite téléphoné')",
     [("2015-04-02", "fr", "Barack Obama a ensuite téléphoné au roi Salmane d'Arabie saoudite.")],
     [("message", "held", "SAU USA", "2015-04-02", "2015-04-02")]),
    ("petro-maduro-brasilia-planned-may30 (e12, pt: 'deve se reunir ... à margem da cúpula', the summit's day in the sentence before)",
     [("2023-05-29", "pt", "Maduro participa nesta terça-feira (30) da reunião de presidentes da América do Sul. Segundo o "
       "Itamaraty, Petro deve se reunir com Maduro à margem da cúpula para tratar da reabertura total da fronteira.")],
     [("meeting", "planned", ">=BRA VEN", "2023-05-30", "2023-05-30"), ("meeting", "planned", "COL VEN", "2023-05-30", "2023-05-30")]),

    # ---- misses: merged into another row, or several contacts in one row
    ("modi-bangladesh/bhutan/maldives/srilanka-nov26 (e27: 'bilateral talks with the leaders of A, B, C, D and E' as one row)",
     [("2014-11-27", None, "On Wednesday, Mr. Modi held bilateral talks with the leaders of Afghanistan, Bangladesh, Bhutan, "
       "Maldives and Sri Lanka on the sidelines of the summit.")],
     [("meeting", "held", "AFG IND", "2014-11-26", "2014-11-26"), ("meeting", "held", "BGD IND", "2014-11-26", "2014-11-26"),
      ("meeting", "held", "BTN IND", "2014-11-26", "2014-11-26"), ("meeting", "held", "IND MDV", "2014-11-26", "2014-11-26"),
      ("meeting", "held", "IND LKA", "2014-11-26", "2014-11-26")]),
    ("modi-hamid-jun7-2015 (e29: the call on the President merged with the talks and the visit)",
     [("2015-06-07", None, "1. At the invitation of the Prime Minister of Bangladesh, H.E. Sheikh Hasina, the Prime Minister of "
       "India, H.E. Narendra Modi, paid a State Visit to Bangladesh on 6-7 June 2015.\n\n2. The two Prime Ministers held official "
       "talks on 6 June 2015 in Dhaka in a warm and cordial atmosphere, and reviewed all aspects of bilateral relations.\n\n3. The "
       "Prime Minister of India called on the President of Bangladesh, H.E. Abdul Hamid, on 7 June 2015.")],
     [("meeting", "held", "BGD IND", "2015-06-06", "2015-06-07"), ("meeting", "held", "BGD IND", "2015-06-06", "2015-06-06"),
      ("meeting", "held", "BGD IND", "2015-06-07", "2015-06-07")]),
    ("modi-nepal-planned-nov2014 (e26 then e27: the plan merged into the held talks of another article)",
     [("2014-08-04", None, "Modi will return to Nepal in November for the SAARC summit, officials said."),
      ("2014-11-27", None, "Prime Minister Narendra Modi held talks with Nepal's Prime Minister Sushil Koirala on Tuesday evening.")],
     [("meeting", "planned", ">=IND NPL", "2014-11-01", "2014-11-30"), ("meeting", "held", "IND NPL", "2014-11-25", "2014-11-25")]),
    ("kagame-kampala-planned-apr24-2022 (e24 then e25: the plan merged into the held visit)",
     [("2022-04-22", None, "Rwandan President Paul Kagame is expected in Kampala on Sunday to attend a birthday celebration for Lt "
       "Gen Muhoozi Kainerugaba. Kagame will hold talks with President Yoweri Museveni at State House Entebbe during the visit."),
      ("2022-04-22~2022-04-22", None, "Kagame travelled to Uganda on 24 April 2022 for Muhoozi's 48th birthday and met Museveni at "
       "State House Entebbe.")],
     [("meeting", "planned", "RWA UGA", "2022-04-24", "2022-04-24"), ("meeting", "held", "RWA UGA", "2022-04-24", "2022-04-24")]),
]

# (label, page text, the day the page's own date stamp gives)
PAGES: list[Page] = [
    ("published e05 (F1 amano-tehran-jul2 as 2013, F3 kishida-tehran-planned as 2014-10: the year only in the copyright line; "
     "the undated article then takes its story's 2013 window)",
     "Iran, 6 powers reach final nuclear deal in Vienna\n\nVIENNA, July 14 Kyodo - Iran and six major powers reached a "
     "comprehensive agreement Tuesday.\n\nAmano had traveled to Tehran on July 2 for talks with President Hassan Rouhani.\n\n"
     "(C) Kyodo News 2015", "2015-07-14"),
    ("published e02 ('Source: Xinhua Published: 2013-9-28 9:02:11' on one line; the export took the dateline's Sept. 27)",
     "Obama, Rouhani speak by phone\n\nSource: Xinhua Published: 2013-9-28 9:02:11\n\nObama and Rouhani spoke by telephone on "
     "Friday. They spoke for 15 minutes.", "2013-09-28"),
]


if __name__ == "__main__":
    sys.exit(main(ITEMS, PAGES))
