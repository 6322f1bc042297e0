//! Words that read as a place but name something else: a surname after a given name or a
//! title («Ахмад Кабули», "Prime Minister Joseph Muscat"), a word of a longer proper name, or a
//! drug ("Ganja/ Weed- 2.719 Kgs", "165 kilograms of Cannabis (Kerala Ganja)"). Split from
//! `gazetteer.rs`, which finds the place names these rule out.

use std::sync::OnceLock;

use super::place_at;
use crate::fold::Tokens;

/// Whether the one-word name at token `i` stands between two capitalised words that are no
/// places and no words of an agency's or a place's name (not the sentence's first word), or
/// closes a two-word name begun by such a word after a comma or a lower-case word ("the
/// Security Minister, Mario Zamora.").
pub(super) fn inside_a_name(toks: &Tokens, i: usize) -> bool {
    const NAMED_WITH_PLACES: &[&str] = &[
        "airport",
        "police",
        "customs",
        "province",
        "region",
        "district",
        "city",
        "port",
        "state",
        "county",
        "border",
        "international",
        "national",
        "new",
        "north",
        "south",
        "east",
        "west",
        "central",
        "upper",
        "lower",
        "greater",
        "san",
        "santa",
        "saint",
        "st",
        "fort",
        "lake",
        "mount",
        "cape",
        "gulf",
        "bay",
        "river",
        "island",
        "islands",
        "court",
        "prison",
        "station",
        "road",
        "street",
        "avenue",
        "highway",
        "bridge",
        "university",
        "school",
        "hospital",
        "market",
        "hotel",
        // "Puerto Limón", "Ciudad Juárez", "Bandar Abbas": words of a place's own name.
        "puerto",
        "porto",
        "ciudad",
        "bandar",
        "kota",
        "the",
        "of",
        "and",
    ];
    let capitalised = |k: usize| {
        toks.is_word(k)
            && toks.toks[k].upper
            && !toks.is(k, NAMED_WITH_PLACES)
            && place_at(toks, k).is_none()
    };
    // ("... as confirmed by the Security Minister, Mario Zamora.": a town's one-word name
    // closing a two-word name after a comma or a lower-case word is a surname: Zamora is
    // Spain's.)
    let closes_a_name = || {
        capitalised(i - 1)
            && toks.text(i - 1).is_ascii()
            && (toks.is(i - 2, &[","]) || (toks.is_word(i - 2) && !toks.toks[i - 2].upper))
            && !toks.toks.get(i + 1).is_some_and(|t| t.upper)
    };
    i >= 2 && ((capitalised(i - 1) && capitalised(i + 1)) || closes_a_name())
}

