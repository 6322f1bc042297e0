//! Own-words tests of what the b127 session taught: errors of the blind batches' page texts,
//! each written as a general structure (none of these sentences is from a page).

mod common;

use seizure_text::model::Kind;

#[test]
fn a_small_town_of_the_country_the_text_is_about_outranks_a_larger_namesake() {
    // GeoNames has a Sosnovka in Russia and a smaller one in Kyrgyzstan: in a text about
    // Kyrgyzstan the town is Kyrgyzstan's (the gazetteer's `also` column, from towns of 5,000).
    for text in [
        "Roadside check\n\nThe interior ministry of Kyrgyzstan reported the find on Monday. \
         Officers stopped a car in Sosnovka and seized 1.5 kg of hashish.",
        "Проверка на дороге\n\nМВД Кыргызстана сообщило о находке. В Сосновке сотрудники \
         остановили машину и изъяли 1,5 кг гашиша.",
    ] {
        assert_eq!(common::country_of(text), Some("KG"), "{text}");
    }
}

#[test]
fn a_country_keeps_its_name_beside_a_small_foreign_town_of_that_name() {
    // ("Grenada" is also a town of 12,000 in Mississippi: the country's name still counts.)
    let text = "Drug squad report\n\nST. GEORGE'S, Grenada - Police of Grenada said the \
                drug trade grew last year. Officers seized 339 kg of cannabis in 2008, the \
                squad's head said.";
    assert_eq!(common::country_of(text), Some("GD"), "{text}");
}

#[test]
fn a_sentence_of_nothing_but_lots_carries_on_the_verb_before() {
    // "Heroin, 11.6 grams.": no verb of its own, more of what the sentence before did.
    let text = "Exhibits burned\n\nOfficers destroyed 150 kg of cannabis on Friday. Heroin, \
                11.6 grams. Crack cocaine 25.9 grams, eleven cannabis plants and 500 grams of \
                cannabis seed.";
    let got = common::facts(text);
    assert_eq!(got.len(), 5, "{got:?}");
    assert!(got.iter().all(|f| f.0 == Kind::Destruction), "{got:?}");
}

#[test]
fn the_country_of_a_routes_port_named_after_a_comma_is_on_the_route() {
    // "from the port of X, in Colombia, to the port of Y, in Turkey": neither country is
    // where the find was; the agency's country is.
    let text = "Record find at the freeport\n\nCustoms officers stopped 640kg of cocaine in a \
                reefer container.\n\nThe cargo was travelling from the port of Turbo, in \
                Colombia, to the port of Mersin, in Turkey.\n\nOfficers of the Malta Police \
                Drug Squad opened the container.";
    assert_eq!(common::country_of(text), Some("MT"), "{text}");
}

#[test]
fn the_leads_figure_of_drugs_told_again_with_its_drug_is_one_lot() {
    // The lead names two countries' police; the body tells the find, its drug and its place.
    let text = "Joint operation on the border\n\nKUNMING -- Officers from China and Laos \
                have together broken up a smuggling ring, seizing four suspects and 85 \
                kilograms of drugs, officials said.\n\nOn Monday, local police found \
                five bags of methamphetamine with a total weight of 85 kilograms in a rice \
                field in northern Laos.";
    let got = common::facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, Some("LA"), "{got:?}");
    assert_eq!(got[0].2, "methamphetamine", "{got:?}");
}

#[test]
fn a_running_total_brought_to_a_figure_is_no_lot_of_its_own() {
    // "taking the total ... to X", "bringing the total amount ... to X": the lots told, summed.
    for text in [
        "Half-year results\n\nSince July, police have seized 212.4 kg of heroin across the \
         state. A further 88.1 kg of heroin was seized at the ports, taking the total seizure of heroin to \
         300.5 kg in six months, the officer said.",
        "Cannabis haul\n\nGendarmes seized 410 kilogrammes of cannabis on Monday. Two other \
         raids this week led to the seizure of 25 kilogrammes of cannabis, bringing the total \
         amount of seized cannabis to 435 kilogrammes.",
    ] {
        let got = common::facts(text);
        assert_eq!(got.len(), 2, "{text}: {got:?}");
    }
}

