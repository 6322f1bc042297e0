//! Own-words tests of what the b98 session taught: errors of the blind batches' page texts,
//! each written as a general structure (none of these sentences is from a page).

mod common;
use common::facts;
use seizure_text::model::Kind;

#[test]
fn a_sentences_capitalised_preposition_is_no_part_of_a_foreign_name() {
    // «Ханой. В Лаосе»: "В" is capitalised for opening the sentence, not the first word of a
    // two-word foreign name ("в провинции Нонг Каен"), so Laos is named and outweighs the
    // bureau's city.
    let text = "Лаос сжёг наркотики\n\nХАНОЙ, 28 июн. В Лаосе сожгли 700 кг наркотиков.\n\n\
        Среди них около 4 килограммов героина и 325 килограммов опиума.";
    let got = facts(text);
    assert!(got.iter().all(|f| f.1 == Some("LA")), "{got:?}");
}

#[test]
fn guardians_of_order_carry_their_nationality() {
    // «испанским стражам порядка», like «испанские полицейские»: the officers' country, in a
    // story written from another.
    let text = "Полиция Швейцарии задержала курьера в Базеле. В 2019 году испанским стражам \
        порядка удалось изъять около трехсот килограммов героина.";
    let got = facts(text);
    assert_eq!(got.last().map(|f| f.1), Some(Some("ES")), "{got:?}");
}

#[test]
fn a_kilogram_with_no_number_is_one() {
    // «изъяли килограмм кокаина», «килограмм растительной массы»: one kilogram; not «десятки
    // килограмм», «килограмм чая» or a ton with no number (a headline's round figure).
    for text in [
        "У пассажира изъяли килограмм кокаина.",
        "Полицейские изъяли у него килограмм растительной массы, похожей на марихуану.",
    ] {
        assert_eq!(common::amounts(text), [1.0], "{text}");
    }
    for text in [
        "Полицейские изъяли десятки килограмм наркотиков.",
        "В посылке нашли килограмм чая и 5 граммов гашиша.",
    ] {
        assert!(!common::amounts(text).contains(&1.0), "{text}");
    }
}

#[test]
fn a_road_from_a_continent_to_a_country_names_no_place_of_the_find() {
    // «на трассе Западная Европа — Западный Китай»: a transit corridor's name; the driver lives
    // in Shymkent and the text's country decides.
    let text = "Туркестанская полиция подвела итоги. На трассе Западная Европа — Западный Китай \
        остановили машину, в которой житель Шымкента вез 79 кг марихуаны.";
    let got = facts(text);
    assert_eq!(got.last().map(|f| f.1), Some(Some("KZ")), "{got:?}");
}

#[test]
fn parts_taken_from_people_of_a_periods_total_are_seizures_of_its_year() {
    // A total since a month, a sentence about when, then its parts with no drug of their own,
    // each from a person: three seizures of the total's drug and year, not the total.
    let text = "Drug bureau report\n\n\
        The bureau said that since March 2021 it has seized in total 3.5 kg of heroin at the \
        port. The seizures came in May and June. This included 2.5 kg from a Tanzanian \
        national, 600 grammes from a local woman and 400 grammes from a sailor.";
    let got = common::events(text);
    let got: Vec<_> = got
        .iter()
        .map(|e| {
            (
                e.kind,
                e.drug.as_str(),
                e.amount,
                e.date.map(|d| d.to_string()),
            )
        })
        .collect();
    let year = Some("2021".to_string());
    assert_eq!(
        got,
        [
            (Kind::Seizure, "heroin", 2.5, year.clone()),
            (Kind::Seizure, "heroin", 0.6, year.clone()),
            (Kind::Seizure, "heroin", 0.4, year),
        ]
    );
}

#[test]
fn drug_dash_figure_lines_after_a_lead_in_are_its_items() {
    // "Cocaine – 5,287 pounds worth $83.9 million": each line names a drug, a dash and its
    // figure; a value after one does not end the list.
    let text = "Customs said the following amounts of drugs were seized since January:\n\n\
        Cannabis – 2,000 pounds worth $4 million\n\n\
        Heroin – 300 pounds worth $3 million\n\n\
        Fentanyl – 1,000 pounds worth $20 million\n";
    let got = common::drug_amounts(text);
    let drugs: Vec<&str> = got.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(drugs, ["cannabis", "heroin", "other:fentanyl"], "{got:?}");
}

#[test]
fn a_mainland_is_where_drugs_came_from() {
    // "from mainland China", like "from neighbouring Iran": the origin, not where it happened.
    let text = "The island's police seized 120 kg of heroin this year. Most of it came from \
        mainland China.";
    assert_eq!(facts(text)[0].1, None);
}

#[test]
fn plants_weighed_in_the_next_sentence_are_counted_by_their_weight() {
    // Weight before pieces (rule 6): "... destroyed 1500 cannabis plants. The plants occupied
    // an acre ... with an estimated weight of approximately 300kg" is 300 kg, not 1500 plants.
    let text = "Police officers yesterday destroyed 2400 cannabis plants in the hills.\n\n\
        The plants covered two acres and stood up to 6 feet tall, with an estimated weight of \
        about 450kg.";
    let got = common::events(text);
    let got: Vec<_> = got.iter().map(|e| (e.kind, e.amount, e.unit)).collect();
    assert_eq!(got, [(Kind::Destruction, 450.0, seizure_text::Unit::Kg)]);
}