/// Whether the place name at token `i` names something else here: a person, a drug.
pub(super) fn names_no_place(toks: &Tokens, i: usize) -> bool {
    // "KOTA SAMARAHAN: Police have seized ...": «Kota» ("town" in Malay and Indonesian) opens
    // a Malaysian or Indonesian town's name the table does not hold; not India's Kota.
    if toks.is(i, &["kota"]) && toks.toks.get(i + 1).is_some_and(|t| t.upper) && toks.is_word(i + 1)
    {
        return true;
    }
    // "Baku residents Nur Badalov (30) and ...": a given name that is also a town ("Nur", in
    // Iran), before a surname.
    if toks.toks.get(i + 1).is_some_and(|t| t.upper) && is_surname(toks.text(i + 1)) {
        return true;
    }
    // "Victoria Roberson, 35, from California", "Jordan Smith (24)": a name, a capitalised
    // word and an age are a person, whatever the first name also names.
    let age = |k: usize| {
        toks.text(k)
            .parse::<u32>()
            .is_ok_and(|n| (1..=110).contains(&n))
    };
    let aged_at = |k: usize| {
        (toks.is(k, &[","]) && age(k + 1) && toks.is(k + 2, &[","]))
            || (toks.is(k, &["("]) && age(k + 1) && toks.is(k + 2, &[")"]))
    };
    if toks.toks.get(i + 1).is_some_and(|t| t.upper) && toks.is_word(i + 1) && aged_at(i + 2) {
        return true;
    }
    // ("Carlos Lima, 31, was caught with", "from Sergeant Carlos Lima, 31,": so is a
    // capitalised word, a place's name and an age, where no comma or lower-case word before
    // them makes the two a name already (`inside_a_name`): the surname is a town's, Lima
    // Peru's. The age first: the cheapest test, and most places have none after them.)
    if i >= 1
        && aged_at(i + 1)
        && toks.is_word(i - 1)
        && toks.toks[i - 1].upper
        && place_at(toks, i - 1).is_none()
        && place_at(toks, i).is_some_and(|m| m.end == i + 1)
    {
        return true;
    }
    // ("the Burma Quarry" (Antigua's burning ground), "Kingston Road", "Jamaica Avenue": a
    // place's name before a capitalised word for a street or a site names that street or
    // site, wherever it is. "Consett Bay", "Sandy Hill", "Tete Settlement" (Port Moresby's, not
    // Mozambique's Tete): so does one before a bay's, a beach's, a hill's or a settlement's
    // word, a place of its own unless the table holds the whole name, "Montego Bay".)
    if toks.toks.get(i + 1).is_some_and(|t| t.upper)
        && toks.is(
            i + 1,
            &[
                "quarry",
                "road",
                "street",
                "avenue",
                "drive",
                "lane",
                "boulevard",
                "estate",
                "estates",
                "gardens",
            ],
        )
    {
        return true;
    }
    // ("Rua da Ribeira do Patane" (Macau), "Calle Sevilla", "Avenida Brasil": a place's name
    // after a Portuguese or Spanish word for a street names that street.)
    const STREETS: &[&str] = &[
        "rua", "avenida", "calle", "travessa", "estrada", "praca", "largo", "carrera",
    ];
    let street_at = |k: usize| toks.is(k, STREETS) && toks.toks[k].upper;
    if i >= 1
        && (street_at(i - 1)
            || (i >= 2
                && toks.is(i - 1, &["da", "do", "de", "del", "dos", "das"])
                && street_at(i - 2)))
    {
        return true;
    }
    if toks.toks.get(i + 1).is_some_and(|t| t.upper)
        && toks.is(
            i + 1,
            &[
                "bay",
                "beach",
                "cove",
                "creek",
                "hill",
                "heights",
                "settlement",
            ],
        )
        && place_at(toks, i).is_some_and(|m| m.end == i + 1)
    {
        return true;
    }
    // «Дмитрия Семенова», «Исхак Раззаков»: a town's name after a Russian given name is a
    // surname (Semyonov is a town of Russia, Razzakov one of Kyrgyzstan).
    if i >= 1 && toks.toks[i - 1].upper && is_given_name(toks.text(i - 1)) {
        return true;
    }
    // "Kimbe, West New Britain" (Papua New Guinea's island), "New England": a name after
    // "New" that the table does not hold is another place than the old one.
    if toks.is(i.wrapping_sub(1), &["new"]) && toks.toks[i - 1].upper {
        return true;
    }
    // "59 cannabis plants at Cape Cleveland near Townsville": a town's name after a capitalised
    // "Cape" that the table does not hold whole is a cape of its own (not Cleveland, Ohio). (A
    // country's name stays its country: "Cape Verde" is in the table, "Mount Kenya" in Kenya.)
    if toks.is(i.wrapping_sub(1), &["cape"])
        && toks.toks[i - 1].upper
        && place_at(toks, i).is_some_and(|m| m.place.region.is_some())
    {
        return true;
    }
    // "the province of Los Santos" (Panama's), "Las Palmas": a name after a capitalised Spanish
    // or Portuguese article that the table does not hold is another place (Santos is Brazil's).
    // So is a Philippine surname's particle: "Brigadier General Alaric Delos Santos", "Dela
    // Paz".
    if toks.is(
        i.wrapping_sub(1),
        &["los", "las", "dos", "das", "delos", "dela"],
    ) && toks.toks[i - 1].upper
    {
        return true;
    }
    // «Операция "Хаш-хаш-2020"», "Operation 'Kabul Express'": an operation's name in quotes
    // (Хаш is an Iranian town).
    if toks.is(i.wrapping_sub(1), &["\""])
        && toks.starts(
            i.wrapping_sub(2),
            &["операци", "мероприяти", "акци", "operation"],
        )
    {
        return true;
    }
    // «досмотрового фонаря «Феникс»», 'the vessel "Tripoli"': one word in quotes right after
    // a common noun names a thing (a device, a vessel, a firm), not a place. (Not «в
    // «Москве»», after a preposition.)
    if toks.is(i.wrapping_sub(1), &["\""])
        && toks.is(i + 1, &["\""])
        && i >= 2
        && toks.is_word(i - 2)
        && !toks.toks[i - 2].upper
        && toks.text(i - 2).chars().count() > 3
        && !toks.is(
            i - 2,
            &["from", "into", "onto", "near", "through", "через", "около", "возле", "между"],
        )
        // (Border posts, ports and stations take a town's name: «таможенный пост «Керчь»»,
        // "the checkpoint "Uzhgorod"", «пункт пропуска «Астара»».)
        && !toks.starts(
            i - 2,
            &[
                "пост", "пункт", "пропуск", "кпп", "переход", "порт", "терминал", "станци",
                "вокзал", "автовокзал", "аэропорт", "checkpoint", "crossing", "post", "port",
                "terminal", "station", "airport",
                // (Nor a settlement's name after its kind: «в посёлке «Заречный»».)
                "посел", "город", "сел", "деревн", "район", "аул", "станиц", "village", "town",
                "city", "district",
            ],
        )
    {
        return true;
    }
    // "Zr.Ms. Groningen", "HMS Montrose", "USS Houston", "INS Mumbai": a navy's ship named
    // after a town. (And "Ms. Jordan", a woman.) ("on board the MV Gibraltar", "the M/V
    // Panama", "FV Jersey": a merchant ship's or a fishing boat's.)
    let before = i.wrapping_sub(1 + usize::from(toks.is(i.wrapping_sub(1), &["."])));
    let merchant = toks.is(before, &["v"])
        && toks.is(before.wrapping_sub(1), &["/"])
        && toks.is(before.wrapping_sub(2), &["m"]);
    if merchant
        || toks.toks.get(before).is_some_and(|t| t.upper)
            && toks.is(
                before,
                &[
                    "ms", "hnlms", "hms", "uss", "uscgc", "usns", "ins", "hmas", "hmnzs", "hmcs",
                    "mv", "fv",
                ],
            )
    {
        return true;
    }
    // "skipper Jordan Corkill", "the accused, Chad Williams": a role, then a country's or a
    // town's name and a capitalised word that names no place, is a person's given name.
    if i >= 1
        && toks.is(
            (i - 1).wrapping_sub(usize::from(toks.is(i - 1, &[","]))),
            ROLES,
        )
        && toks.toks.get(i + 1).is_some_and(|t| t.upper)
        && toks.is_word(i + 1)
        && place_at(toks, i + 1).is_none()
        && !toks.starts_set(i + 1, super::demonyms::agency_words())
    {
        return true;
    }
    // "Prime Minister Joseph Muscat", «министр Ахмад Кабули»: a title and a given name before
    // a town's name make it a surname.
    if i >= 2
        && toks.is_word(i - 1)
        && toks.toks[i - 1].upper
        && !toks.is(i - 1, TITLES)
        && toks.is(i - 2, TITLES)
    {
        return true;
    }
    // "33 parcels of cannabis indica (Colorado)": a name in brackets right after a drug's is
    // the drug's other name.
    if toks.is(i.wrapping_sub(1), &["("])
        && toks.is(i + 1, &[")"])
        && (i.saturating_sub(4)..i - 1).any(|k| crate::lexicon::drug_at(toks, k).is_some())
    {
        return true;
    }
    // "Ganja seizure", "Ganja/ Weed- 2.719 Kgs", "Ganja continues to dominate the drug
    // market": a drug's one-word name that is also a place's (Ganja is Azerbaijan's second
    // city) names the drug, unless the words around it make it a place: a preposition of place
    // before it ("police in Ganja", «в Гяндже»), "city of" or "town of", or a word for a place
    // after it ("Ganja city", "Ganja region"). (No labelled document names the city otherwise.)
    let worded_as_a_place = toks.is(
        i.wrapping_sub(1),
        &["in", "at", "near", "from", "to", "в", "из", "под"],
    ) || toks.is(i.wrapping_sub(1), &["of"])
        && toks.is(i.wrapping_sub(2), &["city", "town"])
        || toks.is(
            i + 1,
            &[
                "city", "region", "district", "province", "airport", "'s", "’s",
            ],
        );
    if !worded_as_a_place && crate::lexicon::drug_at(toks, i).is_some_and(|d| d.end == i + 1) {
        return true;
    }
    // "165 kilograms of Cannabis (Kerala Ganja)", "Police Destroy 16 Acres Of Ganja": a drug's
    // name, not the city of Ganja (which is "the city of Ganja").
    if (toks.is(i.wrapping_sub(1), &["of", "(", "kerala", "\""])
        && !toks.is(i.wrapping_sub(2), &["city", "town"])
        || crate::lexicon::unit_at(toks, i.wrapping_sub(1)).is_some())
        && crate::lexicon::drug_at(toks, i).is_some()
    {
        return true;
    }
    false
}

