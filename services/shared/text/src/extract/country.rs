//! Which country a figure's event is in: the place its sentence names, the one before, its
//! paragraph's, the bulletin section's, the one country the article names, or the country the
//! text names most. Split from `extract.rs`: one decision, read from the sentence facts.

use super::DocContext;
use super::facts::SentenceFacts;
use super::sentences::one_place;
use crate::model::Article;
use crate::segment::Sentence;

/// The country of a figure in sentence `sentence`, the rule that chose it, and the distinct
/// countries its sentence names. `figure` is where the figure stands in its sentence, beside
/// where all the sentence's figures stand.
#[allow(clippy::too_many_arguments)]
pub(super) fn country_of(
    facts: &[SentenceFacts],
    sentence: usize,
    prev: Option<&SentenceFacts>,
    sentences: &[Sentence],
    article: &Article,
    article_countries: &[&'static str],
    doc: &DocContext,
    figure: ((usize, usize), &[(usize, usize)]),
) -> (Option<&'static str>, &'static str, Vec<&'static str>) {
    let f = &facts[sentence];
    let mut distinct: Vec<&'static str> = Vec::new();
    for l in &f.locations {
        if !distinct.contains(l) {
            distinct.push(l);
        }
    }
    // "US CBP ... and Puerto Rico Police ... seized 1,151 pounds": a state's agency at work in
    // its own territory is no joint work of two countries; the territory is where it happened.
    if let [a, b] = distinct[..]
        && let Some(territory) = [(a, b), (b, a)]
            .into_iter()
            .find(|(state, t)| crate::gazetteer::sovereign_of(t) == Some(*state))
            .map(|(_, t)| t)
    {
        distinct = vec![territory];
    }
    // A list of three or more countries is a multi-country figure.
    // "LONDON, Jan 15 (IranMania) - Provincial police seized 418 kilograms of opium in this
    // northeastern city": an outlet's city the text names nowhere else is where it writes
    // from, not where the story is.
    let outlet_city = f
        .dateline
        .filter(|d| distinct == [*d] && doc.times_named(d) <= 1);
    // "The U.S. Coast Guard said it has seized more than 19 tons ... in the eastern Pacific
    // Ocean": a find on the open ocean is in no country (rule 9), whose coast guard or navy
    // made it, when the sentence says so or, in that story, names no place but the patrol's
    // country. (A sentence of a story at sea that names where it happened keeps it; so does
    // one of another story: "Meanwhile, ... 12 tons of Hashish".)
    let at_sea =
        f.open_ocean || (f.story_at_sea && distinct.iter().all(|c| f.agency_countries.contains(c)));
    let (country, rule) = if at_sea {
        (None, "found on the open ocean")
    } else if let Some(c) = outlet_city.and_then(|d| doc.dominant_country().filter(|c| *c != d)) {
        (Some(c), "a dateline's city is where the outlet writes from")
    } else if distinct.len() >= 3 {
        (None, "three or more countries named")
    } else if distinct.len() == 1 {
        (distinct.first().copied(), "place named in the sentence")
    } else if let [place] = distinct
        .iter()
        .filter(|c| !f.agency_countries.contains(c) && f.said_where.contains(c))
        .collect::<Vec<_>>()[..]
        && distinct.len() == 2
        && distinct.iter().any(|c| f.agency_countries.contains(c))
    {
        // «Правоохранители изъяли в Афганистане ... при участии ФСКН России»: where it
        // happened outranks an agency's country.
        (
            Some(*place),
            "place named in the sentence, not an agency's country",
        )
    } else if let Some(own) =
        (distinct.len() == 2 && !f.joint && !f.respectively && figure.1.len() >= 2)
            .then(|| beside_the_figure(f, figure.0, figure.1))
            .flatten()
    {
        // Two countries and several figures in the sentence: each figure's own.
        (Some(own), "place named beside the figure")
    } else if distinct.len() > 1 && !f.joint {
        // Two places: the one of the article's country, if one is ("в городе Нимроз и
        // Захедан" in an article about Iran), else the first.
        let home = article
            .country
            .or_else(|| doc.dominant_country())
            .filter(|c| distinct.contains(c));
        (
            home.or(distinct.first().copied()),
            "place named in the sentence",
        )
    } else if distinct.len() > 1 {
        (None, "joint work of the countries named")
    } else if f.regional {
        // "897 kilograms ... were seized on the territory of the CSTO countries": the
        // region's figure, though the article is about one of them (rule 9).
        (None, "a regional organisation's or member states' figure")
    } else if let Some(place) = prev.and_then(|p| one_place(&p.locations))
        && !named_once_in_anothers_story(doc, place)
    {
        (Some(place), "place named in the sentence before")
    } else if let Some(place) = (sentence.saturating_sub(4)..sentence.saturating_sub(1))
        .rev()
        .take_while(|&k| sentences[k].paragraph == sentences[sentence].paragraph)
        .find(|&k| !facts[k].locations.is_empty())
        .and_then(|k| one_place(&facts[k].locations))
        .filter(|&place| !named_once_in_anothers_story(doc, place))
    {
        // "Как сообщила пресс-служба МВД Грузии ... У россиянки ... обнаружен кокаин. Общий
        // вес ... 1,2 кг": the last place its paragraph named.
        (Some(place), "place named earlier in the paragraph")
    } else if f.joint && article_countries.len() + usize::from(article.country.is_some()) > 1 {
        (None, "joint work of several countries")
    } else if article.country.is_some() {
        (article.country, "the bulletin section's country")
    } else if article_countries.len() == 1 && !f.joint {
        (
            article_countries.first().copied(),
            "the one country the article names",
        )
    } else if let Some(c) = doc.dominant_country() {
        (Some(c), "the country the text names most")
    } else if let Some(c) = doc.dominant_country_up_to(sentences[sentence].end) {
        // Background paragraphs at the end (a war's history, neighbours' records) can
        // tie the whole text: the story up to the figure is what it is about.
        (Some(c), "the country the text names most up to the figure")
    } else if let Some(c) = doc
        .leading_country()
        // (Not in a regional organisation's release, "the CSTO member states": its figures are
        // the region's, whichever member it names most.)
        .filter(|_| !facts.iter().any(|f| f.regional))
    {
        (Some(c), "the country the text names more than any other")
    } else if let Some(c) = doc
        .minor_place_country()
        .filter(|_| !f.joint && !facts.iter().any(|f| f.regional))
    {
        // "Authorities in the port of Lázaro Cárdenas reported …": a text that names no
        // country, region or large city is where the smaller places it names are.
        (Some(c), "the smaller places the text names")
    } else {
        (None, "the country the text names most")
    };
    (country, rule, distinct)
}

/// Whether `place` is named once in a text that names another country at least three times
/// as the one it is about: «в городах Сараван, Ираншахр, Сиб и Суран» in a story about Iran's
/// police, where "Сиб" is also Oman's Seeb. The sentence before lends no such place.
fn named_once_in_anothers_story(doc: &DocContext, place: &str) -> bool {
    doc.dominant_country()
        .is_some_and(|d| d != place && doc.times_named(place) <= 1 && doc.times_named(d) >= 3)
}

/// In a sentence of two countries and several figures, each led by the country named ("in
/// X", «в X») before it: the country named beside `figure` («крупнейшая партия,
/// перехваченная в Испании, составила 315 кг, в Турции - 717 кг», "In Kazakhstan 5 tonnes
/// were seized, in Kyrgyzstan 2 tonnes"): the last one between the figure before and this
/// one. (Not places after their figures: "2 kg of hashish, sent by accomplices in
/// Tajikistan".)
fn beside_the_figure(
    f: &SentenceFacts,
    figure: (usize, usize),
    figures: &[(usize, usize)],
) -> Option<&'static str> {
    let first_place = f.countries_in.first()?.0;
    let first_figure = figures.iter().map(|q| q.0).min()?;
    let before = figures
        .iter()
        .filter(|q| q.1 <= figure.0)
        .map(|q| q.1)
        .max()
        .unwrap_or(0);
    (first_place < first_figure)
        .then(|| {
            f.countries_in
                .iter()
                .rev()
                .find(|(k, _)| *k >= before && *k < figure.0)
        })
        .flatten()
        .map(|p| p.1)
}
