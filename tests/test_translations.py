"""Translations are their own link (translation_of), never wire copies."""

from __future__ import annotations

from storyline.records import Article
from storyline.stories.crosslang import anchor_sequence, translation_links

EN = (
    "KAMPALA, Uganda - Prime Minister Jana Novak met on Monday with General Omar Haddad, the leader of Sudan, "
    "at the residence of President Peter Mwangi in Entebbe, and the two agreed to open talks, an official told "
    "the Daily Ledger. Novak said 2 ministers and 14 advisers from Sudan would travel to Vienna in March. "
    "Haddad, who took power after Ahmed Rashid was removed, thanked Mwangi and the government of Uganda. "
    "The Arab League and the African Union welcomed the step; Egypt and Ethiopia said nothing. "
    "Officials in Khartoum said 3 more rounds were planned with Norway and Qatar as hosts."
)
FR = (
    "KAMPALA, Ouganda - La Première ministre Jana Novak a rencontré lundi le général Omar Haddad, dirigeant du "
    "Soudan, dans la résidence du président Peter Mwangi à Entebbe, et tous deux ont convenu d'ouvrir des "
    "pourparlers, a déclaré un responsable au Daily Ledger. Novak a dit que 2 ministres et 14 conseillers du "
    "Soudan se rendraient à Vienne en mars. Haddad, arrivé au pouvoir après l'éviction d'Ahmed Rashid, a remercié "
    "Mwangi et le gouvernement de l'Ouganda. La Ligue arabe et l'Union africaine ont salué ce pas ; l'Égypte et "
    "l'Éthiopie n'ont rien dit. À Khartoum, on indiquait que 3 autres séances étaient prévues avec la Norvège et "
    "le Qatar comme hôtes."
)
# Another French report of the same meeting, written apart: the same people, another order and more.
FR_OTHER = (
    "Le Soudan et Khartoum se rapprochent : à Vienne, en mars, 14 conseillers prépareront un accord. "
    "Selon le Qatar, Omar Haddad a vu Jana Novak. La Norvège salue l'initiative, tout comme l'Union africaine. "
    "Peter Mwangi, hôte de la rencontre, n'a pas commenté. L'Égypte reste prudente, l'Éthiopie aussi. "
    "Ahmed Rashid, ancien dirigeant, vit en exil. 3 séances auront lieu, selon 2 ministres interrogés."
)


def _art(text: str, lang: str, published: str | None = "2020-02-03") -> Article:
    return Article(source=f"{lang}-{len(text)}.txt", text=text, language=lang, published=published,
                   published_source="dateline" if published else None)


def test_a_translation_links_to_its_english_original() -> None:
    en, fr = _art(EN, "en"), _art(FR, "fr", None)
    assert translation_links([en, fr]) == {fr.id: en.id}


def test_a_report_written_apart_in_another_language_is_not_a_translation() -> None:
    en, other = _art(EN, "en"), _art(FR_OTHER, "fr")
    assert translation_links([en, other]) == {}


def test_far_apart_dates_and_same_language_give_no_link() -> None:
    en, late = _art(EN, "en"), _art(FR, "fr", "2020-06-03")
    assert translation_links([en, late]) == {}
    assert translation_links([en, _art(EN + " Later.", "en")]) == {}


def test_anchors_are_names_and_numbers_in_order_across_scripts() -> None:
    assert anchor_sequence("Netanyahu met Burhan in Entebbe on 3 February")[:3] == ["ntn", "brn", "ntb"]
    assert anchor_sequence("التقى نتنياهو")[-1] == "ntn"
