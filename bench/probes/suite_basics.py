"""Probe suite 'basics': 168 invented wire-style sentences about diplomatic contacts between states.

Written for this project (no sentence comes from ../shared or from a real article). Each item is
(id, category, text, report date, expected events); the report date fits the office holders named.
Expectations were set by hand before the extractor was run on them and are not edited to make an
item pass: parties as ISO3 codes, type family (meeting, message, rejection, agreement), status and a
date range; mediators that host, carry or broker a contact are parties, venues, topics and speakers
are not. An item with no expected event is a distractor: nothing may come out of it.
Run with ``bench/probe_eval.py --suite basics``; the judging rules are in that script.
"""
from __future__ import annotations

from typing import Any

from .helpers import day, month, nxt, past, week

Item = tuple[int, str, str, str, list[dict[str, Any]]]


def E(fam: str | tuple[str, ...], status: str | tuple[str, ...], parties: str | list[str],
      date: Any = None, opt: bool = False, disputed: bool | None = None, note: str = "") -> dict[str, Any]:
    """fam: family name or tuple of families; parties: str 'AAA BBB' or list of alternative strings."""
    fams = (fam,) if isinstance(fam, str) else tuple(fam)
    alts = [parties] if isinstance(parties, str) else list(parties)
    return dict(fams=fams, status=status if isinstance(status, tuple) else (status,),
                parties=[frozenset(p.split()) for p in alts], date=date, opt=opt, disputed=disputed, note=note)

M, MS, R, A = "meeting", "message", "rejection", "agreement"
MM = (M, MS)
INF = "INF"
S: list[Item] = []  # (id, category, text, anchor, [expected])


def add(cat: str, text: str, anchor: str, *exp: dict[str, Any]) -> None:
    S.append((len(S) + 1, cat, text, anchor, list(exp)))

# ---------------- meetings, held
a = "2022-08-08"
add("meeting", "Turkish President Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Friday.", a, E(M, "held", "TUR RUS", day(past(a, "fri"))))
a = "2022-07-11"
add("meeting", "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on the sidelines of a G20 gathering in Bali on Saturday.", a, E(M, "held", "USA CHN", day(past(a, "sat"))))
a = "2023-03-22"
add("meeting", "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in New Delhi on Monday.", a, E(M, "held", "IND JPN", day(past(a, "mon"))))
a = "2022-10-28"
add("meeting", "Scholz and Macron met for dinner at the Elysee Palace on Wednesday evening to discuss energy prices.", a, E(M, "held", "DEU FRA", day(past(a, "wed"))))
a = "2022-06-22"
add("meeting", "Egyptian President Abdel Fattah al-Sisi received Saudi Crown Prince Mohammed bin Salman in Cairo on Monday.", a, E(M, "held", "EGY SAU", day(past(a, "mon"))))
a = "2022-06-09"
add("meeting", "Russian Foreign Minister Sergei Lavrov sat down with his Turkish counterpart Mevlut Cavusoglu in Ankara on Wednesday.", a, E(M, "held", "RUS TUR", day(past(a, "wed"))))
a = "2022-03-17"
add("meeting", "Ukrainian Foreign Minister Dmytro Kuleba and Lavrov met in Antalya last week in the first high-level contact since the invasion.", a, E(M, "held", "UKR RUS", week(a, -1)))
a = "2023-03-20"
add("meeting", "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Tokyo on March 16, the first such visit in 12 years.", a, E(M, "held", "KOR JPN", day("2023-03-16")))
a = "2023-04-28"
add("meeting", "Brazil's President Luiz Inacio Lula da Silva met Xi Jinping in Beijing earlier this month.", a, E(M, "held", "BRA CHN", ("2023-04-01", "2023-04-27")))
a = "2023-12-05"
add("meeting", "Biden met Xi on the sidelines of the APEC summit in California in November.", a, E(M, "held", "USA CHN", month(2023, 11)))
a = "2024-07-08"
add("meeting", "Hungarian Prime Minister Viktor Orban held talks with Putin in Moscow on Friday, angering EU partners.", a, E(M, "held", "HUN RUS", day(past(a, "fri"))))
a = "2023-01-14"
add("meeting", "Pakistani Prime Minister Shehbaz Sharif met UAE President Sheikh Mohamed bin Zayed in Abu Dhabi on Thursday.", a, E(M, "held", "PAK ARE", day(past(a, "thu"))))
a = "2023-04-07"
add("meeting", "Iran's Foreign Minister Hossein Amir-Abdollahian met Saudi Foreign Minister Prince Faisal bin Farhan in Beijing on April 6.", a, E(M, "held", "IRN SAU", day("2023-04-06")))
a = "2024-02-28"
add("meeting", "Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.", a, E(M, "held", "KEN ETH", day(past(a, "mon"))))
a = "2023-12-08"
add("meeting", "Greek Prime Minister Kyriakos Mitsotakis hosted Erdogan in Athens on Thursday.", a, E(M, "held", "GRC TUR", day(past(a, "thu"))))
a = "2024-04-15"
add("meeting", "Qatar's Emir Sheikh Tamim bin Hamad al-Thani held talks with Sisi in Cairo over the weekend.", a, E(M, "held", "QAT EGY", ("2024-04-13", "2024-04-14")))
a = "2023-07-12"
add("meeting", "Biden and Erdogan met in Vilnius on July 10 on the sidelines of the NATO summit.", a, E(M, "held", "USA TUR", day("2023-07-10")))
a = "2023-03-06"
add("meeting", "On March 3, the Indian and Chinese foreign ministers met in New Delhi.", a, E(M, "held", "IND CHN", day("2023-03-03")))
a = "2024-04-30"
add("meeting", "Lavrov and Wang Yi met in Beijing on April 9.", a, E(M, "held", "RUS CHN", day("2024-04-09")))
a = "2024-01-30"
add("meeting", "Putin met Belarusian President Alexander Lukashenko in St Petersburg on Sunday, a day after talks with Azerbaijani President Ilham Aliyev.", a,
    E(M, "held", "RUS BLR", day(past(a, "sun"))), E(M, "held", "RUS AZE", day(past(a, "sat"))))
