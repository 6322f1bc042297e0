//! Own-words tests of what the b243 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

use seizure_text::model::Kind;

/// A police round-up of two weeks' operations: the period is told first, an incident-like
/// sentence comes between, and the results are summed up after it; the money seized beside the
/// drugs is listed in several currencies.
const ROUND_UP: &str = "Officers of the organised crime units in Romania carried out, March 3-16, \
     as many as 40 operational actions against drug networks.\n\n\
     In these criminal cases, 44 detention orders, 20 preventive arrest warrants and one house \
     arrest warrant were issued.\n\n\
     As a result of the activities, about 9 kilograms of cannabis and 2,100 various tablets \
     were found and seized.\n\n\
     Cash of 52,000 lei, 7,300 euros, 1,250 pounds and 900 other currencies was also seized.";

#[test]
fn results_of_the_actions_sum_up_the_period_told_before() {
    // "As a result of the activities, ... were found and seized": a sentence that opens on the
    // results of the actions (in the plural) sums up the period they were carried out in, even
    // after a sentence that reads like one incident ("one house arrest warrant").
    let found = common::facts(ROUND_UP);
    let kinds: Vec<Kind> = found.iter().map(|f| f.0).collect();
    assert_eq!(
        kinds,
        vec![Kind::PeriodTotal, Kind::PeriodTotal],
        "{found:?}"
    );
}

#[test]
fn pounds_listed_among_other_money_are_money() {
    // "52,000 lei, 7,300 euros, 1,250 pounds and 900 other currencies": pounds sterling in a
    // list of money, not 567 kilograms of anything; pounds "of" a drug stay weight, and so do
    // pounds worth a sum ("765 фунтов стоимостью 7,9 миллиона долларов").
    assert_eq!(common::amounts(ROUND_UP), vec![9.0, 2100.0]);
    let e = common::only_event("Police seized 1,250 pounds of cannabis and 7,300 euros in cash.");
    assert!((e.amount - 567.0).abs() < 0.1, "{e:?}");
    let e = common::only_event(
        "На границе изъяли 765 фунтов фентанила стоимостью 7,9 миллиона долларов.",
    );
    assert!((e.amount - 347.0).abs() < 0.1, "{e:?}");
}

#[test]
fn methamphetamine_and_ecstasy_under_their_local_and_misspelt_names() {
    // "philopon" (Korea), "hiropon" (Japan): methamphetamine's old trade name, the press's word
    // for it there; "ectasy", "Ecstacy": the common misspellings of ecstasy in releases.
    for (text, drug) in [
        (
            "Police in Seoul found 90 grams of philopon in the flat.",
            "methamphetamine",
        ),
        (
            "Customs at Narita seized 3 kg of hiropon.",
            "methamphetamine",
        ),
        (
            "Officers seized 1,200 ectasy pills in Jakarta.",
            "other:mdma",
        ),
        (
            "Officers seized 300 Ecstacy tablets in Jakarta.",
            "other:mdma",
        ),
    ] {
        assert_eq!(common::only_event(text).drug, drug, "{text}");
    }
}

#[test]
fn parts_of_the_plant_listed_before_it_are_its_weight() {
    // «более 9 килограммов высушенных соцветий, листьев и стеблей конопли», "dried leaves and
    // stems of cannabis": the parts of the plant listed between the weight and the plant's
    // name, beside another lot of the sentence's own.
    for (text, amounts) in [
        (
            "В Тверской области изъяли у садовода более 9 килограммов высушенных соцветий, \
             листьев и стеблей конопли, а также 300 граммов марихуаны.",
            vec![9.0, 0.3],
        ),
        (
            "Officers seized 12 kilograms of dried leaves and stems of cannabis and 40 grams \
             of hashish in Kenya.",
            vec![12.0, 0.04],
        ),
    ] {
        assert_eq!(common::amounts(text), amounts, "{text}");
    }
}

