//! How a text uses a place it names: where something happened, a route's end, someone's
//! citizenship, a currency's country or a byline's surname. Split from `gazetteer.rs`: the
//! reading of a mention's context, apart from finding the mention.

use super::{Case, PlaceMention, demonym, location_name_at};
use crate::fold::Tokens;

/// How the text uses a place mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Where it happened (or a neutral mention).
    Location,
    /// Origin, destination or transit: not where it happened.
    Route,
    /// Someone's citizenship ("a citizen of Uzbekistan", "гражданин Ирана"): not a place.
    Nationality,
    /// The country a currency is named after ("два миллиона долларов США", "US dollars"):
    /// no place at all.
    Currency,
    /// What a body or a meeting is about («членов Рабочей группы по Афганистану», "the
    /// working group on Afghanistan"): no place of anything that happened.
    Topic,
    /// A word of a byline («Текст: Андрей Константинов», a surname that is also a town's
    /// name): a person, no place.
    Byline,
    /// The country of a partner agency in a joint operation («совместно со спецслужбами
    /// России, Кыргызстана и Узбекистана», "jointly with the police of Iran"): not where it
    /// happened.
    Partner,
}

/// Whether the words before `p` make a place there the country of a partner agency: a word of
/// joint work ("совместно", "jointly", "при участии", «в сотрудничестве») and an agency word right before the
/// place («органами», "police of"), in one clause.
fn names_a_partner(toks: &Tokens, p: usize) -> bool {
    const AGENCY: &[&str] = &[
        "органами",
        "органов",
        "спецслужбами",
        "спецслужб",
        "службами",
        "ведомствами",
        "коллегами",
        "представителями",
        "police",
        "authorities",
        "agencies",
        "services",
        "counterparts",
        "colleagues",
    ];
    let agency_before = toks.is(p.wrapping_sub(1), AGENCY)
        || (toks.is(p.wrapping_sub(1), &["of"]) && toks.is(p.wrapping_sub(2), AGENCY));
    let clause = || {
        (p.saturating_sub(10)..p)
            .rev()
            .take_while(|&k| !toks.is(k, &[".", ";"]))
    };
    // («операции спецслужб Афганистана, использовавших данные, предоставленные ФСКН России»:
    // an agency, by its acronym too, that provided the information.)
    let agency_name = |k: usize| {
        toks.toks.get(k).is_some_and(|t| t.upper)
            && super::names::AGENCY_NAMES
                .iter()
                .any(|(w, _)| toks.is(k, &[w]))
    };
    let acronym_before = agency_name(p) || (p > 0 && agency_name(p - 1));
    (agency_before
        && clause().any(|k| {
            toks.is(
                k,
                &[
                    "совместно",
                    "jointly",
                    "together",
                    "cooperation",
                    "collaboration",
                    "участии",
                    "участием",
                    // («в сотрудничестве с работниками правоохранительных органов США»,
                    // «во взаимодействии с коллегами из ...».)
                    "сотрудничестве",
                    "взаимодействии",
                ],
            )
        }))
        || ((agency_before || acronym_before)
            && clause().any(|k| toks.starts(k, &["предоставлен", "provided", "supplied"])))
}

/// Whether the words at `k` make the place before them the name of a border unit. Russian
/// border units named after Russian cities served abroad: «в Московском пограничном отряде»
/// stands in Tajikistan, "the Moscow border detachment" too.
fn unit_name(toks: &Tokens, k: usize) -> bool {
    (toks.starts(k, &["пограничн"]) && toks.starts(k + 1, &["отряд", "застав"]))
        || toks.starts(k, &["погранотряд", "погранзастав"])
        || (toks.is(k, &["border"]) && toks.starts(k + 1, &["detachment", "unit", "outpost"]))
}

/// Russian words for a sea, strait or gulf, in every case: an adjective before one names
/// the water, not a place on land.
const WATERS_RU: &[&str] = &[
    "море",
    "моря",
    "морю",
    "морем",
    "пролив",
    "пролива",
    "проливе",
    "проливом",
    "залив",
    "залива",
    "заливе",
    "заливом",
];

