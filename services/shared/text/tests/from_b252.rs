//! Own-words tests of what the b252 session taught: errors of its blind batches and of the
//! corpus, each written as a general structure (none of these sentences is from a page).

mod common;

use seizure_text::model::Kind;

/// Two plots cleared by soldiers in a province, told one by one, then summed up in a quote by
/// an officer whose surname is also a Brazilian port's name.
const TWO_PLOTS: &str = "Soldiers cleared two hemp farms in the province of Sulu, officials \
     said on Friday, May 8, 2026.\n\n\
     Colonel Ramon Delos Santos said the first farm, about 800 square meters, contained 3,200 \
     mature marijuana plants, while the second, covering 1,500 square meters, yielded 4,100 \
     plants.\n\n\
     \"In total, 7,300 mature marijuana plants were discovered and destroyed across 2,300 \
     square meters,\" Delos Santos said.";

#[test]
fn a_surname_after_delos_is_no_place() {
    // "Delos Santos": a Philippine surname's particle before a place's name makes it a
    // surname (Santos is Brazil's port), as "Los Santos" and "Dos Santos" did already.
    assert_eq!(common::country_of(TWO_PLOTS), Some("PH"));
}

#[test]
fn a_quoted_closing_total_destroyed_gives_its_lots_and_their_kind() {
    // "\"In total, 7,300 ... were discovered and destroyed\"": a total in quoted speech that sums
    // the lots told before it is not an event; its lots are, and they were destroyed.
    let found = common::facts(TWO_PLOTS);
    let got: Vec<(Kind, f64)> = found.iter().map(|f| (f.0, f.3)).collect();
    assert_eq!(
        got,
        vec![(Kind::Destruction, 3200.0), (Kind::Destruction, 4100.0)],
        "{found:?}"
    );
}

#[test]
fn a_capital_letter_glued_to_a_rings_number_is_a_code() {
    // "the bust of drug ring 512T, seizing 9 bricks of heroin": the ring's code, not 512
    // tonnes; tonnes written as such stay.
    assert_eq!(
        common::amounts(
            "Provincial police announced the bust of drug ring 512T, seizing 9 bricks of heroin."
        ),
        vec![9.0]
    );
    assert_eq!(
        common::amounts("Customs officers seized 3T of cocaine in the port."),
        vec![3000.0]
    );
}

#[test]
fn russian_cannabis_oil_is_named() {
    // «конопляное масло», «масло конопли»: cannabis oil, a named drug of its own (rule 11),
    // as "cannabis oil" is.
    let found = common::drug_amounts("Таможенники изъяли 6 кг конопляного масла.");
    assert_eq!(found, vec![("other:cannabis_oil".to_string(), 6.0)]);
}

#[test]
fn a_case_ending_before_a_multiplier_keeps_the_multiplier() {
    // «свыше 64-х тысяч кустов»: a case ending written onto the number, then "thousand".
    let e = common::only_event("Полицейские уничтожили свыше 64-х тысяч кустов конопли.");
    assert_eq!((e.amount, e.kind), (64_000.0, Kind::Destruction), "{e:?}");
}

#[test]
fn a_year_by_year_list_gives_each_years_figure() {
    // "nearly 600,000 ... plants this year, about 430,000 last year, 2.1 million in 2004":
    // the unit comes once, with the first figure; each later one has its own qualifier and
    // year. (Not a thousands group set off by a space: "the 214, 318 in 2006".)
    let events = common::events(
        "The eradication unit has destroyed nearly 600,000 cannabis plants this year, about \
         430,000 last year, 2.1 million in 2004 and 1.3 million in 2003.",
    );
    let got: Vec<(f64, Option<String>)> = common::dated(&events);
    assert_eq!(
        got,
        vec![
            (600_000.0, None),
            (430_000.0, None),
            (2_100_000.0, Some("2004".to_string())),
            (1_300_000.0, Some("2003".to_string())),
        ],
        "{events:?}"
    );
    assert_eq!(
        common::amounts(
            "Deputies pulled 401,000 plants in 2008, up from the 320,809 plants in 2007 and \
             the 214, 318 in 2006."
        )
        .iter()
        .filter(|&&a| a < 1000.0)
        .count(),
        0
    );
}

