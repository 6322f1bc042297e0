//! Own-words tests of what the b151 session taught: errors of the corpus's page texts, each
//! written as a general structure (none of these sentences is from a page).

mod common;

#[test]
fn weights_listed_place_by_place_after_a_lot_are_of_its_drug() {
    // A navy's or a police force's tally told place by place: the first lot names its drug,
    // the weights after it, each with its town, are more of it (leading zeros and kilograms
    // with grams as such releases write them).
    let text = "Coastal operations\n\nSailors seized 83kg of Kerala cannabis in Galle, 520g in \
                Matara, 03kg in Tangalle and 1kg and 250g in Hambantota on Monday.";
    assert_eq!(
        common::drug_amounts(text),
        vec![
            ("cannabis".to_string(), 83.0),
            ("cannabis".to_string(), 0.52),
            ("cannabis".to_string(), 3.0),
            ("cannabis".to_string(), 1.25),
        ]
    );
}

#[test]
fn a_weight_whose_own_drug_follows_it_takes_no_drug_from_the_lot_before() {
    // A Russian list whose last weight names its drug after it, in quotation marks: that
    // weight is no more of the lot told before it.
    let text = "Сожжены наркотики\n\nВ Саратове сожгли 12 килограммов марихуаны, 640 граммов \
                героина, более 3 килограммов маковой соломки и полкилограмма «солей».";
    assert!(
        !common::drug_amounts(text).contains(&("other:poppy_straw".to_string(), 0.5)),
        "{text}"
    );
}

#[test]
fn ganja_labelling_a_list_item_is_the_drug_not_azerbaijan_s_city() {
    // An Indian excise department's monthly list: "Ganja/ Weed- 2.7 Kgs" names the drug, so the
    // month's figures stay in the country the report names.
    let text = "Excise department sums up January\n\nThe Excise Department of Manipur seized \
                during January 2023: Opium- 1.2 Kgs; Ganja/ Weed- 2.7 Kgs; Ganja: 3 Kgs.";
    let facts = common::facts(text);
    assert_eq!(facts.len(), 3, "{facts:?}");
    assert!(facts.iter().all(|f| f.1 == Some("IN")), "{facts:?}");
    // ("Ganja discovered at Northward prison": a title whose verb of finding follows the drug.)
    let text = "Ganja discovered at Northward prison\n\nOfficers at the prison found a package \
                of about 9 ounces of ganja on Wednesday.";
    assert!(
        common::facts(text).iter().all(|f| f.1 != Some("AZ")),
        "{text}"
    );
}

#[test]
fn a_person_held_with_a_lot_is_a_seizure_where_it_happened_not_where_they_live() {
    // "held with" as "caught with"; the country of the town an accused lives in is where they
    // are from, not where the lot was found.
    let text = "Two held in Aizawl\n\nPolice in Aizawl, Mizoram said a man identified as a \
                resident of Falam Township in Myanmar was held with 92 grams of heroin.";
    assert_eq!(
        common::facts(text),
        vec![(
            seizure_text::model::Kind::Seizure,
            Some("IN"),
            "heroin".to_string(),
            0.092
        )]
    );
}

#[test]
fn a_drug_named_in_brackets_before_weighing_is_the_weighed_drug_and_arms_are_no_drug() {
    // A customs command's year: the drug's street name misspelt, its proper name in brackets,
    // then "weighing"; pieces of ammunition and arms in the same sentence are no drug's.
    let text = "Customs command's year\n\nThe command also seized Colorada (Cannabis Sativa) \
                weighing 212.4kg; 1,310 pieces of ammunition and 14 pieces of arms, the \
                controller said in Onne, Nigeria.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("cannabis".to_string(), 212.4)]
    );
}

#[test]
fn tabs_are_tablets() {
    // A destruction ceremony's list counts pills as "Tabs".
    let text = "Drugs burnt in Karachi\n\nThe force burnt 2,140 kg of hashish, 81450 Xanax Tabs \
                and 2205 Ecstasy Tabs at a ceremony in Karachi, Pakistan.";
    let events = common::events(text);
    let tablets: Vec<f64> = events
        .iter()
        .filter(|e| e.unit == seizure_text::model::Unit::Tablet)
        .map(|e| e.amount)
        .collect();
    assert_eq!(tablets, vec![81450.0, 2205.0], "{events:?}");
}

#[test]
fn a_currency_code_before_its_sum_is_no_town() {
    // Israel's shekel is written "NIS", which is also Serbia's city of Niš.
    let text = "Smuggling foiled\n\nIsraeli soldiers seized 41 kilograms of hashish worth NIS 5 \
                million near the border, the army said.";
    assert_eq!(common::country_of(text), Some("IL"));
}