a = "2023-09-11"
add("meeting", "Modi, who met Biden in Washington in June, hosted him in New Delhi on Friday.", a,
    E(M, "held", "IND USA", month(2023, 6)), E(M, "held", "IND USA", day(past(a, "fri"))))
a = "2023-10-16"
add("meeting", "Blinken met Saudi Crown Prince Mohammed bin Salman in Riyadh on Sunday to discuss the war between Israel and Hamas and tensions with Iran.", a, E(M, "held", "USA SAU", day(past(a, "sun"))))
a = "2021-11-17"
add("meeting", "Biden and Xi held a virtual summit on Monday evening.", a, E(M, "held", "USA CHN", day(past(a, "mon"))))
a = "2023-01-10"
add("meeting", "The new Chinese ambassador paid a courtesy call on Indian Foreign Minister Subrahmanyam Jaishankar on Monday.", a, E(MM, "held", "CHN IND", day(past(a, "mon"))))
a = "2024-06-12"
add("meeting", "Blinken called on King Abdullah in Amman on Tuesday before flying to Qatar.", a, E(M, "held", "USA JOR", day(past(a, "tue"))), E(M, "held", "USA QAT", INF, opt=True))
a = "2024-05-28"
add("meeting", "Blinken met Kuleba in Kyiv two weeks ago.", a, E(M, "held", "USA UKR", week(a, -2)))
a = "2022-04-28"
add("meeting", "U.N. Secretary-General Antonio Guterres met Putin in Moscow on Tuesday.", a, E(M, "held", "UNO RUS", day(past(a, "tue"))))
a = "2023-07-10"
add("meeting", "The U.S. ambassador to China, Nicholas Burns, met Chinese Vice Foreign Minister Ma Zhaoxu on Friday.", a, E(M, "held", "USA CHN", day(past(a, "fri"))))

