//! Own-words tests of what the b233 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

use seizure_text::model::{Kind, Unit};

#[test]
fn a_k_written_onto_a_number_is_thousands() {
    // "+20k captagon pills" in a headline is twenty thousand pills; read as 20 it made the
    // body's "more than 22,000 narcotic pills" read as 22 (the comma a decimal mark) to agree.
    let e = common::only_event("Troops seize 30k captagon pills near the border in Jordan");
    assert_eq!((e.amount, e.unit), (30_000.0, Unit::Tablet));
    let events = common::events(
        "Army intercepts +20k captagon pills in Iraq\n\nIraqi troops thwarted an attempt to \
         smuggle more than 22,000 captagon pills using a balloon in Anbar province.",
    );
    assert!(events.iter().all(|e| e.amount >= 20_000.0), "{events:?}");
}

#[test]
fn tons_and_quintals_and_millions_and_thousands_are_one_figure() {
    // "4 tons and 8 quintals of processed kif" (a quintal is 100 kg, smaller than a ton),
    // "8 million and 152 thousand hallucinogenic tablets": one figure each, as "4 tons and 715
    // kilograms" and "34 million 270 thousand pills" are.
    assert_eq!(
        common::amounts("In Algeria, army units burned 3 tons and 6 quintals of processed kif."),
        vec![3600.0]
    );
    let e = common::only_event(
        "In Algeria, army units burned 5 million and 417 thousand hallucinogenic tablets.",
    );
    assert_eq!(
        (e.kind, e.amount, e.unit),
        (Kind::Destruction, 5_417_000.0, Unit::Tablet)
    );
    // (A ton and a quintal compound only largest first, as kilograms and grams do.)
    assert_eq!(
        common::amounts("Police in Morocco seized 9 quintals and 70 kilograms of cannabis resin."),
        vec![970.0]
    );
}

#[test]
fn a_sum_in_a_peoples_currency_names_the_country_when_nothing_else_does() {
    // "whose market value is estimated at more than 3 million Kuwaiti dinars": no place is
    // named, but the money is a national currency, which tells the country as a nationality
    // does (weakly: a place named outranks it).
    let e = common::only_event(
        "Narcotics officers arrested two men with 14 kilos of hashish worth more than 200,000 \
         Kuwaiti dinars.",
    );
    assert_eq!(e.country, Some("KW"));
    let e = common::only_event(
        "Police in Pakistan seized 20 kilos of heroin worth two million Saudi riyals.",
    );
    assert_eq!(e.country, Some("PK"));
    // (Dollars are no country's alone.)
    let e = common::only_event(
        "Officers arrested two men with 14 kilos of hashish worth 200,000 Canadian dollars.",
    );
    assert_eq!(e.country, None);
}

#[test]
fn this_years_figure_in_other_russian_words_is_a_period_total() {
    // «в нынешнем году правоохранительные органы изъяли 250 кг»: "this year" as «в этом году»
    // and «в текущем году» say it.
    let e = common::only_event(
        "В нынешнем году правоохранительные органы Молдовы изъяли 310 кг наркотиков.",
    );
    assert_eq!((e.kind, e.amount), (Kind::PeriodTotal, 310.0));
}

#[test]
fn a_price_is_of_its_figure_not_a_lot() {
    // «Рыночная цена 22 кг изъятого наркотика составляет 22 млн рублей», «цена одного
    // килограмма ... а килограмм масла каннабиса стоит около 700 тысяч»: a price told of a
    // weight is no lot.
    assert_eq!(
        common::amounts(
            "В Хабаровске полицейские изъяли 15 кг марихуаны. Оптовая цена 15 кг изъятого \
             наркотика составляет 3 млн рублей, а килограмм гашишного масла стоит около 500 \
             тысяч."
        ),
        vec![15.0]
    );
    assert_eq!(
        common::amounts(
            "Police in Kenya seized 40 kilograms of heroin. The price of a kilogram of heroin \
             in Mombasa is about 20,000 dollars."
        ),
        vec![40.0]
    );
}

#[test]
fn a_find_in_a_campaign_named_for_its_year_takes_no_date_from_the_name() {
    // «в рамках операции "Мак-2018" ... изъяли 43 кг марихуаны»: the year in the campaign's
    // name is the campaign's; a single find in it has its own date or none (rule 8). A total
    // of the campaign keeps the year.
    let events = common::events(
        "В Приморье в рамках операции «Мак-2019» полицейские обнаружили у жителя села \
         Каменка 12 кг марихуаны.",
    );
    assert_eq!(common::dated(&events), vec![(12.0, None)]);
}
