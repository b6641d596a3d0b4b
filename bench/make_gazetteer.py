"""Grow the events gazetteer and the leaders table (additive): every UN member and observer state, their leaders.

    .venv/bin/python bench/make_gazetteer.py            # merge the tables below into src/storyline/data/
    .venv/bin/python bench/make_gazetteer.py --check    # only report what would change

The data is curated by hand below (general world knowledge: country names, demonyms, capitals,
institutions, heads of state and government, foreign ministers with their terms); nothing is read
from the project's corpora. Existing entries are never changed or reordered: a country already in
actors_countries.json only gains surfaces it lacks, a leader row is added only when no row with the
same name, code, role and start exists. When pycountry is importable (a throwaway venv is enough,
it is not a runtime dependency) every new code is checked against ISO 3166-1.

Surfaces left out on purpose, because they name other things too often to stand for a government:
bare "Chad" (a first name; it is a contextual surface that needs a neighbour or ally in the same
article), "Albanian" and "Macedonian" (ethnic groups across borders), "Tajik" and "Turkmen" (ethnic
groups in Afghanistan, Iraq and Syria), "Central African" (the region), "Dominican" for Dominica
(it is the Dominican Republic's), "Congolese" for the Republic of the Congo (kept for the DRC), and
the capitals Kingston, Victoria, Male, Nassau, Georgetown, St. John's, St. George's, San José,
Panama City, Moroni, Sucre, Brussels (the EU) and Cape Town.
Bare "Congo" goes to the DRC (the likelier state in news; the Republic is "Republic of Congo",
"Congo-Brazzaville") and is listed as ambiguous so the story features leave it out.
"""
from __future__ import annotations

import _checkout  # noqa: F401  (this checkout's src/ first, for subprocesses too)

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "storyline" / "data"
KINDS = ("names", "short", "demonyms", "capitals", "institutions")

# code|names|short|demonyms|capitals|institutions   (";" separates surfaces)
NEW_COUNTRIES = """
ALB|Albania;Republic of Albania|||Tirana|
AND|Andorra;Principality of Andorra||Andorran;Andorrans|Andorra la Vella|
AGO|Angola;Republic of Angola||Angolan;Angolans|Luanda|
ATG|Antigua and Barbuda;Antigua||Antiguan;Antiguans||
BHS|Bahamas;The Bahamas;Commonwealth of The Bahamas||Bahamian;Bahamians||
BRB|Barbados||Barbadian;Barbadians|Bridgetown|
BLZ|Belize||Belizean;Belizeans|Belmopan|
BEN|Benin;Republic of Benin||Beninese|Porto-Novo;Cotonou|
BTN|Bhutan;Kingdom of Bhutan||Bhutanese|Thimphu|
BWA|Botswana;Republic of Botswana|||Gaborone|
BRN|Brunei;Brunei Darussalam||Bruneian;Bruneians|Bandar Seri Begawan|
BFA|Burkina Faso;Burkina||Burkinabe;Burkinabè|Ouagadougou|
BDI|Burundi;Republic of Burundi||Burundian;Burundians|Gitega;Bujumbura|
CPV|Cabo Verde;Cape Verde;Republic of Cabo Verde||Cape Verdean;Cape Verdeans;Cabo Verdean;Cabo Verdeans|Praia|
CMR|Cameroon;Republic of Cameroon||Cameroonian;Cameroonians|Yaounde;Yaoundé|
CAF|Central African Republic||||Bangui|
TCD|Republic of Chad||Chadian;Chadians|N'Djamena;N’Djamena;Ndjamena|
COM|Comoros;Union of the Comoros||Comorian;Comorians|Moroni|
COG|Republic of the Congo;Republic of Congo;Congo Republic;Congo-Brazzaville|||Brazzaville|
CIV|Ivory Coast;Côte d'Ivoire;Côte d’Ivoire;Cote d'Ivoire;Cote d’Ivoire||Ivorian;Ivorians|Yamoussoukro;Abidjan|
CRI|Costa Rica;Republic of Costa Rica||Costa Rican;Costa Ricans||
DJI|Djibouti;Republic of Djibouti||Djiboutian;Djiboutians||
DMA|Dominica;Commonwealth of Dominica|||Roseau|
SLV|El Salvador;Republic of El Salvador||Salvadoran;Salvadorans;Salvadorean;Salvadoreans|San Salvador|
GNQ|Equatorial Guinea;Republic of Equatorial Guinea||Equatorial Guinean;Equatorial Guineans|Malabo|
EST|Estonia;Republic of Estonia||Estonian;Estonians|Tallinn|
SWZ|Eswatini;Kingdom of Eswatini;Swaziland||Swazi;Swazis|Mbabane|
FJI|Fiji;Republic of Fiji||Fijian;Fijians|Suva|
GAB|Gabon;Gabonese Republic||Gabonese|Libreville|
GMB|Gambia;The Gambia;Republic of The Gambia||Gambian;Gambians|Banjul|
GHA|Ghana;Republic of Ghana||Ghanaian;Ghanaians|Accra|
GRD|Grenada||Grenadian;Grenadians||
GTM|Guatemala;Republic of Guatemala||Guatemalan;Guatemalans|Guatemala City|
GIN|Guinea;Republic of Guinea;Guinea-Conakry||Guinean;Guineans|Conakry|
GNB|Guinea-Bissau;Guinea Bissau;Republic of Guinea-Bissau||Bissau-Guinean;Bissau-Guineans|Bissau|
GUY|Guyana;Co-operative Republic of Guyana||Guyanese|
HND|Honduras;Republic of Honduras||Honduran;Hondurans|Tegucigalpa|
ISL|Iceland;Republic of Iceland||Icelandic;Icelander;Icelanders|Reykjavik;Reykjavík|
JAM|Jamaica||Jamaican;Jamaicans||
KIR|Kiribati;Republic of Kiribati||||
KGZ|Kyrgyzstan;Kyrgyz Republic||Kyrgyz|Bishkek|
LVA|Latvia;Republic of Latvia||Latvian;Latvians|Riga|
LSO|Lesotho;Kingdom of Lesotho|||Maseru|
LBR|Liberia;Republic of Liberia||Liberian;Liberians|Monrovia|
LIE|Liechtenstein;Principality of Liechtenstein||Liechtensteiner;Liechtensteiners|Vaduz|
LTU|Lithuania;Republic of Lithuania||Lithuanian;Lithuanians|Vilnius|
LUX|Luxembourg;Grand Duchy of Luxembourg||Luxembourger;Luxembourgers;Luxembourgish||
MDG|Madagascar;Republic of Madagascar||Malagasy|Antananarivo|
MWI|Malawi;Republic of Malawi||Malawian;Malawians|Lilongwe|
MDV|Maldives;Republic of Maldives;Republic of the Maldives||Maldivian;Maldivians||
MLI|Mali;Republic of Mali||Malian;Malians|Bamako|
MLT|Malta;Republic of Malta||Maltese|Valletta|
MHL|Marshall Islands;Republic of the Marshall Islands||Marshallese|Majuro|
MRT|Mauritania;Islamic Republic of Mauritania||Mauritanian;Mauritanians|Nouakchott|
MUS|Mauritius;Republic of Mauritius||Mauritian;Mauritians|Port Louis|
FSM|Federated States of Micronesia|||Palikir|
MCO|Monaco;Principality of Monaco||Monegasque;Monégasque||
MNE|Montenegro||Montenegrin;Montenegrins|Podgorica|
MOZ|Mozambique;Republic of Mozambique||Mozambican;Mozambicans|Maputo|
NAM|Namibia;Republic of Namibia||Namibian;Namibians|Windhoek|
NRU|Nauru;Republic of Nauru||Nauruan;Nauruans||
NER|Niger;Republic of Niger;Republic of the Niger||Nigerien;Nigeriens|Niamey|
MKD|North Macedonia;Republic of North Macedonia;Macedonia;Former Yugoslav Republic of Macedonia|FYROM||Skopje|
PLW|Palau;Republic of Palau||Palauan;Palauans|Ngerulmud|
PAN|Panama;Republic of Panama||Panamanian;Panamanians||
PNG|Papua New Guinea;Independent State of Papua New Guinea||Papua New Guinean;Papua New Guineans|Port Moresby|
PRY|Paraguay;Republic of Paraguay||Paraguayan;Paraguayans|Asuncion;Asunción|
KNA|Saint Kitts and Nevis;St. Kitts and Nevis;St Kitts and Nevis;Federation of Saint Kitts and Nevis|||Basseterre|
LCA|Saint Lucia;St. Lucia;St Lucia||Saint Lucian;Saint Lucians|Castries|
VCT|Saint Vincent and the Grenadines;St. Vincent and the Grenadines;St Vincent and the Grenadines|||Kingstown|
WSM|Samoa;Independent State of Samoa||Samoan;Samoans|Apia|
SMR|San Marino;Republic of San Marino||Sammarinese||
STP|São Tomé and Príncipe;Sao Tome and Principe;São Tomé;Sao Tome||Santomean;Santomeans||
SEN|Senegal;Republic of Senegal||Senegalese|Dakar|
SYC|Seychelles;Republic of Seychelles||Seychellois||
SLE|Sierra Leone;Republic of Sierra Leone||Sierra Leonean;Sierra Leoneans|Freetown|
SVK|Slovakia;Slovak Republic||Slovak;Slovaks;Slovakian|Bratislava|
SVN|Slovenia;Republic of Slovenia||Slovenian;Slovenians;Slovene;Slovenes|Ljubljana|
SLB|Solomon Islands||Solomon Islander;Solomon Islanders|Honiara|
SUR|Suriname;Surinam;Republic of Suriname||Surinamese|Paramaribo|
TJK|Tajikistan;Republic of Tajikistan|||Dushanbe|
TZA|Tanzania;United Republic of Tanzania||Tanzanian;Tanzanians|Dodoma;Dar es Salaam|
TLS|Timor-Leste;East Timor;Democratic Republic of Timor-Leste||Timorese;East Timorese|Dili|
TGO|Togo;Togolese Republic||Togolese|Lome;Lomé|
TON|Tonga;Kingdom of Tonga||Tongan;Tongans|Nuku'alofa;Nuku’alofa|
TTO|Trinidad and Tobago;Republic of Trinidad and Tobago;Trinidad||Trinidadian;Trinidadians|Port of Spain;Port-of-Spain|
TKM|Turkmenistan|||Ashgabat;Ashkhabad|
TUV|Tuvalu||Tuvaluan;Tuvaluans|Funafuti|
UGA|Uganda;Republic of Uganda||Ugandan;Ugandans|Kampala|
URY|Uruguay;Oriental Republic of Uruguay||Uruguayan;Uruguayans|Montevideo|
VUT|Vanuatu;Republic of Vanuatu|||Port Vila|
ZMB|Zambia;Republic of Zambia||Zambian;Zambians|Lusaka|
ESH|Western Sahara;Sahrawi Arab Democratic Republic;Sahrawi Republic|SADR|Sahrawi;Sahrawis;Saharawi;Saharawis||Polisario Front;Polisario
"""

