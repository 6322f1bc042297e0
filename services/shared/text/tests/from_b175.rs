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
