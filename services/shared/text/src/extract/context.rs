//! What the extraction knows about a bulletin as a whole, worked out once before its articles
//! are read (separators, comparison brackets) or on first need (the country it is about, the
//! countries named up to a figure). Split from `extract.rs`.

use chrono::NaiveDate;

/// Everything the extraction needs to know about the bulletin as a whole.
pub struct DocContext<'a> {
    pub text: &'a str,
    pub reference: Option<NaiveDate>,
    pub comma_is_decimal: bool,
    pub single_article: bool,
    /// The text writes a number with both separators in its own convention ("21,583.81" in
    /// English, "1 234,5" or "1.234,5" in Russian): its other numbers are read that way only.
    pub separators_settled: bool,
    /// An English text that writes "2300.1": its points are decimal points.
    pub decimal_point_shown: bool,
    /// The year a text's bracketed comparison figures are of, when it says so once ("7,142
    /// (6,032 in 2020) cases", «(в 2013 году – 7680)»).
    pub bracket_year: Option<i32>,
    /// The countries its text names, in text order: found on first need, once for both
    /// questions below.
    pub mentions: std::cell::OnceCell<Vec<crate::CountryMention>>,
    /// The country a single-article bulletin is mostly about: worked out on first need.
    pub dominant: std::cell::OnceCell<Option<&'static str>>,
    /// The country it names more than any other, though not twice as often: on first need.
    pub leading: std::cell::OnceCell<Option<&'static str>>,
    /// The country of the smaller places a text that names no country names most: on first
    /// need.
    pub minor: std::cell::OnceCell<Option<&'static str>>,
    /// The countries its text names up to a figure, tallied as the figures go down the text.
    pub named_so_far: std::cell::RefCell<NamedSoFar>,
}

/// The tally of a text's country mentions before the last point asked about: figures come in
/// text order, so each mention is counted once.
#[derive(Default, Debug)]
pub struct NamedSoFar {
    counted: usize,
    tally: crate::CountryTally,
}

impl DocContext<'_> {
    /// The country a single-article bulletin's text up to `end` names most, if it names no
    /// more than two.
    pub(super) fn dominant_country_up_to(&self, end: usize) -> Option<&'static str> {
        if !self.single_article {
            return None;
        }
        let mentions = self.mentions();
        let mut so_far = self.named_so_far.borrow_mut();
        let NamedSoFar { counted, tally } = &mut *so_far;
        if mentions[..*counted].last().is_some_and(|m| m.at >= end) {
            // Asked about an earlier point than last time: count again from the start.
            *counted = 0;
            *tally = Default::default();
        }
        while let Some(m) = mentions.get(*counted).filter(|m| m.at < end) {
            tally.add(*m);
            *counted += 1;
        }
        tally.dominant(2)
    }

    pub(super) fn dominant_country(&self) -> Option<&'static str> {
        *self.dominant.get_or_init(|| {
            if self.single_article {
                crate::dominant_country_of(self.text, self.mentions())
            } else {
                None
            }
        })
    }

    /// The country a single article names more than any other, though not twice as often.
    pub(super) fn leading_country(&self) -> Option<&'static str> {
        *self.leading.get_or_init(|| {
            if !self.single_article {
                return None;
            }
            let mut tally = crate::CountryTally::default();
            for m in self.mentions() {
                tally.add(*m);
            }
            tally.leading()
        })
    }

    /// For a single article that names no country, region or large city at all, the country
    /// of the smaller places it names (`gazetteer::minor_place_country`).
    pub(super) fn minor_place_country(&self) -> Option<&'static str> {
        *self.minor.get_or_init(|| {
            (self.single_article && self.mentions().is_empty())
                .then(|| crate::gazetteer::minor_place_country(self.text))
                .flatten()
        })
    }

    /// How many times the text names `code`'s places.
    pub(super) fn times_named(&self, code: &str) -> usize {
        self.mentions().iter().filter(|m| m.code == code).count()
    }

    fn mentions(&self) -> &[crate::CountryMention] {
        self.mentions
            .get_or_init(|| crate::country_mentions(self.text))
    }
}