#[test]
fn drugs_taken_out_in_a_search_are_seized() {
    // «извлекли», «извлечено»: taken out of a car or a hiding place.
    let text = "Проверка на трассе\n\nИз багажника автомобиля инспекторы извлекли сумку с \
                тремя килограммами гашиша.";
    let got = common::facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Kind::Seizure, "{got:?}");
}

#[test]
fn fentanyls_analogues_are_drugs_of_their_own() {
    for (text, drug) in [
        (
            "Курьер задержан\n\nУ курьера изъяли 3,2 грамма карфентанила.",
            "other:carfentanil",
        ),
        (
            "Mail intercepted\n\nOfficers seized 40 grams of carfentanil in a parcel.",
            "other:carfentanil",
        ),
    ] {
        let got = common::facts(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].2, drug, "{text}: {got:?}");
    }
}

#[test]
fn a_range_from_a_dated_day_to_a_later_month_of_that_year_is_a_period() {
    // "from January 1, 2020 till November 30": the second day's year unwritten.
    let text = "Police figures\n\nThe figures cover the period from March 1, 2021 till \
                October 31. Officers recovered 12.6 kg of heroin and 40.2 kg of charas.";
    let got = common::events(text);
    assert_eq!(got.len(), 2, "{got:?}");
    for e in &got {
        assert_eq!(e.kind, Kind::PeriodTotal, "{got:?}");
        assert_eq!(
            e.date.map(|d| d.to_string()),
            Some("2021".into()),
            "{got:?}"
        );
    }
}

#[test]
fn a_number_in_indian_grouping_is_not_multiplied_by_its_own_group_word() {
    // "3,90,000 lakh", "1,491,859 million": the figure written out, then its group's word
    // said again.
    let got = common::facts(
        "Yaba haul\n\nBorder guards recovered 2,40,000 lakh yaba tablets from a boat. Police \
         seized 3 lakh yaba tablets in another raid. Customs foiled the smuggling of \
         1,250,400 million Captagon pills.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2].3, 1_250_400.0, "{got:?}");
    assert_eq!(got[0].3, 240_000.0, "{got:?}");
    assert_eq!(got[1].3, 300_000.0, "{got:?}");
}

#[test]
fn a_county_named_with_its_word_and_irelands_police_name_the_country() {
    // "Co Kerry", "County Clare" (ISO 3166-2 counties, whose bare names are common words or
    // given names); "Garda", "Gardaí": Ireland's police.
    for text in [
        "Plants found\n\nAbout 60 cannabis plants were seized in Co Kerry on Tuesday.",
        "Search of a farm\n\nOfficers seized 4 kilos of cannabis herb in County Clare.",
        "Search of a farm\n\nGardaí seized 4 kilos of cannabis herb at a house on Monday.",
    ] {
        assert_eq!(common::country_of(text), Some("IE"), "{text}");
    }
}

#[test]
fn more_of_the_same_pieces_are_counted_before_their_drug() {
    // "34 more bricks of cocaine", "27 similar-looking blocks of cocaine".
    let text = "Bricks at sea\n\nOn Monday, fishermen found 21 more bricks of cocaine off the \
                coast of Samar. On Tuesday, police recovered 9 similar-looking blocks of \
                cocaine near the same shore.";
    let got = common::facts(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|f| f.2 == "cocaine"), "{got:?}");
}

#[test]
fn figures_in_pounds_are_compared_as_written() {
    // "more than two pounds" and "2.7 pounds" are one lot, as "more than 2 kg" and "2.7 kg".
    let text = "Meth seized in raid\n\nPolice seized more than two pounds of meth on Oct. 24.\n\n\
                Officers found packaged methamphetamine in the car totalling 2.6 pounds, \
                police said.";
    let got = common::facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!((got[0].3 - 2.6 * 0.453_592_37).abs() < 1e-6, "{got:?}");
}