#[test]
fn the_whole_lot_of_drugs_weighed_is_of_the_story_s_drug() {
    // «Вся партия наркотиков, общим весом 40 килограммов, была изъята» in a story of heroin:
    // the weight of one lot (not a total of several drugs), so of the drug the story names.
    let e = common::only_event(
        "На трассе задержали двух мужчин, перевозивших героин. Вся партия наркотиков, общим \
         весом 40 килограммов, была изъята.",
    );
    assert_eq!((e.drug.as_str(), e.amount), ("heroin", 40.0));
}

#[test]
fn pounds_in_brackets_after_the_drug_restate_the_metric_weight() {
    // "a total of 139.4 kilograms of cocaine (over 300lbs)", "1,731.2 kilograms of
    // methamphetamine (3,816.2 pounds)": the conversion comes after the drug's name, not a
    // second lot; pounds of another drug in brackets are a lot of their own.
    for text in [
        "Police in Jamaica recovered a total of 85.2 kilograms of cocaine (over 185lbs).",
        "Police in Jamaica recovered 85.2 kilograms of cocaine (187.8 pounds) on Monday.",
    ] {
        assert_eq!(common::amounts(text), vec![85.2], "{text}");
    }
}

#[test]
fn coke_is_cocaine_and_a_lab_s_weekly_output_is_no_lot() {
    // "613 kilos of coke in bananas": the press's short name for cocaine; "2-Tons-a-Week Coke
    // Lab Shut Down": a rate, hyphenated in a headline, as "2 tons a week".
    let e = common::only_event("Police in Albania found 48 kilos of coke in a banana container.");
    assert_eq!((e.drug.as_str(), e.amount), ("cocaine", 48.0));
    assert!(common::events("3-Tons-a-Week Coke Lab Shut Down in Bolivian Raid").is_empty());
}

