//! Which dates of a sentence are the page's own (a dateline, a byline, a publication stamp, a
//! machine time stamp) or the day a statement was made, and so say nothing of when a seizure
//! happened. Split from `extract.rs`: one sentence's dates, judged by where they stand in their
//! line and the words around them.

use crate::dates::DateMention;
use crate::dates::WEEKDAYS;
use crate::fold::{TokKind, Tokens};

/// Drops from `dates` (those of the sentence in `toks`) the ones that date the page, not an
/// event. Datelines told by their place in the line (after a city, before a dash, a bar, a
/// colon or "/TASS/") are looked for only at the `top` of the bulletin; stamps (alone on their
/// line, after "Posted", with a clock) anywhere. `verbless`: the sentence has no seizure or
/// destruction verb.
pub(super) fn drop_page_dates(
    text: &str,
    toks: &Tokens,
    top: bool,
    verbless: bool,
    dates: &mut Vec<DateMention>,
) {
    // "Tashkent, 24 January 2025", "AKIpress News Agency, Bishkek, 5 March 2025", "Минск,
    // 3 декабря." (a day; a short sentence's period, "данные за январь-июнь", stays one).
    // ("The incident happened at 9am on February 27.", "The operation was done on 30 July
    // 2021.", «Рейд был проведен 5 мая»: a short sentence that says when something happened;
    // not "This article was published on 3 March".)
    // (Asked only of a short sentence with no verb: this runs for every sentence.)
    let happened = || {
        (0..toks.len()).any(|k| {
            toks.is(k, &["happened", "occurred"])
                || (toks.is(k, &["was", "were"])
                    && toks.is(k + 1, &["done", "carried", "conducted", "made", "held"]))
                || toks.phrase_at(k, "took place")
                || toks.starts(k, &["произошл", "состоял", "проведен", "проводил"])
        })
    };
    let only_a_date = toks.len() <= 12 && verbless && !happened();
    let new_line = |k: usize| {
        k == 0 || k >= toks.len() || text[toks.toks[k - 1].end..toks.toks[k].start].contains('\n')
    };
    dates.retain(|d| {
        // Where the date stands in its own line: a sentence may hold the page's
        // address, its title and the dateline ("ТБИЛИСИ, 9 дек — Sputnik.") as lines.
        let line = line_start(text, toks, d.start);
        let at = d.start - line;
        let mut e = d.end;
        while toks.is(e, &["г", "года", ".", "гг"]) {
            e += 1;
        }
        // "Avesta.Tj | 25.06.2015 |Tajik authorities ...": a dateline between bars too.
        // "KARACHI, Sept 7: The drug enforcement cell ..." ends with a colon.
        // "MOSCOW, May 21. /TASS/.": an agency's name between slashes.
        // ("Душанбе, 9 января, tajikistantimes.tj — ...": the outlet's address between.)
        let address = toks.is(e, &[","])
            && toks.is_word(e + 1)
            && toks.is(e + 2, &["."])
            && toks.is_word(e + 3)
            && toks.is(e + 4, &["—", "–", "-"]);
        // "21 December 2019, Tashkent, Uzbekistan - The State Customs Committee ...": the
        // place after the date.
        let place_after = at == 0
            && toks.is(e, &[","])
            && (e + 1..e + 7)
                .take_while(|&k| toks.is_word(k) || toks.is(k, &[","]))
                .last()
                .is_some_and(|k| toks.is(k + 1, &["—", "–", "-"]) && toks.is_word(k));
        // (Not the hyphen inside a word in lower case after a date opening its line: «29 мая 2007
        // года оперативно-следственная группа выехала»; an outlet's name, "Asia-Plus", is a
        // dateline's.)
        let in_a_word = |k: usize| {
            at == 0
                && k > 0
                && toks.is_word(k - 1)
                && !toks.toks[k - 1].upper
                && toks.is_word(k + 1)
                && toks.toks[k - 1].end == toks.toks[k].start
                && toks.toks[k].end == toks.toks[k + 1].start
        };
        let dash = address
            || place_after
            || (e..e + 4).any(|k| {
            (toks.is(k, &["—", "–", "-", "(", "|"]) && !in_a_word(k))
                || (toks.is(k, &["/"]) && toks.is_word(k + 1) && toks.is(k + 2, &["/"]))
        }) || (toks.is(e, &[":"]) && at <= 4)
            // "KOTA KINABALU (Sept 11): Police have made ...": the day in brackets after the
            // city, then a colon or a dash.
            || (toks.is(d.start.wrapping_sub(1), &["("])
                && toks.is(e, &[")"])
                && toks.is(e + 1, &[":", "—", "–", "-"]))
            || toks.is(d.start.wrapping_sub(1), &["|"])
            // "Baku/09.09.21/Turan:".
            || (toks.is(d.start.wrapping_sub(1), &["/"]) && toks.is(e, &["/"]));
        // " date 2024-03-27": a page's publication date.
        let metadata = d.start <= 2 && toks.is(d.start.wrapping_sub(1), &["date"]);
        // "Zakon.kz от 28.08.2025 14:03", "05.11.2020 12:15": a publication stamp.
        let clock = |k: usize| toks.is_num(k) && toks.is(k + 1, &[":"]) && toks.is_num(k + 2);
        // "08.09.2014г. в 14:00": the clock after "в"/"at" too, for a date in figures
        // (not "on March 20, 2024 at 23:36", an incident's time).
        // "2025-11-21T13:12:00+03:00": a machine stamp.
        // "3 августа 2013, 22:13 [«Аргументы Недели»]" opening its line: the same.
        // ("Корреспондент.net,  27 декабря 2016, 15:15" ending its line: after the outlet's
        // name.)
        // ("July 5, 2013 / 3:16 PM / 4 years ago": a clock after a slash; "... in Istanbul on
        // January 16, 2018 / Reuters": a photo's credit after a slash, ending its line.)
        // ("Sunday, 13 September, 2020, 1:02 PM", "16 April 2017, MVT 21:49": a clock after
        // the comma, a time zone or the half of the day on either side, ending its line.)
        let zone = |k: usize| {
            toks.is_word(k)
                && !toks.is(k, &["at", "в"])
                && toks.toks[k].end - toks.toks[k].start <= 4
        };
        let clock_ends_line = |k: usize| {
            clock(k) && (new_line(k + 3) || (zone(k + 3) && new_line(k + 4)))
                || (zone(k) && clock(k + 1) && new_line(k + 4))
        };
        let stamp = clock(e)
            || (at <= 8 && toks.is(e, &[","]) && clock_ends_line(e + 1))
            || (toks.is(e, &["/"]) && clock(e + 1))
            || (toks.is(e, &["/"]) && toks.is_word(e + 1) && new_line(e + 2))
            || (toks.is(e, &["t"]) && clock(e + 1))
            || ((at == 0 || (at <= 8 && new_line(e + 4))) && toks.is(e, &[","]) && clock(e + 1))
            || (toks.is(e, &["в", "at"]) && clock(e + 1) && d.end - d.start == 1)
            || (clock(d.start.wrapping_sub(4)) && toks.is(d.start.wrapping_sub(1), &["/"]))
            // "09:40, 22 августа 2017": a clock and a comma before the date.
            || (clock(d.start.wrapping_sub(4)) && toks.is(d.start.wrapping_sub(1), &[","]))
            // "… 273 кг опия 13:48 03.03.2006": a clock just before a date in figures.
            || (clock(d.start.wrapping_sub(3)) && toks.is_num(d.start) && d.end - d.start == 1)
            // "17:12 Суббота 21 марта 2026": a page's clock and weekday before today's date.
            || (clock(d.start.wrapping_sub(4))
                && (toks.is(d.start.wrapping_sub(1), WEEKDAYS)
                    || toks.is(
                        d.start.wrapping_sub(1),
                        &[
                            "понедельник",
                            "вторник",
                            "среда",
                            "четверг",
                            "пятница",
                            "суббота",
                            "воскресенье",
                        ],
                    )));
        // "By Jane Doe Thursday, September 20", "Monday, 3 March 2025": a byline's date.
        let byline = at <= 8 && toks.is(line, &["by"]);
        // "(UrduPoint / Pakistan Point News - 15th Jul, 2023 )": a source's stamp.
        let bracketed = at <= 24
            && toks.is(d.start.wrapping_sub(1), &["-", "–", "—"])
            && (e..e + 4).any(|k| toks.is(k, &[")"]));
        let weekday = at <= 2 && toks.is(line, WEEKDAYS);
        // "Jazan, August 21, 2023, In a commendable display ...": a place opening the line, the
        // day between commas and the sentence going on with a capital letter.
        let comma_dateline = (2..=5).contains(&at)
            && toks.is(d.start - 1, &[","])
            && (line..d.start - 1).all(|k| {
                (toks.is_word(k)
                    && toks.toks[k].upper
                    && !toks.is(
                        k,
                        &[
                            "on", "in", "at", "by", "last", "next", "this", "early", "late",
                        ],
                    )
                    && !toks.is(k, WEEKDAYS))
                    || toks.is(k, &[","])
            })
            && toks.is(e, &[","])
            && toks.toks.get(e + 1).is_some_and(|t| t.upper);
        // "COTONOU Nov 22 Benin security forces seized ...": a city in capitals opening the
        // text, then the day, with no dash: an agency's dateline.
        let capitals = (1..=3).contains(&at)
            && (line..d.start).all(|k| {
                let t = &toks.toks[k];
                let w = &text[t.start..t.end];
                toks.is_word(k) && w.chars().count() >= 3 && w.chars().all(|c| !c.is_lowercase())
            });
        // "• Weather forecast for world cities -- Aug. 26  • China ...": a headline list's.
        let listed = toks.is(e, &["•"]) && toks.is(d.start.wrapping_sub(1), &["-", "–", "—"]);
        // "09.12.2025" or "• 24 Сентября 2004" alone on its line, "Posted 2 августа
        // 2012": a page's stamps.
        // ("Thursday, June 26, 2014" alone on its line: a weekday before it.)
        let alone = (line..d.start)
            .all(|k| toks.kind(k) == Some(TokKind::Punct) || toks.is(k, WEEKDAYS))
            && new_line(e);
        // ("Updated: July 27, 2025", "Published: Sunday, December 5, 2021", "Posted on
        // February 6, 2026": a colon, "on" or the weekday between.)
        let mut before = d.start.wrapping_sub(1);
        while before < d.start
            && (toks.is(before, &[":", ",", "on", "|"]) || toks.is(before, WEEKDAYS))
        {
            before = before.wrapping_sub(1);
        }
        let posted = toks.is(
            before,
            &[
                "posted",
                "published",
                "updated",
                "опубликовано",
                "обновлено",
            ],
        );
        // ("Our Correspondent February 12, 2023", "Staff Reporter | March 3, 2024": a
        // credit line's date, the day the story was filed.)
        let credited = at <= 4
            && toks.is(
                before,
                &[
                    "correspondent",
                    "correspondents",
                    "reporter",
                    "reporters",
                    "writer",
                    "desk",
                    "bureau",
                ],
            );
        // (Below the top, only one that ends its sentence: "Минск, 3 декабря.", not "On
        // February 9, agents dealt another blow ...".)
        let ends = (e..toks.len()).all(|k| toks.kind(k) == Some(TokKind::Punct));
        !((only_a_date && !d.period && (top || ends))
            || alone
            || posted
            || listed
            || stamp
            // (A dateline names a day: "За 2017 год выявлено: кокаина - 0,48 кг" is none.)
            || (top
                && (metadata
                    || byline
                    || credited
                    || bracketed
                    || weekday
                    || (comma_dateline && !d.period)
                    || (capitals && !d.period)
                    || (at <= 8 && dash && !d.period))))
    });
}

