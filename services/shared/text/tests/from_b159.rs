//! Own-words tests of what the b159 session taught: errors of its blind batches, each written as
//! a general structure (none of these sentences is from a page).

mod common;

use seizure_text::Unit;

#[test]
fn an_outlet_s_web_address_names_no_place() {
    // A Kazakh outlet cited by its address, whose name is also a town's elsewhere: the find
    // stays in the country the story names.
    let text = "Курьера задержали в Караганде\n\nВ столице области у местного жителя нашли 14 \
                свертков с героином, передает NUR.KZ со ссылкой на полицию.";
    assert_eq!(common::country_of(text), Some("KZ"), "{text}");
}

#[test]
fn packets_of_a_substance_are_counted_where_no_weight_is_told() {
    // Russian police notes count the packets of "a substance" before any test names it; with
    // no weight told, the packets are the lot (rule 6), of the drug the test then names.
    let text = "Задержан закладчик\n\nВ Павлодаре полицейские изъяли у водителя 26 свертков с \
                веществом, похожим на наркотическое. Экспресс-анализ показал, что изъятое \
                представляет собой синтетический наркотик.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].unit, Unit::Package);
    assert_eq!(events[0].amount, 26.0);
    assert_eq!(events[0].drug, "other:synthetic_drugs");
    // ("sachets containing a brown powder", of the one drug the story names; and of the lot
    // before: "of the same substance".)
    let text = "Raids in the capital\n\nOfficers found 40 sachets containing a brown powder in a \
                flat in Freetown. Later that day they recovered 212 wraps of kush and 27 wraps of \
                the same substance from two men in Kissy.";
    let packets: Vec<(String, f64)> = common::events(text)
        .iter()
        .filter(|e| e.unit == Unit::Package)
        .map(|e| (e.drug.clone(), e.amount))
        .collect();
    assert!(
        packets.contains(&("other:kush".to_string(), 40.0)),
        "{packets:?}"
    );
    assert!(
        packets.contains(&("other:kush".to_string(), 27.0)),
        "{packets:?}"
    );
}

#[test]
fn packets_of_a_substance_whose_weight_is_told_give_the_weight_only() {
    // Weight before pieces (rule 6), the weight told in the same sentence or a sentence or two
    // later, after a test names the drug.
    let text = "Гашиш в контейнере\n\nВ порту Новороссийска в контейнере нашли 18 брикетов с \
                порошком. Экспресс-тест показал кокаин. Всего в партии оказалось 19 килограммов \
                наркотика.";
    let events = common::events(text);
    assert!(events.iter().all(|e| e.unit != Unit::Package), "{events:?}");
    let text = "Задержание на трассе\n\nПолицейские нашли в багажнике 6 пакетов с растительным \
                веществом общей массой 9 кг. Экспертиза показала, что это марихуана.";
    let events = common::events(text);
    assert!(events.iter().all(|e| e.unit != Unit::Package), "{events:?}");
}

#[test]
fn a_spokesperson_saying_when_the_operation_was_done_dates_the_find() {
    // The day belongs to the clause after "said" when that clause has its own verb; and a
    // short sentence that says when the raid was done is no dateline.
    let text = "Cocaine found in harbour\n\nPolice searched a container at the Walvis Bay \
                harbour. A spokesperson said the raid was done on 14 June 2022. Officers found \
                310kg of cocaine in a compartment.";
    assert_eq!(
        common::dated(&common::events(text)),
        vec![(310.0, Some("2022-06-14".to_string()))]
    );
}

#[test]
fn a_loose_weight_restated_in_brackets_with_a_decimal_comma_is_one_lot() {
    // A European-style decimal comma in the bracket ("4,387 tons" for 4.387 tonnes) restates
    // the loose figure before it: one lot, the precise weight.
    let text = "Resin found in a lorry\n\nCustoms in Koper seized more than three tons \
                (3,215 tons) of cannabis resin on Friday.";
    assert_eq!(common::amounts(text), vec![3215.0]);
}

#[test]
fn a_neighbourhood_named_after_a_possessive_is_no_foreign_town() {
    // A neighbourhood's name that GeoNames also gives a town abroad (Cariaco, Venezuela): the
    // lots burned in the Mozambican city stay Mozambique's.
    let text = "Drugs incinerated in Cabo Delgado\n\nPolice burned drugs in Pemba, Cabo \
                Delgado, on Saturday. The lots included 24 kilograms of cocaine and 179 \
                kilograms of ephedrine seized in the provincial capital's Cariaco neighborhood.";
    let facts = common::facts(text);
    assert!(!facts.is_empty(), "{facts:?}");
    assert!(facts.iter().all(|f| f.1 == Some("MZ")), "{facts:?}");
}

