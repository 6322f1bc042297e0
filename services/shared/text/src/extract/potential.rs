//! Figures of what might have been, not of a lot: what a craft could carry, what a find or
//! precursors could have made, what a find was for making, and drugs whose making was
//! prevented. Split from `non_events.rs`: one question of a figure, asked in its sentence.

use crate::fold::Tokens;
use crate::quantity::Quantity;

/// Whether `q` (its drug's name ending at `drug_end`) tells what something could carry or
/// make, or what was never made: no lot.
pub(super) fn could_carry_or_make(toks: &Tokens, q: &Quantity, drug_end: usize) -> bool {
    // "a submarine capable of transporting up to eight tonnes", "a vessel able to carry 8
    // tonnes", «судно, способное перевезти до 5 тонн»: what a craft could carry, no lot. (So is
    // what crops could yield: "crops ... capable of yielding about 15 tons of marijuana", and
    // what precursors could have made: "which could have made 809kg of the drug", "which could
    // have been used to make 1 tonne of meth".)
    if (q.start.saturating_sub(7)..q.start).any(|k| {
        // ("each of these plants would yield in excess of one pound": what they would give.)
        // («прекурсоры позволили бы изготовить ещё около 60 кг»: what they would have made.)
        (toks.is(
            k,
            &[
                "capable",
                "able",
                "can",
                "could",
                "would",
                "бы",
                "можно",
                "могли",
            ],
        ) || toks.starts(k, &["способн"]))
            && (k + 1..q.start).any(|j| {
                toks.starts(
                    j,
                    &[
                        "carr",
                        "transport",
                        // ("a semi-submersible vessel capable of moving 600 kilograms".)
                        "moving",
                        "move",
                        "hold",
                        "yield",
                        "produc",
                        "made",
                        "make",
                        // ("could have been turned into around 800 kilograms of amphetamine".)
                        "turned",
                        "изготов",
                        "произве",
                        // («Из этого количества можно получить более 200 кг спайсов».)
                        "получ",
                        "перевез",
                        "перевоз",
                        "вмест",
                        "дать",
                        // ("the RDDC can dispose of up to 5 kg": what a facility could burn.)
                        "dispos",
                        "burn",
                        "incinerat",
                        "destroy",
                    ],
                )
            })
            && !(k..q.start).any(|j| toks.is(j, &[","]))
    }) {
        return true;
    }
    // («В Сочи поймали мужчину с порошком для изготовления 40 кг спайса», "precursors to make
    // 50 kg of meth", "enough to produce 2 tonnes": what the find was for making, no lot.)
    // ("enough to yield just over half a kilogram": a word of the qualifier between.)
    let made_at = if toks.is(q.start.wrapping_sub(1), &["just", "only", "some"]) {
        q.start.wrapping_sub(3)
    } else {
        q.start.wrapping_sub(2)
    };
    if made_at < q.start
        && toks.any_phrase_at(
            made_at,
            &[
                "для изготовления",
                "для производства",
                "для получения",
                "to make",
                "to produce",
                "to manufacture",
                // ("nearly two kilograms of Contac NT ..., enough to yield just over half a
                // kilogram of methamphetamine".)
                "to yield",
            ],
        )
    {
        return true;
    }
    // ("2 tonnes of heroin can be produced from the retained 5 tonnes of acetic anhydride":
    // what a seized precursor could make, told after the figure, in its clause.)
    if (drug_end..(drug_end + 10).min(toks.len()))
        .take_while(|&k| !toks.is(k, &[".", ";", ","]))
        .any(|k| {
            toks.is(k, &["can", "could", "would"])
                && (toks.phrase_at(k + 1, "be") || toks.phrase_at(k + 1, "have been"))
                && (k + 2..(k + 4).min(toks.len()))
                    .any(|j| toks.starts(j, &["produc", "made", "manufactur", "obtain"]))
        })
    {
        return true;
    }
    // What destroyed plants would have made: "520 tons of cannabis resin was prevented", "250
    // tons of cannabis substances were prevented from being made" (not "the smuggling of 5 kg
    // of heroin was prevented", a foiled seizure).
    let from = drug_end.max(q.end);
    let prevented = (from..from + 4)
        .take_while(|&k| toks.is_word(k))
        .find(|&k| toks.is(k, &["prevented"]) && toks.is(k - 1, &["was", "were"]));
    prevented.is_some_and(|k| toks.phrase_at(k + 1, "from being") || !toks.is_word(k + 1))
        && !(q.start.saturating_sub(5)..q.start).any(|j| {
            toks.starts(
                j,
                &[
                    "smuggl",
                    "traffick",
                    "transport",
                    "import",
                    "export",
                    "sale",
                    "entry",
                ],
            )
        })
}