#[test]
fn one_foiled_attempt_is_one_seizure_after_a_sentence_about_last_year() {
    // A sentence about last year, then "Last week ... foiled a similar attempt, seizing ...":
    // one attempt anchors the figure as one seizure, not last year's total.
    let text = "Border smuggling\n\nSeveral clashes between troops and smugglers took place on \
                the Egyptian border in Israel last year.\n\nLast week soldiers foiled a similar \
                attempt, seizing 19 kilograms of cocaine.";
    let facts = common::facts(text);
    assert_eq!(facts.len(), 1, "{facts:?}");
    assert_eq!(facts[0].0, seizure_text::model::Kind::Seizure, "{facts:?}");
}

#[test]
fn a_lot_someone_planned_to_move_is_no_seizure_unless_it_was_found() {
    // What smugglers meant to bring in is no lot seized; a lot planned and then found, or
    // carried by people then detained, is.
    let planned = "Кокаин в порту\n\nПолиция Бремена изъяла 90 килограммов кокаина. По данным \
                   СМИ, задержанные планировали доставить в Германию до 480 килограммов \
                   кокаина.";
    assert_eq!(common::amounts(planned), vec![90.0], "{planned}");
    let detained = "Arrest in Nangarhar\n\nThe two men, who had planned to move 14kg of heroin \
                    to Kabul, were detained in Nangarhar, Afghanistan.";
    assert_eq!(common::amounts(detained), vec![14.0], "{detained}");
}

#[test]
fn sodium_oxybutyrate_is_named() {
    let text = "Наркотики сожгли\n\nВ Ленинградской области сожгли около 41 килограмма натрия \
                оксибутирата и 9 килограммов гашиша.";
    assert_eq!(
        common::drug_amounts(text),
        vec![
            ("other:oxybutyrate".to_string(), 41.0),
            ("hashish".to_string(), 9.0)
        ]
    );
}

#[test]
fn a_kilogram_in_the_instrumental_after_s_is_one_kilogram() {
    // «сверток с килограммом героина»: one kilogram, as «изъяли килограмм героина».
    let text = "Героин в соке\n\nВ поезде Москва — Иркутск полицейские обнаружили у пассажира \
                сверток с килограммом героина.";
    assert_eq!(
        common::drug_amounts(text),
        vec![("heroin".to_string(), 1.0)]
    );
}

#[test]
fn several_months_of_an_investigation_are_no_reporting_period() {
    // "Over the next several months" tells how long an inquiry took, not a period whose
    // figures are summed: the grow-op found afterwards is one seizure.
    let text = "Grow-op busted\n\nPolice in Fresno, California got a warrant after a tip last \
                spring. Over the next several months, more warrants were obtained.\n\nOfficers \
                said they found 14 grow rooms containing about 9,000 cannabis plants.";
    let facts = common::facts(text);
    assert_eq!(facts.len(), 1, "{facts:?}");
    assert_eq!(facts[0].0, seizure_text::model::Kind::Seizure, "{facts:?}");
}

#[test]
fn a_day_figures_are_summed_up_to_ends_a_period_and_anchors_no_incident() {
    // "As at 12 November", "as of May 16", "up until Friday 17 March": the day a running total
    // is counted to, not an incident's day.
    for text in [
        "Regional programme\n\nAs at 12 November, the seizures of cocaine in 2021 accumulated \
         to approximately 64.1 tonnes.",
        "Cambodia report\n\nLast year, Cambodian authorities seized 3 tons of illicit drugs, \
         and as of May 16 had confiscated 1.2 tons.",
    ] {
        let facts = common::facts(text);
        assert!(!facts.is_empty(), "{text}");
        assert!(
            facts
                .iter()
                .all(|f| f.0 == seizure_text::model::Kind::PeriodTotal),
            "{facts:?}"
        );
    }
}

#[test]
fn what_a_total_exceeds_another_by_is_a_difference() {
    let text = "Navy figures\n\nThe navy in Portugal seized 14.3 tons of drugs this year, which \
                exceeds by almost three tons the total of the previous year.";
    assert_eq!(common::amounts(text), vec![14_300.0]);
}

#[test]
fn a_crackdown_of_several_years_sums_its_finds() {
    // "a three-year crackdown", as "a five-month operation": figures counted over it.
    let text = "Crackdown ends\n\nFederal agents in Texas have seized more than 2,000 pounds of \
                cocaine in a three-year crackdown on a trafficking network.";
    let facts = common::facts(text);
    assert_eq!(facts.len(), 1, "{facts:?}");
    assert_eq!(
        facts[0].0,
        seizure_text::model::Kind::PeriodTotal,
        "{facts:?}"
    );
}

