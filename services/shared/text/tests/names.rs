//! One small text per naming rule learned from the real-text batch b37 (`corpus/real/`), in the
//! project's own words: drug names, verb forms and incident words the lexicon lacked, and
//! where a list of drug names ends.

mod common;
use common::{drug_amounts, facts};
use seizure_text::model::Kind;

#[test]
fn a_synthetic_cathinone_named_in_a_customs_release() {
    assert_eq!(
        drug_amounts("Customs detained a group moving 28 kg of clephedrone across the border."),
        [("other:clephedrone".to_string(), 28.0)]
    );
}

#[test]
fn intercepted_in_its_alternating_russian_stem() {
    assert_eq!(
        facts("В провинции Хомс перехвачено 9 кг героина."),
        [(Kind::Seizure, Some("SY"), "heroin".to_string(), 9.0)]
    );
}

#[test]
fn a_generic_word_after_a_bare_comma_opens_the_next_clause() {
    assert_eq!(
        drug_amounts(
            "Полиция перехватила 7 миллионов таблеток каптагона, наркотики везли из Ливана."
        ),
        [("other:captagon".to_string(), 7_000_000.0)]
    );
    // A list that ends in "other drugs" still names several.
    assert_eq!(
        drug_amounts("Police seized 12 kg of heroin, hashish and other drugs."),
        [("narcotic_drugs".to_string(), 12.0)]
    );
}

#[test]
fn a_minibus_is_an_incident_that_ends_a_reporting_period() {
    let got = common::events(
        "A total of 25.6 kg of marijuana was seized in Russia in the reported period. Over 5.1 \
         kg of heroin was discovered in a minibus in the city of Perm.",
    );
    let kinds: Vec<Kind> = got.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [Kind::PeriodTotal, Kind::Seizure]);
}

#[test]
fn a_liquidation_of_drugs_is_a_destruction() {
    assert_eq!(
        facts("В Туркменистане свидетелями ликвидации более 420 кг наркотиков стали дипломаты."),
        [(
            Kind::Destruction,
            Some("TM"),
            "narcotic_drugs".to_string(),
            420.0
        )]
    );
}

#[test]
fn plants_named_only_as_narcotic_are_of_the_plant_drug_beside_them() {
    let got = common::events(
        "Полицейские обнаружили заросли дикорастущей конопли. Свыше 12 тысяч кустов \
         наркосодержащих растений подверглись обработке гербицидами.",
    );
    let got: Vec<(Kind, String, f64)> = got
        .into_iter()
        .map(|e| (e.kind, e.drug, e.amount))
        .collect();
    assert_eq!(got, [(Kind::Destruction, "cannabis".to_string(), 12000.0)]);
}

#[test]
fn brands_and_street_names_as_they_are_written() {
    assert_eq!(
        drug_amounts("Officers seized 9 kg of psilocybin mushrooms and 40 kg of yama."),
        [
            ("other:psilocybin_mushrooms".to_string(), 9.0),
            ("other:yama".to_string(), 40.0)
        ]
    );
    assert_eq!(
        drug_amounts("В аптеке изъято 360 капсул «Регапен» и 80 капсул «Селофен»."),
        [
            ("other:regapen".to_string(), 360.0),
            ("other:selofen".to_string(), 80.0)
        ]
    );
}

#[test]
fn a_destruction_still_to_come_is_none_yet() {
    assert_eq!(
        common::amounts(
            "An official said that 800 kg of drugs will be burned in the city next week."
        ),
        Vec::<f64>::new()
    );
    assert_eq!(
        common::amounts("The drugs ready to be burned included 120 kg of charas."),
        Vec::<f64>::new()
    );
}

#[test]
fn a_medicines_vials_are_its_units() {
    assert_eq!(
        drug_amounts("У задержанного изъято 240 флаконов «Тропикамида»."),
        [("tropicamide".to_string(), 240.0)]
    );
}

#[test]
fn the_opium_poppy_in_russian_is_the_plant() {
    assert_eq!(
        drug_amounts("В ангаре обнаружили 12 тонн опиумного мака."),
        [("other:poppy".to_string(), 12000.0)]
    );
}