# ---------------- talks
a = "2022-03-30"
add("talks", "Russian and Ukrainian delegations held talks in Istanbul on Tuesday.", a, E(M, "held", "RUS UKR", day(past(a, "tue"))))
a = "2021-11-30"
add("talks", "U.S. and Iranian negotiators resumed indirect talks in Vienna on Monday.", a, E(M, "held", "USA IRN", day(past(a, "mon"))))
a = "2023-08-29"
add("talks", "Ethiopia and Egypt resumed talks on the Nile dam in Cairo on Sunday.", a, E(M, "held", "ETH EGY", day(past(a, "sun"))))
a = "2023-08-16"
add("talks", "Chinese and Indian military commanders held a 19th round of talks on Sunday and Monday.", a, E(M, "held", "CHN IND", ("2023-08-13", "2023-08-14")))  # consecutive days: one round over both (days apart are contacts of their own)
a = "2023-12-20"
add("talks", "Talks between Ethiopia and Egypt over the dam collapsed in Addis Ababa on Tuesday.", a, E(M, "held", "ETH EGY", day(past(a, "tue"))))
a = "2024-05-13"
add("talks", "Armenian and Azerbaijani foreign ministers began two days of peace talks in Almaty on Friday.", a, E(M, "held", "ARM AZE", (past(a, "fri"), None)))
a = "2022-05-24"
add("talks", "Israeli and Emirati officials concluded a round of trade negotiations in Dubai on Sunday.", a, E(M, "held", "ISR ARE", day(past(a, "sun"))))

# ---------------- calls
a = "2022-07-30"
add("call", "Biden spoke by phone with Chinese President Xi Jinping on Thursday, the White House said.", a, E(MS, "held", "USA CHN", day(past(a, "thu"))))
a = "2022-03-07"
add("call", "Macron had a phone call with Putin on Sunday in which he urged a ceasefire.", a, E(MS, "held", "FRA RUS", day(past(a, "sun"))))
a = "2022-03-14"
add("call", "Erdogan told Zelenskiy in a phone call on Saturday that Turkey was ready to host talks.", a, E(MS, "held", "TUR UKR", day(past(a, "sat"))))
a = "2024-11-18"
add("call", "Scholz telephoned Putin on Friday for the first time in nearly two years.", a, E(MS, "held", "DEU RUS", day(past(a, "fri"))))
a = "2022-08-05"
add("call", "In a call with Kishida on Tuesday, Yoon agreed to boost security cooperation.", a, E(MS, "held", "JPN KOR", day(past(a, "tue"))), E(A, "held", "JPN KOR", None, opt=True))
a = "2022-07-31"
add("call", "Blinken and Lavrov spoke by telephone on Friday, their first conversation since the war began.", a, E(MS, "held", "USA RUS", day(past(a, "fri"))))
a = "2024-03-22"
add("call", "Modi called Zelenskiy on Wednesday and offered support for peace efforts.", a, E(MS, "held", "IND UKR", day(past(a, "wed"))))
a = "2022-03-08"
add("call", "Erdogan said he had spoken with Putin and Zelenskiy on Sunday.", a, E(MM, "held", "TUR RUS", day(past(a, "sun"))), E(MM, "held", "TUR UKR", day(past(a, "sun"))))
a = "2022-12-31"
add("call", "Xi invited Putin to visit China during a video call on Friday.", a, E(MM, "held", "CHN RUS", day(past(a, "fri"))))

# ---------------- visits
a = "2023-03-21"
add("visit", "Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit.", a, E(M, "held", "CHN RUS", (past(a, "mon"), None)))
a = "2023-02-21"
add("visit", "Biden made a surprise visit to Kyiv on Monday.", a, E(M, "held", "USA UKR", day(past(a, "mon"))))
a = "2023-10-20"
add("visit", "Sunak flew to Israel on Thursday to show solidarity.", a, E(M, "held", "GBR ISR", day(past(a, "thu"))))
a = "2024-07-26"
add("visit", "Kuleba visited China on July 24 in his first trip there since the war began.", a, E(M, "held", "UKR CHN", day("2024-07-24")))
a = "2024-03-05"
add("visit", "Erdogan made his first visit to Egypt in more than a decade in February.", a, E(M, "held", "TUR EGY", month(2024, 2)))
a = "2023-06-20"
add("visit", "Blinken's visit to Beijing, postponed in February after the balloon incident, finally took place on June 18.", a, E(M, "held", "USA CHN", day("2023-06-18")), E(M, "cancelled", "USA CHN", None, opt=True))
a = "2023-04-07"
add("visit", "Airbus signed a deal with China Aviation Supplies Holding during Macron's visit to Beijing on Thursday.", a, E(M, "held", "FRA CHN", day(past(a, "thu"))))
a = "2023-12-28"
add("visit", "Indian Foreign Minister Subrahmanyam Jaishankar arrived in Moscow on Monday. He held talks with his counterpart Sergei Lavrov on Tuesday.", a,
    E(M, "held", "IND RUS", day(past(a, "mon"))), E(M, "held", "IND RUS", day(past(a, "tue"))))