# surfaces that existing countries lack: code -> kind -> surfaces
MORE_SURFACES: dict[str, dict[str, list[str]]] = {
    "USA": {},
    "RUS": {"institutions": ["State Duma", "GRU"]},
    "DEU": {"names": ["Federal Republic of Germany"], "institutions": ["Bundestag", "BND"]},
    "FRA": {"names": ["French Republic"], "institutions": ["Élysée Palace", "Elysee Palace", "DGSE"]},
    "GBR": {},
    "ITA": {"names": ["Italian Republic"], "institutions": ["Palazzo Chigi", "Farnesina"]},
    "ESP": {"names": ["Kingdom of Spain"], "demonyms": ["Spaniards"], "institutions": ["Moncloa"]},
    "NLD": {"names": ["Kingdom of the Netherlands"]},
    "BEL": {"names": ["Kingdom of Belgium"], "demonyms": ["Belgians"]},
    "CHE": {"names": ["Swiss Confederation"], "capitals": ["Berne"]},
    "AUT": {"names": ["Republic of Austria"], "demonyms": ["Austrians"]},
    "SWE": {"names": ["Kingdom of Sweden"], "demonyms": ["Swedes"]},
    "NOR": {"names": ["Kingdom of Norway"], "demonyms": ["Norwegians"]},
    "FIN": {"names": ["Republic of Finland"], "demonyms": ["Finns"]},
    "DNK": {"names": ["Kingdom of Denmark"], "demonyms": ["Danes"]},
    "UKR": {"institutions": ["Verkhovna Rada", "SBU"]},
    "BLR": {"names": ["Republic of Belarus"], "demonyms": ["Belarusians"]},
    "TUR": {"names": ["Republic of Türkiye", "Republic of Turkey"]},
    "IRQ": {"names": ["Republic of Iraq"]},
    "SYR": {"names": ["Syrian Arab Republic"]},
    "PSE": {"names": ["State of Palestine"]},
    "JOR": {"names": ["Hashemite Kingdom of Jordan"], "demonyms": ["Jordanians"]},
    "SAU": {"names": ["Kingdom of Saudi Arabia"]},
    "ARE": {"demonyms": ["Emiratis"]},
    "QAT": {"names": ["State of Qatar"], "demonyms": ["Qataris"]},
    "OMN": {"names": ["Sultanate of Oman"], "demonyms": ["Omanis"]},
    "KWT": {"names": ["State of Kuwait"], "demonyms": ["Kuwaitis"], "capitals": ["Kuwait City"]},
    "BHR": {"names": ["Kingdom of Bahrain"], "demonyms": ["Bahrainis"]},
    "YEM": {"names": ["Republic of Yemen"], "demonyms": ["Yemenis"], "capitals": ["Sana'a", "Sana’a"]},
    "EGY": {"names": ["Arab Republic of Egypt"]},
    "TUN": {"names": ["Republic of Tunisia"], "demonyms": ["Tunisians"]},
    "DZA": {"names": ["People's Democratic Republic of Algeria"], "demonyms": ["Algerians"]},
    "MAR": {"names": ["Kingdom of Morocco"], "demonyms": ["Moroccans"]},
    "SDN": {"names": ["Republic of the Sudan", "Republic of Sudan"]},
    "SSD": {"names": ["Republic of South Sudan"]},
    "ETH": {"names": ["Federal Democratic Republic of Ethiopia"], "demonyms": ["Ethiopians"]},
    "ERI": {"names": ["State of Eritrea"], "demonyms": ["Eritreans"]},
    "SOM": {"names": ["Federal Republic of Somalia"], "demonyms": ["Somalis"]},
    "KEN": {"names": ["Republic of Kenya"], "demonyms": ["Kenyans"]},
    "NGA": {"names": ["Federal Republic of Nigeria"], "demonyms": ["Nigerians"], "institutions": ["Aso Rock"]},
    "ZAF": {"names": ["Republic of South Africa"], "demonyms": ["South Africans"], "institutions": ["Union Buildings"]},
    "ZWE": {"names": ["Republic of Zimbabwe"], "demonyms": ["Zimbabweans"]},
    "COD": {"names": ["Congo", "Congo-Kinshasa", "D.R. Congo"]},
    "RWA": {"names": ["Republic of Rwanda"], "demonyms": ["Rwandans"]},
    "AFG": {"names": ["Islamic Republic of Afghanistan", "Islamic Emirate of Afghanistan"]},
    "PAK": {"names": ["Islamic Republic of Pakistan"]},
    "IND": {"names": ["Republic of India"], "institutions": ["Research and Analysis Wing"]},
    "BGD": {"names": ["People's Republic of Bangladesh"], "demonyms": ["Bangladeshis"]},
    "LKA": {"names": ["Democratic Socialist Republic of Sri Lanka"], "demonyms": ["Sri Lankans"]},
    "NPL": {"names": ["Federal Democratic Republic of Nepal"], "demonyms": ["Nepalis"]},
    "MMR": {"names": ["Republic of the Union of Myanmar"], "capitals": ["Nay Pyi Taw", "Naypyitaw"]},
    "THA": {"names": ["Kingdom of Thailand"], "demonyms": ["Thais"]},
    "VNM": {"names": ["Socialist Republic of Vietnam", "Socialist Republic of Viet Nam"]},
    "LAO": {"names": ["Lao People's Democratic Republic", "Lao PDR"], "demonyms": ["Laotians"]},
    "KHM": {"names": ["Kingdom of Cambodia"], "demonyms": ["Cambodians"]},
    "MYS": {"demonyms": ["Malaysians"], "capitals": ["Putrajaya"]},
    "SGP": {"names": ["Republic of Singapore"], "demonyms": ["Singaporeans"]},
    "IDN": {"names": ["Republic of Indonesia"], "demonyms": ["Indonesians"]},
    "PHL": {"names": ["Republic of the Philippines"], "demonyms": ["Filipinos"],
            "institutions": ["Malacañang", "Malacanang", "Malacañang Palace", "Malacanang Palace"]},
    "AUS": {"names": ["Commonwealth of Australia"]},
    "NZL": {"demonyms": ["New Zealanders"]},
    "MNG": {"demonyms": ["Mongolians"], "capitals": ["Ulan Bator"]},
    "KAZ": {"names": ["Republic of Kazakhstan"], "demonyms": ["Kazakhs", "Kazakhstani"]},
    "UZB": {"names": ["Republic of Uzbekistan"], "demonyms": ["Uzbeks"]},
    "GEO": {"demonyms": ["Georgians"]},
    "ARM": {"names": ["Republic of Armenia"], "demonyms": ["Armenians"]},
    "AZE": {"names": ["Republic of Azerbaijan"], "demonyms": ["Azerbaijanis"]},
    "SRB": {"names": ["Republic of Serbia"]},
    "XKX": {"names": ["Republic of Kosovo"], "demonyms": ["Kosovars"], "capitals": ["Prishtina"]},
    "HRV": {"names": ["Republic of Croatia"], "demonyms": ["Croatians"]},
    "BIH": {"names": ["Bosnia-Herzegovina"], "demonyms": ["Bosnians"]},
    "HUN": {"demonyms": ["Hungarians"]},
    "CZE": {"demonyms": ["Czechs"]},
    "ROU": {"demonyms": ["Romanians"]},
    "BGR": {"names": ["Republic of Bulgaria"], "demonyms": ["Bulgarians"]},
    "MDA": {"names": ["Republic of Moldova"], "demonyms": ["Moldovans"], "capitals": ["Chișinău", "Chişinău"]},
    "IRL": {"names": ["Republic of Ireland"]},
    "CYP": {"names": ["Republic of Cyprus"], "demonyms": ["Cypriots"]},
    "GRC": {"names": ["Hellenic Republic"]},
    "POL": {"names": ["Republic of Poland"]},
    "PRT": {"names": ["Portuguese Republic"]},
    "MEX": {"names": ["United Mexican States"], "institutions": ["Los Pinos"]},
    "CUB": {"names": ["Republic of Cuba"]},
    "HTI": {"names": ["Republic of Haiti"]},
    "DOM": {"demonyms": ["Dominicans"]},
    "VEN": {"names": ["Bolivarian Republic of Venezuela"], "institutions": ["Miraflores Palace"]},
    "COL": {"names": ["Republic of Colombia"], "demonyms": ["Colombians"], "capitals": ["Bogotá"],
            "institutions": ["Casa de Nariño", "Casa de Narino"]},
    "BRA": {"names": ["Federative Republic of Brazil"], "demonyms": ["Brazilians"], "capitals": ["Brasília"],
            "institutions": ["Itamaraty", "Planalto Palace"]},
    "ARG": {"names": ["Argentine Republic"], "demonyms": ["Argentines", "Argentinians"], "institutions": ["Casa Rosada"]},
    "CHL": {"names": ["Republic of Chile"], "demonyms": ["Chileans"], "institutions": ["La Moneda"]},
    "PER": {"names": ["Republic of Peru"], "demonyms": ["Peruvians"]},
    "BOL": {"names": ["Plurinational State of Bolivia"], "demonyms": ["Bolivians"]},
    "ECU": {"names": ["Republic of Ecuador"], "demonyms": ["Ecuadorians"]},
    "NIC": {"names": ["Republic of Nicaragua"], "demonyms": ["Nicaraguans"]},
    "VAT": {"names": ["Vatican City", "Vatican City State"]},
    "TWN": {},
    "IRN": {"capitals": ["Teheran"]},
}

# surfaces that contain a state's word but do not name its government (read by events/resources.py)
NOT_ACTORS = [
    "Gulf of Guinea", "New Guinea", "Guinea pig", "Guinea pigs", "Guinea worm", "Niger Delta", "Niger River",
    "River Niger", "Niger State", "Congo River", "River Congo", "Congo Basin", "Lake Chad", "Lake Chad Basin",
    "Lake Victoria", "Lake Malawi", "Lake Tanganyika", "American Samoa", "Panama Papers", "Dakar Rally",
    "Benin City", "Luís Montenegro", "Luis Montenegro", "Jordan Valley",
    "Mali Empire",
]

# "Chad" is a state only next to a neighbour or an ally that deals with it; otherwise it is a first name
NEW_CONTEXTUAL = {
    "Chad": {"code": "TCD", "requires": ["TCD", "SDN", "LBY", "NER", "NGA", "CMR", "CAF", "FRA", "AU", "MLI",
                                        "BFA", "MRT", "SSD", "EGY"]},
}
NEW_AMBIGUOUS = ["Congo", "Niger", "Guinea"]

