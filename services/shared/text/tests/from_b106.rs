//! Own-words tests of what the b106 session taught: errors of the blind batches' page texts,
//! each written as a general structure (none of these sentences is from a page).

mod common;
use common::facts;
use seizure_text::model::Kind;

/// The kind and year of a short text's first event.
fn first_kind_and_year(text: &str) -> Option<(Kind, Option<i32>)> {
    common::events(text)
        .first()
        .map(|e| (e.kind, e.date.map(|d| d.year)))
}

#[test]
fn a_kazakh_agencys_board_for_a_kazakh_region_is_in_kazakhstan() {
    // «ДКНБ РК по ВКО», «ДП по СКО»: a Kazakh agency's board for one of Kazakhstan's regions,
    // not a Russian ministry's for one of Russia's republics («МВД по РТ»).
    let text = "Итоги рейда\n\nПолицейские совместно с ДКНБ РК по ВКО сожгли более 2,5 тонн \
        дикорастущей конопли.";
    let got = facts(text);
    assert_eq!(got.first().map(|f| f.1), Some(Some("KZ")), "{got:?}");
}

#[test]
fn russias_republics_are_named_by_their_iso_names_read_back_into_russian() {
    // iso-codes gives most of Russia's regions in Latin letters only ("Mariy El, Respublika",
    // "Severnaya Osetiya"); the generator reads them back into Russian and declines them.
    for text in [
        "Лабораторию закрыли\n\nСледователи Марий Эл передали дело в суд. У двух жительниц \
         изъято более 2 кг мефедрона.",
        "Курьер задержан\n\nВ Северной Осетии у курьера изъяли 3 кг гашиша.",
    ] {
        assert_eq!(common::country_of(text), Some("RU"), "{text}");
    }
}

#[test]
fn pieces_packed_in_or_totalling_a_weight_are_that_weight() {
    // Like "20 bags weighing 90 kg": the weight the pieces come to replaces their count.
    for (text, kg) in [
        (
            "Hemp seized\n\nOfficers seized 14 bags of Indian hemp (Chamba) packed in 60kgs at \
             a roadblock.",
            60.0,
        ),
        (
            "Cocaine found\n\nIn the container officers found 32 bags of cocaine, totaling \
             1,111 kg.",
            1111.0,
        ),
        (
            "Big operation\n\nIn the border town, 64 bags of cannabis, representing about 2210 \
             Kg were intercepted by gendarmes.",
            2210.0,
        ),
        (
            "Port find\n\nIn one of the containers officers found 12 bags containing 290 \
             loaves of cocaine, for a total weight of 322 kilograms.",
            322.0,
        ),
    ] {
        assert_eq!(common::amounts(text), [kg], "{text}");
    }
}

#[test]
fn early_this_year_is_when_one_find_was_made() {
    // "Early this year" dates one find from two named dealers, as "earlier this year" does;
    // "from early this year to date" is still a period.
    let one = "Dealers held\n\nEarly this year, police seized 3.5 kilograms of marijuana from \
        two dealers.";
    assert_eq!(
        facts(one).first().map(|f| f.0),
        Some(Kind::Seizure),
        "{one}"
    );
    let period = "Results\n\nFrom early this year to date, we have seized 31.2 kg of syabu in \
        the district, the police chief said.";
    assert_eq!(
        facts(period).first().map(|f| f.0),
        Some(Kind::PeriodTotal),
        "{period}"
    );
}

#[test]
fn national_forces_named_by_their_letters_carry_their_country() {
    // "The RCIPS said", "SENAD agents", "the TTPS": a national police force or drug agency
    // named by its letters alone names its country.
    for (text, country) in [
        (
            "Weekly figures\n\nThe RCIPS said officers seized 196 pounds of ganja on Thursday.",
            "KY",
        ),
        (
            "Ganja found\n\nSENAD agents seized 120 kilograms of marijuana at a farm on Tuesday.",
            "PY",
        ),
        (
            "Drug haul\n\nThe TTPS said officers seized 12 kilogrammes of cocaine at a \
             house on Monday.",
            "TT",
        ),
        (
            "Ketamine in baggage\n\nCBP officers intercepted 90 pounds of ketamine in a \
             traveler's baggage on Tuesday.",
            "US",
        ),
    ] {
        assert_eq!(common::country_of(text), Some(country), "{text}");
    }
}

#[test]
fn a_ranked_weight_is_of_the_drug_ranked_not_of_drug_dealers() {
    // "led with 120 kg removed from the hands of drug dealers, followed by ... at 95 kg": the
    // weights the sentence ranks are of the drug it ranks, not of the dealers' "drug".
    let text = "Yearly figures\n\nPolice seized 61 kilogrammes of cocaine between January and \
        July. In terms of heroin seizures, the Eastern Region led with 120 kilogrammes removed \
        from the hands of drug dealers, followed by the Central Region at 95 kilogrammes and \
        the Northern Region with 40 kilogrammes.";
    let drugs: Vec<String> = facts(text).into_iter().map(|f| f.2).collect();
    assert_eq!(drugs, ["cocaine", "heroin", "heroin", "heroin"], "{text}");
}