#[test]
fn the_time_an_investigation_took_is_no_reporting_period() {
    // "had been investigating and monitoring suspicious activities for three months before
    // directing the coast guard to board a raft": the months are the investigation's, and the
    // lots found at its end are single seizures.
    let found = common::facts(
        "Prosecutors in Taiwan had been investigating and monitoring the smugglers for four \
         months before directing the coast guard to board a fishing raft off Kaohsiung.\n\
         Coast guards seized six packages of cannabis weighing 180.5kg, the statement said.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, Kind::Seizure);
}

#[test]
fn russian_halves_of_a_unit_and_after_a_case_ending() {
    // «больше половины килограмма готового наркотика»: half a kilogram, as in English; «более
    // 3-х с половиной тонн прекурсоров»: the case ending written onto the number, then its
    // half.
    for (text, amount) in [
        (
            "В Томске полицейские изъяли больше половины килограмма героина.",
            0.5,
        ),
        (
            "В Хабаровске изъято более 3-х с половиной тонн прекурсоров.",
            3500.0,
        ),
    ] {
        assert_eq!(common::amounts(text), vec![amount], "{text}");
    }
}

#[test]
fn a_street_named_after_a_town_and_macau_s_money() {
    // "in Rua da Ribeira do Patane" (Macau): a town's name after a Portuguese or Spanish word for
    // a street names the street (Ribeira is Spain's); "a street value estimated at 2,400
    // patacas": Macau's money says where a text that names no country is.
    let text = "Judiciary Police arrested a man at an industrial unit in Rua da Ribeira do \
                Patane and seized more than 350 grammes of cannabis with a street value of \
                9,000 patacas.";
    assert_eq!(common::country_of(text), Some("MO"));
}

#[test]
fn a_weight_of_several_drugs_listed_before_it_is_of_drugs() {
    // "The seized drugs, including methamphetamine, ecstasy pills and marijuana, weighed a
    // total of 22.58kg": the weight is of all the drugs listed, not of the last one named.
    let e = common::only_event(
        "Customs in Miri said the seized drugs, including heroin, ecstasy pills and \
         marijuana, weighed a total of 14.2kg.",
    );
    assert_eq!((e.drug.as_str(), e.amount), ("narcotic_drugs", 14.2));
}

#[test]
fn the_weight_a_sentence_opens_on_is_of_the_pieces_it_counts() {
    // «Вес изъятых 4 кустов конопли составил 1,5 килограмма»: the weight of the bushes counted,
    // one lot told by its weight (rule 6), not four bushes besides.
    let e = common::only_event(
        "В Калининграде вес изъятых 6 кустов высококачественной конопли составил 2,3 \
         килограмма.",
    );
    assert_eq!(e.amount, 2.3);
    assert_eq!(e.unit, seizure_text::model::Unit::Kg);
}

#[test]
fn a_price_a_kilogramme_is_no_lot_of_one_kilogramme() {
    // "the market price for ketum leaves in Thailand is more than RM180 a kilogramme", "at a
    // street price of $548 a kilo": a price for each unit, not a lot of one kilogram.
    for (text, amount) in [
        (
            "Maritime officers in Kedah seized 3 tonnes of ketum leaves. The ketum leaves were \
             being smuggled by sea to Thailand, as the price for ketum leaves there is more \
             than RM150 a kilogramme.",
            3000.0,
        ),
        (
            "Officers burned 400 kilos of cocaine. At a black market street price of $548 a \
             kilo, 8 million dollars went up in flames.",
            400.0,
        ),
    ] {
        assert_eq!(common::amounts(text), vec![amount], "{text}");
    }
}

#[test]
fn a_sentence_that_only_weighs_the_find_before_it() {
    // "They weighed 4.1 kilograms.", «Масса – около 10 граммов.»: the weight of the lot the
    // sentence before told with no figure, of the story's drug and of that sentence's kind.
    for (text, drug, amount) in [
        (
            "Police in Busan seized bags of methamphetamine from two sailors. They weighed 2.7 \
             kilograms.",
            "methamphetamine",
            2.7,
        ),
        (
            "В Твери у местного жителя изъяли марихуану. Масса – около 15 граммов.",
            "cannabis",
            0.015,
        ),
    ] {
        let e = common::only_event(text);
        assert_eq!((e.drug.as_str(), e.amount), (drug, amount), "{text}");
    }
}

#[test]
fn a_town_s_name_before_settlement_names_another_place() {
    // "uprooted seven marijuana plants in a school yard at Tete Settlement" (a settlement of
    // Port Moresby): not Mozambique's city of Tete.
    let text = "Police officers uprooted seven marijuana plants in a school yard at Tete \
                Settlement yesterday afternoon.";
    assert_ne!(common::country_of(text), Some("MZ"));
}

#[test]
fn phensedyl_under_its_common_spellings() {
    // "4,000 bottles of phensidyl", "Phensidyls", "phensydyl": the codeine syrup's name as the
    // Bangladeshi and Indian press spell it as often as not.
    for text in [
        "Police in Manikganj recovered 4,000 bottles of phensidyl from a truck.",
        "BGB members recovered 250 bottles of Phensidyls near the Koya border in Joypurhat.",
        "The BSF seized 900 bottles of phensydyl in Tripura.",
    ] {
        assert_eq!(common::only_event(text).drug, "other:phensedyl", "{text}");
    }
}

#[test]
fn one_month_told_with_one_find_and_its_place_is_when_it_was_made() {
    // "In March, Istanbul police seized 320,000 Captagon pills bound for Saudi Arabia": the one
    // month named beside one find and its place tells when it was made, not a month's total;
    // with a sum's word ("a total of") or two periods it stays a total.
    let e = common::only_event(
        "In April, Izmir police seized 210,000 Captagon pills bound for Jordan.",
    );
    assert_eq!(e.kind, Kind::Seizure);
    let e = common::only_event(
        "In April, customs in Izmir seized a total of 2.5 tonnes of drugs in 40 operations.",
    );
    assert_eq!(e.kind, Kind::PeriodTotal);
}
