//! Own-words tests of what the b175 session taught: errors of its blind batches and of the
//! earlier batches' page texts, each written as a general structure (none of these sentences is
//! from a page).

mod common;

use seizure_text::Unit;

#[test]
fn bundles_counted_in_words_are_a_count_of_packages() {
    // Russian police notes count street doses as bundles («свертки»), often in words and with
    // no weight: the count is what was found.
    for (text, amount) in [
        (
            "В ходе досмотра автомобиля на трассе под Тверью полицейские обнаружили и изъяли \
             десять свертков с героином.",
            10.0,
        ),
        (
            "Росгвардейцы задержали мужчину в Омске: в кармане его куртки нашли два свёртка с \
             героином.",
            2.0,
        ),
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].unit, Unit::Package, "{text}");
        assert_eq!(events[0].amount, amount, "{text}");
        assert_eq!(events[0].drug, "heroin", "{text}");
        assert_eq!(events[0].country, Some("RU"), "{text}");
    }
}

#[test]
fn the_seized_drugs_listed_after_their_burning_were_destroyed() {
    // Indian police releases tell the burning first and then list what "the seized drugs"
    // were: the participle names the drugs, it does not seize them again.
    for text in [
        "The district drug disposal committee oversaw the destruction of narcotics at the \
         municipal dumping ground in Imphal on Friday.\n\nThe seized drugs comprised 412 kg of \
         ganja and 1,250 grams of heroin.",
        "Drugs worth Rs 12 crore were burnt on Tuesday in Aizawl, police said.\n\nAn officer \
         said that the drugs seized in 14 different cases include 2 kg & 450 gms of heroin and \
         96 bottles of cough syrup.",
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 2, "{text}: {events:?}");
        assert!(
            events
                .iter()
                .all(|e| e.kind == seizure_text::Kind::Destruction),
            "{text}: {events:?}"
        );
    }
    // ("2 kg & 450 gms": one weight, its parts joined by an ampersand; bottles of cough syrup
    // by their kind.)
    let events = common::events(
        "Police in Aizawl seized 2 kg & 450 gms of heroin and 96 bottles of cough syrup.",
    );
    assert_eq!(events.len(), 2, "{events:?}");
    assert!((events[0].amount - 2.45).abs() < 1e-9, "{events:?}");
    assert_eq!(events[1].drug, "other:cough_syrup");
    assert_eq!(events[1].unit, Unit::Item);
    // (In a story of seizures the same list is of seizures.)
    let events = common::events(
        "Police raided a warehouse in Imphal on Friday and arrested two men.\n\nThe seized \
         drugs comprised 412 kg of ganja and 1,250 grams of heroin.",
    );
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(
        events.iter().all(|e| e.kind == seizure_text::Kind::Seizure),
        "{events:?}"
    );
}

#[test]
fn what_seized_precursors_could_have_made_is_no_lot() {
    // Customs and police releases weigh what the seized chemicals would have made: an
    // estimate, not a find.
    for text in [
        "Customs officers at the Kapitan Andreevo checkpoint seized 3 tonnes of acetic \
         anhydride. 1.2 tonnes of heroin worth more than 90 million leva can be produced from the \
         retained acetic anhydride.",
        "В Самаре полицейские изъяли 4 кг мефедрона; найденные реактивы позволили бы \
         изготовить ещё около 30 кг наркотика.",
        "В гараже изъято 4 кг мефедрона, из реактивов можно было бы изготовить более 20 кг \
         мефедрона.",
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
    }
    // (What was made is a lot: «изготовил 2 кг мефедрона».)
    let events =
        common::events("В Самаре задержан мужчина, который изготовил и хранил 2 кг мефедрона.");
    assert_eq!(events.len(), 1, "{events:?}");
}

#[test]
fn cops_are_their_country_s_police_and_drums_are_counted_not_weighed() {
    // A tabloid's "Australian cops" are Australia's police, where the tip-off came from
    // Chinese authorities; the meth the precursor "could have been used to make" is no lot.
    let text = "Australian cops seized 1.4 tonnes of ephedrine, which could have been used to make \
                1 tonne of meth. Investigators said they were tipped off by Chinese authorities.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].country, Some("AU"));
    assert_eq!(events[0].amount, 1400.0);
    // "10 five litre drums": ten containers of that size; their size is no lot.
    let text = "Border Force officers in Adelaide seized 50 litres of pseudoephedrine. The \
                inspection revealed 10 five litre drums containing pseudoephedrine in liquid form.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].amount, 50.0);
    assert_eq!(events[0].unit, Unit::Litre);
}