/// Whether the country mention `m` names the country of an agency before it: «ФСКН России»,
/// «МВД Кыргызстана», «таможни Казахстана», "the Ministry of Interior of Tajikistan".
pub fn names_an_agency(toks: &Tokens, m: &PlaceMention) -> bool {
    const AGENCIES_RU: &[&str] = &[
        "мвд",
        "фскн",
        "фсб",
        // «УФСИН России по Республике Крым»: the penitentiary service's country, not where.
        "фсин",
        "уфсин",
        "гуфсин",
        "уфсб",
        "гкнб",
        "кнб",
        "гпк",
        "сбу",
        "фтс",
        "умвд",
        "гувд",
        "мчс",
        "акн",
        "гскн",
        "дкнб",
        "полиции",
        "милиции",
        "таможни",
        "министерства",
        "службы",
        "ведомства",
        "погранслужбы",
        "комитета",
        "агентства",
        "управления",
        "прокуратуры",
        // «Береговая охрана США», «ВМС США».
        "охрана",
        "охраны",
        "вмс",
    ];
    const AGENCIES_EN: &[&str] = &[
        "ministry",
        "interior",
        "affairs",
        "service",
        "police",
        "committee",
        "agency",
        "department",
        "forces",
        "guards",
        "customs",
    ];
    let before = m.start.wrapping_sub(1);
    toks.is(before, AGENCIES_RU)
        || (toks.is(before, &["of"]) && toks.is(before.wrapping_sub(1), AGENCIES_EN))
}