# ---------------- summits
a = "2023-09-14"
add("summit", "Putin and Kim Jong Un held a summit at the Vostochny cosmodrome on Wednesday.", a, E(M, "held", "RUS PRK", day(past(a, "wed"))))
a = "2022-07-21"
add("summit", "Leaders of Russia, Iran and Turkey met in Tehran on Tuesday for a summit on Syria.", a, E(M, "held", "RUS IRN TUR", day(past(a, "tue"))))
a = "2023-03-24"
add("summit", "The Russian-Chinese summit in Moscow produced a raft of economic agreements.", a, E(M, "held", "RUS CHN", INF), E(A, "held", "RUS CHN", INF, opt=True))
a = "2023-03-17"
add("summit", "The Japan-South Korea summit in Tokyo was the first in 12 years.", a, E(M, "held", "JPN KOR", INF))
a = "2021-06-18"
add("summit", "The Geneva meeting between Biden and Putin on June 16 lasted less than four hours.", a, E(M, "held", "USA RUS", day("2021-06-16")))
a = "2024-09-06"
add("summit", "Erdogan's talks with Sisi in Ankara on Thursday were the first since relations soured a decade ago.", a, E(M, "held", "TUR EGY", day(past(a, "thu"))))

# ---------------- envoys, messages, letters
a = "2023-05-18"
add("envoy", "China sent its special envoy Li Hui to Kyiv on Tuesday.", a, E(MM, "held", "CHN UKR", day(past(a, "tue"))))
a = "2024-05-03"
add("envoy", "Biden dispatched CIA Director William Burns to Cairo on Wednesday for talks with Egyptian officials.", a, E(MM, "held", "USA EGY", day(past(a, "wed"))))
a = "2023-09-06"
add("envoy", "Qatar's prime minister sent an envoy to Tehran last week with a message from Washington.", a, E(MM, "held", ["QAT IRN", "QAT IRN USA"], week(a, -1)))
a = "2022-06-15"
add("message", "Kim Jong Un sent a letter to Putin on Monday congratulating him on Russia Day.", a, E(MS, "held", "PRK RUS", day(past(a, "mon"))))
a = "2022-09-20"
add("message", "Iran's Supreme Leader Ayatollah Ali Khamenei sent a message to Putin through Foreign Minister Hossein Amir-Abdollahian.", a, E(MS, "held", "IRN RUS", INF))
a = "2023-04-05"
add("message", "Zelenskiy wrote to Xi last month asking for a meeting.", a, E(MS, "held", "UKR CHN", month(2023, 3)))
a = "2024-03-04"
add("message", "Erdogan received a letter from Biden on Friday inviting him to the White House.", a, E(MS, "held", "USA TUR", day(past(a, "fri"))))
a = "2023-06-15"
add("mediation", "Oman has for months shuttled messages between Washington and Tehran.", a, E(MM, "held", "OMN USA IRN", None))
a = "2023-02-08"
add("message", "Lavrov said Moscow had received a message from Washington through the Swiss embassy.", a, E(MS, "held", ["USA RUS", "USA RUS CHE"], INF))
a = "2024-05-08"
add("message", "Germany summoned the Russian ambassador on Monday over a cyberattack on the ruling party.", a, E(MM, "held", "DEU RUS", day(past(a, "mon"))))
a = "2023-03-28"
add("message", "The foreign ministers of Greece and Turkey exchanged letters last week.", a, E(MS, "held", "GRC TUR", week(a, -1)))

# ---------------- invitations
a = "2023-07-26"
add("invitation", "Sisi has accepted an invitation from Erdogan to visit Turkey, a Turkish official said on Tuesday.", a, E(M, "planned", "EGY TUR", None), E(MS, "held", "TUR EGY", None, opt=True))
a = "2023-09-09"
add("invitation", "Modi invited Biden to be chief guest at India's Republic Day parade.", a, E(MS, "held", "IND USA", INF))
a = "2022-11-10"
add("invitation", "Zelenskiy invited Scholz to visit Kyiv during a phone call on Wednesday.", a, E(MS, "held", "UKR DEU", day(past(a, "wed"))))