#[test]
fn drugs_named_by_what_they_contain_and_resin_retrieved_from_the_sea() {
    // Interior-ministry English names the drug as what the drugs contain.
    let events = common::events(
        "The Interior Ministry said it seized 2 kg of drugs containing heroin in the village of \
         Lagodekhi.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].drug, "heroin");
    // Bales found floating are retrieved, and so seized.
    let events = common::events(
        "A tip-off to the Royal Gibraltar Police resulted in 24.6 kilograms of cannabis resin \
         being retrieved from the sea at Eastern Beach.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, seizure_text::Kind::Seizure);
    assert_eq!(events[0].drug, "hashish");
}

#[test]
fn controlled_medicines_by_the_brands_the_police_count() {
    // Bhutan's police count capsules of Spasmo-Proxyvon Plus ("SP+") and tablets of
    // Nitrosun-10 ("N10"); a number inside a brand's name is no figure.
    for (text, drug, amount) in [
        (
            "Police in Phuentsholing seized 4,120 capsules of Spasmo-Proxyvon Plus from a taxi.",
            "other:spasmo_proxyvon_plus",
            4120.0,
        ),
        (
            "Police in Paro seized 310 SP+ capsules and 12 N10 tablets from a car.",
            "other:spasmo_proxyvon_plus",
            310.0,
        ),
        (
            "Police in Gelephu seized 85 N10 tablets from a woman.",
            "other:nitrosun_10",
            85.0,
        ),
        (
            "Таможенники Ферганы изъяли у пенсионера 1200 флаконов зардекса.",
            "other:zardex",
            1200.0,
        ),
        (
            "Customs officers in Konni seized 2,400,000 tablets of benzhexol.",
            "other:benzhexol",
            2_400_000.0,
        ),
    ] {
        let events = common::events(text);
        assert!(!events.is_empty(), "{text}: {events:?}");
        assert_eq!(events[0].drug, drug, "{text}");
        assert_eq!(events[0].amount, amount, "{text}");
    }
    let text = "Police in Thimphu arrested a guide for possessing 66 SP capsules and two Nitrosun \
                10 tablets.";
    let events = common::events(text);
    assert!(events.iter().all(|e| e.amount != 10.0), "{events:?}");
}

#[test]
fn the_make_up_of_what_was_burnt_and_a_brand_of_three_words() {
    // A sentence with no verb of its own lists what the sentence before burnt.
    let events = common::events(
        "Police in Gisenyi town last Sunday burnt an assortment of drugs seized in the last \
         three months.\nThe drugs included 210kg of marijuana and 8 consignments of illicit gin.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, seizure_text::Kind::Destruction);
    assert_eq!(events[0].amount, 210.0);
    // "5,760 Spasmo Proxyvon Plus capsules": a brand of three words between the count and its
    // unit.
    let events = common::events("Police recovered 2,310 Spasmo Proxyvon Plus capsules in Paro.");
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].drug, "other:spasmo_proxyvon_plus");
    assert_eq!(events[0].amount, 2310.0);
}

#[test]
fn sacks_burnt_with_their_contents_and_a_value_in_pounds() {
    // The sacks a destruction verb counts held the figure: it burned with them.
    let events = common::events(
        "Authorities in Torit last week torched three 50-kilogram sacks containing over 150 \
         kilograms of bhang.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, seizure_text::Kind::Destruction);
    assert_eq!(events[0].amount, 150.0);
    // Pounds after a value are money.
    let events = common::events(
        "Operation Strongbox generated a seizure value of almost a quarter of a million pounds \
         of combined drugs and cash in Douglas.",
    );
    assert!(events.is_empty(), "{events:?}");
    // (Not pounds after another figure's value: "worth $367 million and 11,000 pounds".)
    let events = common::events(
        "Coast Guard crews seized 28,000 pounds of cocaine worth about $367 million and 11,000 \
         pounds of marijuana off Florida.",
    );
    assert_eq!(events.len(), 2, "{events:?}");
}

#[test]
fn drugs_by_their_content_and_precursors_by_their_trade_names() {
    // «наркотического средства с содержанием героина»: named by what it contains, unless it
    // contains several.
    for (text, drug) in [
        (
            "Пограничники изъяли 3 кг наркотического средства с содержанием героина.",
            "heroin",
        ),
        (
            "Пограничники изъяли 3 кг наркотических веществ с содержанием трамадола и \
             метадона.",
            "narcotic_drugs",
        ),
        (
            "Таможенники задержали фуру: 400 кг БМК были спрятаны в тайнике.",
            "precursors",
        ),
        (
            "Dutch police seized 500 litres of P2P in a lab in Limburg.",
            "precursors",
        ),
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].drug, drug, "{text}");
    }
    // What a precursor "could have been turned into" is no lot, nor is its alternative.
    let events = common::events(
        "Police in Koper seized 1,518 kilos of BMK glycidic acid. This precursor could have \
         been turned into around 800 kilograms of amphetamine or around 1,400 kilograms of \
         methamphetamine.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
}

#[test]
fn a_navy_ship_named_after_a_town_is_no_place() {
    // "Zr.Ms. Groningen" is a Dutch navy ship; the find was off Bonaire (BQ).
    let text = "Coast Guard seizes 1600 kilos of drugs on Bonaire\n\nKRALENDIJK- On Sunday a \
                go-fast was intercepted in Bonaire with 1.600 kilograms of drugs. The Zr.Ms. \
                Groningen launched its interceptors. The crew of Zr.Ms. Groningen removed the \
                packages from the water. Zr.Ms. Groningen then returned to port.";
    let events = common::events(text);
    assert!(!events.is_empty(), "{events:?}");
    assert!(events.iter().all(|e| e.country == Some("BQ")), "{events:?}");
}

#[test]
fn breakaway_regions_are_placed_as_iso_places_them() {
    for (text, code) in [
        ("Police in Hargeisa seized 470 bundles of cannabis.", "SO"),
        (
            "Somaliland police seized 25 kg of cannabis at the border.",
            "SO",
        ),
        (
            "Border guards in South Ossetia seized 3 kg of heroin.",
            "GE",
        ),
        ("В Карабахе пограничники изъяли 5 кг героина.", "AZ"),
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].country, Some(code), "{text}");
    }
}

