//! Dates written in figures: "2024-03-27" in page metadata, "12.08.2025" and "26.5.2021"
//! (with a night "25/26.5.2021" and a range's end "1-30.09.2025"), and a dateline's two-digit
//! year "Baku/09.09.21/Turan:". Split from `dates.rs`, which tries each form in turn.

use chrono::NaiveDate;

use crate::fold::Tokens;
use crate::model::EventDate;

use super::{DateMention, mention, small_int};

/// A date written in figures at token `i`.
pub(super) fn numeric_date_at(toks: &Tokens, i: usize) -> Option<DateMention> {
    let w = toks.text(i);
    // yyyy-mm-dd (page metadata: " date 2024-03-27").
    if toks.is_num(i)
        && w.len() == 4
        && toks.text(i + 1) == "-"
        && toks.text(i + 2).len() == 2
        && toks.text(i + 3) == "-"
        && toks.text(i + 4).len() == 2
    {
        let y: i32 = w.parse().ok()?;
        let m: u32 = toks.text(i + 2).parse().ok()?;
        let d: u32 = toks.text(i + 4).parse().ok()?;
        if (1900..=2100).contains(&y) && NaiveDate::from_ymd_opt(y, m, d).is_some() {
            return Some(mention(i, i + 5, Some(EventDate::day(y, m, d)), false));
        }
    }
    // dd.mm.yyyy, possibly ending a range "1-30.09.2025"; also unpadded, "26.5.2021" (a
    // night "25/26.5.2021" is the first day's).
    if toks.is_num(i)
        && let Some((d, rest)) = w.split_once('.')
        && let Some((m, y)) = rest.split_once('.')
        && (1..=2).contains(&d.len())
        && (1..=2).contains(&m.len())
        && y.len() == 4
    {
        let mut d: u32 = d.parse().ok()?;
        let m: u32 = m.parse().ok()?;
        let y: i32 = y.parse().ok()?;
        NaiveDate::from_ymd_opt(y, m, d)?;
        let mut start = i;
        if toks.is(i.wrapping_sub(1), &["/"])
            && small_int(toks, i.wrapping_sub(2), 31).is_some_and(|d0| d0 + 1 == d)
        {
            d -= 1;
            start = i - 2;
        }
        return Some(mention(start, i + 1, Some(EventDate::day(y, m, d)), false));
    }
    // "On 02/12/ 2021, an army unit raided ...": dd/mm/yyyy, the order of most of the world's
    // bulletins; mm/dd/yyyy only where the second figure cannot be a month ("11/26/2021").
    // (Only after "on": a page's stamp, "13/10/2024 Tashkent, Uzbekistan", is no event's.)
    if toks.is(i.wrapping_sub(1), &["on"])
        && toks.is_num(i)
        && (1..=2).contains(&w.len())
        && toks.is(i + 1, &["/"])
        && toks.is_num(i + 2)
        && (1..=2).contains(&toks.text(i + 2).len())
        && toks.is(i + 3, &["/"])
        && toks.is_num(i + 4)
        && toks.text(i + 4).len() == 4
    {
        let a: u32 = w.parse().ok()?;
        let b: u32 = toks.text(i + 2).parse().ok()?;
        let y: i32 = toks.text(i + 4).parse().ok()?;
        let (d, m) = if b > 12 { (b, a) } else { (a, b) };
        if (1900..=2100).contains(&y) && NaiveDate::from_ymd_opt(y, m, d).is_some() {
            return Some(mention(i, i + 5, Some(EventDate::day(y, m, d)), false));
        }
    }
    // "Baku/09.09.21/Turan:": a two-digit year, only between the slashes of a dateline.
    if toks.is_num(i)
        && w.len() == 8
        && w.as_bytes()[2] == b'.'
        && w.as_bytes()[5] == b'.'
        && toks.is(i.wrapping_sub(1), &["/"])
        && toks.is(i + 1, &["/"])
    {
        let d: u32 = w[0..2].parse().ok()?;
        let m: u32 = w[3..5].parse().ok()?;
        let y: i32 = 2000 + w[6..8].parse::<i32>().ok()?;
        NaiveDate::from_ymd_opt(y, m, d)?;
        return Some(mention(i, i + 1, Some(EventDate::day(y, m, d)), false));
    }
    None
}