#[test]
fn khat_is_named_in_russian_too() {
    // «перевозил 40 кг ката»: khat declined in Russian, as "khat" is in English.
    let text = "Задержание в аэропорту\n\nТаможенники задержали пассажира, который перевозил 40 кг \
        ката.";
    let got = facts(text);
    assert_eq!(
        got.first().map(|f| f.2.as_str()),
        Some("other:khat"),
        "{got:?}"
    );
}

#[test]
fn lots_the_next_sentence_says_were_all_destroyed_are_destructions() {
    // "... were all destroyed by fire", like "those drugs were burnt": the next sentence, with
    // no figure of its own, destroys what was found.
    let text = "Eradication exercise\n\nOfficers also found 45 kilograms of harvested cannabis \
        and two camps. The plots, camps and dried cannabis were all destroyed by fire.";
    let got = facts(text);
    assert_eq!(got.first().map(|f| f.0), Some(Kind::Destruction), "{got:?}");
}

#[test]
fn capitals_whose_names_are_frequent_for_being_famous_are_places() {
    // "New Delhi", "Amsterdam", "Lisbon": a capital's name is frequent in English for being a
    // famous place; the Russian dictionary knows its Russian name as a place, so the common-word
    // filter no longer drops it. (Not a name that is a frequent word in its own right.)
    for (text, country) in [
        (
            "Heroin haul\n\nNEW DELHI, Nov 27 (PTI) Officers seized 70 kg of heroin at a \
             warehouse.",
            "IN",
        ),
        (
            "Cocaine in fruit\n\nCustoms officers in Amsterdam seized 300 kilos of cocaine \
             hidden in a shipment of bananas.",
            "NL",
        ),
        (
            "Airport find\n\nPolice at Lisbon airport seized 6 kilograms of cocaine from a \
             passenger.",
            "PT",
        ),
    ] {
        assert_eq!(common::country_of(text), Some(country), "{text}");
    }
}

#[test]
fn indias_houses_of_parliament_are_not_libyas_sabha() {
    // "informed the Rajya Sabha": India's upper house, not the Libyan city of Sabha.
    let text = "Destruction figures\n\nAgencies destroyed 7,62,015 kilograms of narcotics in 2023, \
        the minister informed the Rajya Sabha on Wednesday.";
    assert_eq!(common::country_of(text), Some("IN"), "{text}");
}

#[test]
fn what_the_packets_found_before_contained_is_the_find() {
    // A find told with no figure, then a sentence with no verb of its own that says what the
    // packets held: the find's weight.
    let text = "Дрон с грузом\n\nНа границе обнаружен беспилотник, к которому были прикреплены \
        пакеты с наркотиками. К дрону были прикреплены пакеты, содержащие около 5,2 кг \
        гашиша.";
    let got = facts(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].3), (Kind::Seizure, 5.2), "{got:?}");
}

#[test]
fn bricks_of_powder_weighed_are_the_storys_drugs() {
    // «нашли брикеты с порошком общим весом 18 кг», like «свертки общим весом»: the weight of
    // packed pieces the sentence names no drug of, in a story about drugs.
    let text = "Наркотики в трюме\n\nВ порту таможенники в одном из отсеков сухогруза нашли брикеты \
        с порошком общим весом 12 кг. Экспертиза показала, что это наркотик.";
    let got = facts(text);
    assert_eq!(got.first().map(|f| f.3), Some(12.0), "{got:?}");
}

#[test]
fn a_fiscal_year_is_a_reporting_period_of_its_year() {
    // "During fiscal 2002", "in FY 2022": a fiscal year's figures, dated by its year.
    for (text, year) in [
        (
            "Border results\n\nDuring fiscal 2002, Customs made 640 cocaine seizures, \
             accounting for 21,400 pounds of cocaine.",
            2002,
        ),
        (
            "Border results\n\nIn FY2022, officers seized 5,000 pounds of marijuana at the \
             ports.",
            2022,
        ),
    ] {
        assert_eq!(
            first_kind_and_year(text),
            Some((Kind::PeriodTotal, Some(year))),
            "{text}"
        );
    }
}