#[test]
fn a_drug_another_is_compared_with_is_not_the_lot() {
    // «в 50 раз сильнее героина», «аналога героина», "an analogue of cocaine": the drug a
    // substance is measured against is not the one found.
    for text in [
        "Полицейские нашли 200 тыс. таблеток, которые по своей силе в 50 раз сильнее героина.",
        "При досмотре изъяли около 700 граммов этого синтетического аналога героина.",
        "Officers found 2 kg of a synthetic analogue of cocaine.",
    ] {
        let found = common::facts(text);
        assert!(
            found.iter().all(|f| f.2 != "heroin" && f.2 != "cocaine"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn what_a_cache_held_is_found_and_the_laws_measure_after_it_is_not() {
    // «в тайнике содержалось 1340 грамм ...»: what a cache held, told because it was found;
    // «при том, что хранение двух граммов ... квалифицируется как особо крупный размер»: the
    // law's measure in a clause of its own, no lot.
    let found = common::facts(
        "В тайнике на чердаке содержалось 1340 грамм карфентанила, при том, что хранение \
         двух граммов этого вещества квалифицируется как особо крупный размер.",
    );
    let got: Vec<(String, f64)> = found.iter().map(|f| (f.2.clone(), f.3)).collect();
    assert_eq!(
        got,
        vec![("other:carfentanil".to_string(), 1.34)],
        "{found:?}"
    );
}

#[test]
fn a_cossack_societys_letters_are_not_east_kazakhstan() {
    // «пресс-служба ВКО «Кубанское казачье войско»»: a Cossack society named in quotes after
    // its letters; «в Уланском районе ВКО» stays East Kazakhstan.
    assert_eq!(
        common::country_of(
            "Казаки уничтожили более трёх тонн дикорастущей конопли, сообщила пресс-служба ВКО \
             «Кубанское казачье войско»."
        ),
        None
    );
    assert_eq!(
        common::country_of("Полицейские изъяли 5 кг марихуаны в Уланском районе ВКО."),
        Some("KZ")
    );
}

#[test]
fn bare_lots_after_a_figure_of_plants_are_a_list_not_its_parts() {
    // «в Кашарском юрте уничтожено 1210 килограммов растений, Боковском юрте – 870
    // килограммов, ... – 640 килограммов»: the lots after the first come to more than it, with
    // no words making it their total; all three are lots.
    let found = common::amounts(
        "Казаки вышли на борьбу с дикорастущей коноплей. Так, в Кашарском юрте уничтожено 1210 \
         килограммов растений, Боковском юрте – 870 килограммов, Чертковском юрте – 640 \
         килограммов.",
    );
    assert_eq!(found, vec![1210.0, 870.0, 640.0]);
}

#[test]
fn rows_of_a_label_and_its_figure_are_read_one_by_one() {
    // "Heroin – 12.3 kg" over "Cannabis – 845.5 kg": each row of the list is its own lot,
    // its drug the label before its figure, not the next row's; the last row ends before the
    // prose after it.
    let found = common::drug_amounts(
        "Besides the cocaine, the following narcotics were also burnt:\n\
         Heroin – 12.3 kg\n\
         Cannabis – 845.5 kg\n\
         Methamphetamine – 3.25 kg\n\
         Officials said the exercise took four hours.",
    );
    assert_eq!(
        found,
        vec![
            ("heroin".to_string(), 12.3),
            ("cannabis".to_string(), 845.5),
            ("methamphetamine".to_string(), 3.25),
        ]
    );
}

#[test]
fn methylamphetamine_is_methamphetamine() {
    // "340kg of methylamphetamine": the Australian police's name for the drug.
    let found = common::drug_amounts(
        "Officers dismantled the machine and found 340kg of methylamphetamine inside it.",
    );
    assert_eq!(found, vec![("methamphetamine".to_string(), 340.0)]);
}

#[test]
fn lots_come_upon_or_fished_out_are_found() {
    // "police encountered a container that held 312 kilos of cocaine", «выловили из моря более
    // 800 кг гашиша»: came upon, fished out, found.
    let e = common::only_event(
        "Later that day, police encountered a container that held 312 kilos of cocaine.",
    );
    assert_eq!((e.kind, e.amount), (Kind::Seizure, 312.0), "{e:?}");
    let e = common::only_event("Пограничники выловили из моря более 800 кг гашиша.");
    assert_eq!((e.kind, e.amount), (Kind::Seizure, 800.0), "{e:?}");
}

#[test]
fn a_city_by_its_initials_names_its_country() {
    // "police in HCMC": Ho Chi Minh City, Vietnam.
    assert_eq!(
        common::country_of("Police in HCMC incinerated 420 kg of drugs on Friday."),
        Some("VN")
    );
}

#[test]
fn drug_paraphernalia_names_no_drug() {
    // "750 grams of suspected shabu and drug paraphernalia": the tools, not a second drug
    // that would make the lot's drug a category.
    let found = common::drug_amounts(
        "Agents recovered 750 grams of suspected shabu and drug paraphernalia in the raid.",
    );
    assert_eq!(found, vec![("methamphetamine".to_string(), 0.75)]);
}

#[test]
fn an_article_that_names_no_drug_tells_no_lot() {
    // A story of smuggled caviar ("Общий вес изъятой икры составил около 300 кг"): an
    // article that names no drug, by name or by a word for drugs, gives no event.
    let events = common::events(
        "В Хабаровске пограничники остановили катафалк. В гробу нашли контейнеры с икрой. \
         Общий вес изъятой икры составил около 300 кг.",
    );
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn a_count_written_with_three_zeros_after_a_point_is_thousands() {
    // "40.000 ecstasy tablets": a count of tablets is whole, its point a thousands mark; "2.996
    // million pills" keeps its decimals.
    assert_eq!(
        common::amounts(
            "The minister said 90 kilos of heroin and 40.000 ecstasy tablets were burned."
        ),
        vec![90.0, 40_000.0]
    );
    assert_eq!(
        common::amounts("Police have seized 2.996 million methamphetamine pills this year."),
        vec![2_996_000.0]
    );
}

#[test]
fn short_tons_with_their_metric_tonnes_in_brackets_give_the_tonnes() {
    // "about 1,323 tons (1,200 metric tons) of precursor chemicals": an American text's short
    // tons, told again in metric tonnes; the metric figure is the lot.
    assert_eq!(
        common::amounts(
            "Over the past three years authorities have seized about 1,323 tons (1,200 metric \
             tons) of precursor chemicals."
        ),
        vec![1_200_000.0]
    );
}

#[test]
fn of_two_weights_in_pounds_the_more_precise_written_one_stays() {
    // "more than 3000 pounds of ganja" in the lead, "approximately 3460 pounds of the illicit
    // drug" in the body: one lot, told to more digits in the body.
    let found = common::events(
        "Soldiers reported the seizure of more than 3000 pounds of ganja off the coast on \
         Saturday.\n\n\
         Police said the coast guard intercepted a boat carrying approximately 3460 pounds of \
         the illicit drug.",
    );
    let got: Vec<f64> = found.iter().map(|e| e.amount.round()).collect();
    assert_eq!(got, vec![1569.0], "{found:?}");
}

#[test]
fn what_a_craft_could_move_is_no_lot() {
    // "a semi-submersible capable of moving 800 kilograms of cocaine": the craft's capacity,
    // not a find.
    let events = common::events(
        "Navy forces seized a semi-submersible vessel capable of moving 800 kilograms of \
         cocaine off the coast.",
    );
    assert!(events.is_empty(), "{events:?}");
}

#[test]
fn a_count_of_drums_of_a_size_is_no_spaced_thousand() {
    // "45 200-litre drums of cannabis": forty-five drums of two hundred litres each, not
    // 45,200 litres ("1 200 kg" stays a spaced thousand).
    let found = common::amounts(
        "The raid uncovered 9,000 cannabis plants, 45 200-litre drums of cannabis and 300 kg \
         of dried cannabis.",
    );
    assert!(!found.contains(&45_200.0), "{found:?}");
    assert_eq!(
        common::amounts("Police seized 1 200 kg of cocaine."),
        vec![1_200.0]
    );
}

#[test]
fn a_town_after_cape_is_a_cape_of_its_own() {
    // "at Cape Cleveland, south of Townsville, Queensland": a cape, not Cleveland, Ohio; the
    // text's state names its country.
    assert_eq!(
        common::country_of(
            "Officers found 48 cannabis plants at Cape Cleveland, south of Townsville, \
             Queensland."
        ),
        Some("AU")
    );
}

#[test]
fn pil_kuda_is_methamphetamine() {
    // "12kg of pil kuda": Malaysia's press name for methamphetamine pills.
    let found =
        common::drug_amounts("Police seized 12kg of pil kuda hidden in a lorry in Kelantan.");
    assert_eq!(found, vec![("methamphetamine".to_string(), 12.0)]);
}