#[test]
fn a_value_in_millions_does_not_settle_how_weights_are_written() {
    // "around 1.110 kilograms of cocaine worth approximately $32.7 million" under "over a
    // tonne": the value's decimal point says nothing of the weight's separator, and the
    // headline agrees only with 1,110 kg. (Nor does "€1.5 billion" or "$2.45bn".)
    let text = "Navy seizes over a tonne of cocaine off the coast\n\n\
        A navy vessel seized around 1.130 kilograms of cocaine worth approximately $36.4 \
        million in an operation at sea.";
    assert_eq!(common::amounts(text), [1130.0]);
    let text = text.replace("$36.4 million", "€1.5bn");
    assert_eq!(common::amounts(&text), [1130.0]);
}

#[test]
fn a_find_during_an_operation_whose_spot_the_next_sentence_tells_is_one_seizure() {
    // «изъяты в ходе проведения оперативно-профилактической операции «Мак». ... на заброшенной
    // остановке находится тайник»: words between «в ходе» and «операции», and the find-spot
    // in the next sentence of the paragraph make it one find, not the operation's total.
    let text = "3,250 кг марихуаны были изъяты в ходе проведения оперативно-профилактической \
        операции «Мак». О тайнике сообщили местные жители: в сарае на окраине деревни \
        хранились мешки с коноплей.";
    let got = facts(text);
    assert_eq!(got[0].0, Kind::Seizure, "{got:?}");
}

#[test]
fn a_precise_headline_over_a_round_body_figure_is_the_one_kept() {
    // «нашли 240 килограммов кокаина» in the title, «более 200 килограммов» in the body: the
    // same lot, told precisely in the title (rule 1). Not a round title over a precise body.
    // (A title opening on a label and a colon, as news sites write them: the starting build
    // kept the body's round figure here.)
    let text = "Рейс с сюрпризом: у пассажиров одного самолета нашли 260 килограммов кокаина в \
        сумках\n\n\
        В аэропорту Барахас (Испания) у пассажиров рейса из Лимы изъяли более 200 килограммов \
        кокаина. Сразу несколько человек везли наркотик в своих сумках.";
    assert_eq!(common::amounts(text), [260.0]);
    let text = "До России не доехали 300 кг героина\n\n\
        Таджикские милиционеры изъяли около 288 кг героина у перевозчиков.";
    assert_eq!(common::amounts(text), [288.0]);
}

#[test]
fn bundles_and_rolls_are_packages() {
    // "5490 bundles of khat", "242 rolls of dagga": pieces of a lot that has no weight.
    let got = common::events("Police arrested two men in possession of 310 rolls of dagga.");
    assert_eq!(
        got.iter().map(|e| (e.amount, e.unit)).collect::<Vec<_>>(),
        [(310.0, seizure_text::Unit::Package)]
    );
}

#[test]
fn pieces_named_again_with_their_weight_are_counted_by_it() {
    // "... possession of seven bags of dagga ... He added the seven bags were estimated to weigh
    // 120kg": the bags told again with "the", paragraphs later; their weight, not their count
    // (rule 6).
    let text = "Two held with dagga\n\n\
        Police arrested two men for possession of 9 bags of dagga at the border.\n\n\
        The station commander said smuggling from the neighbouring country was rising.\n\n\
        He said officers were stretched thin.\n\n\
        He added the 9 bags were estimated to weigh 150kg with a street value of P400,000.";
    let got = common::events(text);
    let got: Vec<_> = got.iter().map(|e| (e.amount, e.unit)).collect();
    assert_eq!(got, [(150.0, seizure_text::Unit::Kg)]);
}

#[test]
fn brown_sugar_is_heroin() {
    // South Asia's street name: "more than 78 Kg of brown sugar/ Heroin", "brown sugar weighing
    // 900 grams".
    let text = "Title\n\nPolice destroyed 150 Tons of ganja and more than 64 Kg of brown sugar.";
    assert_eq!(
        common::drug_amounts(text),
        [
            ("cannabis".to_string(), 150000.0),
            ("heroin".to_string(), 64.0)
        ]
    );
}

#[test]
fn narkosredstva_is_drugs_in_general() {
    // «наркосредств»: the short form of «наркотических средств».
    let text =
        "Заголовок\n\nВ огне сгорело около 300 кг растительных и синтетических наркосредств.";
    assert_eq!(
        common::drug_amounts(text),
        [("narcotic_drugs".to_string(), 300.0)]
    );
}

#[test]
fn mowing_wild_hemp_is_its_destruction() {
    // «скошено более двух тысяч наркосодержащих растений», «выкосили 3 тонны конопли».
    let got = facts("Заголовок\n\nПолицейские выкосили 3 тонны дикорастущей конопли у станции.");
    assert_eq!(got[0].0, Kind::Destruction, "{got:?}");
}