#[test]
fn raw_narcotic_material_and_captagons_substance() {
    assert_eq!(
        drug_amounts(
            "В Гродненской области уничтожено свыше 300 килограммов наркотического сырья."
        ),
        [("narcotic_drugs".to_string(), 300.0)]
    );
    assert_eq!(
        drug_amounts("Border guards seized 120,000 pills of fenethylline near the border."),
        [("other:fenethylline".to_string(), 120000.0)]
    );
}

#[test]
fn pills_named_only_by_their_kind_are_psychotropic() {
    // (From b39, in the project's words.)
    assert_eq!(
        drug_amounts("Police also found 2,150 stimulant tablets in the house."),
        [("psychotropic_tablets".into(), 2150.0)]
    );
    assert_eq!(
        drug_amounts("Сожжено около 12 тыс. синтетических таблеток."),
        [("psychotropic_tablets".into(), 12000.0)]
    );
}

#[test]
fn quintals_centners_and_intoxicant_pills() {
    // (From b40 and b18, in the project's words.)
    assert_eq!(
        drug_amounts("Police also seized 215 quintals poppy husk and 21 lakh intoxicant pills."),
        [
            ("other:poppy_straw".into(), 21_500.0),
            ("narcotic_drugs".into(), 2_100_000.0)
        ]
    );
    assert_eq!(
        drug_amounts("Полицейские обнаружили 3 центнера марихуаны."),
        [("cannabis".into(), 300.0)]
    );
}

#[test]
fn opium_straw_and_opiates() {
    let got = drug_amounts("Customs officers seized 8.5 tons of opium straw at the airport.");
    assert_eq!(got, vec![("other:poppy_straw".to_string(), 8500.0)]);
    let got = drug_amounts(
        "За три года в ходе совместных операций уничтожено 24 тонны опиатов в героиновом \
         эквиваленте.",
    );
    assert_eq!(got, vec![("other:opiates".to_string(), 24000.0)]);
    // The name after the class: «опиата фентанила».
    let got = drug_amounts("В посылке нашли 80 таблеток сильного опиата фентанила.");
    assert_eq!(got, vec![("other:fentanyl".to_string(), 80.0)]);
}

#[test]
fn units_of_a_medicine_are_tablets_and_units_of_weapons_are_nothing() {
    let got = drug_amounts("У них изъяли 25 единиц \"тропикамида\".");
    assert_eq!(got, vec![("tropicamide".to_string(), 25.0)]);
    let got = drug_amounts("При досмотре изъяты 1,5 тонны опия и две единицы боевого оружия.");
    assert_eq!(got, vec![("opium".to_string(), 1500.0)]);
    let got = drug_amounts(
        "Caches of arms and narcotics were found: 9 kg of opium, about 30 units of fire-arms \
         and 600 units of various ammunition were withdrawn.",
    );
    assert_eq!(got, vec![("opium".to_string(), 9.0)]);
}

#[test]
fn a_weight_and_a_count_of_one_drug() {
    let got = drug_amounts(
        "В доме были найдены и задокументированы 50 кг и 1200 упакованных доз \"прегабалина\".",
    );
    assert_eq!(got, vec![("pregabalin".to_string(), 50.0)]);
}

#[test]
fn a_drug_like_pill_is_not_that_drug() {
    let got = drug_amounts(
        "Police seize 4.2m Captagon pills\n\n\
         Police raided a warehouse and seized 4.2 million amphetamine-like pills hidden in \
         textile rolls.",
    );
    assert_eq!(got, vec![("other:captagon".to_string(), 4_200_000.0)]);
}

#[test]
fn qat_is_khat() {
    let got = drug_amounts("Around 263 tons of qat were seized across the Saudi borders.");
    assert_eq!(got, vec![("other:khat".to_string(), 263_000.0)]);
}

#[test]
fn cannabis_by_its_botanical_name_before_its_weight() {
    let got = drug_amounts(
        "The commander gave a breakdown of the seizures: Cannabis Sativa 577.020kg, Cocaine \
         0.183kg.",
    );
    assert_eq!(
        got,
        vec![
            ("cannabis".to_string(), 577.02),
            ("cocaine".to_string(), 0.183)
        ]
    );
}

#[test]
fn synthetic_narcotics_are_synthetic_drugs() {
    let got =
        drug_amounts("In the raids police seized more than 40 kilograms of synthetic narcotics.");
    assert_eq!(got, vec![("other:synthetic_drugs".to_string(), 40.0)]);
}