#[test]
fn what_crops_were_capable_of_yielding_is_no_lot() {
    // "crops capable of yielding about 15 tons": what a field could have made, like what a
    // vessel could carry; the lot seized beside it is the event.
    let text = "Plantation found\n\nAgents destroyed the crops, which were capable of yielding \
        about 12 tons of marijuana. At the same place agents also seized 900 kilograms of the \
        drug already processed.";
    let got = facts(text);
    assert!(got.iter().all(|f| f.3 != 12000.0), "{got:?}");
}

#[test]
fn a_place_after_a_formal_name_on_a_route_is_on_the_route() {
    // "headed to Australia via the Kingdom of Tonga": "via" governs the state's formal name,
    // as it governs "Tonga"; the story's place is the one the find was made in.
    let text = "Yacht searched\n\nOn Papeete's quay, officers searched a sailboat travelling from \
        Mexico and believed to be headed to Australia via the Kingdom of Tonga. Officers found \
        600kg of cocaine on board.";
    let got = facts(text);
    assert_eq!(got.first().map(|f| f.1), Some(Some("PF")), "{got:?}");
}

#[test]
fn what_precursors_could_have_made_is_no_lot() {
    // "which could have made 809kg of the drug": what the ingredients seized could have made.
    let text = "Customs figures\n\nCustoms also seized 1.1 tonnes of meth ingredients last year, \
        which could have made 640kg of the drug.";
    let got = facts(text);
    assert!(got.iter().all(|f| f.3 != 640.0), "{got:?}");
}

#[test]
fn a_run_of_lines_labelled_by_years_gives_each_years_total() {
    // "• 2016: 413kg of meth • 2015: 283kg ...": each line a year's total, of the drug the
    // first line names, dated by its label.
    let text = "Record year for customs\n\nThe interception of meth hit a record this year.\n\n\
        • 2019: 388kg of meth\n• 2018: 240kg\n• 2017: 95kg";
    let got: Vec<(Kind, String, f64, Option<i32>)> = common::events(text)
        .into_iter()
        .map(|e| (e.kind, e.drug, e.amount, e.date.map(|d| d.year)))
        .collect();
    let meth = || "methamphetamine".to_string();
    assert_eq!(
        got,
        [
            (Kind::PeriodTotal, meth(), 388.0, Some(2019)),
            (Kind::PeriodTotal, meth(), 240.0, Some(2018)),
            (Kind::PeriodTotal, meth(), 95.0, Some(2017)),
        ],
        "{got:?}"
    );
}

#[test]
fn russias_regions_by_their_short_names_are_in_russia() {
    // «В Ленобласти», «жительница Подмосковья», «в Югре»: a region's short name.
    for text in [
        "Гашиш из Эстонии\n\nВ Ленобласти таможенники изъяли более 180 килограммов гашиша из \
         грузовика.",
        "Итоги года\n\nПолицейские Югры за девять месяцев изъяли более 70 кг наркотиков.",
    ] {
        assert_eq!(common::country_of(text), Some("RU"), "{text}");
    }
}

#[test]
fn headlines_listed_under_read_also_name_no_country_of_the_story() {
    // The headlines under «Читайте также» are other stories: their places do not outweigh the
    // story's own.
    let text = "Кокаин в цветах\n\nПолиция Боготы проверила груз цветов.\n\nПозже в коробках с \
        двойным дном стражи порядка обнаружили 38 килограммов кокаина.\n\nЧитайте также\n\n\
        В Татарстане задержали курьера\n\nВ Казани накрыли нарколабораторию\n\nЖители \
        Татарстана жалуются на спайс\n";
    assert_eq!(common::country_of(text), Some("CO"), "{text}");
}

#[test]
fn destinations_listed_after_the_us_are_on_the_route() {
    // "on transit to the US, Australia and Austria": "US" heads a list of destinations, so
    // Australia and Austria are on the route too and the story's country decides.
    let text = "Khat seized\n\nKenyan police seized 400kgs of dried khat concealed as tea packets \
        on transit to the US, Australia and Austria.";
    assert_eq!(common::country_of(text), Some("KE"), "{text}");
}

#[test]
fn an_average_is_no_lot() {
    // "seized an average of 3,707 pounds of drugs every day", «в среднем по 2 кг»: an average.
    for text in [
        "Airport find\n\nOfficers seized 60 kilograms of khat at the airport. Nationwide the \
         agency seized an average of 2,900 pounds of drugs every day last year.",
        "Итоги\n\nТаможенники изъяли 12 кг гашиша. В среднем за сутки изымается 3 кг \
         наркотиков.",
    ] {
        let got = facts(text);
        assert_eq!(got.len(), 1, "{got:?}");
    }
}

#[test]
fn chechnya_is_declined_and_its_republic_named_in_full() {
    // «В Чечне», «правоохранители Чечни», «на территории Чеченской Республики».
    for text in [
        "Итоги года\n\nВ Чечне за год изъяли около 18 кг наркотиков.",
        "Итоги года\n\nНа территории Чеченской Республики за год изъяли около 18 кг \
         наркотиков.",
    ] {
        assert_eq!(common::country_of(text), Some("RU"), "{text}");
    }
}

