//! Tests of finding places and their roles in a sentence. Split from `gazetteer.rs`.

use super::*;

fn first(s: &str) -> Option<(&'static str, Role)> {
    let mut t = Tokens::default();
    t.read(s, 0, s.len());
    (0..t.len()).find_map(|i| place_at(&t, i).map(|m| (m.place.code, role(&t, &m))))
}

#[test]
fn russian_cases_tell_location_from_route() {
    assert_eq!(first("в Таджикистане изъяли"), Some(("TJ", Role::Location)));
    assert_eq!(first("из Афганистана"), Some(("AF", Role::Route)));
    assert_eq!(
        first("in the Strait of Gibraltar"),
        Some(("GI", Role::Route))
    );
    assert_eq!(first("в Россию"), Some(("RU", Role::Route)));
    assert_eq!(first("в России"), Some(("RU", Role::Location)));
    assert_eq!(first("в Душанбе"), Some(("TJ", Role::Location)));
}

#[test]
fn english_routes() {
    assert_eq!(
        first("imported from China by rail"),
        Some(("CN", Role::Route))
    );
    assert_eq!(first("seized in Kazakhstan"), Some(("KZ", Role::Location)));
    assert_eq!(
        first("in East Kazakhstan region"),
        Some(("KZ", Role::Location))
    );
    assert_eq!(first("Afghan-origin heroin"), None);
}