#[test]
fn a_drugs_manufacturing_reagents_are_precursors() {
    let got = drug_amounts("Officers seized 25 litres of methamphetamine manufacturing reagents.");
    assert_eq!(got, vec![("precursors".to_string(), 25.0)]);
    let got = drug_amounts("Police seized 300 kg of heroin precursors at the border.");
    assert_eq!(got, vec![("precursors".to_string(), 300.0)]);
}

#[test]
fn the_seized_substance_is_the_storys_drug() {
    let got = drug_amounts(
        "В гараже полицейские нашли мешки с марихуаной. Общий вес изъятого вещества \
         составил более 6 килограммов.",
    );
    assert_eq!(got, vec![("cannabis".to_string(), 6.0)]);
}

#[test]
fn the_potion_is_the_storys_drug_and_yields_to_a_name_after_a_dash() {
    let got = drug_amounts(
        "Полицейские обнаружили у него коноплю. Общий вес изъятого зелья составил 3 кг.",
    );
    assert_eq!(got, vec![("cannabis".to_string(), 3.0)]);
    let got = drug_amounts(
        "Летом изымают и коноплю, и мак. Полиция изъяла 12 кг запрещенного зелья — гашиша.",
    );
    assert_eq!(got, vec![("hashish".to_string(), 12.0)]);
}

#[test]
fn acetylated_opium_is_named_apart() {
    let got = drug_amounts("У мужчины изъяли 12 граммов ацетилированного опия.");
    assert_eq!(got, vec![("other:acetylated_opium".to_string(), 0.012)]);
}

#[test]
fn a_plural_of_a_two_word_name_names_the_drug() {
    let got = drug_amounts("Border officers detained 12 kg of poppy straws on a lorry from Riga.");
    assert_eq!(got, [("other:poppy_straw".to_string(), 12.0)]);
}

#[test]
fn two_counts_of_one_drug_in_a_list_line_and_translated_spellings() {
    // "N capsules and M pills of X" on a list line: both are of X; "methadon", "tramadole".
    let got = drug_amounts(
        "The drugs burnt in the furnace included:\n\n  • 410 capsules and 75 pills of \
         tramadole.\n  • 120 pills and 12.5 gr of methadon.",
    );
    assert_eq!(
        got,
        [
            ("tramadol".to_string(), 410.0),
            ("tramadol".to_string(), 75.0),
            ("methadone".to_string(), 120.0),
            ("methadone".to_string(), 0.0125)
        ]
    );
}

#[test]
fn a_weight_in_brackets_after_named_pills_is_of_those_pills() {
    let got = drug_amounts(
        "The police chief said the drugs seized last year were ketamine (120.5kg); Erimin 5 \
         pills (310.40kg); yaba pills (95.2kg) and ecstasy pills (61.07kg).",
    );
    assert_eq!(
        got,
        [
            ("other:ketamine".to_string(), 120.5),
            ("other:eramin_5".to_string(), 310.4),
            ("methamphetamine".to_string(), 95.2),
            ("other:mdma".to_string(), 61.07)
        ]
    );
}

#[test]
fn trimethylfentanyl_is_named_apart_from_the_heroin_it_is_compared_with() {
    let got = drug_amounts(
        "Проводник вез 600 граммов триметилфентанила. Это вещество опаснее, чем героин.",
    );
    assert_eq!(got, [("other:trimethylfentanyl".to_string(), 0.6)]);
}

#[test]
fn smoking_mixtures_and_synthetic_mixtures_are_named_and_yield_to_spice() {
    let got = drug_amounts(
        "В Омске сожжено более 3 кг гашиша, 8 кг синтетических смесей и 700 г курительных смесей.",
    );
    assert_eq!(
        got,
        [
            ("hashish".to_string(), 3.0),
            ("other:synthetic_drugs".to_string(), 8.0),
            ("other:smoking_mixtures".to_string(), 0.7)
        ]
    );
    // A mixture named after a dash is that drug.
    let got = drug_amounts("Полиция изъяла 2 кг курительной смеси – спайса.");
    assert_eq!(got, [("synthetic_cannabinoids".to_string(), 2.0)]);
}