# name|aliases|code|role|start|end ; roles: S head_of_state, G head_of_government, F foreign_minister,
# V vice_president; an empty end is a term still running as far as known
NEW_LEADERS = """
# major powers since 2000
Zhu Rongji||CHN|G|1998-03-17|2003-03-16
Tang Jiaxuan||CHN|F|1998-03-18|2003-03-17
Li Zhaoxing||CHN|F|2003-03-17|2007-04-27
Vladimir Putin|Putin|RUS|G|1999-08-16|1999-12-31
Vladimir Putin|Putin|RUS|S|1999-12-31|2000-05-07
Mikhail Kasyanov|Kasyanov|RUS|G|2000-05-17|2004-02-24
Mikhail Fradkov|Fradkov|RUS|G|2004-03-05|2007-09-14
Viktor Zubkov|Zubkov|RUS|G|2007-09-14|2008-05-07
Lionel Jospin|Jospin|FRA|G|1997-06-02|2002-05-06
Jean-Pierre Raffarin|Raffarin|FRA|G|2002-05-06|2005-05-31
Dominique de Villepin|de Villepin;Villepin|FRA|G|2005-05-31|2007-05-17
François Fillon|Francois Fillon;Fillon|FRA|G|2007-05-17|2012-05-15
Jean-Marc Ayrault|Ayrault|FRA|G|2012-05-15|2014-03-31
Manuel Valls|Valls|FRA|G|2014-03-31|2016-12-06
Bernard Cazeneuve|Cazeneuve|FRA|G|2016-12-06|2017-05-15
Édouard Philippe|Edouard Philippe|FRA|G|2017-05-15|2020-07-03
Jean Castex|Castex|FRA|G|2020-07-03|2022-05-16
Élisabeth Borne|Elisabeth Borne|FRA|G|2022-05-16|2024-01-09
Gabriel Attal|Attal|FRA|G|2024-01-09|2024-09-05
Michel Barnier|Barnier|FRA|G|2024-09-05|2024-12-13
François Bayrou|Francois Bayrou;Bayrou|FRA|G|2024-12-13|2025-09-09
Sébastien Lecornu|Sebastien Lecornu;Lecornu|FRA|G|2025-09-09|
Hubert Védrine|Hubert Vedrine;Védrine;Vedrine|FRA|F|1997-06-04|2002-05-07
Dominique de Villepin|de Villepin;Villepin|FRA|F|2002-05-07|2004-03-31
Michel Barnier|Barnier|FRA|F|2004-03-31|2005-06-02
Philippe Douste-Blazy|Douste-Blazy|FRA|F|2005-06-02|2007-05-18
Michèle Alliot-Marie|Michele Alliot-Marie;Alliot-Marie|FRA|F|2010-11-14|2011-02-27
Alain Juppé|Alain Juppe;Juppé;Juppe|FRA|F|2011-02-27|2012-05-16
Jean-Marc Ayrault|Ayrault|FRA|F|2016-02-11|2017-05-17
Catherine Colonna|Colonna|FRA|F|2022-05-20|2024-01-11
Stéphane Séjourné|Stephane Sejourne;Séjourné;Sejourne|FRA|F|2024-01-11|2024-09-21
Jean-Noël Barrot|Jean-Noel Barrot|FRA|F|2024-09-21|
Johannes Rau||DEU|S|1999-07-01|2004-06-30
Horst Köhler|Horst Koehler;Horst Kohler|DEU|S|2004-07-01|2010-05-31
Christian Wulff|Wulff|DEU|S|2010-06-30|2012-02-17
Joachim Gauck|Gauck|DEU|S|2012-03-18|2017-03-18
Frank-Walter Steinmeier|Steinmeier|DEU|S|2017-03-19|
Joschka Fischer||DEU|F|1998-10-27|2005-11-22
Frank-Walter Steinmeier|Steinmeier|DEU|F|2005-11-22|2009-10-28
Guido Westerwelle|Westerwelle|DEU|F|2009-10-28|2013-12-17
Sigmar Gabriel||DEU|F|2017-01-27|2018-03-14
Johann Wadephul|Wadephul|DEU|F|2025-05-06|
Giuliano Amato||ITA|G|2000-04-26|2001-06-11
Silvio Berlusconi|Berlusconi|ITA|G|2001-06-11|2006-05-17
Romano Prodi|Prodi|ITA|G|2006-05-17|2008-05-08
Mario Monti||ITA|G|2011-11-16|2013-04-28
Enrico Letta||ITA|G|2013-04-28|2014-02-22
Matteo Renzi|Renzi|ITA|G|2014-02-22|2016-12-12
Paolo Gentiloni|Gentiloni|ITA|G|2016-12-12|2018-06-01
Giuseppe Conte||ITA|G|2018-06-01|2021-02-13
Carlo Azeglio Ciampi|Ciampi|ITA|S|1999-05-18|2006-05-15
Giorgio Napolitano|Napolitano|ITA|S|2006-05-15|2015-01-14
Sergio Mattarella|Mattarella|ITA|S|2015-02-03|
Franco Frattini|Frattini|ITA|F|2002-11-14|2004-11-18
Massimo D'Alema|D'Alema|ITA|F|2006-05-17|2008-05-08
Franco Frattini|Frattini|ITA|F|2008-05-08|2011-11-16
Giulio Terzi||ITA|F|2011-11-16|2013-03-26
Emma Bonino|Bonino|ITA|F|2013-04-28|2014-02-22
Federica Mogherini|Mogherini|ITA|F|2014-02-22|2014-10-31
Paolo Gentiloni|Gentiloni|ITA|F|2014-10-31|2016-12-12
Angelino Alfano|Alfano|ITA|F|2016-12-12|2018-06-01
Enzo Moavero Milanesi|Moavero Milanesi;Moavero|ITA|F|2018-06-01|2019-09-05
Luigi Di Maio|Di Maio|ITA|F|2019-09-05|2022-10-22
Antonio Tajani|Tajani|ITA|F|2022-10-22|
Emperor Akihito|Akihito|JPN|S|1989-01-07|2019-04-30
Emperor Naruhito|Naruhito|JPN|S|2019-05-01|
Yoshiro Mori||JPN|G|2000-04-05|2001-04-26
Yasuo Fukuda||JPN|G|2007-09-26|2008-09-24
Sanae Takaichi|Takaichi|JPN|G|2025-10-21|
Makiko Tanaka||JPN|F|2001-04-26|2002-01-30
Yoriko Kawaguchi|Kawaguchi|JPN|F|2002-02-01|2004-09-27
Nobutaka Machimura|Machimura|JPN|F|2004-09-27|2005-10-31
Taro Aso|Aso|JPN|F|2005-10-31|2007-08-27
Fumio Kishida|Kishida|JPN|F|2012-12-26|2017-08-03
Taro Kono|Kono|JPN|F|2017-08-03|2019-09-11
Toshimitsu Motegi|Motegi|JPN|F|2019-09-11|2021-11-10
Yoshimasa Hayashi||JPN|F|2021-11-10|2023-09-13
Yoko Kamikawa|Kamikawa|JPN|F|2023-09-13|2024-10-01
Takeshi Iwaya|Iwaya|JPN|F|2024-10-01|2025-10-21
Toshimitsu Motegi|Motegi|JPN|F|2025-10-21|
Hwang Kyo-ahn|Hwang Kyo Ahn|KOR|G|2015-06-18|2017-05-11
Lee Nak-yon|Lee Nak-yeon;Lee Nak Yon|KOR|G|2017-05-31|2020-01-14
Chung Sye-kyun|Chung Sye Kyun|KOR|G|2020-01-14|2021-05-14
Kim Boo-kyum|Kim Boo Kyum|KOR|G|2021-05-14|2022-05-11
Han Duck-soo|Han Duck Soo|KOR|G|2022-05-21|2025-05-01
Kim Min-seok|Kim Min Seok|KOR|G|2025-07-03|
Ban Ki-moon|Ban Ki Moon|KOR|F|2004-01-17|2006-11-09
Yu Myung-hwan|Yu Myung Hwan|KOR|F|2008-03-01|2010-09-09
Kim Sung-hwan|Kim Sung Hwan|KOR|F|2010-10-08|2013-03-10
Yun Byung-se|Yun Byung Se|KOR|F|2013-03-11|2017-06-18
Park Jin||KOR|F|2022-05-12|2024-01-10
Cho Tae-yul|Cho Tae Yul|KOR|F|2024-01-12|2025-07-01
Cho Hyun||KOR|F|2025-08-01|
Pak Pong Ju|Pak Pong-ju|PRK|G|2003-09-03|2007-04-11
Pak Pong Ju|Pak Pong-ju|PRK|G|2013-04-01|2019-04-11
Kim Jae Ryong|Kim Jae-ryong|PRK|G|2019-04-11|2020-08-13
Kim Tok Hun|Kim Tok-hun;Kim Dok Hun|PRK|G|2020-08-13|2023-12-31
K. R. Narayanan|Narayanan|IND|S|1997-07-25|2002-07-25
A. P. J. Abdul Kalam|APJ Abdul Kalam;Abdul Kalam|IND|S|2002-07-25|2007-07-25
Pratibha Patil||IND|S|2007-07-25|2012-07-25
Pranab Mukherjee|Mukherjee|IND|S|2012-07-25|2017-07-25
Ram Nath Kovind|Kovind|IND|S|2017-07-25|2022-07-25
Droupadi Murmu|Murmu|IND|S|2022-07-25|
Atal Bihari Vajpayee|Vajpayee|IND|G|1998-03-19|2004-05-22
Jaswant Singh||IND|F|1998-12-05|2002-07-01
Yashwant Sinha||IND|F|2002-07-01|2004-05-22
Natwar Singh||IND|F|2004-05-22|2005-12-06
Pranab Mukherjee|Mukherjee|IND|F|2006-10-24|2009-05-22
S. M. Krishna|SM Krishna|IND|F|2009-05-22|2012-10-28
Salman Khurshid|Khurshid|IND|F|2012-10-28|2014-05-26
Mamnoon Hussain||PAK|S|2013-09-09|2018-09-09
Arif Alvi||PAK|S|2018-09-09|2024-03-10
Asif Ali Zardari|Zardari|PAK|S|2024-03-10|
Zafarullah Khan Jamali|Jamali|PAK|G|2002-11-23|2004-06-26
Shaukat Aziz||PAK|G|2004-08-28|2007-11-16
Yousaf Raza Gilani|Yousuf Raza Gilani;Yusuf Raza Gilani;Gilani|PAK|G|2008-03-25|2012-06-19
Raja Pervaiz Ashraf||PAK|G|2012-06-22|2013-03-25
Shahid Khaqan Abbasi||PAK|G|2017-08-01|2018-05-31
Anwaar-ul-Haq Kakar|Anwar-ul-Haq Kakar;Kakar|PAK|G|2023-08-14|2024-03-04
Shah Mehmood Qureshi|Shah Mahmood Qureshi|PAK|F|2008-03-31|2011-02-11
Hina Rabbani Khar||PAK|F|2011-07-20|2013-03-16
Khawaja Asif||PAK|F|2017-08-04|2018-05-31
Shah Mehmood Qureshi|Shah Mahmood Qureshi|PAK|F|2018-08-20|2022-04-10
Bilawal Bhutto Zardari|Bilawal Bhutto;Bilawal|PAK|F|2022-04-27|2023-08-10
Jalil Abbas Jilani||PAK|F|2023-08-17|2024-03-04
Ishaq Dar||PAK|F|2024-03-11|
Bülent Ecevit|Bulent Ecevit;Ecevit|TUR|G|1999-05-28|2002-11-18
Abdullah Gül|Abdullah Gul|TUR|G|2002-11-18|2003-03-14
Abdullah Gül|Abdullah Gul|TUR|F|2003-03-14|2007-08-28
Abdullah Gül|Abdullah Gul|TUR|S|2007-08-28|2014-08-28
Ahmet Necdet Sezer|Necdet Sezer|TUR|S|2000-05-16|2007-08-28
Ali Babacan|Babacan|TUR|F|2007-08-29|2009-05-01
Ahmet Davutoglu|Davutoglu;Davutoğlu;Ahmet Davutoğlu|TUR|G|2014-08-28|2016-05-24
Binali Yildirim|Binali Yıldırım;Yildirim;Yıldırım|TUR|G|2016-05-24|2018-07-09
Fernando Henrique Cardoso||BRA|S|1995-01-01|2003-01-01
Michel Temer|Temer|BRA|S|2016-05-12|2018-12-31
Celso Amorim|Amorim|BRA|F|2003-01-01|2010-12-31
Antonio Patriota|Antônio Patriota|BRA|F|2011-01-01|2013-08-26
Mauro Vieira||BRA|F|2015-01-01|2016-05-12
José Serra|Jose Serra|BRA|F|2016-05-18|2017-02-22
Aloysio Nunes|Aloysio Nunes Ferreira|BRA|F|2017-03-07|2018-12-31
Ernesto Araújo|Ernesto Araujo|BRA|F|2019-01-01|2021-03-29
Carlos França|Carlos Franca;Carlos Alberto França|BRA|F|2021-04-06|2022-12-31
Mauro Vieira||BRA|F|2023-01-01|
Fernando de la Rúa|Fernando de la Rua;De la Rúa;De la Rua|ARG|S|1999-12-10|2001-12-21
Eduardo Duhalde|Duhalde|ARG|S|2002-01-02|2003-05-25
Néstor Kirchner|Nestor Kirchner|ARG|S|2003-05-25|2007-12-10
Cristina Fernández de Kirchner|Cristina Fernandez de Kirchner;Cristina Kirchner;Cristina Fernández;Cristina Fernandez|ARG|S|2007-12-10|2015-12-10
Mauricio Macri|Macri|ARG|S|2015-12-10|2019-12-10
Alberto Fernández|Alberto Fernandez|ARG|S|2019-12-10|2023-12-10
Cristina Fernández de Kirchner|Cristina Fernandez de Kirchner;Cristina Kirchner;Cristina Fernández;Cristina Fernandez|ARG|V|2019-12-10|2023-12-10
Javier Milei|Milei|ARG|S|2023-12-10|
Victoria Villarruel|Villarruel|ARG|V|2023-12-10|
Héctor Timerman|Hector Timerman;Timerman|ARG|F|2010-06-18|2015-12-10
Susana Malcorra|Malcorra|ARG|F|2015-12-10|2017-06-12
Jorge Faurie|Faurie|ARG|F|2017-06-12|2019-12-10
Felipe Solá|Felipe Sola|ARG|F|2019-12-10|2021-09-20
Santiago Cafiero|Cafiero|ARG|F|2021-09-20|2023-12-10
Diana Mondino|Mondino|ARG|F|2023-12-10|2024-10-30
Gerardo Werthein|Werthein|ARG|F|2024-10-30|2025-10-01
Vicente Fox||MEX|S|2000-12-01|2006-11-30
Felipe Calderón|Felipe Calderon|MEX|S|2006-12-01|2012-11-30
Enrique Peña Nieto|Enrique Pena Nieto;Peña Nieto;Pena Nieto|MEX|S|2012-12-01|2018-11-30
Jorge Castañeda|Jorge Castaneda|MEX|F|2000-12-01|2003-01-10
Luis Ernesto Derbez|Derbez|MEX|F|2003-01-10|2006-11-30
Patricia Espinosa||MEX|F|2006-12-01|2012-11-30
José Antonio Meade|Jose Antonio Meade|MEX|F|2012-12-01|2015-08-27
Claudia Ruiz Massieu|Ruiz Massieu|MEX|F|2015-08-27|2017-01-04
Luis Videgaray|Videgaray|MEX|F|2017-01-04|2018-11-30
Marcelo Ebrard|Ebrard|MEX|F|2018-12-01|2023-06-12
Alicia Bárcena|Alicia Barcena|MEX|F|2023-07-03|2024-09-30
Juan Ramón de la Fuente|Juan Ramon de la Fuente|MEX|F|2024-10-01|
Jean Chrétien|Jean Chretien;Chrétien;Chretien|CAN|G|1993-11-04|2003-12-12
John Baird||CAN|F|2011-05-18|2015-02-09
Rob Nicholson||CAN|F|2015-02-09|2015-11-04
Stéphane Dion|Stephane Dion|CAN|F|2015-11-04|2017-01-10
François-Philippe Champagne|Francois-Philippe Champagne|CAN|F|2019-11-20|2021-01-12
Marc Garneau|Garneau|CAN|F|2021-01-12|2021-10-26
Mélanie Joly|Melanie Joly|CAN|F|2021-10-26|2025-05-13
Anita Anand||CAN|F|2025-05-13|
John Howard||AUS|G|1996-03-11|2007-12-03
Kevin Rudd|Rudd|AUS|G|2013-06-27|2013-09-18
Tony Abbott||AUS|G|2013-09-18|2015-09-15
Alexander Downer|Downer|AUS|F|1996-03-11|2007-12-03
Kevin Rudd|Rudd|AUS|F|2010-09-14|2012-02-22
Bob Carr||AUS|F|2012-03-13|2013-09-18
Julie Bishop||AUS|F|2013-09-18|2018-08-26
Marise Payne||AUS|F|2018-08-26|2022-05-23
Penny Wong||AUS|F|2022-05-23|
King Fahd|Fahd bin Abdulaziz|SAU|S|1982-06-13|2005-08-01
Saud al-Faisal|Prince Saud al-Faisal;Saud Al-Faisal|SAU|F|1975-03-13|2015-04-29
Ibrahim al-Assaf|Ibrahim Al-Assaf|SAU|F|2018-12-27|2019-10-23
Faisal bin Farhan|Faisal bin Farhan Al Saud;Prince Faisal bin Farhan|SAU|F|2019-10-23|
Abdurrahman Wahid|Gus Dur|IDN|S|1999-10-20|2001-07-23
Megawati Sukarnoputri|Megawati|IDN|S|2001-07-23|2004-10-20
Susilo Bambang Yudhoyono|Yudhoyono|IDN|S|2004-10-20|2014-10-20
Prabowo Subianto|Prabowo|IDN|S|2024-10-20|
Hassan Wirajuda|Wirajuda|IDN|F|2001-08-10|2009-10-22
Marty Natalegawa|Natalegawa|IDN|F|2009-10-22|2014-10-27
Retno Marsudi|Marsudi|IDN|F|2014-10-27|2024-10-20
Sugiono||IDN|F|2024-10-21|
Thabo Mbeki|Mbeki|ZAF|S|1999-06-14|2008-09-24
Kgalema Motlanthe|Motlanthe|ZAF|S|2008-09-25|2009-05-09
Nkosazana Dlamini-Zuma|Dlamini-Zuma|ZAF|F|1999-06-17|2009-05-10
Maite Nkoana-Mashabane|Nkoana-Mashabane|ZAF|F|2009-05-10|2018-02-26
Lindiwe Sisulu||ZAF|F|2018-02-27|2019-05-29
Naledi Pandor|Pandor|ZAF|F|2019-05-30|2024-06-30
Ronald Lamola|Lamola|ZAF|F|2024-07-03|
Mohammad Khatami|Khatami|IRN|G|1997-08-03|2005-08-03
Kamal Kharazi|Kharazi|IRN|F|1997-08-20|2005-08-24
Moshe Katsav|Katsav|ISR|S|2000-08-01|2007-07-01
Reuven Rivlin|Rivlin|ISR|S|2014-07-24|2021-07-07
Isaac Herzog|Herzog|ISR|S|2021-07-07|
Shimon Peres|Peres|ISR|F|2001-03-07|2002-11-02
Silvan Shalom||ISR|F|2003-02-28|2006-01-16
Tzipi Livni|Livni|ISR|F|2006-05-04|2009-03-31
Avigdor Lieberman|Avigdor Liberman|ISR|F|2009-03-31|2012-12-18
Avigdor Lieberman|Avigdor Liberman|ISR|F|2013-11-11|2015-05-14
Israel Katz||ISR|F|2019-02-17|2020-05-17
Gabi Ashkenazi||ISR|F|2020-05-17|2021-06-13
Yair Lapid|Lapid|ISR|F|2021-06-13|2022-07-01
Eli Cohen||ISR|F|2023-01-02|2024-01-01
Israel Katz||ISR|F|2024-01-01|2024-11-05
Gideon Sa'ar|Gideon Saar;Sa'ar|ISR|F|2024-11-07|
# international organisations (as UNO's secretaries-general)
Herman Van Rompuy|Van Rompuy|EUR|S|2009-12-01|2014-11-30
Donald Tusk|Tusk|EUR|S|2014-12-01|2019-11-30
Charles Michel||EUR|S|2019-12-01|2024-11-30
António Costa|Antonio Costa|EUR|S|2024-12-01|
José Manuel Barroso|Jose Manuel Barroso;Durão Barroso;Durao Barroso;Barroso|EUR|S|2004-11-22|2014-10-31
Jean-Claude Juncker|Juncker|EUR|S|2014-11-01|2019-11-30
Ursula von der Leyen|von der Leyen;Von der Leyen|EUR|S|2019-12-01|
Javier Solana|Solana|EUR|F|1999-10-18|2009-11-30
Catherine Ashton||EUR|F|2009-12-01|2014-10-31
Federica Mogherini|Mogherini|EUR|F|2014-11-01|2019-11-30
Josep Borrell|Borrell|EUR|F|2019-12-01|2024-11-30
Kaja Kallas|Kallas|EUR|F|2024-12-01|
Anders Fogh Rasmussen|Fogh Rasmussen|NATO|S|2009-08-01|2014-10-01
Jens Stoltenberg|Stoltenberg|NATO|S|2014-10-01|2024-10-01
Mark Rutte|Rutte|NATO|S|2024-10-01|
Amr Moussa||ARL|S|2001-06-01|2011-07-01
Nabil Elaraby|Nabil el-Araby;Nabil al-Arabi|ARL|S|2011-07-01|2016-07-03
Ahmed Aboul Gheit|Aboul Gheit;Ahmed Aboul-Gheit;Aboul-Gheit|ARL|S|2016-07-03|
Nkosazana Dlamini-Zuma|Dlamini-Zuma|AU|S|2012-10-15|2017-03-14
Moussa Faki Mahamat|Moussa Faki|AU|S|2017-03-14|2025-02-15
Mahmoud Ali Youssouf||AU|S|2025-02-15|
Mohamed ElBaradei|ElBaradei|IAEA|S|1997-12-01|2009-11-30
Yukiya Amano|Amano|IAEA|S|2009-12-01|2019-07-18
Rafael Grossi|Rafael Mariano Grossi;Grossi|IAEA|S|2019-12-03|
# Egypt, Ethiopia, Gulf, Levant, Maghreb
Adly Mansour||EGY|S|2013-07-04|2014-06-08
Ibrahim Mahlab|Mahlab|EGY|G|2014-03-01|2015-09-19
Sherif Ismail||EGY|G|2015-09-19|2018-06-07
Mostafa Madbouly|Moustafa Madbouly;Madbouly|EGY|G|2018-06-07|
Amr Moussa||EGY|F|1991-05-20|2001-05-15
Ahmed Aboul Gheit|Aboul Gheit;Ahmed Aboul-Gheit;Aboul-Gheit|EGY|F|2004-07-14|2011-03-06
Nabil Elaraby|Nabil el-Araby;Nabil al-Arabi|EGY|F|2011-03-06|2011-07-01
Sameh Shoukry|Shoukry|EGY|F|2014-06-17|2024-07-03
Badr Abdelatty|Badr Abdel Aty;Abdelatty|EGY|F|2024-07-03|
Mulatu Teshome||ETH|S|2013-10-07|2018-10-25
Sahle-Work Zewde|Sahle-Work|ETH|S|2018-10-25|2024-10-07
Taye Atske Selassie|Taye Atske-Selassie|ETH|S|2024-10-07|
Meles Zenawi|Meles|ETH|G|1995-08-23|2012-08-20
Hailemariam Desalegn|Hailemariam|ETH|G|2012-08-20|2018-04-02
Tedros Adhanom|Tedros Adhanom Ghebreyesus;Tedros|ETH|F|2012-11-29|2016-11-01
Workneh Gebeyehu|Workneh|ETH|F|2016-11-01|2019-04-01
Gedu Andargachew||ETH|F|2019-05-01|2020-11-01
Demeke Mekonnen||ETH|F|2020-12-01|2023-02-01
Taye Atske Selassie|Taye Atske-Selassie|ETH|F|2023-03-01|2024-10-01
Gedion Timothewos||ETH|F|2024-11-01|
Hamad bin Khalifa Al Thani|Sheikh Hamad bin Khalifa|QAT|S|1995-06-27|2013-06-25
Hamad bin Jassim bin Jaber Al Thani|Hamad bin Jassim;Sheikh Hamad bin Jassim|QAT|G|2007-04-03|2013-06-26
Abdullah bin Nasser bin Khalifa Al Thani|Abdullah bin Nasser|QAT|G|2013-06-26|2020-01-28
Khalid bin Khalifa bin Abdulaziz Al Thani|Khalid bin Khalifa|QAT|G|2020-01-28|2023-03-07
Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman;Sheikh Mohammed bin Abdulrahman;Mohammed bin Abdulrahman bin Jassim Al Thani|QAT|G|2023-03-07|
Khalid al-Attiyah|Khalid bin Mohammad Al Attiyah|QAT|F|2013-06-26|2016-01-27
Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman;Sheikh Mohammed bin Abdulrahman;Mohammed bin Abdulrahman bin Jassim Al Thani|QAT|F|2016-01-27|
Zayed bin Sultan Al Nahyan|Sheikh Zayed|ARE|S|1971-12-02|2004-11-02
Khalifa bin Zayed Al Nahyan|Khalifa bin Zayed;Sheikh Khalifa bin Zayed|ARE|S|2004-11-03|2022-05-13
Mohammed bin Rashid Al Maktoum|Mohammed bin Rashid;Sheikh Mohammed bin Rashid|ARE|G|2006-01-05|
Abdullah bin Zayed Al Nahyan|Abdullah bin Zayed;Sheikh Abdullah bin Zayed|ARE|F|2006-02-09|
Qaboos bin Said|Sultan Qaboos;Qaboos|OMN|S|1970-07-23|2020-01-10
Haitham bin Tariq|Sultan Haitham;Haitham bin Tarik;Haitham bin Tariq Al Said|OMN|S|2020-01-11|
Yusuf bin Alawi bin Abdullah|Yusuf bin Alawi|OMN|F|1997-01-01|2020-08-18
Badr Albusaidi|Badr al-Busaidi;Badr bin Hamad Albusaidi;Albusaidi|OMN|F|2020-08-18|
Sabah Al-Ahmad Al-Jaber Al-Sabah|Sabah al-Ahmad al-Jaber al-Sabah;Sheikh Sabah al-Ahmad|KWT|S|2006-01-29|2020-09-29
Nawaf Al-Ahmad Al-Jaber Al-Sabah|Nawaf al-Ahmad al-Jaber al-Sabah;Sheikh Nawaf al-Ahmad|KWT|S|2020-09-29|2023-12-16
Mishal Al-Ahmad Al-Jaber Al-Sabah|Mishal al-Ahmad al-Jaber al-Sabah;Sheikh Mishal al-Ahmad|KWT|S|2023-12-16|
Jaber Al-Mubarak Al-Hamad Al-Sabah|Jaber al-Mubarak al-Hamad al-Sabah;Sheikh Jaber al-Mubarak|KWT|G|2011-11-30|2019-11-19
Sabah Al-Khalid Al-Hamad Al-Sabah|Sabah al-Khalid al-Sabah;Sheikh Sabah al-Khalid|KWT|G|2019-11-19|2022-07-24
Sabah Al-Khalid Al-Hamad Al-Sabah|Sabah al-Khalid al-Sabah;Sheikh Sabah al-Khalid|KWT|F|2012-01-01|2019-11-19
Hamad bin Isa Al Khalifa|King Hamad;Hamad bin Isa|BHR|S|1999-03-06|
Khalifa bin Salman Al Khalifa|Khalifa bin Salman|BHR|G|1971-01-10|2020-11-11
Salman bin Hamad Al Khalifa|Salman bin Hamad|BHR|G|2020-11-11|
Khalid bin Ahmed Al Khalifa|Khalid bin Ahmed|BHR|F|2005-10-01|2020-02-11
Abdullatif bin Rashid Al Zayani|Abdullatif Al Zayani;Abdullatif al-Zayani|BHR|F|2020-02-11|
Ali Abdullah Saleh||YEM|S|1990-05-22|2012-02-27
Abdrabbuh Mansur Hadi|Abed Rabbo Mansour Hadi;Abd-Rabbu Mansour Hadi;Mansour Hadi|YEM|S|2012-02-27|2022-04-07
Rashad al-Alimi|Rashad al-Olaimi;al-Alimi|YEM|S|2022-04-07|
King Abdullah II|Abdullah II|JOR|S|1999-02-07|
Abdullah Ensour|Ensour|JOR|G|2012-10-11|2016-06-01
Hani Mulki|Mulki|JOR|G|2016-06-01|2018-06-14
Omar Razzaz|Razzaz|JOR|G|2018-06-14|2020-10-12
Bisher Al-Khasawneh|Bisher al-Khasawneh;Khasawneh|JOR|G|2020-10-12|2024-09-15
Jafar Hassan||JOR|G|2024-09-15|
Nasser Judeh|Judeh|JOR|F|2009-02-23|2017-01-15
Ayman Safadi|Safadi|JOR|F|2017-01-15|
Émile Lahoud|Emile Lahoud;Lahoud|LBN|S|1998-11-24|2007-11-23
Michel Suleiman|Michel Sleiman|LBN|S|2008-05-25|2014-05-25
Michel Aoun||LBN|S|2016-10-31|2022-10-30
Joseph Aoun||LBN|S|2025-01-09|
Rafic Hariri|Rafik Hariri;Rafiq Hariri|LBN|G|2000-10-23|2004-10-21
Fouad Siniora|Siniora|LBN|G|2005-07-19|2009-11-09
Saad Hariri||LBN|G|2009-11-09|2011-06-13
Najib Mikati|Mikati|LBN|G|2011-06-13|2014-02-15
Tammam Salam||LBN|G|2014-02-15|2016-12-18
Saad Hariri||LBN|G|2016-12-18|2020-01-21
Hassan Diab||LBN|G|2020-01-21|2021-09-10
Najib Mikati|Mikati|LBN|G|2021-09-10|2025-02-08
Nawaf Salam||LBN|G|2025-02-08|
Gebran Bassil|Bassil|LBN|F|2014-02-15|2020-01-21
Jalal Talabani|Talabani|IRQ|S|2005-04-07|2014-07-24
Fuad Masum|Fouad Massoum|IRQ|S|2014-07-24|2018-10-02
Barham Salih|Barham Saleh|IRQ|S|2018-10-02|2022-10-17
Abdul Latif Rashid|Abdul Latif Jamal Rashid|IRQ|S|2022-10-17|
Ayad Allawi|Iyad Allawi;Allawi|IRQ|G|2004-06-28|2005-05-03
Ibrahim al-Jaafari|Jaafari;al-Jaafari|IRQ|G|2005-05-03|2006-05-20
Adil Abdul-Mahdi|Adel Abdul Mahdi;Abdul-Mahdi|IRQ|G|2018-10-25|2020-05-07
Mustafa al-Kadhimi|Mustafa Kadhimi;Kadhimi;al-Kadhimi|IRQ|G|2020-05-07|2022-10-27
Mohammed Shia al-Sudani|Mohammed Shia' al-Sudani;Sudani;al-Sudani|IRQ|G|2022-10-27|
Hoshyar Zebari|Zebari|IRQ|F|2003-09-03|2014-07-11
Ibrahim al-Jaafari|Jaafari;al-Jaafari|IRQ|F|2014-09-08|2018-10-25
Mohamed Ali Alhakim|Mohammed Ali al-Hakim|IRQ|F|2018-10-25|2020-06-06
Fuad Hussein|Fouad Hussein|IRQ|F|2020-06-06|
Ahmed al-Sharaa|Ahmad al-Sharaa;al-Sharaa|SYR|S|2024-12-08|
Faisal Mekdad|Faisal al-Mekdad;Faisal Miqdad;Mekdad|SYR|F|2020-11-22|2024-12-08
Asaad al-Shaibani|Asaad Hassan al-Shaibani;al-Shaibani;Shaibani|SYR|F|2024-12-21|
Rami Hamdallah|Hamdallah|PSE|G|2013-06-06|2019-04-14
Mohammad Shtayyeh|Mohammed Shtayyeh;Shtayyeh|PSE|G|2019-04-14|2024-03-31
Mohammad Mustafa||PSE|G|2024-03-31|
Riyad al-Maliki|Riad Malki;Riyad al-Malki|PSE|F|2007-07-01|2024-03-31
Fayez al-Sarraj|Fayez Sarraj;al-Sarraj;Sarraj|LBY|G|2016-03-30|2021-03-15
Abdul Hamid Dbeibah|Abdulhamid Dbeibah;Dbeibah;Dbeibeh|LBY|G|2021-03-15|
Mohamed al-Menfi|Mohammed al-Menfi;al-Menfi;Menfi|LBY|S|2021-03-15|
Zine El Abidine Ben Ali|Ben Ali|TUN|S|1987-11-07|2011-01-14
Beji Caid Essebsi|Béji Caïd Essebsi;Essebsi;Caid Essebsi|TUN|S|2014-12-31|2019-07-25
Kais Saied|Kaïs Saïed;Saied;Saïed|TUN|S|2019-10-23|
Abdelaziz Bouteflika|Bouteflika|DZA|S|1999-04-27|2019-04-02
Abdelmadjid Tebboune|Tebboune|DZA|S|2019-12-19|
Ramtane Lamamra|Lamamra|DZA|F|2013-09-11|2017-05-25
Ramtane Lamamra|Lamamra|DZA|F|2021-07-07|2023-03-16
Ahmed Attaf|Attaf|DZA|F|2023-03-16|
King Mohammed VI|Mohammed VI|MAR|S|1999-07-23|
Abdelilah Benkirane|Benkirane|MAR|G|2011-11-29|2017-04-05
Saadeddine Othmani|Saad Eddine El Othmani;El Othmani|MAR|G|2017-04-05|2021-10-07
Aziz Akhannouch|Akhannouch|MAR|G|2021-10-07|
Nasser Bourita|Bourita|MAR|F|2017-04-05|
Abdel Fattah al-Burhan|Abdel-Fattah Burhan;Abdel Fattah Burhan;al-Burhan;Burhan|SDN|S|2019-04-12|
Abdalla Hamdok|Abdallah Hamdok;Hamdok|SDN|G|2019-08-21|2022-01-02
Salva Kiir|Salva Kiir Mayardit;Kiir|SSD|S|2011-07-09|
Isaias Afwerki|Isaias Afewerki;Afwerki;Afewerki|ERI|S|1993-05-24|
Hassan Sheikh Mohamud|Hassan Sheikh Mohamoud|SOM|S|2012-09-16|2017-02-16
Mohamed Abdullahi Mohamed|Farmaajo;Farmajo;Mohamed Abdullahi Farmaajo|SOM|S|2017-02-16|2022-05-23
Hassan Sheikh Mohamud|Hassan Sheikh Mohamoud|SOM|S|2022-05-23|
Ismaïl Omar Guelleh|Ismail Omar Guelleh;Guelleh|DJI|S|1999-05-08|
Mahmoud Ali Youssouf||DJI|F|2005-08-01|2025-02-15
Moussa Faki Mahamat|Moussa Faki|TCD|F|2008-04-23|2017-01-30
# Africa
Mwai Kibaki|Kibaki|KEN|S|2002-12-30|2013-04-09
Uhuru Kenyatta|Kenyatta|KEN|S|2013-04-09|2022-09-13
William Ruto|Ruto|KEN|S|2022-09-13|
Yoweri Museveni|Museveni|UGA|S|1986-01-29|
Ruhakana Rugunda|Rugunda|UGA|G|2014-09-18|2021-06-21
Robinah Nabbanja|Nabbanja|UGA|G|2021-06-21|
Jakaya Kikwete|Kikwete|TZA|S|2005-12-21|2015-11-05
John Magufuli|John Pombe Magufuli;Magufuli|TZA|S|2015-11-05|2021-03-17
Samia Suluhu Hassan|Samia Suluhu;Suluhu|TZA|S|2021-03-19|
Paul Kagame|Kagame|RWA|S|2000-04-22|
Pierre Nkurunziza|Nkurunziza|BDI|S|2005-08-26|2020-06-08
Évariste Ndayishimiye|Evariste Ndayishimiye;Ndayishimiye|BDI|S|2020-06-18|
Laurent-Désiré Kabila|Laurent-Desire Kabila;Laurent Kabila|COD|S|1997-05-17|2001-01-16
Joseph Kabila|Kabila|COD|S|2001-01-26|2019-01-24
Félix Tshisekedi|Felix Tshisekedi;Félix Antoine Tshisekedi;Tshisekedi|COD|S|2019-01-24|
Jean-Michel Sama Lukonde|Sama Lukonde|COD|G|2021-02-15|2024-06-12
Judith Suminwa|Judith Suminwa Tuluka;Suminwa|COD|G|2024-06-12|
Denis Sassou Nguesso|Denis Sassou-Nguesso;Sassou Nguesso;Sassou-Nguesso|COG|S|1997-10-25|
Faustin-Archange Touadéra|Faustin-Archange Touadera;Touadéra;Touadera|CAF|S|2016-03-30|
Paul Biya|Biya|CMR|S|1982-11-06|
Idriss Déby|Idriss Deby;Idriss Déby Itno;Idriss Deby Itno|TCD|S|1990-12-02|2021-04-20
Mahamat Idriss Déby|Mahamat Idriss Deby;Mahamat Déby;Mahamat Deby;Mahamat Idriss Déby Itno|TCD|S|2021-04-20|
Omar Bongo|Omar Bongo Ondimba|GAB|S|1967-12-02|2009-06-08
Ali Bongo Ondimba|Ali Bongo|GAB|S|2009-10-16|2023-08-30
Brice Oligui Nguema|Oligui Nguema|GAB|S|2023-08-30|
Teodoro Obiang Nguema Mbasogo|Teodoro Obiang;Obiang|GNQ|S|1979-08-03|
José Eduardo dos Santos|Jose Eduardo dos Santos;Eduardo dos Santos|AGO|S|1979-09-21|2017-09-26
João Lourenço|Joao Lourenco;Lourenço;Lourenco|AGO|S|2017-09-26|
Michael Sata||ZMB|S|2011-09-23|2014-10-28
Edgar Lungu|Lungu|ZMB|S|2015-01-25|2021-08-24
Hakainde Hichilema|Hichilema|ZMB|S|2021-08-24|
Emmerson Mnangagwa|Mnangagwa|ZWE|S|2017-11-24|
Joyce Banda||MWI|S|2012-04-07|2014-05-31
Peter Mutharika|Mutharika;Arthur Peter Mutharika|MWI|S|2014-05-31|2020-06-28
Lazarus Chakwera|Chakwera|MWI|S|2020-06-28|2025-10-04
Peter Mutharika|Mutharika;Arthur Peter Mutharika|MWI|S|2025-10-04|
Armando Guebuza|Guebuza|MOZ|S|2005-02-02|2015-01-15
Filipe Nyusi|Nyusi|MOZ|S|2015-01-15|2025-01-15
Daniel Chapo||MOZ|S|2025-01-15|
Hifikepunye Pohamba|Pohamba|NAM|S|2005-03-21|2015-03-21
Hage Geingob|Geingob|NAM|S|2015-03-21|2024-02-04
Nangolo Mbumba|Mbumba|NAM|S|2024-02-04|2025-03-21
Netumbo Nandi-Ndaitwah|Nandi-Ndaitwah|NAM|S|2025-03-21|
Ian Khama||BWA|S|2008-04-01|2018-04-01
Mokgweetsi Masisi|Masisi|BWA|S|2018-04-01|2024-11-01
King Mswati III|Mswati III;Mswati|SWZ|S|1986-04-25|
King Letsie III|Letsie III|LSO|S|1996-02-07|
Thomas Thabane|Thabane|LSO|G|2017-06-16|2020-05-19
Pakalitha Mosisili|Mosisili|LSO|G|2015-03-17|2017-06-16
Sam Matekane|Matekane|LSO|G|2022-10-28|
Hery Rajaonarimampianina|Rajaonarimampianina|MDG|S|2014-01-25|2018-09-07
Andry Rajoelina|Rajoelina|MDG|S|2019-01-19|2025-10-14
Anerood Jugnauth|Sir Anerood Jugnauth|MUS|G|2014-12-17|2017-01-23
Pravind Jugnauth||MUS|G|2017-01-23|2024-11-13
Navin Ramgoolam|Ramgoolam|MUS|G|2005-07-05|2014-12-17
Navin Ramgoolam|Ramgoolam|MUS|G|2024-11-13|
Danny Faure||SYC|S|2016-10-16|2020-10-26
Azali Assoumani|Azali|COM|S|2016-05-26|
Jorge Carlos Fonseca||CPV|S|2011-09-09|2021-11-09
José Maria Neves|Jose Maria Neves|CPV|S|2021-11-09|
Olusegun Obasanjo|Obasanjo|NGA|S|1999-05-29|2007-05-29
Umaru Musa Yar'Adua|Umaru Yar'Adua;Yar'Adua|NGA|S|2007-05-29|2010-05-05
Goodluck Jonathan||NGA|S|2010-05-06|2015-05-29
Muhammadu Buhari|Buhari|NGA|S|2015-05-29|2023-05-29
Bola Tinubu|Bola Ahmed Tinubu;Tinubu|NGA|S|2023-05-29|
Geoffrey Onyeama|Onyeama|NGA|F|2015-11-11|2023-05-29
Yusuf Tuggar|Yusuf Maitama Tuggar;Tuggar|NGA|F|2023-08-21|
John Kufuor|John Agyekum Kufuor;Kufuor|GHA|S|2001-01-07|2009-01-07
John Atta Mills|Atta Mills|GHA|S|2009-01-07|2012-07-24
John Mahama|John Dramani Mahama;Mahama|GHA|S|2012-07-24|2017-01-07
Nana Akufo-Addo|Akufo-Addo;Nana Addo Dankwa Akufo-Addo|GHA|S|2017-01-07|2025-01-07
John Mahama|John Dramani Mahama;Mahama|GHA|S|2025-01-07|
Laurent Gbagbo|Gbagbo|CIV|S|2000-10-26|2011-04-11
Alassane Ouattara|Ouattara|CIV|S|2010-12-04|
Abdoulaye Wade||SEN|S|2000-04-01|2012-04-02
Macky Sall|Sall|SEN|S|2012-04-02|2024-04-02
Bassirou Diomaye Faye|Diomaye Faye|SEN|S|2024-04-02|
Ousmane Sonko|Sonko|SEN|G|2024-04-02|
Ibrahim Boubacar Keïta|Ibrahim Boubacar Keita;IBK|MLI|S|2013-09-04|2020-08-18
Bah Ndaw||MLI|S|2020-09-25|2021-05-24
Assimi Goïta|Assimi Goita;Goïta;Goita|MLI|S|2021-05-24|
Blaise Compaoré|Blaise Compaore;Compaoré;Compaore|BFA|S|1987-10-15|2014-10-31
Roch Marc Christian Kaboré|Roch Marc Christian Kabore;Roch Kaboré;Roch Kabore;Kaboré;Kabore|BFA|S|2015-12-29|2022-01-24
Paul-Henri Sandaogo Damiba|Paul-Henri Damiba;Damiba|BFA|S|2022-01-24|2022-09-30
Ibrahim Traoré|Ibrahim Traore|BFA|S|2022-09-30|
Mahamadou Issoufou|Issoufou|NER|S|2011-04-07|2021-04-02
Mohamed Bazoum|Bazoum|NER|S|2021-04-02|2023-07-26
Abdourahamane Tchiani|Abdourahamane Tiani;Tchiani;Tiani|NER|S|2023-07-26|
Alpha Condé|Alpha Conde|GIN|S|2010-12-21|2021-09-05
Mamady Doumbouya|Doumbouya|GIN|S|2021-09-05|
Umaro Sissoco Embaló|Umaro Sissoco Embalo;Embaló;Embalo|GNB|S|2020-02-27|
Ellen Johnson Sirleaf|Johnson Sirleaf;Sirleaf|LBR|S|2006-01-16|2018-01-22
George Weah|Weah|LBR|S|2018-01-22|2024-01-22
Joseph Boakai|Joseph Nyuma Boakai;Boakai|LBR|S|2024-01-22|
Ernest Bai Koroma|Ernest Koroma|SLE|S|2007-09-17|2018-04-04
Julius Maada Bio|Maada Bio|SLE|S|2018-04-04|
Yahya Jammeh|Jammeh|GMB|S|1994-07-22|2017-01-19
Adama Barrow||GMB|S|2017-01-19|
Faure Gnassingbé|Faure Gnassingbe;Gnassingbé;Gnassingbe|TGO|S|2005-05-04|
Boni Yayi|Thomas Boni Yayi|BEN|S|2006-04-06|2016-04-06
Patrice Talon||BEN|S|2016-04-06|2026-05-23
Mohamed Ould Abdel Aziz|Ould Abdel Aziz|MRT|S|2009-08-05|2019-08-01
Mohamed Ould Ghazouani|Mohamed Ould Cheikh El Ghazouani;Ghazouani;Ould Ghazouani|MRT|S|2019-08-01|
# Asia and Pacific
Sheikh Hasina|Hasina;Sheikh Hasina Wajed|BGD|G|2009-01-06|2024-08-05
Khaleda Zia||BGD|G|2001-10-10|2006-10-29
Muhammad Yunus|Yunus|BGD|G|2024-08-08|
Mohammed Shahabuddin|Shahabuddin|BGD|S|2023-04-24|
Mahinda Rajapaksa|Rajapaksa|LKA|S|2005-11-19|2015-01-09
Maithripala Sirisena|Sirisena|LKA|S|2015-01-09|2019-11-18
Gotabaya Rajapaksa|Gotabaya|LKA|S|2019-11-18|2022-07-14
Ranil Wickremesinghe|Wickremesinghe|LKA|G|2015-01-09|2018-10-26
Ranil Wickremesinghe|Wickremesinghe|LKA|G|2018-12-16|2019-11-21
Mahinda Rajapaksa|Rajapaksa|LKA|G|2019-11-21|2022-05-09
Ranil Wickremesinghe|Wickremesinghe|LKA|G|2022-05-12|2022-07-21
Ranil Wickremesinghe|Wickremesinghe|LKA|S|2022-07-21|2024-09-23
Dinesh Gunawardena|Gunawardena|LKA|G|2022-07-22|2024-09-23
Anura Kumara Dissanayake|Anura Dissanayake|LKA|S|2024-09-23|
Harini Amarasuriya|Amarasuriya|LKA|G|2024-09-24|
K. P. Sharma Oli|KP Sharma Oli;K.P. Sharma Oli|NPL|G|2015-10-12|2016-08-04
Pushpa Kamal Dahal|Prachanda;Dahal|NPL|G|2016-08-04|2017-06-07
Sher Bahadur Deuba|Deuba|NPL|G|2017-06-07|2018-02-15
K. P. Sharma Oli|KP Sharma Oli;K.P. Sharma Oli|NPL|G|2018-02-15|2021-07-13
Sher Bahadur Deuba|Deuba|NPL|G|2021-07-13|2022-12-26
Pushpa Kamal Dahal|Prachanda;Dahal|NPL|G|2022-12-26|2024-07-15
K. P. Sharma Oli|KP Sharma Oli;K.P. Sharma Oli|NPL|G|2024-07-15|2025-09-09
Sushila Karki||NPL|G|2025-09-12|
Thein Sein||MMR|S|2011-03-30|2016-03-30
Htin Kyaw||MMR|S|2016-03-30|2018-03-21
Win Myint||MMR|S|2018-03-30|2021-02-01
Aung San Suu Kyi|Suu Kyi|MMR|G|2016-04-06|2021-02-01
Min Aung Hlaing||MMR|G|2021-02-01|
Thaksin Shinawatra|Thaksin|THA|G|2001-02-09|2006-09-19
Yingluck Shinawatra|Yingluck|THA|G|2011-08-05|2014-05-07
Prayut Chan-o-cha|Prayuth Chan-ocha;Prayut Chan-ocha;Prayuth Chan-o-cha;Prayut;Prayuth|THA|G|2014-08-24|2023-08-22
Srettha Thavisin|Srettha|THA|G|2023-08-22|2024-08-14
Paetongtarn Shinawatra|Paetongtarn|THA|G|2024-08-16|2025-08-29
Anutin Charnvirakul|Anutin|THA|G|2025-09-07|
King Bhumibol Adulyadej|Bhumibol Adulyadej;Bhumibol|THA|S|1946-06-09|2016-10-13
King Maha Vajiralongkorn|Maha Vajiralongkorn;Vajiralongkorn|THA|S|2016-10-13|
Truong Tan Sang|Trương Tấn Sang|VNM|S|2011-07-25|2016-04-02
Tran Dai Quang|Trần Đại Quang|VNM|S|2016-04-02|2018-09-21
Nguyen Xuan Phuc|Nguyễn Xuân Phúc|VNM|G|2016-04-07|2021-04-05
Nguyen Xuan Phuc|Nguyễn Xuân Phúc|VNM|S|2021-04-05|2023-01-18
Vo Van Thuong|Võ Văn Thưởng|VNM|S|2023-03-02|2024-03-21
To Lam|Tô Lâm|VNM|S|2024-05-22|2024-10-21
Luong Cuong|Lương Cường|VNM|S|2024-10-21|
Nguyen Tan Dung|Nguyễn Tấn Dũng|VNM|G|2006-06-27|2016-04-07
Pham Minh Chinh|Phạm Minh Chính|VNM|G|2021-04-05|
Hun Manet||KHM|G|2023-08-22|
Norodom Sihamoni|King Norodom Sihamoni;King Sihamoni|KHM|S|2004-10-14|
Thongloun Sisoulith|Thongloun|LAO|G|2016-04-20|2021-03-22
Thongloun Sisoulith|Thongloun|LAO|S|2021-03-22|
Sonexay Siphandone|Sonexay|LAO|G|2022-12-30|
Mahathir Mohamad|Mahathir|MYS|G|1981-07-16|2003-10-31
Abdullah Ahmad Badawi|Abdullah Badawi|MYS|G|2003-10-31|2009-04-03
Najib Razak|Najib Tun Razak|MYS|G|2009-04-03|2018-05-10
Mahathir Mohamad|Mahathir|MYS|G|2018-05-10|2020-02-24
Muhyiddin Yassin|Muhyiddin|MYS|G|2020-03-01|2021-08-16
Ismail Sabri Yaakob|Ismail Sabri|MYS|G|2021-08-21|2022-11-24
Anwar Ibrahim||MYS|G|2022-11-24|
Goh Chok Tong||SGP|G|1990-11-28|2004-08-12
Lawrence Wong||SGP|G|2024-05-15|
Halimah Yacob||SGP|S|2017-09-14|2023-09-13
Tharman Shanmugaratnam|Tharman|SGP|S|2023-09-14|
Vivian Balakrishnan|Balakrishnan|SGP|F|2015-10-01|
Gloria Macapagal Arroyo|Gloria Arroyo;Macapagal Arroyo|PHL|S|2001-01-20|2010-06-30
Benigno Aquino III|Benigno Aquino;Noynoy Aquino|PHL|S|2010-06-30|2016-06-30
Ferdinand Marcos Jr.|Ferdinand Marcos Jr;Bongbong Marcos;Ferdinand Marcos Jr|PHL|S|2022-06-30|
José Ramos-Horta|Jose Ramos-Horta;Ramos-Horta|TLS|S|2007-05-20|2012-05-20
José Ramos-Horta|Jose Ramos-Horta;Ramos-Horta|TLS|S|2022-05-20|
Xanana Gusmão|Xanana Gusmao;Xanana|TLS|G|2007-08-08|2015-02-16
Xanana Gusmão|Xanana Gusmao;Xanana|TLS|G|2023-07-01|
Hassanal Bolkiah|Sultan Hassanal Bolkiah|BRN|S|1967-10-05|
Tsakhiagiin Elbegdorj|Elbegdorj|MNG|S|2009-06-18|2017-07-10
Khaltmaagiin Battulga|Battulga|MNG|S|2017-07-10|2021-06-25
Ukhnaagiin Khürelsükh|Ukhnaagiin Khurelsukh;Khürelsükh;Khurelsukh|MNG|S|2021-06-25|
Chen Shui-bian||TWN|S|2000-05-20|2008-05-20
Joseph Wu||TWN|F|2018-02-26|2024-05-20
Lin Chia-lung||TWN|F|2024-05-20|
Helen Clark||NZL|G|1999-12-10|2008-11-19
John Key||NZL|G|2008-11-19|2016-12-12
Jacinda Ardern|Ardern|NZL|G|2017-10-26|2023-01-25
Chris Hipkins|Hipkins|NZL|G|2023-01-25|2023-11-27
Christopher Luxon|Chris Luxon;Luxon|NZL|G|2023-11-27|
Murray McCully|McCully|NZL|F|2008-11-19|2017-05-02
Winston Peters||NZL|F|2017-10-26|2020-11-06
Nanaia Mahuta|Mahuta|NZL|F|2020-11-06|2023-01-31
Winston Peters||NZL|F|2023-11-27|
Frank Bainimarama|Voreqe Bainimarama;Bainimarama|FJI|G|2007-01-05|2022-12-24
Sitiveni Rabuka|Rabuka|FJI|G|2022-12-24|
Peter O'Neill||PNG|G|2011-08-02|2019-05-30
James Marape|Marape|PNG|G|2019-05-30|
Kassym-Jomart Tokayev|Tokayev|KAZ|S|2019-03-20|
Nursultan Nazarbayev|Nazarbayev|KAZ|S|1990-04-24|2019-03-20
Karim Massimov|Massimov|KAZ|G|2014-04-02|2016-09-08
Bakhytzhan Sagintayev|Sagintayev|KAZ|G|2016-09-08|2019-02-21
Askar Mamin|Mamin|KAZ|G|2019-02-25|2022-01-05
Alikhan Smailov|Smailov|KAZ|G|2022-01-11|2024-02-05
Olzhas Bektenov|Bektenov|KAZ|G|2024-02-06|
Islam Karimov||UZB|S|1990-03-24|2016-09-02
Shavkat Mirziyoyev|Mirziyoyev|UZB|G|2003-12-12|2016-09-08
Shavkat Mirziyoyev|Mirziyoyev|UZB|S|2016-09-08|
Abdulla Aripov|Aripov|UZB|G|2016-12-14|
Almazbek Atambayev|Atambayev|KGZ|S|2011-12-01|2017-11-24
Sooronbay Jeenbekov|Jeenbekov|KGZ|S|2017-11-24|2020-10-15
Sadyr Japarov|Sadyr Zhaparov;Japarov|KGZ|S|2021-01-28|
Emomali Rahmon|Emomali Rakhmon;Rahmon|TJK|S|1992-11-19|
Kokhir Rasulzoda|Rasulzoda|TJK|G|2013-11-23|
Gurbanguly Berdimuhamedow|Gurbanguly Berdymukhamedov;Gurbanguly Berdimuhamedov|TKM|S|2007-02-14|2022-03-19
Serdar Berdimuhamedow|Serdar Berdymukhamedov;Serdar Berdimuhamedov|TKM|S|2022-03-19|
# Europe
Queen Elizabeth II|Elizabeth II|GBR|S|1952-02-06|2022-09-08
King Charles III|Charles III|GBR|S|2022-09-08|
Robin Cook||GBR|F|1997-05-02|2001-06-08
Jack Straw||GBR|F|2001-06-08|2006-05-05
Margaret Beckett||GBR|F|2006-05-05|2007-06-27
Liz Truss|Truss|GBR|F|2021-09-15|2022-09-06
James Cleverly|Cleverly|GBR|F|2022-09-06|2023-11-13
David Cameron|Cameron|GBR|F|2023-11-13|2024-07-05
David Lammy|Lammy|GBR|F|2024-07-05|2025-09-05
Yvette Cooper||GBR|F|2025-09-05|
King Juan Carlos I|Juan Carlos I;King Juan Carlos|ESP|S|1975-11-22|2014-06-19
King Felipe VI|Felipe VI;King Felipe|ESP|S|2014-06-19|
José María Aznar|Jose Maria Aznar;Aznar|ESP|G|1996-05-05|2004-04-17
José Luis Rodríguez Zapatero|Jose Luis Rodriguez Zapatero;Rodríguez Zapatero;Rodriguez Zapatero;Zapatero|ESP|G|2004-04-17|2011-12-21
Mariano Rajoy|Rajoy|ESP|G|2011-12-21|2018-06-02
Pedro Sánchez|Pedro Sanchez|ESP|G|2018-06-02|
José Manuel García-Margallo|Jose Manuel Garcia-Margallo;García-Margallo;Garcia-Margallo|ESP|F|2011-12-22|2016-11-04
Alfonso Dastis|Dastis|ESP|F|2016-11-04|2018-06-07
Josep Borrell|Borrell|ESP|F|2018-06-07|2019-11-29
Arancha González Laya|Arancha Gonzalez Laya;González Laya|ESP|F|2020-01-13|2021-07-12
José Manuel Albares|Jose Manuel Albares;Albares|ESP|F|2021-07-12|
Jan Peter Balkenende|Balkenende|NLD|G|2002-07-22|2010-10-14
Mark Rutte|Rutte|NLD|G|2010-10-14|2024-07-02
Dick Schoof|Schoof|NLD|G|2024-07-02|
Queen Beatrix||NLD|S|1980-04-30|2013-04-30
King Willem-Alexander|Willem-Alexander|NLD|S|2013-04-30|
Bert Koenders|Koenders|NLD|F|2014-10-17|2017-10-26
Stef Blok||NLD|F|2018-03-07|2021-09-17
Wopke Hoekstra|Hoekstra|NLD|F|2022-01-10|2023-08-25
Hanke Bruins Slot||NLD|F|2023-09-05|2024-07-02
Caspar Veldkamp|Veldkamp|NLD|F|2024-07-02|2025-08-22
Guy Verhofstadt|Verhofstadt|BEL|G|1999-07-12|2008-03-20
Yves Leterme|Leterme|BEL|G|2008-03-20|2008-12-30
Herman Van Rompuy|Van Rompuy|BEL|G|2008-12-30|2009-11-25
Yves Leterme|Leterme|BEL|G|2009-11-25|2011-12-06
Elio Di Rupo|Di Rupo|BEL|G|2011-12-06|2014-10-11
Charles Michel||BEL|G|2014-10-11|2019-10-27
Sophie Wilmès|Sophie Wilmes;Wilmès;Wilmes|BEL|G|2019-10-27|2020-10-01
Alexander De Croo|De Croo|BEL|G|2020-10-01|2025-02-03
Bart De Wever|De Wever|BEL|G|2025-02-03|
King Albert II||BEL|S|1993-08-09|2013-07-21
King Philippe||BEL|S|2013-07-21|
Didier Reynders|Reynders|BEL|F|2011-12-06|2019-11-30
Sophie Wilmès|Sophie Wilmes;Wilmès;Wilmes|BEL|F|2020-10-01|2022-07-15
Hadja Lahbib|Lahbib|BEL|F|2022-07-15|2024-12-01
Maxime Prévot|Maxime Prevot;Prévot|BEL|F|2025-02-03|
Didier Burkhalter|Burkhalter|CHE|F|2012-01-01|2017-10-31
Ignazio Cassis||CHE|F|2017-11-01|
Werner Faymann|Faymann|AUT|G|2008-12-02|2016-05-09
Brigitte Bierlein|Bierlein|AUT|G|2019-06-03|2020-01-07
Alexander Schallenberg|Schallenberg|AUT|G|2021-10-11|2021-12-06
Karl Nehammer|Nehammer|AUT|G|2021-12-06|2025-01-10
Christian Stocker||AUT|G|2025-03-03|
Heinz Fischer||AUT|S|2004-07-08|2016-07-08
Alexander Van der Bellen|Van der Bellen|AUT|S|2017-01-26|
Karin Kneissl|Kneissl|AUT|F|2017-12-18|2019-06-03
Alexander Schallenberg|Schallenberg|AUT|F|2019-06-03|2021-10-11
Alexander Schallenberg|Schallenberg|AUT|F|2021-12-06|2025-03-03
Beate Meinl-Reisinger|Meinl-Reisinger|AUT|F|2025-03-03|
Göran Persson|Goran Persson|SWE|G|1996-03-22|2006-10-06
Fredrik Reinfeldt|Reinfeldt|SWE|G|2006-10-06|2014-10-03
Stefan Löfven|Stefan Lofven;Löfven;Lofven|SWE|G|2014-10-03|2021-11-30
Magdalena Andersson||SWE|G|2021-11-30|2022-10-18
Ulf Kristersson|Kristersson|SWE|G|2022-10-18|
King Carl XVI Gustaf|Carl XVI Gustaf|SWE|S|1973-09-15|
Carl Bildt|Bildt|SWE|F|2006-10-06|2014-10-03
Margot Wallström|Margot Wallstrom;Wallström;Wallstrom|SWE|F|2014-10-03|2019-09-10
Ann Linde||SWE|F|2019-09-10|2022-10-18
Tobias Billström|Tobias Billstrom;Billström;Billstrom|SWE|F|2022-10-18|2024-09-10
Maria Malmer Stenergard|Malmer Stenergard|SWE|F|2024-09-10|
Jens Stoltenberg|Stoltenberg|NOR|G|2005-10-17|2013-10-16
Erna Solberg|Solberg|NOR|G|2013-10-16|2021-10-14
Jonas Gahr Støre|Jonas Gahr Store;Gahr Støre;Gahr Store|NOR|G|2021-10-14|
King Harald V|Harald V|NOR|S|1991-01-17|
Jonas Gahr Støre|Jonas Gahr Store;Gahr Støre;Gahr Store|NOR|F|2005-10-17|2012-09-21
Børge Brende|Borge Brende;Brende|NOR|F|2013-10-16|2017-10-20
Ine Eriksen Søreide|Ine Eriksen Soreide;Eriksen Søreide|NOR|F|2017-10-20|2021-10-14
Anniken Huitfeldt|Huitfeldt|NOR|F|2021-10-14|2023-10-16
Espen Barth Eide|Barth Eide|NOR|F|2023-10-16|
Anders Fogh Rasmussen|Fogh Rasmussen|DNK|G|2001-11-27|2009-04-05
Lars Løkke Rasmussen|Lars Lokke Rasmussen;Løkke Rasmussen;Lokke Rasmussen|DNK|G|2009-04-05|2011-10-03
Helle Thorning-Schmidt|Thorning-Schmidt|DNK|G|2011-10-03|2015-06-28
Lars Løkke Rasmussen|Lars Lokke Rasmussen;Løkke Rasmussen;Lokke Rasmussen|DNK|G|2015-06-28|2019-06-27
Mette Frederiksen|Frederiksen|DNK|G|2019-06-27|
Queen Margrethe II|Margrethe II|DNK|S|1972-01-14|2024-01-14
King Frederik X|Frederik X|DNK|S|2024-01-14|
Kristian Jensen||DNK|F|2015-06-28|2016-11-28
Anders Samuelsen|Samuelsen|DNK|F|2016-11-28|2019-06-27
Jeppe Kofod|Kofod|DNK|F|2019-06-27|2022-12-15
Lars Løkke Rasmussen|Lars Lokke Rasmussen;Løkke Rasmussen;Lokke Rasmussen|DNK|F|2022-12-15|
Tarja Halonen|Halonen|FIN|S|2000-03-01|2012-03-01
Sauli Niinistö|Sauli Niinisto;Niinistö;Niinisto|FIN|S|2012-03-01|2024-03-01
Alexander Stubb|Stubb|FIN|G|2014-06-24|2015-05-29
Alexander Stubb|Stubb|FIN|S|2024-03-01|
Juha Sipilä|Juha Sipila;Sipilä;Sipila|FIN|G|2015-05-29|2019-06-06
Antti Rinne||FIN|G|2019-06-06|2019-12-10
Sanna Marin||FIN|G|2019-12-10|2023-06-20
Petteri Orpo|Orpo|FIN|G|2023-06-20|
Timo Soini|Soini|FIN|F|2015-05-29|2019-06-06
Pekka Haavisto|Haavisto|FIN|F|2019-06-06|2023-06-20
Elina Valtonen|Valtonen|FIN|F|2023-06-20|
Toomas Hendrik Ilves|Ilves|EST|S|2006-10-09|2016-10-10
Kersti Kaljulaid|Kaljulaid|EST|S|2016-10-10|2021-10-11
Alar Karis||EST|S|2021-10-11|
Taavi Rõivas|Taavi Roivas|EST|G|2014-03-26|2016-11-23
Jüri Ratas|Juri Ratas|EST|G|2016-11-23|2021-01-26
Kaja Kallas|Kallas|EST|G|2021-01-26|2024-07-23
Kristen Michal||EST|G|2024-07-23|
Raimonds Vējonis|Raimonds Vejonis|LVA|S|2015-07-08|2019-07-08
Egils Levits||LVA|S|2019-07-08|2023-07-08
Edgars Rinkēvičs|Edgars Rinkevics;Rinkēvičs;Rinkevics|LVA|F|2011-10-25|2023-07-08
Edgars Rinkēvičs|Edgars Rinkevics;Rinkēvičs;Rinkevics|LVA|S|2023-07-08|
Māris Kučinskis|Maris Kucinskis|LVA|G|2016-02-11|2019-01-23
Krišjānis Kariņš|Krisjanis Karins|LVA|G|2019-01-23|2023-09-15
Evika Siliņa|Evika Silina|LVA|G|2023-09-15|
Dalia Grybauskaitė|Dalia Grybauskaite;Grybauskaitė;Grybauskaite|LTU|S|2009-07-12|2019-07-12
Gitanas Nausėda|Gitanas Nauseda;Nausėda;Nauseda|LTU|S|2019-07-12|
Saulius Skvernelis|Skvernelis|LTU|G|2016-12-13|2020-12-11
Ingrida Šimonytė|Ingrida Simonyte;Šimonytė;Simonyte|LTU|G|2020-12-11|2024-12-12
Linas Linkevičius|Linas Linkevicius;Linkevičius;Linkevicius|LTU|F|2012-12-13|2020-12-11
Gabrielius Landsbergis|Landsbergis|LTU|F|2020-12-11|2024-12-12
Kęstutis Budrys|Kestutis Budrys|LTU|F|2024-12-12|
Bronisław Komorowski|Bronislaw Komorowski;Komorowski|POL|S|2010-08-06|2015-08-06
Andrzej Duda|Duda|POL|S|2015-08-06|2025-08-06
Karol Nawrocki|Nawrocki|POL|S|2025-08-06|
Donald Tusk|Tusk|POL|G|2007-11-16|2014-09-22
Ewa Kopacz|Kopacz|POL|G|2014-09-22|2015-11-16
Beata Szydło|Beata Szydlo;Szydło;Szydlo|POL|G|2015-11-16|2017-12-11
Mateusz Morawiecki|Morawiecki|POL|G|2017-12-11|2023-12-13
Donald Tusk|Tusk|POL|G|2023-12-13|
Radosław Sikorski|Radoslaw Sikorski;Radek Sikorski;Sikorski|POL|F|2007-11-16|2014-09-22
Grzegorz Schetyna|Schetyna|POL|F|2014-09-22|2015-11-16
Witold Waszczykowski|Waszczykowski|POL|F|2015-11-16|2018-01-09
Jacek Czaputowicz|Czaputowicz|POL|F|2018-01-09|2020-08-20
Zbigniew Rau||POL|F|2020-08-26|2023-11-27
Radosław Sikorski|Radoslaw Sikorski;Radek Sikorski;Sikorski|POL|F|2023-12-13|
Viktor Orbán|Viktor Orban;Orbán;Orban|HUN|G|1998-07-06|2002-05-27
Viktor Orbán|Viktor Orban;Orbán;Orban|HUN|G|2010-05-29|
János Áder|Janos Ader|HUN|S|2012-05-10|2022-05-10
Katalin Novák|Katalin Novak|HUN|S|2022-05-10|2024-02-26
Tamás Sulyok|Tamas Sulyok|HUN|S|2024-03-05|
Péter Szijjártó|Peter Szijjarto;Szijjártó;Szijjarto|HUN|F|2014-09-23|
Václav Klaus|Vaclav Klaus|CZE|S|2003-03-07|2013-03-07
Miloš Zeman|Milos Zeman;Zeman|CZE|S|2013-03-08|2023-03-08
Petr Pavel||CZE|S|2023-03-09|
Bohuslav Sobotka|Sobotka|CZE|G|2014-01-29|2017-12-13
Andrej Babiš|Andrej Babis;Babiš;Babis|CZE|G|2017-12-13|2021-12-17
Petr Fiala||CZE|G|2021-12-17|
Andrej Kiska|Kiska|SVK|S|2014-06-15|2019-06-15
Zuzana Čaputová|Zuzana Caputova;Čaputová;Caputova|SVK|S|2019-06-15|2024-06-15
Peter Pellegrini|Pellegrini|SVK|S|2024-06-15|
Robert Fico|Fico|SVK|G|2006-07-04|2010-07-08
Robert Fico|Fico|SVK|G|2012-04-04|2018-03-22
Peter Pellegrini|Pellegrini|SVK|G|2018-03-22|2020-03-21
Igor Matovič|Igor Matovic;Matovič;Matovic|SVK|G|2020-03-21|2021-04-01
Eduard Heger||SVK|G|2021-04-01|2023-05-15
Robert Fico|Fico|SVK|G|2023-10-25|
Miroslav Lajčák|Miroslav Lajcak;Lajčák;Lajcak|SVK|F|2012-04-04|2020-03-21
Juraj Blanár|Juraj Blanar|SVK|F|2023-10-25|
Borut Pahor|Pahor|SVN|S|2012-12-22|2022-12-22
Nataša Pirc Musar|Natasa Pirc Musar;Pirc Musar|SVN|S|2022-12-23|
Miro Cerar||SVN|G|2014-09-18|2018-09-13
Marjan Šarec|Marjan Sarec|SVN|G|2018-09-13|2020-03-13
Janez Janša|Janez Jansa;Janša;Jansa|SVN|G|2020-03-13|2022-06-01
Robert Golob|Golob|SVN|G|2022-06-01|
Tanja Fajon|Fajon|SVN|F|2022-06-01|
Kolinda Grabar-Kitarović|Kolinda Grabar-Kitarovic;Grabar-Kitarović;Grabar-Kitarovic|HRV|S|2015-02-19|2020-02-19
Zoran Milanović|Zoran Milanovic;Milanović;Milanovic|HRV|G|2011-12-23|2016-01-22
Zoran Milanović|Zoran Milanovic;Milanović;Milanovic|HRV|S|2020-02-19|
Tihomir Orešković|Tihomir Oreskovic|HRV|G|2016-01-22|2016-10-19
Andrej Plenković|Andrej Plenkovic;Plenković;Plenkovic|HRV|G|2016-10-19|
Gordan Grlić Radman|Gordan Grlic Radman;Grlić Radman;Grlic Radman|HRV|F|2019-07-19|
Traian Băsescu|Traian Basescu;Băsescu;Basescu|ROU|S|2004-12-20|2014-12-21
Klaus Iohannis|Iohannis;Johannis|ROU|S|2014-12-21|2025-02-12
Nicușor Dan|Nicusor Dan;Nicuşor Dan|ROU|S|2025-05-26|
Marcel Ciolacu|Ciolacu|ROU|G|2023-06-15|2025-05-06
Ilie Bolojan|Bolojan|ROU|G|2025-06-23|
Rosen Plevneliev|Plevneliev|BGR|S|2012-01-22|2017-01-22
Rumen Radev||BGR|S|2017-01-22|
Boyko Borisov|Borisov|BGR|G|2014-11-07|2017-01-27
Boyko Borisov|Borisov|BGR|G|2017-05-04|2021-05-12
Kiril Petkov||BGR|G|2021-12-13|2022-08-02
Nikolai Denkov|Nikolay Denkov|BGR|G|2023-06-06|2024-04-09
Rosen Zhelyazkov|Zhelyazkov|BGR|G|2025-01-16|
Kostas Karamanlis|Costas Karamanlis|GRC|G|2004-03-10|2009-10-06
George Papandreou|Giorgos Papandreou|GRC|G|2009-10-06|2011-11-11
Lucas Papademos|Loukas Papademos;Papademos|GRC|G|2011-11-11|2012-05-16
Antonis Samaras|Samaras|GRC|G|2012-06-20|2015-01-26
Alexis Tsipras|Tsipras|GRC|G|2015-01-26|2019-07-08
Kyriakos Mitsotakis|Mitsotakis|GRC|G|2019-07-08|
Prokopis Pavlopoulos|Pavlopoulos|GRC|S|2015-03-13|2020-03-13
Katerina Sakellaropoulou|Sakellaropoulou|GRC|S|2020-03-13|2025-03-13
Konstantinos Tasoulas|Tasoulas|GRC|S|2025-03-13|
Nikos Kotzias|Kotzias|GRC|F|2015-01-27|2018-10-17
Nikos Dendias|Dendias|GRC|F|2019-07-09|2023-05-26
George Gerapetritis|Giorgos Gerapetritis;Gerapetritis|GRC|F|2023-06-27|
Demetris Christofias|Christofias|CYP|S|2008-02-28|2013-02-28
Nicos Anastasiades|Anastasiades|CYP|S|2013-02-28|2023-02-28
Nikos Christodoulides|Christodoulides|CYP|S|2023-02-28|
Aníbal Cavaco Silva|Anibal Cavaco Silva;Cavaco Silva|PRT|S|2006-03-09|2016-03-09
Marcelo Rebelo de Sousa|Rebelo de Sousa|PRT|S|2016-03-09|2026-03-09
José Manuel Barroso|Jose Manuel Barroso;Durão Barroso;Durao Barroso;Barroso|PRT|G|2002-04-06|2004-07-17
Pedro Passos Coelho|Passos Coelho|PRT|G|2011-06-21|2015-11-26
António Costa|Antonio Costa|PRT|G|2015-11-26|2024-04-02
Luís Montenegro|Luis Montenegro|PRT|G|2024-04-02|
Augusto Santos Silva|Santos Silva|PRT|F|2015-11-26|2022-03-30
João Gomes Cravinho|Joao Gomes Cravinho;Gomes Cravinho|PRT|F|2022-03-30|2024-04-02
Paulo Rangel||PRT|F|2024-04-02|
Bertie Ahern|Ahern|IRL|G|1997-06-26|2008-05-07
Brian Cowen|Cowen|IRL|G|2008-05-07|2011-03-09
Enda Kenny||IRL|G|2011-03-09|2017-06-14
Leo Varadkar|Varadkar|IRL|G|2017-06-14|2020-06-27
Micheál Martin|Micheal Martin|IRL|G|2020-06-27|2022-12-17
Leo Varadkar|Varadkar|IRL|G|2022-12-17|2024-04-09
Simon Harris||IRL|G|2024-04-09|2025-01-23
Micheál Martin|Micheal Martin|IRL|G|2025-01-23|
Michael D. Higgins|Michael D Higgins|IRL|S|2011-11-11|2025-11-11
Charlie Flanagan||IRL|F|2014-07-11|2017-06-14
Simon Coveney|Coveney|IRL|F|2017-06-14|2022-12-17
Xavier Bettel|Bettel|LUX|G|2013-12-04|2023-11-17
Xavier Bettel|Bettel|LUX|F|2023-11-17|
Luc Frieden|Frieden|LUX|G|2023-11-17|
Jean Asselborn|Asselborn|LUX|F|2004-07-31|2023-11-17
Jean-Claude Juncker|Juncker|LUX|G|1995-01-20|2013-12-04
Joseph Muscat|Muscat|MLT|G|2013-03-11|2020-01-13
Robert Abela|Abela|MLT|G|2020-01-13|
Heydar Aliyev||AZE|S|1993-06-24|2003-10-31
Ilham Aliyev|Aliyev|AZE|S|2003-10-31|
Ali Asadov||AZE|G|2019-10-08|
Elmar Mammadyarov|Mammadyarov|AZE|F|2004-04-02|2020-07-16
Jeyhun Bayramov|Bayramov|AZE|F|2020-07-16|
Serzh Sargsyan|Serzh Sarkisian|ARM|S|2008-04-09|2018-04-09
Armen Sarkissian|Armen Sargsyan|ARM|S|2018-04-09|2022-02-01
Vahagn Khachaturyan||ARM|S|2022-03-13|
Nikol Pashinyan|Pashinyan|ARM|G|2018-05-08|
Edward Nalbandian|Eduard Nalbandyan;Nalbandian|ARM|F|2008-04-21|2018-05-12
Zohrab Mnatsakanyan|Mnatsakanyan|ARM|F|2018-05-12|2020-11-16
Ararat Mirzoyan|Mirzoyan|ARM|F|2021-08-19|
Mikheil Saakashvili|Saakashvili|GEO|S|2004-01-25|2013-11-17
Giorgi Margvelashvili|Margvelashvili|GEO|S|2013-11-17|2018-12-16
Salome Zourabichvili|Salome Zurabishvili;Zourabichvili;Zurabishvili|GEO|S|2018-12-16|2024-12-29
Mikheil Kavelashvili|Kavelashvili|GEO|S|2024-12-29|
Irakli Garibashvili|Irakli Gharibashvili;Garibashvili|GEO|G|2013-11-20|2015-12-30
Giorgi Kvirikashvili|Kvirikashvili|GEO|G|2015-12-30|2018-06-13
Mamuka Bakhtadze|Bakhtadze|GEO|G|2018-06-20|2019-09-02
Giorgi Gakharia|Gakharia|GEO|G|2019-09-08|2021-02-18
Irakli Garibashvili|Irakli Gharibashvili;Garibashvili|GEO|G|2021-02-22|2024-02-08
Irakli Kobakhidze|Kobakhidze|GEO|G|2024-02-08|
Igor Dodon|Dodon|MDA|S|2016-12-23|2020-12-24
Maia Sandu|Sandu|MDA|G|2019-06-08|2019-11-14
Maia Sandu|Sandu|MDA|S|2020-12-24|
Vladimir Makei|Uladzimir Makei;Makei|BLR|F|2012-08-20|2022-11-26
Arseniy Yatsenyuk|Arseniy Yatseniuk;Yatsenyuk|UKR|G|2014-02-27|2016-04-14
Volodymyr Groysman|Volodymyr Hroisman;Groysman|UKR|G|2016-04-14|2019-08-29
Oleksiy Honcharuk|Honcharuk|UKR|G|2019-08-29|2020-03-04
Denys Shmyhal|Shmyhal|UKR|G|2020-03-04|2025-07-17
Yulia Svyrydenko|Svyrydenko|UKR|G|2025-07-17|
Pavlo Klimkin|Klimkin|UKR|F|2014-06-19|2019-08-29
Vadym Prystaiko|Prystaiko|UKR|F|2019-08-29|2020-03-04
Andrii Sybiha|Andriy Sybiha;Sybiha|UKR|F|2024-09-05|
Leonid Kuchma|Kuchma|UKR|S|1994-07-19|2005-01-23
Viktor Yushchenko|Yushchenko|UKR|S|2005-01-23|2010-02-25
Yulia Tymoshenko|Tymoshenko|UKR|G|2007-12-18|2010-03-04
Boris Tadić|Boris Tadic;Tadić;Tadic|SRB|S|2004-07-11|2012-04-05
Tomislav Nikolić|Tomislav Nikolic|SRB|S|2012-05-31|2017-05-31
Aleksandar Vučić|Aleksandar Vucic;Vučić;Vucic|SRB|G|2014-04-27|2017-05-31
Aleksandar Vučić|Aleksandar Vucic;Vučić;Vucic|SRB|S|2017-05-31|
Ana Brnabić|Ana Brnabic;Brnabić;Brnabic|SRB|G|2017-06-29|2024-05-02
Miloš Vučević|Milos Vucevic;Vučević;Vucevic|SRB|G|2024-05-02|2025-04-16
Đuro Macut|Djuro Macut;Duro Macut|SRB|G|2025-04-16|
Ivica Dačić|Ivica Dacic;Dačić;Dacic|SRB|F|2014-04-27|2020-10-28
Nikola Selaković|Nikola Selakovic|SRB|F|2020-10-28|2022-10-26
Ivica Dačić|Ivica Dacic;Dačić;Dacic|SRB|F|2022-10-26|2024-05-02
Marko Đurić|Marko Djuric;Marko Duric|SRB|F|2024-05-02|
Hashim Thaçi|Hashim Thaci;Thaçi;Thaci|XKX|G|2008-01-09|2014-12-09
Hashim Thaçi|Hashim Thaci;Thaçi;Thaci|XKX|S|2016-04-07|2020-11-05
Vjosa Osmani|Vjosa Osmani-Sadriu;Osmani|XKX|S|2021-04-04|
Isa Mustafa||XKX|G|2014-12-09|2017-09-09
Ramush Haradinaj|Haradinaj|XKX|G|2017-09-09|2020-02-03
Albin Kurti|Kurti|XKX|G|2020-02-03|2020-06-03
Avdullah Hoti||XKX|G|2020-06-03|2021-03-22
Albin Kurti|Kurti|XKX|G|2021-03-22|
Milo Đukanović|Milo Djukanovic;Milo Dukanovic;Đukanović;Djukanovic|MNE|G|2012-12-04|2016-11-28
Duško Marković|Dusko Markovic|MNE|G|2016-11-28|2020-12-04
Milo Đukanović|Milo Djukanovic;Milo Dukanovic;Đukanović;Djukanovic|MNE|S|2018-05-20|2023-05-20
Jakov Milatović|Jakov Milatovic;Milatović;Milatovic|MNE|S|2023-05-20|
Gjorge Ivanov||MKD|S|2009-05-12|2019-05-12
Stevo Pendarovski|Pendarovski|MKD|S|2019-05-12|2024-05-12
Gordana Siljanovska-Davkova|Siljanovska-Davkova|MKD|S|2024-05-12|
Nikola Gruevski|Gruevski|MKD|G|2006-08-27|2016-01-18
Zoran Zaev|Zaev|MKD|G|2017-05-31|2020-01-03
Zoran Zaev|Zaev|MKD|G|2020-08-31|2022-01-16
Dimitar Kovačevski|Dimitar Kovacevski;Kovačevski;Kovacevski|MKD|G|2022-01-17|2024-01-28
Hristijan Mickoski|Mickoski|MKD|G|2024-06-23|
Edi Rama||ALB|G|2013-09-15|
Bujar Nishani|Nishani|ALB|S|2012-07-24|2017-07-24
Bajram Begaj|Begaj|ALB|S|2022-07-24|
Pope John Paul II|John Paul II|VAT|S|1978-10-16|2005-04-02
Pope Leo XIV|Leo XIV;Robert Prevost;Robert Francis Prevost|VAT|S|2025-05-08|
Pietro Parolin|Parolin|VAT|G|2013-10-15|
# Americas
Andrés Pastrana|Andres Pastrana;Pastrana|COL|S|1998-08-07|2002-08-07
Álvaro Uribe|Alvaro Uribe;Uribe|COL|S|2002-08-07|2010-08-07
Juan Manuel Santos||COL|S|2010-08-07|2018-08-07
Iván Duque|Ivan Duque;Duque|COL|S|2018-08-07|2022-08-07
Gustavo Petro||COL|S|2022-08-07|2026-08-07
Marta Lucía Ramírez|Marta Lucia Ramirez|COL|V|2018-08-07|2022-08-07
Francia Márquez|Francia Marquez|COL|V|2022-08-07|2026-08-07
María Ángela Holguín|Maria Angela Holguin;Holguín;Holguin|COL|F|2010-08-07|2017-09-01
Carlos Holmes Trujillo||COL|F|2018-08-07|2019-11-01
Claudia Blum||COL|F|2019-12-01|2021-05-01
Marta Lucía Ramírez|Marta Lucia Ramirez|COL|F|2021-06-01|2022-08-07
Álvaro Leyva|Alvaro Leyva|COL|F|2022-08-07|2024-01-01
Nicolás Maduro|Nicolas Maduro;Maduro|VEN|F|2006-08-09|2013-01-15
Elías Jaua|Elias Jaua;Jaua|VEN|F|2013-01-15|2014-09-02
Delcy Rodríguez|Delcy Rodriguez;Delcy|VEN|F|2014-12-26|2017-06-21
Delcy Rodríguez|Delcy Rodriguez;Delcy|VEN|V|2018-06-14|
Jorge Arreaza|Arreaza|VEN|F|2017-08-02|2021-08-01
Yván Gil|Yvan Gil|VEN|F|2023-06-01|
Ricardo Lagos||CHL|S|2000-03-11|2006-03-11
Michelle Bachelet|Bachelet|CHL|S|2006-03-11|2010-03-11
Sebastián Piñera|Sebastian Pinera;Piñera;Pinera|CHL|S|2010-03-11|2014-03-11
Michelle Bachelet|Bachelet|CHL|S|2014-03-11|2018-03-11
Sebastián Piñera|Sebastian Pinera;Piñera;Pinera|CHL|S|2018-03-11|2022-03-11
Gabriel Boric|Boric|CHL|S|2022-03-11|2026-03-11
Alejandro Toledo||PER|S|2001-07-28|2006-07-28
Alan García|Alan Garcia|PER|S|2006-07-28|2011-07-28
Ollanta Humala|Humala|PER|S|2011-07-28|2016-07-28
Pedro Pablo Kuczynski|Kuczynski|PER|S|2016-07-28|2018-03-23
Martín Vizcarra|Martin Vizcarra;Vizcarra|PER|S|2018-03-23|2020-11-10
Francisco Sagasti|Sagasti|PER|S|2020-11-17|2021-07-28
Pedro Castillo||PER|S|2021-07-28|2022-12-07
Dina Boluarte|Boluarte|PER|S|2022-12-07|2025-10-10
José Jerí|Jose Jeri|PER|S|2025-10-10|
Evo Morales||BOL|S|2006-01-22|2019-11-10
Jeanine Áñez|Jeanine Anez;Áñez|BOL|S|2019-11-12|2020-11-08
Luis Arce||BOL|S|2020-11-08|2025-11-08
Rafael Correa||ECU|S|2007-01-15|2017-05-24
Lenín Moreno|Lenin Moreno|ECU|S|2017-05-24|2021-05-24
Guillermo Lasso||ECU|S|2021-05-24|2023-11-23
Daniel Noboa|Noboa|ECU|S|2023-11-23|
José Mujica|Jose Mujica;Pepe Mujica;Mujica|URY|S|2010-03-01|2015-03-01
Tabaré Vázquez|Tabare Vazquez|URY|S|2015-03-01|2020-03-01
Luis Lacalle Pou|Lacalle Pou|URY|S|2020-03-01|2025-03-01
Yamandú Orsi|Yamandu Orsi;Orsi|URY|S|2025-03-01|
Horacio Cartes|Cartes|PRY|S|2013-08-15|2018-08-15
Mario Abdo Benítez|Mario Abdo Benitez;Abdo Benítez;Abdo Benitez|PRY|S|2018-08-15|2023-08-15
Santiago Peña|Santiago Pena|PRY|S|2023-08-15|
Manuel Marrero Cruz|Manuel Marrero|CUB|G|2019-12-21|
Felipe Pérez Roque|Felipe Perez Roque;Pérez Roque|CUB|F|1999-05-28|2009-03-02
Bruno Rodríguez Parrilla|Bruno Rodriguez Parrilla;Bruno Rodríguez;Bruno Rodriguez;Rodríguez Parrilla|CUB|F|2009-03-02|
Daniel Ortega||NIC|S|2007-01-10|
Rosario Murillo||NIC|V|2017-01-10|
Salvador Sánchez Cerén|Salvador Sanchez Ceren;Sánchez Cerén|SLV|S|2014-06-01|2019-06-01
Nayib Bukele|Bukele|SLV|S|2019-06-01|
Otto Pérez Molina|Otto Perez Molina;Pérez Molina|GTM|S|2012-01-14|2015-09-03
Jimmy Morales||GTM|S|2016-01-14|2020-01-14
Alejandro Giammattei|Giammattei|GTM|S|2020-01-14|2024-01-14
Bernardo Arévalo|Bernardo Arevalo;Arévalo|GTM|S|2024-01-15|
Juan Orlando Hernández|Juan Orlando Hernandez|HND|S|2014-01-27|2022-01-27
Xiomara Castro||HND|S|2022-01-27|2026-01-27
Luis Guillermo Solís|Luis Guillermo Solis|CRI|S|2014-05-08|2018-05-08
Carlos Alvarado Quesada|Carlos Alvarado|CRI|S|2018-05-08|2022-05-08
Rodrigo Chaves Robles|Rodrigo Chaves|CRI|S|2022-05-08|2026-05-08
Juan Carlos Varela||PAN|S|2014-07-01|2019-07-01
Laurentino Cortizo|Cortizo|PAN|S|2019-07-01|2024-07-01
José Raúl Mulino|Jose Raul Mulino;Mulino|PAN|S|2024-07-01|
Danilo Medina||DOM|S|2012-08-16|2020-08-16
Luis Abinader|Abinader|DOM|S|2020-08-16|
Ariel Henry||HTI|G|2021-07-20|2024-04-25
Garry Conille||HTI|G|2024-06-03|2024-11-11
Alix Didier Fils-Aimé|Alix Didier Fils-Aime|HTI|G|2024-11-11|
Portia Simpson-Miller|Simpson-Miller|JAM|G|2012-01-05|2016-03-03
Andrew Holness|Holness|JAM|G|2016-03-03|
Kamla Persad-Bissessar|Persad-Bissessar|TTO|G|2010-05-26|2015-09-09
Keith Rowley||TTO|G|2015-09-09|2025-03-17
Kamla Persad-Bissessar|Persad-Bissessar|TTO|G|2025-05-01|
Mia Mottley|Mottley|BRB|G|2018-05-25|
David Granger||GUY|S|2015-05-16|2020-08-02
Irfaan Ali||GUY|S|2020-08-02|
Dési Bouterse|Desi Bouterse;Bouterse|SUR|S|2010-08-12|2020-07-16
Chan Santokhi|Santokhi|SUR|S|2020-07-16|2025-07-16
"""
ROLES = {"S": "head_of_state", "G": "head_of_government", "F": "foreign_minister", "V": "vice_president"}