# ---------------- agreements, deals
a = "2022-07-25"
add("agreement", "Russia and Ukraine signed a deal in Istanbul on Friday to resume grain exports from Black Sea ports, brokered by Turkey and the United Nations.", a, E(A, "held", ["RUS UKR TUR UNO", "RUS UKR TUR"], day(past(a, "fri"))))
a = "2023-03-13"
add("agreement", "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations in a deal brokered by China.", a, E(A, "held", "SAU IRN CHN", day(past(a, "fri"))))
a = "2024-01-08"
add("agreement", "Armenia and Azerbaijan agreed last month to exchange prisoners of war.", a, E(A, "held", "ARM AZE", month(2023, 12)))
a = "2022-06-02"
add("agreement", "Israel and the United Arab Emirates signed a free trade agreement on Tuesday.", a, E(A, "held", "ISR ARE", day(past(a, "tue"))))
a = "2023-12-22"
add("agreement", "The United States and Venezuela reached a deal on a prisoner swap on Wednesday, mediated by Qatar.", a, E(A, "held", "USA VEN QAT", day(past(a, "wed"))))
a = "2023-10-17"
add("mediation", "Qatar brokered a deal between Russia and Ukraine for the return of 20 children, Doha said on Monday.", a, E(A, "held", "QAT RUS UKR", None))

# ---------------- prisoner exchanges
a = "2024-08-03"
add("exchange", "Russia and the United States swapped prisoners in Ankara on Thursday in the largest exchange since the Cold War.", a, E(A, "held", "RUS USA", day(past(a, "thu"))))
a = "2024-08-26"
add("exchange", "Russia and Ukraine exchanged 230 prisoners of war on Saturday in a swap mediated by the United Arab Emirates.", a, E(A, "held", "RUS UKR ARE", day(past(a, "sat"))))
a = "2023-09-19"
add("exchange", "Iran freed five Americans on Monday in exchange for five Iranians held in the United States.", a, E(A, "held", "IRN USA", day(past(a, "mon"))))

# ---------------- mediation hosted
a = "2022-03-30"
add("mediation", "Turkey hosted talks between Russian and Ukrainian negotiators in Istanbul on Tuesday.", a, E(M, "held", "TUR RUS UKR", day(past(a, "tue"))))
a = "2022-05-10"
add("mediation", "Iran and Saudi Arabia held five rounds of talks in Baghdad between April 2021 and April 2022, hosted by Iraq.", a, E(M, "held", "IRN SAU IRQ", ("2021-04-01", "2022-04-30")))
a = "2023-11-28"
add("mediation", "Egyptian and Qatari mediators shuttled between Israel and Hamas on Monday to extend the truce.", a, E(MM, "held", "EGY QAT ISR HAM", day(past(a, "mon"))))

# ---------------- cancellations / postponements
a = "2023-02-04"
add("cancel", "Blinken postponed a planned trip to Beijing on Friday after a suspected Chinese spy balloon was spotted over the United States.", a, E(M, "cancelled", "USA CHN", None))
a = "2022-02-24"
add("cancel", "Biden cancelled a meeting with Putin after Russia moved troops into eastern Ukraine.", a, E(M, "cancelled", "USA RUS", None))
a = "2023-11-23"
add("cancel", "A meeting between Erdogan and Sisi scheduled for next week has been postponed, officials said on Thursday.", a, E(M, "cancelled", "TUR EGY", None))
a = "2021-09-20"
add("cancel", "India called off talks with Pakistan on Friday, citing the killing of its security personnel.", a, E(M, "cancelled", "IND PAK", None))
a = "2023-06-01"
add("cancel", "Scholz's trip to China was scrapped at the last minute.", a, E(M, "cancelled", "DEU CHN", None))
a = "2023-11-27"
add("cancel", "Raisi's visit to Turkey, planned for Tuesday, was put off because of scheduling problems.", a, E(M, "cancelled", "IRN TUR", None))