#[test]
fn a_weight_before_a_vehicle_is_its_size() {
    // "the 11 tonne lorry", "a 20-ton truck": no lot.
    let text = "Lorry stopped\n\nOfficers arrested two men with 95 kg of bhang on Sunday. \
                The police commander said the officers intercepted the 14 tonne lorry on the \
                highway after a tip-off that it was transporting the drugs.";
    let got = common::facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].3, 95.0, "{got:?}");
}

#[test]
fn a_lot_of_drugs_identified_in_the_sentence_after_takes_that_drug() {
    for (text, drug) in [
        (
            "Задержание в аэропорту\n\nТаможенники задержали пассажира, который пытался \
             провезти 450 граммов наркотиков. Установлено, что это был кокаин.",
            "cocaine",
        ),
        (
            "Airport arrest\n\nCustoms officers stopped a passenger carrying 1.2 kg of a white \
             substance. Laboratory tests identified it as heroin.",
            "heroin",
        ),
    ] {
        let got = common::facts(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].2, drug, "{text}: {got:?}");
    }
}

#[test]
fn ephedrone_and_methcathinone_are_named_as_the_text_names_them() {
    for (text, drug) in [
        (
            "Задержание на трассе\n\nПолицейские изъяли у водителя 1,8 кг эфедрона.",
            "other:ephedrone",
        ),
        (
            "Annual figures\n\nPolice seized 2.1 kg of methcathinone in 2023.",
            "other:methcathinone",
        ),
    ] {
        let got = common::facts(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].2, drug, "{text}: {got:?}");
    }
}

#[test]
fn the_second_time_in_a_week_is_how_often_not_a_period() {
    let text = "Drugs at the airport\n\nPolice made another drug bust in a space of a week, \
                confiscating more than 80 kilograms of marijuana bound for the islands.\n\n\
                Seventy-five kilos were packed into boxes. This is the second time in a week \
                that police have found large quantities of the drugs.\n\nLast week two people \
                were arrested for being in possession of more than thirty kilos of marijuana.";
    let got = common::facts(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|f| f.0 == Kind::Seizure), "{got:?}");
}

#[test]
fn a_first_name_and_surname_with_an_age_are_a_person() {
    // "Victoria" is a state of Australia; "Victoria Hallam, 29," is a woman.
    let text = "Airport arrests\n\nBorder officers in Jamaica stopped two passengers. \
                Victoria Hallam, 29, arrived on a flight and was stopped after officers found \
                18 kilos of cannabis in her suitcase.";
    assert_eq!(common::country_of(text), Some("JM"), "{text}");
}

#[test]
fn goods_counted_in_millions_are_no_incident() {
    // "around 1.1 million yards of cloth": a count in millions is results, not one find; the
    // reporting period of the lead still governs the drugs told after the goods.
    let text = "Customs results\n\nKARACHI: The customs intelligence directorate seized goods \
                worth Rs 1.5 billion during the period from July 2015 to April 2016.\n\nIt \
                seized 120 vehicles worth Rs 300 million; around 2.3 million yards of cloth \
                worth Rs 90 million; and 4,200 tyres worth Rs 20 million.\n\nThe directorate \
                also seized 412.5 kg charas and 33.2 kg heroin in 540 cases.";
    let got = common::facts(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|f| f.0 == Kind::PeriodTotal), "{got:?}");
}