/// Words that report what somebody said: a day they govern is the statement's.
const SAID: &[&str] = &[
    "said",
    "says",
    "reported",
    "reports",
    "announced",
    "stated",
    "informed",
    "told",
    "disclosed",
    "revealed",
    "confirmed",
    // "a report published by the interior ministry on July 9".
    "published",
];

/// Drops from `dates` the days a statement was made, not a seizure: "the service said on its
/// website on May 17", "On December 10 the Interior Ministry said that police had arrested
/// ...", "a press release issued on December 13 said" (EXTRACTION.md rule 8: a date stated for
/// the event). A day told with a seizure verb
/// between it and the speech ("On May 17 police seized ..., the ministry said") stays.
pub(super) fn drop_statement_days(
    toks: &Tokens,
    verbs: &[(usize, crate::model::Kind)],
    dates: &mut Vec<DateMention>,
) {
    let said_at = |k: usize| toks.is(k, SAID);
    // "He will appear in court on October 2", «суд назначен на 5 марта»: a hearing to come.
    // (The court word first, beside the day: the sentence is scanned only where one stands.)
    let to_come = || {
        (0..toks.len()).any(|k| {
            toks.is(k, &["will", "due", "scheduled", "будет", "предстанет"])
                || toks.starts(k, &["назначен"])
        })
    };
    // "As at 28 October, the seizures of cocaine in 2020 accumulated to ...", "up until Friday
    // 17 March, 20.20 tons were seized", «по состоянию на 1 июля»: a day figures are summed up
    // to ends a period of that year, and is no incident's day.
    let cut_off = |k: usize| {
        toks.phrase_at(k, "as of")
            || toks.phrase_at(k, "as at")
            || toks.phrase_at(k, "up until")
            || toks.phrase_at(k, "по состоянию на")
    };
    for d in dates.iter_mut() {
        if !d.period
            && !d.relative
            // (A day whose year the text leaves unsaid too: "as of May 16".)
            && d.date.is_none_or(|x| x.precision == crate::model::Precision::Day)
            && (d.start.saturating_sub(4)..d.start).any(cut_off)
        {
            d.period = true;
            d.date = d.date.map(|x| crate::model::EventDate::year(x.year));
        }
    }
    dates.retain(|d| {
        if !d.period
            && (d.start.saturating_sub(6)..d.start)
                .any(|k| toks.is(k, &["court", "hearing", "trial"]) || toks.starts(k, &["суд"]))
            && to_come()
        {
            return false;
        }
        if d.period || d.relative || !toks.is(d.start.wrapping_sub(1), &["on"]) {
            return true;
        }
        // "said on May 17", "said in a statement on May 17", "said on its website on May 17"
        // (not "In Edo, he said, operatives on June 14 stormed ...").
        // (Not "said the operation was done on 30 July 2021": a clause of its own between.)
        let after_speech = (d.start.saturating_sub(7)..d.start - 1).any(|k| {
            said_at(k)
                && (k + 1..d.start).all(|w| toks.is_word(w))
                && !(k + 1..d.start)
                    .any(|w| toks.is(w, &["was", "were", "took", "happened", "occurred"]))
        });
        // "On December 10 the Interior Ministry said that ...": the sentence's first verb is
        // the speech, and what it says follows (not "On October 2, the Police reported the
        // seizure of 1,000 kg", which tells of the seizure that day).
        // ("Earlier on October 8, a police spokesman said that police discovered ...": past an
        // adverb that opens the sentence.)
        let opening = d.start <= 1
            || (d.start == 2
                && toks.is(
                    0,
                    &[
                        "earlier",
                        "also",
                        "meanwhile",
                        "separately",
                        "later",
                        "previously",
                    ],
                ));
        let opens = opening
            && (d.end..(d.end + 10).min(toks.len()))
                .find(|&k| said_at(k) || verbs.iter().any(|v| v.0 == k))
                .is_some_and(|k| said_at(k) && toks.is(k + 1, &["that", ":"]));
        // "a press release issued by the CSTO on December 13 said": the speech right after
        // the day.
        let before_speech = toks.is(d.end, &["said", "says", "stated", "announced"]);
        !(after_speech || opens || before_speech)
    });
}