# ---------------- refusals / unanswered
a = "2022-03-01"
add("refusal", "Zelenskiy refused to meet Putin in Minsk, saying the venue was unacceptable.", a, E((M, R), "refused", "UKR RUS", None))
a = "2021-12-15"
add("refusal", "Iran rejected a U.S. offer of direct talks on Monday.", a, E((M, R), "refused", "IRN USA", None))
a = "2021-06-15"
add("refusal", "North Korea has not responded to U.S. overtures for dialogue, a State Department spokesman said.", a, E((M, MS, R), ("unanswered", "refused"), "USA PRK", None))
a = "2023-05-30"
add("refusal", "Beijing declined a U.S. request for a meeting between defence chiefs in Singapore.", a, E((M, R), "refused", "CHN USA", None))
a = "2023-01-10"
add("refusal", "Ukraine ruled out talks with Russia as long as Russian troops remain on its territory.", a, E((M, R), "refused", "UKR RUS", None))

# ---------------- denials
a = "2022-04-11"
add("denial", "The Kremlin denied that Putin had met an envoy of Zelenskiy in Moscow last week.", a)
a = "2021-04-19"
add("denial", "Iran's foreign ministry denied on Sunday that it had held secret talks with Saudi Arabia.", a)
a = "2024-07-15"
add("denial", "Turkey said Erdogan had spoken with Syrian President Bashar al-Assad by phone on Friday, but Damascus denied any call took place.", a, E(MS, "held", "TUR SYR", day(past(a, "fri")), disputed=True))

# ---------------- planned
a = "2023-11-13"
add("planned", "Biden will meet Xi on Wednesday in San Francisco.", a, E(M, "planned", "USA CHN", day(nxt(a, "wed"))))
a = "2023-09-01"
add("planned", "Erdogan is due to hold talks with Putin in Sochi on Monday.", a, E(M, "planned", "TUR RUS", day(nxt(a, "mon"))))
a = "2024-11-05"
add("planned", "Lavrov is expected to visit Pyongyang later this month.", a, E(M, "planned", "RUS PRK", ("2024-11-06", "2024-11-30")))
a = "2024-11-20"
add("planned", "German Foreign Minister Annalena Baerbock plans to travel to Beijing in December.", a, E(M, "planned", "DEU CHN", month(2024, 12)))
a = "2024-07-01"
add("planned", "Modi and Putin will hold their annual summit next week in Moscow.", a, E(M, "planned", "IND RUS", week(a, 1)))
a = "2024-06-03"
add("planned", "Macron is set to host Zelenskiy in Paris on June 7.", a, E(M, "planned", "FRA UKR", day("2024-06-07")))
a = "2024-02-14"
add("planned", "Blinken is scheduled to meet Wang Yi in Munich this weekend.", a, E(M, "planned", "USA CHN", ("2024-02-17", "2024-02-18")))
a = "2023-03-17"
add("planned", "Kishida and Yoon agreed to meet again in Seoul in May.", a, E(M, "planned", "JPN KOR", month(2023, 5)))
a = "2023-06-12"
add("planned", "Chinese Premier Li Qiang will pay an official visit to Germany from June 18 to 20.", a, E(M, "planned", "CHN DEU", ("2023-06-18", "2023-06-20")))
a = "2023-08-15"
add("planned", "Saudi Crown Prince Mohammed bin Salman will visit India next month.", a, E(M, "planned", "SAU IND", month(2023, 9)))
a = "2023-06-14"
add("planned", "Modi will travel to Washington next week for a state visit.", a, E(M, "planned", "IND USA", week(a, 1)))
a = "2023-11-08"
add("planned", "Xi and Biden are expected to hold a summit on the sidelines of APEC in San Francisco next week.", a, E(M, "planned", "CHN USA", week(a, 1)))
a = "2021-05-26"
add("planned", "The summit between Biden and Putin is expected to take place in Geneva in June.", a, E(M, "planned", "USA RUS", month(2021, 6)))
a = "2024-01-24"
add("planned", "Kuleba said he would meet his Hungarian counterpart next week.", a, E(M, "planned", "UKR HUN", week(a, 1)))
a = "2024-04-02"
add("planned", "Chinese foreign ministry spokeswoman Mao Ning told a briefing on Monday that Wang Yi would visit Russia next week.", a, E(M, "planned", "CHN RUS", ("2024-04-08", "2024-04-14")))
a = "2024-06-03"
add("planned", "Zelenskiy will travel to Saudi Arabia later this week for talks with Crown Prince Mohammed bin Salman.", a, E(M, "planned", "UKR SAU", ("2024-06-04", "2024-06-09")))

