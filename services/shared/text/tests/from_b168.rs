//! Own-words tests of what the b168 session taught: errors of its blind batches and of the
//! waiting rewrites, each written as a general structure (none of these sentences is from a
//! page).

mod common;

use seizure_text::Unit;

#[test]
fn a_ton_with_no_number_is_one_ton() {
    // Russian news writes a round ton as the bare noun, in the nominative or the accusative.
    for text in [
        "Береговая охрана Испании задержала рыболовецкое судно, на борту которого находилась \
         тонна кокаина.",
        "Пограничники Эквадора изъяли тонну кокаина в порту Гуаякиль.",
    ] {
        let events = common::events(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(events[0].unit, Unit::Kg);
        assert_eq!(events[0].amount, 1000.0, "{text}");
        assert_eq!(events[0].drug, "cocaine");
    }
    // (A price per ton weighs no lot.)
    let text = "Полиция Эквадора изъяла 50 кг кокаина; за тонну его на рынке платят миллионы.";
    let events = common::events(text);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].amount, 50.0);
}