#[test]
fn what_a_campaign_of_some_days_seized_is_a_period_total() {
    // "an 11-day island-wide operation": a campaign counted over days, its haul a total.
    let text = "Operation results\n\nThe Central Narcotics Bureau said 87 suspected drug \
                offenders were arrested in a 9-day island-wide operation. Drugs seized included \
                about 512g of heroin and 40 Erimin-5 tablets.";
    let events = common::events(text);
    assert!(!events.is_empty(), "{events:?}");
    assert!(
        events
            .iter()
            .all(|e| e.kind == seizure_text::Kind::PeriodTotal),
        "{events:?}"
    );
}

#[test]
fn a_size_that_sorts_finds_into_classes_is_no_lot() {
    // Customs statistics sorting attempts by size: "volumes of 10 kilograms or more", "less
    // than 10 grams" are classes, not lots; the period's own total stays.
    let text = "Customs statistics\n\nCustoms seized 164 kilograms of drugs in the January-June \
                period of 2024. Officers stopped 14 smuggling attempts involving volumes of 5 \
                kilograms or more. Attempts in small volumes of less than 10 grams fell to 31 \
                cases.";
    assert_eq!(common::amounts(text), vec![164.0]);
}

#[test]
fn a_gross_weight_then_its_net_weight_is_one_lot_of_the_net_weight() {
    // "a gross weight of X, or a total net weight of Y": the lot weighs its net weight.
    let text = "Heroin at the border\n\nAt the Obrezje crossing police officers discovered 41 \
                packages with a gross weight of 31.2 kilograms, or a total net weight of 28.9 \
                kilograms, of heroin in a van.";
    assert_eq!(common::amounts(text), vec![28.9]);
}

#[test]
fn a_lot_set_on_fire_is_destroyed_whatever_follows() {
    // "set X on fire": the lot between "set" and "on fire" burned, though the sentence goes
    // on to destroy something else counted; a car set on fire burns no drugs.
    let text = "Drugs burned in Quetta\n\nQUETTA: The Anti-Narcotics Force set 4120 kg of drugs \
                on fire and destroyed 9,000 liquor bottles at a ceremony.";
    let facts = common::facts(text);
    assert_eq!(facts.len(), 1, "{facts:?}");
    assert_eq!(facts[0].0, seizure_text::Kind::Destruction, "{facts:?}");
    let text = "Raid in Quetta\n\nPolice seized 40 kg of hashish in Quetta and set a car on \
                fire.";
    assert!(
        common::facts(text)
            .iter()
            .all(|f| f.0 == seizure_text::Kind::Seizure),
        "{text}"
    );
}

#[test]
fn packets_made_of_a_material_or_of_a_substance_in_the_genitive_are_counted() {
    // «свертков из полимерного материала с ... веществом», «пакетиков запрещённого вещества»:
    // what the packets are made of may come first; the substance may follow in the genitive.
    let text = "Задержание на посту ДПС\n\nВ салоне автомобиля в Одинцово были обнаружены и \
                изъяты 12 свертков из полимерного материала с порошкообразным веществом \
                внутри.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!((events[0].unit, events[0].amount), (Unit::Package, 12.0));
    let text = "Тайник в лесу\n\nНа месте закладки под Иваново было обнаружено 58 пакетиков \
                запрещённого вещества.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!((events[0].unit, events[0].amount), (Unit::Package, 58.0));
}

#[test]
fn a_national_currency_s_code_beside_a_sum_names_its_country() {
    // A capital's police that never names its country: the sum in its currency's ISO code
    // tells it ("ISK 2.4 billion"); a regional operation's roubles ("RUB 1.2 billion") do not.
    let text = "Historic drug bust\n\nThe Capital Area Police said the drugs seized, worth ISK \
                1.9 billion, included 18 kg of cocaine.";
    assert_eq!(common::country_of(text), Some("IS"), "{text}");
    let text = "Channel operation results\n\nDuring the regional operation, drugs worth RUB \
                1.2 billion were seized, among them 298 kg of opium.";
    assert_eq!(common::country_of(text), None, "{text}");
}
