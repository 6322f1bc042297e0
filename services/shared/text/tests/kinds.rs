//! Which kind a figure is: the verbs that make it a seizure or a destruction, and the
//! sentences that go on with a find told before (one small text per rule, in the project's own
//! words, as in `rules.rs`).

mod common;
use common::facts;
use seizure_text::model::Kind;

#[test]
fn as_a_result_of_a_search_is_one_seizure() {
    let got = facts(
        "Police seized over 850kg drugs in two provinces\n\n\
         As a result of a search operation, police seized 800kg of hashish in Paktia province.\n\n\
         In a separate operation police seized 81kg of illicit drugs in Badakhshan province.",
    );
    assert!(got.iter().all(|e| e.0 == Kind::Seizure), "{got:?}");
    assert!(got.iter().any(|e| e.3 == 800.0), "{got:?}");
}

#[test]
fn a_foiled_attempt_is_a_seizure() {
    let got = facts(
        "С помощью беспилотника пытались переправить 17 кг 235 г наркотиков, в том числе 14 кг \
         85 г марихуаны и 3 кг 150 г метамфетамина.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|e| e.0 == Kind::Seizure));
}

#[test]
fn a_destruction_verb_with_a_count_in_words_destroyed_something_else() {
    // "Liquidated fifteen dens" destroyed dens: the drugs of the sentence stay seized.
    let got = facts(
        "В Тверской области за лето изъято 12 килограммов героина, выявлено и ликвидировано \
         двенадцать наркопритонов.",
    );
    assert_ne!(got[0].0, Kind::Destruction, "{got:?}");
    let got = facts("Police seized 8 kg of hashish and destroyed fifteen labs in Osh.");
    assert_eq!(got[0].0, Kind::Seizure, "{got:?}");
    // A count that is the drugs' own amount still makes them destroyed.
    let got = facts("В Душанбе сожгли пять тонн наркотиков, изъятых за год.");
    assert_eq!(got[0].0, Kind::Destruction, "{got:?}");
}

#[test]
fn seized_drugs_destroyed_on_a_day_are_a_destruction() {
    // The day after the verb ("destroyed on 26 June") is not a count of something else.
    let got = facts(
        "Some 1.4 tonnes of narcotics seized by the police were destroyed on 26 June in Samarkand.",
    );
    assert_eq!(
        got,
        [(
            Kind::Destruction,
            Some("UZ"),
            "narcotic_drugs".into(),
            1400.0
        )]
    );
}

#[test]
fn burnt_along_with_other_goods_is_still_a_destruction() {
    let got = facts(
        "In the latest ceremony in Hyderabad, more than 9 tonnes of drugs were burnt along with \
         1,500 bottles of liquor.",
    );
    assert_eq!(got[0].0, Kind::Destruction, "{got:?}");
}

#[test]
fn the_destroyed_drugs_include_is_a_destruction() {
    let got = facts(
        "The destroyed drugs include 12,80,400 pieces of Yaba, 11.2 kg crystal meth and 6 kg \
         cannabis, said a BGB release from Teknaf, Bangladesh.",
    );
    assert!(got.iter().all(|e| e.0 == Kind::Destruction), "{got:?}");
}

#[test]
fn annihilated_is_destroyed() {
    let got = facts(
        "In the annual operation \"Hemp-Poppy\" the police of Armenia discovered and annihilated 9 \
         tons of hemp in Shirak region.",
    );
    assert_eq!(got[0].0, Kind::Destruction, "{got:?}");
}

#[test]
fn going_up_in_smoke_is_a_destruction() {
    // (From b17.)
    let got =
        facts("Illicit drugs going up in smoke on the day included 308 kg of dried cannabis.");
    assert_eq!(got, [(Kind::Destruction, None, "cannabis".into(), 308.0)]);
}

#[test]
fn what_a_find_weighed_or_turned_out_to_be_goes_on_with_it() {
    for text in [
        "Officers found a bag of a substance in the spare tyre and seized it. The marijuana \
         had a weight of 10 kilograms.",
        "Officers found a bag of a substance in the spare tyre and seized it. According to the \
         forensic examination, it was marijuana, 10 kilograms.",
    ] {
        let got = facts(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(
            (got[0].0, got[0].3),
            (Kind::Seizure, 10.0),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn an_inspection_is_an_incident() {
    let got = facts(
        "С начала года это уже не первый такой случай в области. В ходе осмотра были \
         обнаружены свертки в количестве 10 штук. Согласно экспертизе вещество является \
         марихуаной, общим весом около 2 кг.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].3), (Kind::Seizure, 2.0), "{got:?}");
}

#[test]
fn a_destruction_verb_with_a_subject_of_its_own_does_not_govern_the_figure() {
    let got = facts(
        "384 kilograms of marijuana were seized and some young cannabis seedlings that had just \
         been planted were destroyed on the spot.",
    );
    assert_eq!((got[0].0, got[0].3), (Kind::Seizure, 384.0), "{got:?}");
    let got = facts("384 kilograms of marijuana were seized and destroyed on the spot.");
    assert_eq!(got[0].0, Kind::Destruction, "{got:?}");
}

#[test]
fn what_someone_turned_out_to_have_is_seized() {
    let got = facts(
        "Сначала остановили автомобиль с двумя гражданами, у которых оказались 353 таблетки \
         \"прегабалина\".",
    );
    assert_eq!((got[0].0, got[0].3), (Kind::Seizure, 353.0), "{got:?}");
}

#[test]
fn a_destruction_verb_with_its_own_object_before_and_does_not_govern_the_figure() {
    let got = facts(
        "Российские пограничники уничтожили на таджикско-афганской границе двух наркокурьеров \
         и захватили 200 килограммов опия.",
    );
    assert_eq!((got[0].0, got[0].3), (Kind::Seizure, 200.0), "{got:?}");
    let got = facts("Полиция уничтожила изъятые наркотики: 291 кг.");
    assert_eq!(got[0].0, Kind::Destruction, "{got:?}");
}

#[test]
fn a_record_figure_is_its_periods_own() {
    // "the largest seizure this year" frames a comparison; "a record N tons this year" is the
    // year's total.
    let got = facts("Customs officers have seized a record 2.6 tons of drugs this year.");
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn an_operation_named_in_single_quotes_is_a_named_operation() {
    let got = facts(
        "During the special operation ‘Clean Coast’ conducted by the police, 2,310 suspects \
         were arrested. The narcotics seized included 14 kg of heroin.",
    );
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn a_batch_counted_over_a_stretch_of_time_is_no_incident() {
    // "a big batch" makes one lot of a sentence, not of one that counts over a week.
    let got = facts(
        "The drug police of Tatarstan report 40 crimes uncovered over the past week: three \
         kilograms of marihuana and a large batch of heroin were taken out of circulation.",
    );
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
    let got = facts("In March, a large batch of heroin – 37 kg – was discovered in Osh.");
    assert_eq!(got[0].0, Kind::Seizure, "{got:?}");
}

#[test]
fn a_background_paragraph_of_yearly_statistics_after_the_find_leaves_it_a_seizure() {
    let got = facts(
        "The provincial police chief said on Sunday that officers clashed with a gang of \
         smugglers on the Zahedan road.\n\nDuring the operation 520 kg opium and 36 kg heroin \
         were confiscated, he said.\n\nIran has long fought drug trafficking.\n\n\
         According to reports, in 2019 alone, Iranian forces carried out 1,400 operations \
         against traffickers, seizing about 700 tons of narcotics.",
    );
    assert_eq!(got[0].0, Kind::Seizure, "{got:?}");
    assert_eq!(got[1].0, Kind::Seizure, "{got:?}");
    assert_eq!(got[2].0, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn people_killed_in_a_clash_are_no_destruction_of_the_drugs() {
    let got = facts(
        "Перестрелка произошла на трассе в иранской провинции Кирман. Итог: трое \
         бандитов уничтожены, изъято 52 килограмма опиума.",
    );
    assert_eq!(got[0].0, Kind::Seizure, "{got:?}");
    assert_eq!(got[0].1, Some("IR"), "{got:?}");
}

#[test]
fn a_lot_told_as_hidden_or_lying_somewhere_was_found() {
    // «спрятано», «находился»: where the lot was, told because it was found; the weight of
    // the bananas it was hidden among is no lot.
    let got = facts(
        "Таможенники Одессы выявили партию кокаина. 38 килограммов кокаина было спрятано в \
         двойном дне контейнера. Наркотики были спрятаны среди 42 тонн бананов.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].3), (Kind::Seizure, 38.0), "{got:?}");
    let got = facts("В пакетах находился героин общей массой 3 килограмма 120 граммов.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_month_told_with_v_is_when_a_find_happened() {
    // «В сентябре» dates a find on the border: no month's total.
    let got = facts("В сентябре пограничники изъяли 4,9 кг опия, спрятанного у дороги.");
    assert_eq!(got, [(Kind::Seizure, None, "opium".to_string(), 4.9)]);
    // «За сентябрь» is a month's total still.
    let got = facts("За сентябрь пограничники изъяли 4,9 кг опия.");
    assert_eq!(got[0].0, Kind::PeriodTotal, "{got:?}");
}

#[test]
fn a_story_recalled_after_the_lead_is_its_own_lot() {
    // The lead's "2 кг" is not the recalled October find rounded.
    let got = facts(
        "Канал героина перекрыт\n\
         МВД Украины сообщило, что задержаны два курьера, у которых изъяты 2 кг героина.\n\
         Подробности\n\
         Напомним, в октябре полицейские задержали в Житомирской области трех мужчин с 1,75 кг \
         героина.",
    );
    let amounts: Vec<f64> = got.iter().map(|e| e.3).collect();
    assert_eq!(amounts, [2.0, 1.75], "{got:?}");
}

#[test]
fn drugs_that_burst_into_flames_were_destroyed() {
    let got = facts(
        "In Herat, a pile of tires, wood and 1.8 tons of raw opium burst into flames as officials \
         watched.",
    );
    assert_eq!(got[0].0, Kind::Destruction, "{got:?}");
}

#[test]
fn what_got_through_or_moves_each_month_is_no_find() {
    // A flow over a year or a month: no verb of the sentence takes anything.
    assert!(
        facts(
            "More than 12 million methamphetamine pills were smuggled across the border in 2012."
        )
        .is_empty()
    );
    assert!(
        facts(
            "Each month the gang moved about 150,000 pills, equivalent to 9 kilograms of ephedrine."
        )
        .is_empty()
    );
}

#[test]
fn a_warehouse_found_is_one_incident_within_a_period() {
    let got = facts(
        "В июле-августе таможенники изъяли у группы 4 кг синтетических наркотиков. Затем \
         оперативники нашли в лесу склад с синтетическими наркотиками весом около 3 килограммов.",
    );
    assert_eq!(got.last().map(|e| e.0), Some(Kind::Seizure), "{got:?}");
}

#[test]
fn a_yard_inspected_is_one_incident_within_a_month() {
    let got = facts(
        "In June 2022, police in the district carried out operations against drug crime.\n\n\
         During the inspection of his yard, 64 cultivated cannabis bushes were found, as well as \
         1.8 kg of marijuana.",
    );
    assert!(got.iter().all(|e| e.0 == Kind::Seizure), "{got:?}");
}

#[test]
fn a_gang_destroyed_beside_a_seizure_is_no_destruction_of_the_drugs() {
    let text = "- Была ликвидирована преступная группировка и осуществлено изъятие около \
        шестидесяти килограммов наркотических средств, - сообщил начальник управления.";
    assert_eq!(
        facts(text),
        vec![(Kind::Seizure, None, "narcotic_drugs".to_string(), 60.0)]
    );
}

#[test]
fn a_body_packer_told_after_a_period_total_is_one_find() {
    let text = "С начала года на границе задержано более 120 кг наркотиков. \
        Ранее суд огласил приговор наркокурьеру, который проглотил 64 капсулы с героином.";
    let kinds: Vec<(Kind, f64)> = facts(text).into_iter().map(|f| (f.0, f.3)).collect();
    assert_eq!(
        kinds,
        vec![(Kind::PeriodTotal, 120.0), (Kind::Seizure, 64.0)]
    );
}

#[test]
fn a_single_haul_told_with_its_month_is_one_find() {
    let text = "In March, the agency seized 60 tonnes of cannabis in its biggest single haul, \
        near the northern city of Kano.";
    assert_eq!(facts(text)[0].0, Kind::Seizure);
}

#[test]
fn drugs_taken_from_someone_are_seized() {
    let text = "Some 600 gr heroin, 1.2 kg opium and a set of scales were taken from the \
        group members.";
    let amounts: Vec<f64> = facts(text).into_iter().map(|f| f.3).collect();
    assert_eq!(amounts, vec![0.6, 1.2]);
}

#[test]
fn many_people_counted_over_a_period_are_results() {
    let text = "С начала года в регионе задержаны 35 жителей области, среди которых - 4 женщины. \
        У них было изъято более 70 кг наркотиков.";
    assert_eq!(facts(text)[0].0, Kind::PeriodTotal);
}