#[test]
fn a_lead_figure_that_rounds_one_reading_of_a_comma_decides_it() {
    // "2kgs of dagga" in the lead, "2,235 kilogrammes of dagga" in the body: 2.235 kg.
    let text = "Drugs in a bag\n\nPolice have intercepted a bag that held nearly 4kgs of \
                crystal meth and 3kgs of dagga.\n\n\"On 12th May 2023, detectives recovered \
                3,170 kilogrammes of dagga and 3,87 kilogrammes of crystal meth,\" police \
                said.";
    let got = common::facts(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().any(|f| (f.3 - 3.17).abs() < 1e-9), "{got:?}");
}

#[test]
fn a_target_and_what_a_facility_can_burn_are_no_lots() {
    let text = "Disposal drive\n\nSo far, 42,000 kg of drugs have been disposed of this year, \
                while the target is to reach 60,000 kg by June 26. In the case of heroin, the \
                incinerator can dispose of up to 8 kg an hour.";
    let got = common::facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].3, 42_000.0, "{got:?}");
}

#[test]
fn a_name_a_provinces_double_name_joins_is_its_countrys() {
    // Guyana's regions "East Berbice-Corentyne", "Mahaica-Berbice": "Berbice" alone is Guyana's.
    let text = "Farm destroyed\n\nA police team destroyed about 8,000 cannabis plants at a farm \
                along the Berbice River on Tuesday.";
    assert_eq!(common::country_of(text), Some("GY"), "{text}");
}

#[test]
fn a_lot_of_a_few_micrograms_keeps_its_digits() {
    // Amounts are rounded to significant digits, not to the milligram.
    let got = common::facts("Tiny finds\n\nPolice seized 0.00534 grammes of cocaine on Monday.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!((got[0].3 - 5.34e-6).abs() < 1e-12, "{got:?}");
}

#[test]
fn a_breakdown_of_the_suspects_tells_no_incident() {
    let text = "Year of drug cases\n\nPolice have broken up 2,140 drug cases and arrested \
                4,310 people from March 2018 to March 2019, the anti-drug department said.\n\n\
                Of the suspects, some 4,200 are Laotians, 60 Thais, a Swede and an \
                Australian.\n\nThe seized drugs included some 31,220.5 grammes of \
                methamphetamine and 2,410.7 grammes of heroin, said the report.";
    let got = common::facts(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|f| f.0 == Kind::PeriodTotal), "{got:?}");
}

#[test]
fn the_largest_seizure_since_a_year_is_one_seizure() {
    // "since 2015" measures a record, not a period counted over.
    let text = "Port find\n\nBorder officers at the docks recorded the largest seizure of \
                cocaine (2.9 tonnes) since 2016, hidden in pallets of pineapples.";
    let got = common::facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Kind::Seizure, "{got:?}");
}

#[test]
fn a_list_of_lots_told_by_a_dash_and_a_place_gives_its_unit_once() {
    // «710 кустов – у ..., 278 – у ...»: the last lot's unit left out.
    let text = "Мак на огородах\n\nПолицейские выявили 840 кустов мака – у 70-летней \
                жительницы Балтского района, 290 – у 52-летнего жителя того же района.";
    let got = common::facts(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().any(|f| f.3 == 290.0), "{got:?}");
}

#[test]
fn a_participle_set_off_after_the_drugs_does_not_decide_their_kind() {
    // "The drugs, seized in the state since June, included ...": the lots the lead burned.
    let text = "Drugs burned\n\nTAUNGGYI: Officials burnt 40 million dollars worth of seized \
                drugs on Friday.\n\nThe ceremony was attended by diplomats.\n\nThe drugs, \
                seized in the region since March, included about two million amphetamine \
                tablets and more than 300 kilos of heroin.";
    let got = common::facts(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|f| f.0 == Kind::Destruction), "{got:?}");
}

#[test]
fn the_weight_of_each_of_many_pieces_is_no_lot() {
    // "the 25kg bags", "152 10-kilogram sacks", "50 one-kilogram bricks".
    let text = "Truck searched\n\nPolice seized 300 kg of dagga from a truck on Monday. They \
                caught the suspects offloading the 20kg bags full of dagga from the truck.";
    let got = common::facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].3, 300.0, "{got:?}");
}

