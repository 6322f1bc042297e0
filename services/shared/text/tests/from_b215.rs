//! Own-words tests of what the b215 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

#[test]
fn a_region_s_colloquial_name_is_its_country() {
    // «на Николаевщине», «с Донетчины», «на Гомельщине»: the name is made from the region's
    // adjective (Николаевская область), as «Вологодчина» from Вологодская.
    assert_eq!(
        common::country_of("На Николаевщине полицейские изъяли 12 кг марихуаны."),
        Some("UA")
    );
    assert_eq!(
        common::country_of("Пограничники на Гомельщине задержали 3 кг гашиша."),
        Some("BY")
    );
    assert_eq!(
        common::country_of("На Вологодчине изъяли 40 кг опия."),
        Some("RU")
    );
    // (A word in «-щина» that is no region's names no place.)
    assert_eq!(common::country_of("Мужчина хранил дома 40 г гашиша."), None);
}

#[test]
fn a_region_s_short_name_is_its_country() {
    // «на Ямале», «в Приангарье», «на Сахалине»: Russia's regions by their everyday names.
    assert_eq!(
        common::country_of("На Ямале полицейские изъяли 9 кг синтетических наркотиков."),
        Some("RU")
    );
    assert_eq!(
        common::country_of("В Приангарье сожгли 2 тонны конопли."),
        Some("RU")
    );
}

#[test]
fn a_national_agency_named_in_several_words_places_a_text_that_names_no_place() {
    // "the Guardia Civil" is Spain's, "the Guardia di Finanza" Italy's, when the text names no
    // place of its own.
    assert_eq!(
        common::country_of("Officers of the Guardia Civil seized 270 kg of hashish from a boat."),
        Some("ES")
    );
    assert_eq!(
        common::country_of("The Guardia di Finanza found 13 kg of cocaine in a wheelchair."),
        Some("IT")
    );
    // (A place named outranks the agency, which also works abroad.)
    assert_eq!(
        common::country_of(
            "A general of the Guardia di Finanza praised the police of Albania, who destroyed \
             5,000 cannabis plants."
        ),
        Some("AL")
    );
}

#[test]
fn a_find_told_after_its_incident_s_month_takes_that_month() {
    // "In May 2023, customs officers at the port stopped a lorry ... The load was searched ...
    // 300 kg": the incident's month, its year written, is the find's date.
    let events = common::events(
        "In May 2023, customs officers at the port of Koper stopped a lorry from Ecuador. The \
         load of bananas was unloaded in a warehouse. Officers then found 300 kg of cocaine \
         hidden among the boxes.",
    );
    assert_eq!(
        common::dated(&events),
        [(300.0, Some("2023-05".to_string()))]
    );
    // (Not after the story moves on in time: "Since then, ... they seized".)
    let events = common::events(
        "In May 2023, customs officers at the port of Koper stopped a lorry from Ecuador. Two \
         drivers were arrested. Since then, the police have raided three warehouses and seized \
         120 kg of cocaine.",
    );
    assert_eq!(common::dated(&events), [(120.0, None)]);
    // (Nor the month an investigation began.)
    let events = common::events(
        "Detectives began watching the gang in March 2021 and arrested a courier at the \
         airport. The courier's car was searched. Officers found 40 kg of heroin in the boot.",
    );
    assert_eq!(common::dated(&events), [(40.0, None)]);
}

#[test]
fn a_third_in_words_is_a_figure() {
    // "nearly two-thirds of a kilogram", "a third of a tonne", «около трети тонны»: thirds, as
    // quarters.
    let amounts = common::amounts(
        "Officers seized nearly two-thirds of a kilogram of cocaine and a third of a tonne of \
         cannabis resin.",
    );
    assert_eq!(amounts.len(), 2, "{amounts:?}");
    assert!((amounts[0] - 2.0 / 3.0).abs() < 1e-6, "{amounts:?}");
    assert!((amounts[1] - 1000.0 / 3.0).abs() < 1e-3, "{amounts:?}");
    let amounts = common::amounts("Таможенники изъяли около трети тонны гашиша.");
    assert!(amounts.len() == 1 && (amounts[0] - 1000.0 / 3.0).abs() < 1e-3);
    // ("two-thirds of all seizures" has no unit after it: no figure.)
    assert_eq!(
        common::amounts(
            "Two-thirds of all seizures were of cannabis; police seized 5 kg of heroin."
        ),
        [5.0]
    );
}

#[test]
fn a_lead_s_round_figure_of_drugs_restates_a_dated_weight_in_the_body() {
    // "bringing 4 kilogrammes of drugs" in the lead, "4,300 grammes of marijuana" in the body of
    // an incident of March 2023: one lot, though only the body's figure has a date.
    let events = common::events(
        "A court sentenced a traveller to ten years in jail for bringing 4 kilogrammes of drugs \
         hidden in food into the country. The case dates back to March 2023, when a customs \
         officer at the airport seized a quantity of drugs hidden in his luggage. The \
         laboratory report stated that the seized items weighed 4,300 grammes of marijuana.",
    );
    assert_eq!(common::dated(&events), [(4.3, Some("2023-03".to_string()))]);
}