#[test]
fn a_sentence_that_sums_up_counts_no_single_attempt() {
    // "Overall ... an attempt to smuggle": a year's figure told as one of its attempts.
    let text = "Customs figures for last year\n\nCustoms in Norway seized nearly two tonnes of \
                cannabis last year.\n\nOverall customs officers have revealed an attempt to \
                smuggle 1,640 kilograms of hashish and marijuana into Norway. Fewer seizures \
                were made, but the lots were larger.";
    let facts = common::facts(text);
    assert!(
        facts
            .iter()
            .all(|f| f.0 == seizure_text::model::Kind::PeriodTotal),
        "{facts:?}"
    );
}

#[test]
fn russian_names_of_foreign_towns_of_fifty_thousand_place_a_find() {
    // Foreign news in Russian names the town, not the country: «в Перемышле», «в порту
    // Бургас» (towns whose English names the table had; their Russian names now come in too,
    // where no other place has them).
    for (text, code) in [
        (
            "Героин в фуре\n\nНа границе в Перемышле таможенники обнаружили 150 килограммов \
             героина.",
            "PL",
        ),
        (
            "Кокаин на судне\n\nВ порту Бургас таможенники обнаружили 120 килограммов кокаина.",
            "BG",
        ),
    ] {
        assert_eq!(common::country_of(text), Some(code), "{text}");
    }
}

#[test]
fn each_land_of_a_country_named_by_two_names_the_country() {
    // "Antigua and Barbuda", "Bosnia and Herzegovina", «Тринидад и Тобаго»: each part alone.
    for (text, code) in [
        (
            "Weekend busts\n\nThe ONDCP in Antigua seized 32.4 kg of cannabis on Saturday.",
            "AG",
        ),
        (
            "Border find\n\nPolice in Bosnia seized 6.2 kg of heroin from a van.",
            "BA",
        ),
        (
            "Кокаин на катере\n\nПолиция Тринидада изъяла 210 килограммов кокаина.",
            "TT",
        ),
    ] {
        assert_eq!(common::country_of(text), Some(code), "{text}");
    }
}

#[test]
fn a_number_of_drugs_is_a_count_of_seizures_or_kinds_not_a_lot() {
    // "seized a total of 4,310 drugs between 2019 and 2020", "the four illicit drugs most often
    // found": how many seizures or kinds, never pieces of a lot.
    for text in [
        "Force figures\n\nKent Police seized a total of 4,310 drugs between 2019 and 2020, the \
         figures show.",
        "Burning in Mandalay\n\nThe committee destroyed 31 narcotic drugs and 12 chemical \
         substances seized in upper Myanmar.",
    ] {
        assert!(common::events(text).is_empty(), "{text}");
    }
}

#[test]
fn plants_an_area_held_are_destroyed_with_it() {
    // "burned 43 hectares (106 acres) with an estimated 190,000 marijuana plants": the verb's
    // object is the area, and the plants it held were burned with it.
    let text = "Fields in Aceh\n\nIn March, authorities burned 31 hectares (77 acres) with an \
                estimated 140,000 marijuana plants.";
    let facts = common::facts(text);
    assert_eq!(facts.len(), 1, "{facts:?}");
    assert_eq!(
        facts[0].0,
        seizure_text::model::Kind::Destruction,
        "{facts:?}"
    );
}

#[test]
fn an_airport_s_passenger_traffic_is_no_passenger() {
    // «пассажиропотоки которых увеличиваются»: the airports' traffic, no single passenger, so
    // the year the sentence states makes its figures the year's totals.
    let text = "Итоги года в аэропортах\n\nВ результате операций, проведенных в 2012 году в \
                двух аэропортах Анкары, пассажиропотоки которых растут с каждым днем, было \
                изъято 18 кг героина и 71 кг кокаина.";
    let facts = common::facts(text);
    assert_eq!(facts.len(), 2, "{facts:?}");
    assert!(
        facts
            .iter()
            .all(|f| f.0 == seizure_text::model::Kind::PeriodTotal),
        "{facts:?}"
    );
}

#[test]
fn a_lot_removed_from_a_place_is_seized() {
    // "... was removed from the apartment": in the passive, from somewhere, as "taken from".
    let text = "Apartment raid\n\nFederal agents in Chicago say 90 pounds of cocaine and 12 \
                pounds of heroin were removed from a second-floor apartment.";
    assert_eq!(common::facts(text).len(), 2);
}
