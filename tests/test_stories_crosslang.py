"""The language-independent view of stories/crosslang.py: spellings and grammar of other languages.

German capitalises every noun, spells Russian names with "w", Russian declines names and countries,
and every language has its own name for a capital: each would otherwise give keys that meet nothing
in an English report, and dilute the ones that do.
"""
from __future__ import annotations

from storyline.records import Article
from storyline.stories import StoryIndex
from storyline.stories.crosslang import key_view, skeletons

# Invented reports of one invented round of talks, and of an unrelated development.
_EN_TALKS = (
    "Russian and Ukrainian delegations met in Istanbul on Tuesday for a new round of peace talks hosted by "
    "Turkish President Recep Tayyip Erdogan. Vladimir Medinsky led the Russian team and David Arakhamia the "
    "Ukrainian one. Kremlin spokesman Dmitry Peskov said there had been no breakthrough so far."
)
_RU_TALKS = (
    "Делегации России и Украины встретились во вторник в Стамбуле на новом раунде переговоров, который "
    "принимал президент Турции Реджеп Тайип Эрдоган. Российскую делегацию возглавил Владимир Мединский, "
    "украинскую — Давид Арахамия. Пресс-секретарь Кремля Дмитрий Песков заявил, что прорыва пока нет."
)
_EN_OTHER = (
    "Venezuela and the United States swapped prisoners on Wednesday: Alex Saab, an ally of President Nicolas "
    "Maduro, was released in exchange for ten Americans held in Caracas, officials in Washington said."
)


def test_german_nouns_after_a_determiner_are_not_names() -> None:
    v = key_view(
        "Der türkische Präsident Recep Tayyip Erdogan begrüßte die Verhandler am Dienstag. "
        "Der ukrainische Außenminister Dmytro Kuleba äußerte sich zu einer neuen Verhandlungsrunde skeptisch. "
        "Die von Erdogan geleiteten Gespräche fanden im Dolmabahce-Palast statt. "
        "Es liege in den Händen beider Seiten, über deren Erfolgsaussichten Kuleba nichts sagte."
    )
    assert {"erdogan", "kuleba", "dmytro", "recep", "tayyip"} <= v.names
    assert not {"prasident", "aussenminister", "dienstag", "verhandlungsrunde", "seiten", "erfolgsaussichten"} & v.names


def test_german_spelling_of_russian_names_meets_the_english_one() -> None:
    de = key_view("Kreml-Sprecher Dmitri Peskow und Außenminister Sergej Lawrow trafen Wolodymyr Selenskyj nicht.")
    en = key_view("Kremlin spokesman Dmitry Peskov and Foreign Minister Sergei Lavrov did not meet Volodymyr Zelensky.")
    for name in ("Peskov", "Lavrov", "Volodymyr", "Zelensky"):
        assert skeletons(name)[0] in de.skeletons, name
    assert skeletons("Peskow") == (skeletons("Peskow")[0], skeletons("Peskov")[0])
    assert len(de.skeletons & en.skeletons) >= 5


def test_russian_declined_names_and_countries_meet_their_english_spelling() -> None:
    ru = key_view(_RU_TALKS)
    en = key_view(_EN_TALKS)
    assert {"RUS", "UKR", "TUR"} <= ru.parties  # "России", "Украины", "Турции" are declined
    for name in ("Erdogan", "Medinsky", "Peskov"):
        assert skeletons(name)[0] in ru.skeletons, name
    assert skeletons("Путиным")[-1] == skeletons("Putin")[0]
    # Cyrillic spellings and lowercase Russian words give no keys of their own: they meet nothing in English.
    assert not any(any("\u0400" <= c <= "\u04ff" for c in n) for n in ru.names)
    assert skeletons("переговоров")[0] not in ru.skeletons
    assert len(ru.parties & en.parties) >= 3 and len(ru.skeletons & en.skeletons) >= 4


def test_capitals_and_institutions_in_other_languages_are_parties() -> None:
    es = key_view("Irán y Arabia Saudí acordaron en Pekín restablecer relaciones, según la Casa Blanca.")
    de = key_view("Die Gespräche in Moskau und im Kreml, sagte ein Sprecher in Peking.")
    assert {"IRN", "SAU", "CHN", "USA"} <= es.parties and "pekin" not in es.names
    assert {"RUS", "CHN"} <= de.parties and not {"moskau", "kreml", "peking"} & de.names