/// The roles a person is named by in court and police news, lower-case before the name.
const ROLES: &[&str] = &[
    "skipper",
    "deckhand",
    "captain",
    "driver",
    "passenger",
    "courier",
    "suspect",
    "defendant",
    "accused",
    "constable",
    "sergeant",
    "inspector",
    "detective",
    "named",
];

/// The titles written before a person's full name.
const TITLES: &[&str] = &[
    "minister",
    "president",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sheikh",
    "senator",
    "governor",
    "mayor",
    "commissioner",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "министр",
    "президент",
    "губернатор",
    "мэр",
    "господин",
];

/// Whether a (folded) word is a Russian given name in one of its singular forms («дмитрия»),
/// from the generated `data/given_names.txt` (OpenCorpora, by `scripts/gen-given-names.py`).
fn is_given_name(w: &str) -> bool {
    static NAMES: OnceLock<foldhash::HashSet<&'static str>> = OnceLock::new();
    // (Cheap test first: the table holds Cyrillic words only.)
    !w.is_ascii()
        && NAMES
            .get_or_init(|| {
                include_str!("../../data/given_names.txt")
                    .lines()
                    .filter(|l| !l.starts_with('#'))
                    .collect()
            })
            .contains(w)
}

/// Whether a (folded) word reads as a surname of the countries the bulletins cover: "Badalov",
/// "Huseynova", «Рахимзода», «Петрович».
fn is_surname(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ov", "ova", "ev", "eva", "yev", "yeva", "zade", "zoda", "ovich", "evich", "ов", "ова",
        "ев", "ева", "заде", "зода", "ович", "евич",
    ];
    w.chars().count() > 4 && ENDINGS.iter().any(|e| w.ends_with(e))
}