/// The first token of the line token `i` stands in, past a stored page's " date 2024-03-27"
/// prefix.
fn line_start(text: &str, toks: &Tokens, i: usize) -> usize {
    let mut k = i.min(toks.len());
    while k > 0 && k < toks.len() && !text[toks.toks[k - 1].end..toks.toks[k].start].contains('\n')
    {
        k -= 1;
    }
    // " date 2024-03-27 MOSCOW, May 21. /TASS/. ...": the page's date, then its first line.
    if toks.is(k, &["date"])
        && toks.is_num(k + 1)
        && toks.is(k + 2, &["-"])
        && toks.is(k + 4, &["-"])
        && k + 6 <= i
    {
        k += 6;
    }
    k
}

/// Drops from `dates` the time an investigation took, not a reporting period: "they had been
/// investigating and monitoring suspicious activities for three months before directing the
/// coast guard to board a raft ... on Dec. 10". The find that ends it is one incident. (The
/// Russian words are read only where the span's mention starts right after them; «в течение
/// трех месяцев», whose mention starts at «месяцев», still reads as a period.)
pub(super) fn drop_investigation_spans(toks: &Tokens, dates: &mut Vec<DateMention>) {
    const WATCHING: &[&str] = &[
        "investigat",
        "monitor",
        "surveil",
        "tracking",
        "tracked",
        "watching",
        "probing",
        "разрабатыва",
        "отслежива",
        "наблюда",
        "следили",
    ];
    dates.retain(|d| {
        let span = d.period && (d.relative || d.anaphoric) && d.date.is_none();
        let for_ = (d.start.saturating_sub(1)..=d.start)
            .any(|k| toks.is(k, &["for", "на", "в", "течение", "протяжении"]));
        !(span && for_ && (d.start.saturating_sub(7)..d.start).any(|k| toks.starts(k, WATCHING)))
    });
}