def _split(field: str) -> list[str]:
    return [s.strip() for s in field.split(";") if s.strip()]


def new_countries() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for line in NEW_COUNTRIES.strip().splitlines():
        parts = (line.split("|") + [""] * 6)[:6]
        out[parts[0]] = {k: _split(v) for k, v in zip(KINDS, parts[1:], strict=True)}
    return out


def new_leaders() -> list[dict[str, object]]:
    rows = []
    for line in NEW_LEADERS.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, code, role, start, end = line.split("|")
        rows.append({"name": name, "aliases": [a for a in _split(aliases) if a != name], "code": code,
                     "role": ROLES[role], "start": start, "end": end or None})
    return rows


def merge_gazetteer(data: dict) -> list[str]:
    """Add new countries and surfaces in place; returns what was added, one line each."""
    log: list[str] = []
    if GAZ_NOTE not in data["_about"]:
        data["_about"] += GAZ_NOTE
    countries = data["countries"]
    for code, entry in new_countries().items():
        if code not in countries:
            countries[code] = {k: [] for k in KINDS}
            log.append(f"country {code}")
        for kind in KINDS:
            have = countries[code].setdefault(kind, [])
            for s in entry[kind]:
                if s not in have:
                    have.append(s)
    for code, kinds in MORE_SURFACES.items():
        for kind, surfaces in kinds.items():
            have = countries[code].setdefault(kind, [])
            for s in surfaces:
                if s not in have:
                    have.append(s)
                    log.append(f"surface {code} {kind} {s}")
    not_actors = data.setdefault("not_actors", [])
    for s in NOT_ACTORS:
        if s not in not_actors:
            not_actors.append(s)
    for s, rule in NEW_CONTEXTUAL.items():
        data["contextual"].setdefault(s, rule)
    for s in NEW_AMBIGUOUS:
        if s not in data["ambiguous"]:
            data["ambiguous"].append(s)
    return log