/// How the text uses the mention `m`: a location, or a route (origin, destination, transit).
pub fn role(toks: &Tokens, m: &PlaceMention) -> Role {
    // "an Albania-registered truck", "a Panama-flagged vessel", «судна под флагом Либерии»,
    // "under the flag of Panama": where the vehicle is registered, not where it happened.
    if (toks.is(m.end, &["-"])
        && toks.is(m.end + 1, &["registered", "flagged", "plated", "licensed"]))
        || (toks.is(m.start.wrapping_sub(1), &["флагом"])
            && toks.is(m.start.wrapping_sub(2), &["под"]))
        || (toks.is(m.start.wrapping_sub(1), &["of"])
            && toks.is(m.start.wrapping_sub(2), &["flag"]))
    {
        return Role::Route;
    }
    // "officers from Suffolk Police", "a spokesman for Kent Police": a force is named for where
    // it works, whatever the word before it says.
    if toks.is(m.end.wrapping_sub(1), &["police", "constabulary"]) {
        return Role::Location;
    }
    let mut p = m.start;
    // Skip a determiner or "the city of": "to the Russian Federation", "from the city of Osh",
    // "from the Belgian port of Antwerp".
    // ("headed to Australia via the Kingdom of Tonga", "the Sultanate of Oman": a state's
    // formal name too.)
    const KINDS: &[&str] = &[
        "city",
        // ("destined for the country of Mozambique", "to the island of Aruba".)
        "country",
        "island",
        "region",
        "province",
        "port",
        "seaport",
        "airport",
        "republic",
        "enclave",
        "kingdom",
        "sultanate",
        "emirate",
        "state",
    ];
    // "из Исламской Республики Иран", "from the Islamic Republic of Iran": a state's formal
    // name.
    const FORMAL: &[&str] = &[
        // "from neighbouring Iran", «из соседнего Ирана», "from mainland China".
        "mainland",
        "neighbouring",
        "neighboring",
        "соседнего",
        "соседней",
        "соседнему",
        "соседний",
        "соседнюю",
        "islamic",
        "республики",
        "республика",
        "республикой",
        "исламской",
        "исламская",
        // «гражданин Исламского Государства Афганистан», «с территории Таджикистана».
        "исламского",
        "государства",
        "государство",
        "территории",
        "территорию",
        "territory",
    ];
    while p > 0
        && (toks.is(p - 1, &["the", "of", "г", "."])
            || toks.is(p - 1, KINDS)
            || toks.is(p - 1, FORMAL)
            || (toks.is(p, KINDS) && demonym(toks.text(p - 1)).is_some()))
    {
        if toks.is(p - 1, &["of"]) && !toks.is(p.saturating_sub(2), KINDS) {
            break;
        }
        p -= 1;
    }
    let prev = toks.text(p.wrapping_sub(1));
    let citizen = |w: &str| {
        matches!(
            w,
            "citizen" | "citizens" | "national" | "nationals" | "subject"
        ) || w.starts_with("гражданин")
            // «жителя Калининграда»: where someone lives, not where the find was.
            || w.starts_with("жител")
            || w.starts_with("гражданк")
            // («9 из которых – граждане Афганистана», «уроженца Ферганы».)
            || matches!(w, "граждан" | "граждане" | "гражданам" | "гражданами" | "гражданах")
            || w.starts_with("уроженц")
            || w.starts_with("уроженк")
            || w.starts_with("подданн")
    };
    // «Текст: Андрей Константинов», "Photo: ...": a byline names people.
    if (m.start.saturating_sub(4)..m.start).any(|k| {
        toks.is(k, &[":"])
            && toks.is(
                k.wrapping_sub(1),
                &["текст", "автор", "фото", "author", "photo", "text"],
            )
            && (k + 1..m.start).all(|w| toks.is_word(w) && toks.toks[w].upper)
    }) {
        return Role::Byline;
    }
    // "the Navy seized 182kg of Kerala cannabis", "Afghanistan heroin": a place named right
    // before a drug's name says where the drug comes from, not where it was found.
    // (A drug's own name: "Montgomery County Drug Task Force" is an agency's. Not "Iran
    // Heroin Seizures: 29,943 kg", a table's heading of the country's own figures.)
    if crate::lexicon::drug_at(toks, m.end).is_some_and(|d| {
        crate::lexicon::names_one_drug(d.canonical) && !toks.is(d.end, &["seizure", "seizures"])
    }) {
        return Role::Route;
    }
    // "Agence France-Presse", "Pakistan Press International": a news agency's name.
    let hyphen = usize::from(toks.is(m.end, &["-"]));
    if toks.toks.get(m.end + hyphen).is_some_and(|t| t.upper)
        && toks.is(m.end + hyphen, &["presse", "press"])
    {
        return Role::Byline;
    }
    // "Photo: ... / The Washington Post", "The Moscow Times reported": a newspaper's name.
    if toks.toks.get(m.end).is_some_and(|t| t.upper)
        && toks.is(
            m.end,
            &[
                "post",
                "times",
                "herald",
                "tribune",
                "gazette",
                "journal",
                "telegraph",
                "chronicle",
            ],
        )
        && !toks.is(m.end + 1, &["office", "offices"])
    {
        return Role::Byline;
    }
    // "in the Strait of Gibraltar", "Гибралтарский пролив": a waterway between countries.
    // ("the Oman Sea", "the Sea of Oman", "the Gulf of Oman" too, and «в Каспийском море»,
    // which is no town of Kaspiysk.)
    if (prev == "of" && toks.is(p.wrapping_sub(2), &["strait", "straits", "gulf", "sea"]))
        || toks.is(m.end, &["sea"])
        || toks.is(m.end, WATERS_RU)
        // "another UK-bound consignment": where it was going.
        || (toks.is(m.end, &["-"]) && toks.is(m.end + 1, &["bound"]))
        || (m.place.code == "RU" && unit_name(toks, m.end))
    {
        return Role::Route;
    }
    // "off the coast bordering the Spanish enclave of Melilla", «граничащей с Ираном»: the
    // neighbour, not where it happened.
    // ("in the border town of Tachileik ..., opposite the Thai province of Chiang Rai": the
    // town across the border.)
    if matches!(prev, "bordering" | "adjoining" | "opposite")
        || (prev == "с" && toks.starts(p.wrapping_sub(2), &["граничащ", "граничит"]))
    {
        return Role::Route;
    }
    let home = |w: &str| citizen(w) || matches!(w, "resident" | "residents" | "native" | "natives");
    if citizen(prev) || (prev == "of" && home(toks.text(p.wrapping_sub(2)))) {
        return Role::Nationality;
    }
    // "21 were citizens of Iran, 11 of Georgia, 10 of Russia, four of Turkey": a list of
    // citizenships goes on as "<count> of <country>" after its first "citizens of".
    if prev == "of" && counted_citizenship(toks, p - 1, &home) {
        return Role::Nationality;
    }
    // "a resident of Tahan District in Myanmar", "a native of Osh, Kyrgyzstan": the country of
    // the place someone is from is where they are from too.
    if matches!(prev, "in" | ",")
        && (p.saturating_sub(6)..p.saturating_sub(1)).any(|k| {
            toks.is(k, &["of"])
                && home(toks.text(k.wrapping_sub(1)))
                && (k + 1..p - 1).all(|w| toks.is_word(w) && toks.toks[w].upper)
        })
    {
        return Role::Nationality;
    }
    // «членов Рабочей группы по Афганистану», «комиссии по Ирану», "the working group on
    // Afghanistan", "the special envoy for Afghanistan": what a body is about.
    if (matches!(prev, "по")
        && toks.starts(
            p.wrapping_sub(2),
            &["групп", "комисси", "комитет", "совещани", "конференци"],
        ))
        || (matches!(prev, "on" | "for")
            && toks.is(
                p.wrapping_sub(2),
                &[
                    "group",
                    "commission",
                    "committee",
                    "conference",
                    "envoy",
                    "representative",
                ],
            ))
    {
        return Role::Topic;
    }
    if names_a_partner(toks, p) {
        return Role::Partner;
    }
    // "members of the Tijuana cartel", "the Sinaloa Cartel": a gang's name, no place of
    // the story.
    if toks.is(
        m.end,
        &[
            "cartel",
            "cartels",
            "картель",
            "картеля",
            "картелю",
            "картелем",
        ],
    ) {
        return Role::Topic;
    }
    // "Shirvan resident Orkhan Nagiyev ... was detained in Binagadi district": where someone
    // lives, as «жителя Калининграда».
    if toks.is(m.end, &["resident", "residents", "native", "natives"]) {
        return Role::Nationality;
    }
    // "two Pakistan businessmen were carrying", "an Afghanistan national": a country's name
    // before people is their nationality.
    let people = m.end + usize::from(toks.is(m.end, &["-", "born"]));
    if toks.is(
        people,
        &[
            "businessman",
            "businessmen",
            "national",
            "nationals",
            "citizen",
            "citizens",
            "man",
            "men",
            "woman",
            "women",
            "traveller",
            "travellers",
            "traveler",
            "travelers",
            "passenger",
            "passengers",
            "smuggler",
            "smugglers",
            "trafficker",
            "traffickers",
            "driver",
            "drivers",
            "student",
            "students",
        ],
    ) {
        return Role::Nationality;
    }
    // ("долл. США": the stop was skipped above.)
    // ("worth NIS 9 million": a three-letter currency code before its sum is no town, Niš.)
    if toks.starts(p.wrapping_sub(1), &["доллар", "долл"])
        || toks.starts(m.end, &["dollar"])
        || toks.is(m.end, &["$"])
        || (m.end == m.start + 1 && toks.text(m.start).len() == 3 && toks.is_num(m.end))
    {
        return Role::Currency;
    }
    // «за пределами Таджикистана»: anywhere but there. (Not English "outside Kabul", its
    // outskirts.)
    if matches!(prev, "пределами" | "пределы") {
        return Role::Route;
    }
    // "со стороны Ирана", "from the side of Iran": where it came from.
    if matches!(prev, "стороны" | "side") && toks.is(p.wrapping_sub(2), &["со", "the", "с"])
    {
        return Role::Route;
    }
    // "ввезённых из Афганистана, Таджикистана и Кыргызстана", "from Iran, Pakistan and
    // Afghanistan": a list goes on in its first member's role.
    // The place named right before the word before this one.
    let place_before = || {
        (p.saturating_sub(6)..p.saturating_sub(1))
            .find_map(|k| location_name_at(toks, k).filter(|o| o.end == p - 1))
    };
    if matches!(prev, "," | "и" | "and" | "or" | "или")
        && let Some(first) = place_before()
    {
        return role(toks, &first);
    }
    // ("on transit to the US, Australia and Austria": "US", no place of the table on its own
    // (a nationality as often), heads a list of destinations.)
    let us = p.wrapping_sub(2);
    if prev == ","
        && toks.toks.get(us).is_some_and(|t| t.upper)
        && toks.is(us, &["us", "usa"])
        && toks.is(
            us.wrapping_sub(1 + usize::from(toks.is(us.wrapping_sub(1), &["the"]))),
            &["to", "from", "via", "into", "for"],
        )
    {
        return Role::Route;
    }
    // "destined for the Port of Antwerp in Belgium": the country of a route's place is on
    // the route too.
    if matches!(prev, "in" | "в")
        && let Some(place) = place_before()
        && role(toks, &place) == Role::Route
    {
        return Role::Route;
    }
    // "a lorry that arrived on a ferry from the Hook of Holland": a place called "the <Name>
    // of <country>" after a word of travel is the route's end, and its country on the route.
    if prev == "of"
        && p >= 4
        && toks.toks[p - 2].upper
        && toks.is_word(p - 2)
        && toks.is(p - 3, &["the"])
        && toks.is(p - 4, &["from", "to", "into", "via", "towards", "toward"])
    {
        return Role::Route;
    }
    // ("on its way to the port of Bar in Montenegro": so is the country of a route's place
    // the table does not hold, a capitalised name after "to the port of".)
    if prev == "in" {
        let mut k = p.wrapping_sub(2);
        let mut named = false;
        while k < p && p - k <= 7 {
            if toks.toks.get(k).is_some_and(|t| t.upper) && toks.is_word(k) {
                named = true;
            } else if !toks.is(k, &["the", "port", "of", "city", "town", "airport"]) {
                break;
            }
            k = k.wrapping_sub(1);
        }
        // (Not "According to the Federal Drug Control Service in Bashkortostan".)
        if named
            && toks.is(k, &["to", "towards", "toward"])
            && toks.is(k + 1, &["the"])
            && !toks.is(k.wrapping_sub(1), &["according", "due", "thanks", "owing"])
        {
            return Role::Route;
        }
    }
    let route_en = [
        "from", "to", "into", "towards", "toward", "via", "through", "transit", "bound",
        "destined", "with",
    ];
    let route_ru = ["из", "от", "через", "со"];
    // "destined for Italy, Greece, Kosovo and Montenegro", "headed for London", "in flight
    // for Bahrain".
    // (The words before "for" that send a cargo somewhere.)
    const BOUND: &[&str] = &[
        "destined", "bound", "headed", "heading", "meant", "intended",
    ];
    let bound_for = prev == "for"
        && (toks.is(p.wrapping_sub(2), BOUND)
            || toks.is(p.wrapping_sub(2), &["flight", "flights"]));
    // "the Shouroobod district bordering Afghanistan": the neighbour, not where it happened.
    // («на границе с Исламской Республикой Афганистан»: the neighbour across the border.)
    let neighbour = matches!(prev, "bordering" | "borders" | "adjoining")
        || toks.starts(p.wrapping_sub(1), &["граничащ", "граничит", "сопредельн"])
        || (matches!(prev, "с" | "со") && toks.starts(p.wrapping_sub(2), &["границ"]));
    let route = |k: usize| {
        let w = toks.text(k);
        route_en.contains(&w) || route_ru.contains(&w)
    };
    // «в чемодане, прибывшем с острова Кюрасао», «груз, следовавший с Украины»: «с» after a
    // word of arrival or travel is "from" (elsewhere it is "with").
    let with_from = |k: usize| toks.is(k, &["с", "со"]);
    let from_island = with_from(p.wrapping_sub(1))
        || (toks.starts(p.wrapping_sub(1), &["остров", "территори", "побереж"])
            && with_from(p.wrapping_sub(2)));
    if from_island
        && (p.saturating_sub(5)..p).any(|k| {
            toks.starts(
                k,
                &[
                    "прибы",
                    "прилет",
                    "следовавш",
                    "следующ",
                    "доставлен",
                    "привез",
                    "ввез",
                    "вывез",
                ],
            )
        })
    {
        return Role::Route;
    }
    // "en route from the port of Turbo, in Colombia, to ...": the country of a route's end,
    // named after it and a comma, is on the route too (the port's own name may be no place of
    // the table, or a common word).
    if matches!(prev, "in" | "в") && toks.is(p.wrapping_sub(2), &[","]) && p >= 4 {
        let mut k = p - 3;
        while k > 0 && p - 3 - k < 4 && toks.toks[k].upper && toks.is_word(k) {
            k -= 1;
        }
        let of_port = toks.is(k, &["of"])
            && toks.is(
                k.wrapping_sub(1),
                &[
                    "port",
                    "city",
                    "town",
                    "airport",
                    "harbour",
                    "harbor",
                    "порт",
                    "город",
                ],
            )
            && (route(k.wrapping_sub(2))
                || (toks.is(k.wrapping_sub(2), &["the"]) && route(k.wrapping_sub(3))));
        if k + 3 < p && (of_port || (route(k) && !toks.is(k, &["with"]))) {
            return Role::Route;
        }
    }
    // "according to a statement from the Guyana Police Force", "handed over to the Jamaica
    // Customs Agency": a country's or a town's name before its agency's (capitalised) names
    // whose agency it is, whatever the preposition. (Not "in close co-operation with Japan
    // Customs": a partner's.)
    let agency_named = prev != "with"
        && toks.toks.get(m.end).is_some_and(|t| t.upper)
        && toks.is(
            m.end,
            &[
                "police",
                "constabulary",
                "customs",
                "border",
                "gendarmerie",
                "navy",
                "army",
                "coast",
                "revenue",
                "defence",
                "defense",
                "drug",
                "narcotics",
            ],
        );
    // ("intercepted ... close to Bonaire", "next to the port": where it was.)
    // (Not "close to the Afghanistan border": the neighbour's side.)
    let close_to = prev == "to"
        && toks.is(p.wrapping_sub(2), &["close", "closer", "next", "adjacent"])
        && !toks.is(m.end, &["border", "borders", "frontier"]);
    if (route_en.contains(&prev) || route_ru.contains(&prev) || bound_for || neighbour)
        && !agency_named
        && !close_to
    {
        return Role::Route;
    }
    // «из стран «золотого полумесяца»: Афганистана, Ирана и Пакистана», "from the countries
    // of the Golden Crescent: Afghanistan, Iran and Pakistan": the countries it came from.
    if prev == ":"
        && (p.saturating_sub(8)..p.saturating_sub(1)).any(|k| {
            route(k)
                && (k + 1..(k + 4).min(p))
                    .any(|c| toks.starts(c, &["стран", "государств", "countries", "states"]))
        })
    {
        return Role::Route;
    }
    // "из Европы, США и Таиланда": a list whose first member is no country still goes on in
    // the role its preposition gives.
    if matches!(prev, "," | "и" | "and" | "or" | "или")
        && p >= 3
        && toks.toks[p - 2].upper
        && route(p - 3)
    {
        return Role::Route;
    }
    // ("a speedboat bound for Central America or Mexico": after "bound for", a first member
    // of several words.)
    if matches!(prev, "," | "and" | "or") && p >= 3 && toks.toks[p - 2].upper {
        let mut k = p - 2;
        while k > 0 && p - 2 - k < 3 && toks.toks[k].upper && toks.is_word(k) {
            k -= 1;
        }
        if toks.is(k, &["for"]) && toks.is(k.wrapping_sub(1), BOUND) {
            return Role::Route;
        }
    }
    // "a truck headed for Spain", "a ship bound for Europe".
    if prev == "for"
        && toks.is(
            p.wrapping_sub(2),
            &[
                "headed",
                "heading",
                "bound",
                "destined",
                "sailing",
                "en",
                "route",
                "departing",
            ],
        )
    {
        return Role::Route;
    }
    // "в поезде сообщением «Душанбе-Москва»", "the Bishkek–Moscow train": the two ends of a
    // route.
    const DASHES: &[&str] = &["-", "–", "—"];
    if (toks.is(m.end, DASHES) && location_name_at(toks, m.end + 1).is_some())
        || (toks.is(m.start.wrapping_sub(1), DASHES)
            && (m.start.saturating_sub(5)..m.start - 1)
                .any(|k| location_name_at(toks, k).is_some_and(|o| o.end == m.start - 1)))
    {
        return Role::Route;
    }
    // «на трассе Западная Европа — Западный Китай», "the Europe–Western China highway": a
    // road named by a country's place and a continent runs across borders; neither end is
    // where the find was. (A road between two places is caught above; one between a town and
    // villages of one country, «автодорога Днепропетровск-Чумаки», is in that country.)
    let continent = |k: usize| {
        toks.starts(
            k,
            &[
                "европ",
                "азиат",
                "африк",
                "америк",
                "europe",
                "africa",
                "america",
            ],
        ) || toks.is(k, &["азия", "азии", "asia"])
    };
    let road = |k: usize| {
        toks.starts(
            k,
            &[
                "трасс",
                "автотрасс",
                "автодорог",
                "магистрал",
                "шоссе",
                "коридор",
            ],
        ) || toks.is(k, &["highway", "motorway", "road", "corridor"])
    };
    let dash_before = (m.start.saturating_sub(3)..m.start)
        .rev()
        .find(|&k| toks.is(k, DASHES) && (k + 1..m.start).all(|w| toks.toks[w].upper));
    let dash_after = toks.is(m.end, DASHES).then_some(m.end);
    // (The road's word before the first end, or after the second in English; the continent
    // at the other end.)
    let before = dash_before.is_some_and(|d| {
        (d.saturating_sub(3)..d).any(continent) && (d.saturating_sub(5)..d).any(road)
    });
    let after = dash_after.is_some_and(|d| {
        (d + 1..d + 4).any(continent)
            && (m.start.saturating_sub(2)..m.start)
                .chain(d + 2..d + 6)
                .any(road)
    });
    if before || after {
        return Role::Route;
    }
    if prev == "origin" || toks.text(m.end) == "-" && toks.text(m.end + 1) == "origin" {
        return Role::Route;
    }
    // «конечной точкой маршрута должна была стать Венгрия», «пунктом назначения была
    // Москва», "its final destination was Hungary": where it was going.
    if (p.saturating_sub(5)..p).any(|k| toks.is(k, &["destination", "назначения", "маршрута"]))
    {
        return Role::Route;
    }
    if matches!(prev, "в" | "во" | "на") && m.case == Case::NomAcc {
        return Role::Route;
    }
    // «при попытке вывезти 204 килограмма марихуаны в США», «направлялись в ОАЭ»: a name that
    // does not decline ("США", "ОАЭ", "Торонто") after «в» is "into" where a verb of carrying
    // goes before it.
    if matches!(prev, "в" | "во")
        && m.case == Case::Any
        && (p.saturating_sub(10)..p - 1)
            .take_while(|&k| !toks.is(k, &[".", ";"]))
            .any(|k| {
                toks.starts(
                    k,
                    &[
                        "вывез",
                        "вывоз",
                        "ввез",
                        "ввоз",
                        "направлял",
                        "направлен",
                        "отправ",
                        "переправ",
                        "доставить",
                        "доставк",
                        "транспортир",
                        "вез",
                        "перевез",
                        "переброс",
                    ],
                )
            })
    {
        return Role::Route;
    }
    if prev == "с" && m.case == Case::Oblique {
        return Role::Route;
    }
    Role::Location
}

/// Whether the "of" at `of` continues a list of citizenships: a count before it ("11 of",
/// "four of"), a comma or "and" before the count, and "citizens of" (or "nationals of")
/// earlier in the same sentence.
fn counted_citizenship(toks: &Tokens, of: usize, home: &dyn Fn(&str) -> bool) -> bool {
    let count = of.wrapping_sub(1);
    if !(toks.is_num(count) || crate::quantity::word_value(toks.text(count)).is_some())
        || !toks.is(count.wrapping_sub(1), &[",", "and"])
    {
        return false;
    }
    (of.saturating_sub(40)..count.saturating_sub(1))
        .rev()
        .take_while(|&k| !toks.is(k, &[".", ";"]))
        .any(|k| toks.is(k, &["of"]) && home(toks.text(k.wrapping_sub(1))))
}
