//! Own-words tests of what b66 taught, after its blind score: a find's weight told past a
//! sentence that only says who reported it, «первая половина года» as a period, drugs
//! «синтетического содержания», and a demonym that is also a town's adjective («армянские»).

mod common;
use common::{events, facts};
use seizure_text::model::Kind;

#[test]
fn a_weight_told_past_who_reported_it_is_the_find_s() {
    let text = "Пограничники Эквадора нашли более двух тонн кокаина в контейнере с ананасами \
        в порту Гуаякиля. Об этом сообщает пресс-служба национальной полиции. Наркотик был \
        разложен по 2350 пакетам общим весом 2 т и 74 кг.";
    let got = events(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].drug.as_str(), got[0].amount), ("cocaine", 2074.0));
    assert_eq!(facts(text)[0].0, Kind::Seizure);
}

#[test]
fn the_first_half_of_a_year_in_russian_is_a_period() {
    let text = "За первую половину текущего года таможенники изъяли 140 кг гашиша.";
    assert_eq!(facts(text)[0].0, Kind::PeriodTotal);
    // (Not the first half of a day.)
    let day = "В первой половине дня таможенники изъяли 14 кг гашиша у водителя фуры.";
    assert_eq!(facts(day)[0].0, Kind::Seizure);
}

#[test]
fn drugs_of_synthetic_content_are_synthetic_drugs() {
    let text = "Полицейские изъяли 3,2 кг наркотиков синтетического содержания.";
    assert_eq!(facts(text)[0].2, "other:synthetic_drugs");
}

#[test]
fn a_country_s_demonym_is_no_town_s_adjective() {
    // (Armyansk is a town in Crimea: «армянские» officers are still Armenia's.)
    let text = "Армянские пограничники задержали грузовик, в котором нашли 36 кг опия.";
    assert_eq!(facts(text)[0].1, Some("AM"));
}