def _report(lang: str, text: str, title: str, published: str | None = None) -> Article:
    return Article(source=f"x/{lang}-{abs(hash(text)) % 10**6}.txt", text=text, title=title, language=lang,
                   published=published)


def test_undated_russian_report_joins_the_english_story_and_only_it() -> None:
    en = _report("en", _EN_TALKS, "Russia and Ukraine hold new round of talks in Istanbul", "2022-03-29")
    other = _report("en", _EN_OTHER, "US and Venezuela swap prisoners", "2022-03-30")
    ru = _report("ru", _RU_TALKS, "В Стамбуле начался новый раунд переговоров")
    upd = StoryIndex(embed=False).add([en, other, ru])
    assert upd.story_of[ru.id] == upd.story_of[en.id]
    assert upd.story_of[other.id] != upd.story_of[en.id]


def test_arabic_everyday_words_give_no_keys() -> None:
    """Arabic writes no capitals: its most frequent words are left out, names stay."""
    v = key_view("قال الرئيس الإريتري أسياس أفورقي إن التاريخ يصنع الآن بعد أيام من إعلان انتهاء الحرب")
    assert skeletons("أفورقي")[0] in v.skeletons and "ERI" in v.parties
    for word in ("التاريخ", "إعلان"):  # "history", "announcement"
        assert skeletons(word)[0] not in v.skeletons, word


# An invented German report of the invented round above: sentence openers, nouns with no determiner,
# compounds and genitives are everyday German, not names.
_DE_TALKS = (
    "Rund drei Wochen nach Beginn der Kämpfe treffen sich Delegationen aus Russland und der Ukraine zu "
    "Friedensgesprächen in Istanbul. Der türkische Präsident Recep Tayyip Erdogan begrüßte die Verhandler am "
    "Dienstag. Russische Medien veröffentlichten Fotos. Danach sagte Kreml-Sprecher Dmitri Peskow, es gebe keine "
    "Fortschritte; die Gespräche würden per Videokonferenz fortgesetzt. Wenn es um Sicherheitsgarantien gehe, "
    "sei ein ernsthaftes, substanzielles Gespräch nötig, sagte Wladimir Medinski mit Blick auf die Lage Russlands."
)


def test_german_everyday_words_are_not_names_when_the_language_is_known() -> None:
    v = key_view(_DE_TALKS, lang="de")
    assert {"erdogan", "recep", "tayyip", "peskow", "istanbul", "medinski", "wladimir"} <= v.names
    everyday = {"rund", "beginn", "medien", "fotos", "danach", "fortschritte", "videokonferenz", "wenn",
                "sicherheitsgarantien", "gesprach", "friedensgesprachen", "russische", "russlands", "lage"}
    assert not everyday & v.names
    assert {"RUS", "UKR", "TUR"} <= v.parties
    # without the language the view is read as before (an English article is never filtered this way)
    assert "medien" in key_view(_DE_TALKS).names


def test_hyphenated_german_compound_keeps_its_name_part() -> None:
    v = key_view("Laut Kreml-Sprecher Peskow liegt Schwarzmeer-Halbinsel Krim fern.", lang="de")
    assert {"schwarzmeer", "peskow", "krim"} <= v.names and not {"halbinsel", "sprecher"} & v.names


def test_undated_german_report_joins_the_english_story_and_only_it() -> None:
    en = _report("en", _EN_TALKS, "Russia and Ukraine hold new round of talks in Istanbul", "2022-03-29")
    other = _report("en", _EN_OTHER, "US and Venezuela swap prisoners", "2022-03-30")
    de = _report("de", _DE_TALKS, "Neue Verhandlungsrunde in Istanbul")
    upd = StoryIndex(embed=False).add([en, other, de])
    assert upd.story_of[de.id] == upd.story_of[en.id]
    assert upd.story_of[other.id] != upd.story_of[en.id]


# -- days told by their weekday, and Arabic everyday news words --------------------------------------

_SAT = __import__("datetime").date(2021, 5, 15).toordinal()  # a Saturday
_WED = __import__("datetime").date(2021, 5, 19).toordinal()  # the Wednesday after


