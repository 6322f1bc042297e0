//! Own-words tests of what the b68 session taught: corpus-wide error classes worked before
//! b68 was scored (a title with a drug's figure and no verb), and what b68 showed after its
//! blind score.

mod common;
use common::facts;
use seizure_text::model::Kind;

#[test]
fn a_title_naming_a_drug_s_figure_without_a_verb_is_a_find() {
    let text = "Ночной рейд: 12 килограммов гашиша и 200 граммов героина\n\nСотрудники \
        наркоконтроля Томской области перекрыли канал поставки наркотиков из соседнего \
        региона. Задержаны двое местных жителей.";
    let got: Vec<_> = facts(text).into_iter().map(|f| (f.0, f.2, f.3)).collect();
    assert_eq!(
        got,
        vec![
            (Kind::Seizure, "hashish".to_string(), 12.0),
            (Kind::Seizure, "heroin".to_string(), 0.2)
        ]
    );
    // (Not a sentence of the body that names a drug and no verb.)
    let body = "Полиция провела рейд в Томске. В городе 12 килограммов гашиша стоят дорого.";
    assert!(facts(body).is_empty(), "{:?}", facts(body));
}

#[test]
fn an_examination_s_finding_a_paragraph_after_the_find_is_its_weight() {
    let text = "Обыскав сарай, полицейские обнаружили и изъяли два мешка с сухой травой.\n\n\
        — В мешках трава серого цвета, — рассказал следователь.\n\n\
        Согласно заключению химической экспертизы, в мешках оказалась конопля массой 18 кг.";
    let got: Vec<_> = facts(text).into_iter().map(|f| (f.0, f.2, f.3)).collect();
    assert_eq!(got, vec![(Kind::Seizure, "cannabis".to_string(), 18.0)]);
}