# ---------------- hypothetical / conditional
a = "2022-05-10"
add("hypothetical", "Zelenskiy said he could meet Putin if Russia withdrew its troops.", a)
a = "2022-05-10"
add("hypothetical", "Erdogan said he would be willing to host a summit between Putin and Zelenskiy.", a)
a = "2023-05-10"
add("hypothetical", "A meeting between Biden and Xi could take place later this year, an official said.", a)
a = "2022-02-01"
add("hypothetical", "Scholz would travel to Moscow only if there were a real prospect of de-escalation.", a)
a = "2023-04-10"
add("hypothetical", "Kuleba hopes to meet Wang Yi soon to discuss a peace plan.", a)
a = "2021-09-10"
add("hypothetical", "If Iran returns to the deal, Blinken might meet Amir-Abdollahian at the United Nations.", a)
a = "2022-03-01"
add("hypothetical", "Kremlin spokesman Dmitry Peskov said Putin had no plans to meet Zelenskiy.", a)
a = "2023-02-20"
add("hypothetical", "Washington wants talks with Beijing on military hotlines.", a)

# ---------------- negations
a = "2022-07-18"
add("negation", "Biden did not meet Emirati President Sheikh Mohamed bin Zayed during his Middle East trip.", a)
a = "2023-02-24"
add("negation", "Putin and Zelenskiy have never met face to face since the invasion.", a)
a = "2023-06-05"
add("negation", "There were no talks between the Chinese and U.S. defence ministers at the forum in Singapore.", a)
a = "2022-06-30"
add("negation", "Lavrov has not spoken to Blinken since January.", a)
a = "2023-07-03"
add("negation", "Erdogan has yet to meet Assad despite months of Russian mediation.", a)

# ---------------- reported speech / speakers
a = "2022-05-26"
add("reported", "Zelenskiy said he had met Polish President Andrzej Duda in Kyiv on Tuesday.", a, E(M, "held", "UKR POL", day(past(a, "tue"))))
a = "2023-06-09"
add("reported", "On Thursday, Blinken told reporters he had met Saudi Crown Prince Mohammed bin Salman in Jeddah a day earlier.", a, E(M, "held", "USA SAU", day("2023-06-07")))
a = "2023-07-16"
add("reported", "\"We had a very constructive meeting,\" Blinken told reporters after meeting Wang Yi in Jakarta on Friday.", a, E(M, "held", "USA CHN", day(past(a, "fri"))))
a = "2023-04-10"
add("reported", "A French diplomat said Macron's meeting with Xi in Guangzhou on Friday had been productive.", a, E(M, "held", "FRA CHN", day(past(a, "fri"))))
a = "2024-04-11"
add("pronoun", "Chinese Foreign Minister Wang Yi met his Russian counterpart in Beijing on Tuesday.", a, E(M, "held", "CHN RUS", day(past(a, "tue"))))
a = "2024-05-13"
add("pronoun", "Armenia and Azerbaijan have been negotiating a peace treaty for months. The two sides met again in Almaty on Friday.", a, E(M, "held", "ARM AZE", day(past(a, "fri"))), E(M, "held", "ARM AZE", None, opt=True))
a = "2024-06-12"
add("list", "Wang Yi met Lavrov on the sidelines of a BRICS meeting attended by Brazil, India and South Africa.", a, E(M, "held", "CHN RUS", INF))
a = "2023-03-21"
add("pronoun", "Biden hosted Kishida at the White House on Friday. The two leaders discussed China's military build-up.", a, E(M, "held", "USA JPN", day(past(a, "fri"))))