def test_weekdays_resolve_to_the_latest_such_day_in_every_language() -> None:
    from storyline.stories.crosslang import reported_days

    assert reported_days("The two envoys met on Saturday in a lakeside hotel.", _SAT) == {"05-15"}
    assert reported_days("Les deux émissaires se sont rencontrés mardi soir.", _WED) == {"05-18"}
    assert reported_days("Die Gesandten trafen sich am Montag in Genf.", _WED) == {"05-17"}
    assert reported_days("Los enviados se reunieron el miércoles.", _WED) == {"05-19"}
    assert reported_days("التقى المبعوثان اليوم السبت في فندق", _SAT) == {"05-15"}
    # "الاثنين" is also "the two": without "يوم" before it, it names no day
    assert reported_days("التقى الاثنين في فندق", _WED) == set()
    assert reported_days("التقى المبعوثان يوم الاثنين في فندق", _WED) == {"05-17"}
    # English abbreviations are no weekdays ("Sun" is a newspaper)
    assert reported_days("The Sun said the envoys met.", _WED) == set()


def test_weekday_days_are_keys_only_for_a_dated_article_and_apart_from_written_dates() -> None:
    text = "The envoys met on Tuesday, after talks on May 15."
    assert key_view(text).weekdays == set()
    v = key_view(text, day=_WED)
    assert v.weekdays == {"05-18"} and "05-15" in v.dates
    assert "w:05-18" in v.keys()
    # a weekday that falls on a written date is that date, not a second key
    assert key_view("They met on Saturday, May 15.", day=_WED).weekdays == set()


def test_one_contact_told_by_weekday_in_two_languages_shares_its_day() -> None:
    en = key_view("Two invented envoys signed a truce in Valmora on Saturday, officials said.", day=_SAT)
    ar = key_view("وقع مبعوثان اتفاقا للهدنة اليوم السبت في العاصمة", day=_SAT)
    assert en.weekdays == ar.weekdays == {"05-15"}


def test_arabic_everyday_news_words_and_their_clitics_give_no_keys() -> None:
    v = key_view("وقعت الولايات المتحدة اتفاقا في الدوحة بعد مفاوضات استمرت عاما، ولانسحاب القوات وزيارتها للمطار")
    for word in ("اتفاقا", "مفاوضات", "استمرت", "لانسحاب", "القوات", "وزيارتها", "للمطار"):
        assert skeletons(word)[0] not in v.skeletons, word
    # a capital is a party, not a name as well
    assert {"USA", "QAT"} <= v.parties and skeletons("الدوحة")[0] not in v.skeletons


def test_report_without_latin_names_is_compared_on_the_keys_it_can_share_only_when_dated() -> None:
    """An English story carries name keys an Arabic report cannot hold; within the time gate they are
    left out of the key cosine, while an undated report is held to the whole view (it has no day to agree on)."""
    from storyline.stories.cluster import NAME_KEYS_FROM, Clusterer, Doc

    shared = {1: 0.2, 2: 0.2}  # a party and a day
    names = {NAME_KEYS_FROM + i: 0.5 for i in range(8)}  # English spellings of names
    cl = Clusterer()
    day = _SAT
    en = Doc(id="en", vec={}, uvec={7: 1.0}, names=set(), parties=set(), day=day, win=None, title=None,
             keys={**shared, **names}, lang="en")
    sid = cl.assign(en)
    story = cl.stories[sid]
    norm = sum(v * v for v in shared.values()) ** 0.5
    ar_keys = {k: v / norm for k, v in shared.items()} | {99: 0.0}

    def doc(key_names: bool, dated: bool) -> Doc:
        return Doc(id="ar", vec={}, uvec={}, names=set(), parties=set(), day=day if dated else None, win=None,
                   title=None, keys=ar_keys, lang="ar", key_names=key_names)

    full = cl.score(doc(True, True), story)
    bare = cl.score(doc(False, True), story)
    undated = cl.score(doc(False, False), story)
    assert full is not None and bare is not None and undated is not None
    assert bare > cl.p.join > full  # joins once the names it cannot spell are set aside
    assert undated == cl.score(doc(True, False), story)  # undated: the whole view, as before


def test_a_weekday_still_to_come_is_the_one_after_publication() -> None:
    from storyline.stories.crosslang import reported_days

    assert reported_days("The envoys will meet on Tuesday in Geneva.", _WED) == {"05-25"}
    assert reported_days("Ils se reverront mardi prochain.", _WED) == {"05-25"}
    assert reported_days("Se reunirán el próximo martes.", _WED) == {"05-25"}
    assert reported_days("Sie treffen sich am kommenden Dienstag.", _WED) == {"05-25"}
    assert reported_days("يلتقي المبعوثان يوم الثلاثاء المقبل", _WED) == {"05-25"}
    # said on one day that talks would be held on another: both days
    assert reported_days("He said on Monday that talks would be held on Friday.", _WED) == {"05-17", "05-21"}