GAZ_NOTE = (" not_actors: surfaces that contain a state's word but name a place or a person (Gulf of Guinea,"
            " Niger Delta); bare \"Congo\" is the DRC, the Republic is \"Republic of Congo\".")
LEADERS_NOTE = (" The heads of the EU (EUR: Council and Commission presidents; the High Representative as"
                " foreign_minister), NATO, the Arab League (ARL), the African Union Commission (AU) and the IAEA"
                " are head_of_state of their organisation, as the UN's are.")


def merge_leaders(data: dict) -> int:
    if LEADERS_NOTE not in data["_about"]:
        data["_about"] += LEADERS_NOTE
    rows = data["leaders"]
    seen = {(r["name"], r["code"], r["role"], r["start"]) for r in rows}
    added = 0
    for r in new_leaders():
        key = (r["name"], r["code"], r["role"], r["start"])
        if key not in seen:
            rows.append(r)
            seen.add(key)
            added += 1
    return added


def problems(gaz: dict, lead: dict) -> list[str]:
    """A surface under two codes, an unknown ISO code, a bad date or role: each one line."""
    out: list[str] = []
    owner: dict[str, str] = {}
    for code, entry in gaz["countries"].items():
        for kind in KINDS:
            for s in entry.get(kind, []):
                if owner.setdefault(s, code) != code:
                    out.append(f"{s!r} under {owner[s]} and {code}")
    for code, names in gaz["organizations"].items():
        for s in names:
            if owner.setdefault(s, code) != code:
                out.append(f"{s!r} under {owner[s]} and {code}")
    for s in gaz.get("not_actors", []):
        if s in owner:
            out.append(f"{s!r} is both a surface of {owner[s]} and not an actor")
    try:
        import pycountry  # type: ignore[import-not-found]
    except ImportError:
        pycountry = None
    if pycountry is not None:
        for code in gaz["countries"]:
            if code not in ("XKX",) and pycountry.countries.get(alpha_3=code) is None:
                out.append(f"{code} is not an ISO 3166-1 alpha-3 code")
    import datetime as dt
    codes = set(gaz["countries"]) | set(gaz["organizations"])
    for r in lead["leaders"]:
        if r["code"] not in codes:
            out.append(f"leader {r['name']}: unknown code {r['code']}")
        start = dt.date.fromisoformat(r["start"])
        if r.get("end") and dt.date.fromisoformat(r["end"]) < start:
            out.append(f"leader {r['name']}: ends before it starts")
        if r["role"] not in ROLES.values():
            out.append(f"leader {r['name']}: role {r['role']}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="report only, write nothing")
    args = ap.parse_args(argv)
    gpath, lpath = DATA / "actors_countries.json", DATA / "leaders_heads.json"
    gaz = json.loads(gpath.read_text(encoding="utf-8"))
    lead = json.loads(lpath.read_text(encoding="utf-8"))
    n_c, n_l = len(gaz["countries"]), len(lead["leaders"])
    log = merge_gazetteer(gaz)
    added = merge_leaders(lead)
    bad = problems(gaz, lead)
    for line in bad:
        print("problem:", line, file=sys.stderr)
    print(f"countries {n_c} -> {len(gaz['countries'])}, surfaces added {len(log)}, "
          f"leaders {n_l} -> {len(lead['leaders'])} (+{added})")
    if bad:
        return 1
    if not args.check:
        gpath.write_text(json.dumps(gaz, indent=1, ensure_ascii=False), encoding="utf-8")
        lpath.write_text(json.dumps(lead, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