# ---------------- distractors (no contact)
a = "2022-06-02"
add("distractor", "Ukraine beat Scotland 3-1 in a World Cup play-off in Glasgow on Wednesday.", a)
a = "2024-07-07"
add("distractor", "Spain meet France in the Euro 2024 semi-final in Munich on Tuesday.", a)
a = "2023-12-05"
add("distractor", "Turkish Airlines signed a deal with Airbus on Monday to buy 230 aircraft.", a)
a = "2023-03-28"
add("distractor", "Saudi Aramco agreed to buy a stake in a Chinese refinery, the companies said on Tuesday.", a)
a = "2023-04-20"
add("distractor", "Chinese exports to Russia rose 20 percent in March, meeting analysts' expectations.", a)
a = "2022-03-07"
add("distractor", "Macron called for a ceasefire between Russia and Ukraine on Sunday.", a)
a = "2023-01-20"
add("distractor", "Erdogan called on Sweden to crack down on Kurdish militants before Ankara approves its NATO bid.", a)
a = "2023-01-20"
add("distractor", "Travellers to China should visit the website of the Chinese embassy in Washington for updated rules.", a)
a = "2023-02-15"
add("distractor", "Lavrov spoke at a news conference in Moscow about the Ukraine peace talks.", a)
a = "2023-09-01"
add("distractor", "Turkish and Greek tourists flocked to the islands over the summer.", a)
a = "2023-09-01"
add("distractor", "A Chinese-made drone was found near the Russian-Ukrainian border.", a)
a = "2023-07-10"
add("distractor", "U.S. Treasury Secretary Janet Yellen met business leaders in Beijing on Friday.", a)
a = "2022-03-11"
add("distractor", "Blinken met Ukrainian refugees at a reception centre in Poland on Thursday.", a)
a = "2023-10-20"
add("distractor", "Spain, Portugal, Morocco and Algeria were among the countries represented at the conference in Rome.", a)
a = "2023-11-15"
add("distractor", "The French president met reporters in Paris after the summit.", a)
a = "2022-02-07"
add("distractor", "Russia's Gazprom and China's CNPC signed a deal on Friday for additional gas supplies.", a)
a = "2024-02-05"
add("distractor", "Pakistan's army chief met troops on the Afghan border on Friday.", a)
a = "2023-09-22"
add("distractor", "Kishida met U.S. business executives in New York on Wednesday.", a)
a = "2022-11-14"
add("distractor", "The talks focused on North Korea, Taiwan and trade.", a)
a = "2023-05-22"
add("distractor", "Indian and Pakistani fans met in Ahmedabad for the cricket World Cup match.", a)
a = "2024-03-11"
add("distractor", "Iran's exports to China hit a record in February, according to shipping data.", a)
a = "2023-08-10"
add("distractor", "German carmaker Volkswagen agreed a deal with China's Xpeng to develop electric vehicles.", a)
a = "2024-01-15"
add("distractor", "Egyptian officials said the meeting room in Cairo had been prepared for visiting delegations.", a)
a = "2023-06-30"
add("distractor", "Russian forces shelled Kherson on Thursday, Ukrainian officials said, a day after Kuleba called for more air defences.", a)
a = "2022-10-03"
add("distractor", "Biden said the phone lines to Moscow remain open.", a)

# ---------------- more pronoun / role items
a = "2023-10-17"
add("pronoun", "Blinken met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday. He later flew to Riyadh for talks with Saudi Crown Prince Mohammed bin Salman.", a,
    E(M, "held", "USA EGY", day(past(a, "mon"))), E(M, "held", "USA SAU", None))
a = "2024-03-27"
add("pronoun", "Japanese Foreign Minister Yoko Kamikawa arrived in Seoul on Sunday. She held talks with her South Korean counterpart Cho Tae-yul on Monday.", a,
    E(M, "held", "JPN KOR", day(past(a, "sun"))), E(M, "held", "JPN KOR", day(past(a, "mon"))))
a = "2023-09-18"
add("meeting", "U.S. National Security Adviser Jake Sullivan met Wang Yi in Malta on Saturday.", a, E(M, "held", "USA CHN", day(past(a, "sat"))))
a = "2024-01-10"
add("distractor", "Lavrov commented on the Syria talks on Monday.", a)
a = "2023-06-05"
add("hypothetical", "Scholz would only meet Putin if Russia withdrew its troops.", a)
a = "2023-06-05"
add("negation", "Erdogan failed to meet Assad in Moscow.", a)
a = "2024-01-10"
add("distractor", "Blinken briefed lawmakers on the Iran talks on Monday.", a)
a = "2024-01-10"
add("reported", "Erdogan told reporters on Monday that his meeting with Putin in Sochi had been productive.", a, E(M, "held", "TUR RUS", INF))