#[test]
fn a_citys_drug_police_are_of_its_country() {
    // «сотрудники гомельского наркоконтроля»: the drug police of a city, like «гомельские
    // таможенники».
    let text = "Марихуана в подвале\n\nВ начале марта сотрудники гомельского наркоконтроля \
        задержали мужчину, который хранил в подвале 120 г марихуаны.";
    assert_eq!(common::country_of(text), Some("BY"), "{text}");
}

#[test]
fn bags_listed_as_goods_are_no_find_spot() {
    // "64 packets of plastic bags" among a half-year's goods is no incident anchor; "hidden in
    // a bag" would be.
    let text = "A total of 8,100,000 contraband cigarettes were seized by the Customs Department \
        in the first six months of 2019.\n\nThe department said the haul included six kilograms \
        of cannabis, 1,900 alcoholic drinks, 40 packets of plastic bags and 3 ivory ornaments.";
    let got = facts(text);
    assert_eq!(got.first().map(|f| f.0), Some(Kind::PeriodTotal), "{got:?}");
}

#[test]
fn a_headline_lot_is_not_restated_by_a_much_smaller_lot_of_its_drug() {
    // "Airport swoop nets 1.5kg heroin haul" whose body gives no weight for that find, then "In
    // a separate incident ... 138g of heroin": the headline's lot stays.
    let text = "Airport swoop nets 2.5kg heroin haul\n\nThe seizure took place in early April \
        after sniffer dogs alerted their handlers to a package.\n\nIn a separate incident in \
        mid-April, officers raided an address which resulted in the confiscation of 120g of \
        heroin.";
    let got = facts(text);
    assert!(got.iter().any(|f| f.3 == 2.5), "{got:?}");
}

#[test]
fn figures_as_of_a_day_are_a_period_of_its_year() {
    // "As of September 19, 2025, authorities had seized ...", «По состоянию на 1 октября 2024
    // года ... изъяли»: all seized up to that day, the year's period, not that day's find.
    for (text, year) in [
        (
            "Drug figures\n\nAs of September 19, 2025, authorities had seized 640 kilograms of \
             cannabis.",
            2025,
        ),
        (
            "Итоги\n\nПо состоянию на 1 октября 2024 года полицейские изъяли 120 кг наркотиков.",
            2024,
        ),
    ] {
        assert_eq!(
            first_kind_and_year(text),
            Some((Kind::PeriodTotal, Some(year))),
            "{text}"
        );
    }
}

#[test]
fn a_photo_credits_date_and_a_stamps_clock_after_a_slash_are_no_incident_days() {
    // "... in Istanbul on January 16, 2018 / Reuters" (a photo's caption), "July 5, 2013 /
    // 3:16 PM / 4 years ago" (a page's stamp): neither dates a find told later without a day.
    for text in [
        "Heroin seized in the east\n\nAn officer counts drugs confiscated in a raid in \
         Istanbul, Turkey on January 16, 2018 / Reuters\n\nActing on a tip, the gendarmerie \
         seized 64 kg of heroin from a vehicle, the command said.",
        "Record heroin find\n\nJuly 5, 2013 / 3:16 PM / 4 years ago\n\nThe ministry said \
         police had found 98 kg of heroin in a truck.",
    ] {
        let got = common::events(text);
        assert_eq!(got.first().map(|e| e.date), Some(None), "{text}");
    }
}

#[test]
fn a_section_name_glued_to_an_agencys_name_still_names_its_country() {
    // "ЛатвияLETA15 окт.": the page's section and the agency's name run together; the capital
    // Latin letter after the Russian word starts a new word.
    let text = "ЛатвияLETA12 окт.\n\nТаможенники пресекли контрабанду\n\nСотрудники таможни \
        обнаружили в двух грузовиках тайники, в которых находилось 310 килограммов гашиша. \
        Грузовики прибыли из России.";
    assert_eq!(common::country_of(text), Some("LV"), "{text}");
}

#[test]
fn what_the_find_weighs_is_its_weight() {
    // "A search resulted in the discovery of a quantity of suspected cocaine. ... The suspected
    // cocaine weighs approximately 150 kilograms": "weighs", like "weighed".
    let text = "Cocaine found\n\nOfficers searched a vessel at the canal.\n\nThe search resulted \
        in the discovery of a quantity of suspected cocaine.\n\nThe suspected cocaine weighs \
        approximately 120 kilograms and has an estimated street value of $2,400,000.";
    let got = facts(text);
    assert_eq!(got.first().map(|f| f.3), Some(120.0), "{got:?}");
}