#[test]
fn what_lay_in_a_hiding_place_is_found() {
    let text = "Чемодан в аэропорту\n\nВ невостребованном чемодане лежали 12 брикетов с \
                кокаином общим весом в 14 кг.";
    let got = common::facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].3), (Kind::Seizure, 14.0), "{got:?}");
}

#[test]
fn with_after_a_word_of_arrival_is_from() {
    // «прибывшем с острова Кюрасао»: where the suitcase came from, not where it was found.
    let text = "Кокаин в аэропорту\n\nПограничная служба Канады сообщила о находке. В субботу \
                в чемодане, прибывшем с острова Кюрасао, нашли 12 брикетов с кокаином общим \
                весом в 14 кг.";
    assert_eq!(common::country_of(text), Some("CA"), "{text}");
}

#[test]
fn an_area_in_hundredths_of_a_hectare_is_no_count_of_plants() {
    // «на площади около 30 соток наркосодержащее растение скошено»: an area.
    // («В общей сложности его вес составил ...»: the sentence after sums the lot destroyed.)
    let got = common::facts(
        "Конопля уничтожена\n\nНа площади около 40 соток наркосодержащее растение скошено и \
         уничтожено. В общей сложности его вес составил порядка 90 кг.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].3), (Kind::Destruction, 90.0), "{got:?}");
}

#[test]
fn shares_of_a_total_by_where_the_drugs_came_from_are_no_lots() {
    let text = "Customs figures\n\nCustoms confiscated 4,210.6kg of illegal drugs from January \
                to last month, the director said.\n\nAccording to the statistics, 2,400.2kg, or \
                57 percent of the seized drugs, came from Southeast Asia, with Vietnam and \
                Laos accounting for 1,500.1kg (35.6 percent) and 900.1kg (21.4 percent).";
    let got = common::facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].3, 4210.6, "{got:?}");
}

#[test]
fn from_a_month_to_last_month_is_a_period() {
    let got = common::facts(
        "Customs figures\n\nCustoms confiscated 812.5kg of illegal drugs from January to last \
         month, the director said.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn drugs_the_police_took_off_the_streets_are_seized() {
    let text = "Quarter's figures\n\nPolice took 512.4 pounds of cocaine off the streets in \
                the first quarter of 2014. They also took 3.1 pounds of liquid cocaine so far \
                for 2014.";
    let got = common::facts(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|f| f.0 == Kind::PeriodTotal), "{got:?}");
}

#[test]
fn the_following_were_recovered_leads_in_to_the_lines_after_it() {
    let text = "House searched\n\nPolice arrested a man at the airport on Monday. When a search \
                was conducted in his house the following were recovered.\n\n8 packages of \
                suspected methamphetamine 7410 grams. 14 small sachets of suspected heroin 30 \
                grams.";
    let got = common::facts(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|f| f.0 == Kind::Seizure), "{got:?}");
}

#[test]
fn a_name_a_province_adds_a_direction_to_is_its_countrys() {
    // "East Grand Bahama", "West Grand Bahama": "Grand Bahama" alone is the Bahamas'.
    let text = "Quarter's figures\n\nPolice seized 220 pounds of marijuana on Grand Bahama \
                during the first quarter of 2014.";
    assert_eq!(common::country_of(text), Some("BS"), "{text}");
}

#[test]
fn a_purpose_is_no_target() {
    // "with the aim of smuggling 6 kg", «с целью сбыта 2 кг»: lots, unlike "the target is to
    // reach 60,000 kg".
    for text in [
        "Couriers held\n\nPolice arrested two men who travelled with the aim of smuggling 6 kg \
         of heroin into the country.",
        "Задержание\n\nПолицейские задержали мужчину, который хранил с целью сбыта 2 кг \
         героина.",
    ] {
        assert_eq!(common::facts(text).len(), 1, "{text}");
    }
}