#[test]
fn charras_is_hashish() {
    let got = drug_amounts("In another raid the ANF recovered seven kg charras from a bus.");
    assert_eq!(got, [("hashish".to_string(), 7.0)]);
}

#[test]
fn drugs_known_as_a_name_are_of_that_name() {
    assert_eq!(
        drug_amounts(
            "Police in Kunduz arrested a man carrying some 9.5 kg of drugs, known as heroin."
        ),
        [("heroin".to_string(), 9.5)]
    );
}

#[test]
fn ephedrine_is_a_precursor_and_tapentadol_an_opioid() {
    assert_eq!(
        drug_amounts(
            "Officers found 40 kg of ephedrine and 12,000 pills of tapentadol in the van."
        ),
        [
            ("precursors".to_string(), 40.0),
            ("other:tapentadol".to_string(), 12000.0)
        ]
    );
}

#[test]
fn pills_the_sentence_does_not_name_are_the_storys() {
    // The next sentences count "pills" alone: the methamphetamine pills of the lead.
    let got = drug_amounts(
        "Police in Tak seized more than 3.1 million methamphetamine pills in two raids.\n\
         Officers recovered 2,900,000 pills from a truck abandoned at a checkpoint on Monday.\n\
         In a separate raid, police arrested two men holding 250,000 pills on Tuesday.",
    );
    assert!(
        got.contains(&("methamphetamine".to_string(), 2_900_000.0))
            && got.contains(&("methamphetamine".to_string(), 250_000.0)),
        "{got:?}"
    );
    // In a story of no drug sold as pills, they are of none; nor do they lend a drug to the
    // figure after them.
    let got = drug_amounts(
        "Customs found 30 kg of hashish oil in a train car. The hiding place held 12 units of \
         5-liter cans.",
    );
    assert_eq!(got, [("other:hash_oil".to_string(), 30.0)]);
}

#[test]
fn plant_matter_is_the_storys_plant_drug() {
    // The story names hemp; the lot is told only as plant matter.
    let got = drug_amounts(
        "Двое жителей Гомеля выращивали коноплю в лесу. В их машине милиционеры обнаружили и \
         изъяли свыше 3,5 килограмма растительного вещества.",
    );
    assert_eq!(got, [("cannabis".to_string(), 3.5)]);
    // With no plant drug named, plant drugs in general.
    let got = drug_amounts("На границе в грузовике нашли 90 килограммов растительных наркотиков.");
    assert_eq!(got, [("narcotic_drugs".to_string(), 90.0)]);
}

#[test]
fn a_weight_as_a_drug_is_of_that_drug() {
    let got = drug_amounts(
        "Gendarmes confiscated 1.3 tons of marijuana in powdered form and 52 kilograms as hashish \
         in Lice.",
    );
    assert_eq!(
        got,
        [
            ("cannabis".to_string(), 1300.0),
            ("hashish".to_string(), 52.0)
        ]
    );
}

#[test]
fn finished_product_then_after_a_dash_its_drug() {
    assert_eq!(
        drug_amounts("В ходе обыска изъято свыше 150 кг готовой продукции – наркотика «мефедрон»."),
        [("mephedrone".to_string(), 150.0)]
    );
}

#[test]
fn poppy_buds_are_poppy_straw() {
    assert_eq!(
        drug_amounts("Police burnt 2 tons of hashish and 1.5 tons of poppy buds."),
        [
            ("hashish".to_string(), 2000.0),
            ("other:poppy_straw".to_string(), 1500.0)
        ]
    );
}

#[test]
fn a_weight_and_pieces_share_the_drug_named_after_both() {
    let text = "Over the year police confiscated 120 cannabis plants, 300 grams and 50 tablets \
        of tramadol.";
    let got = drug_amounts(text);
    assert!(got.contains(&("tramadol".to_string(), 0.3)), "{got:?}");
}

#[test]
fn a_weight_takes_the_drug_named_just_before_it_among_several() {
    let text = "Экспертиза показала, что изъятые вещества являются метадоном в жидком виде \
        весом более 6 кг, в порошкообразном около 150 гр, а также 20 литров прекурсоров и 40 кг \
        ядовитого вещества.";
    let got = drug_amounts(text);
    assert!(got.contains(&("methadone".to_string(), 6.0)), "{got:?}");
}
