//! Own-words tests of what b66 taught, after its blind score: a find's weight told past a
//! sentence that only says who reported it.

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