#[test]
fn joints_are_cannabis_and_lsd_comes_in_stamps() {
    let events = common::events(
        "Police in Kaohsiung confiscated 412 LSD stamps, 25 joints and 3 grams of ketamine.",
    );
    let drugs: Vec<_> = events
        .iter()
        .map(|e| (e.drug.as_str(), e.amount, e.unit))
        .collect();
    assert!(
        drugs.contains(&("other:lsd", 412.0, Unit::Item)),
        "{drugs:?}"
    );
    assert!(drugs.contains(&("cannabis", 25.0, Unit::Item)), "{drugs:?}");
}

#[test]
fn a_country_s_name_after_a_role_is_a_given_name() {
    // "skipper Jordan Corkill": a person, not Jordan.
    let events = common::events(
        "Customs officers in Holyhead seized 12 kg of cannabis from the trawler; skipper Jordan \
         Corkill was arrested in Wales.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].country, Some("GB"), "{events:?}");
}

#[test]
fn an_operative_measure_by_its_initials_dates_its_results() {
    // «ОПМ» (an operative-preventive measure) is an operation: the year in its name is its
    // results' period.
    let events = common::events(
        "За три дня проведения ОПМ «Карасора-2021» полицейские Жамбылской области изъяли более \
         20 кг наркотиков.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, seizure_text::Kind::PeriodTotal);
    assert_eq!(
        events[0].date.map(|d| d.to_string()),
        Some("2021".to_string()),
        "{events:?}"
    );
}

#[test]
fn close_to_a_place_is_where_it_was() {
    // "close to Bonaire" is where the go-fast was stopped, not where it was going; "close to
    // the Afghanistan border" is still the neighbour's side.
    let events =
        common::events("The Coast Guard intercepted 900 kilos of cocaine close to Curaçao.");
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].country, Some("CW"), "{events:?}");
    let events = common::events(
        "Tajik authorities struck a blow against Afghan drug trafficking by seizing 30 kg of \
         opium close to the Afghanistan border.",
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].country, Some("TJ"), "{events:?}");
}

#[test]
fn the_us_where_it_happened() {
    // "at U.S. borders", "in the US": the United States as the place; not "the U.S. embassy"
    // (a foreign agency), nor "the U.S. Virgin Islands".
    for (text, code) in [
        (
            "The Customs Service intercepted 40,000 pounds of cocaine at U.S. borders during \
             fiscal 1986.",
            Some("US"),
        ),
        (
            "Agents seized 5 kg of fentanyl in the US last week.",
            Some("US"),
        ),
        (
            "Officers at the U.S. embassy said Colombian police seized 5 kg of cocaine.",
            Some("CO"),
        ),
        (
            "Police seized 5 kg of cocaine in the U.S. Virgin Islands.",
            Some("VI"),
        ),
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].country, code, "{text}");
    }
}

#[test]
fn a_role_s_comma_at_the_text_s_start_is_no_role() {
    // (The role rule looks two tokens back past a comma: at the start there is nothing.)
    let events = common::events(", Jordan Corkill, seized 5 kg of heroin in Douglas.");
    assert!(events.len() <= 1, "{events:?}");
}
