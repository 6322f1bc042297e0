//! The figures that are never events (differences, rates, capacities, dosages, doses, one
//! piece's weight), and pieces counted with each one's weight, which make a lot of their
//! product. Split from `figure.rs` (what a figure is of): these too look at one quantity, or
//! two neighbouring ones, and the words around them.

use crate::fold::Tokens;
use crate::lexicon::drug_at;
use crate::model::Unit;
use crate::quantity::Quantity;

/// One piece of a lot: "each", «каждый».
const EACH: &[&str] = &["each", "apiece", "каждый", "каждая", "каждое", "каждого"];
/// A weight introduced as one: "weighing", «весом».
const WEIGHING: &[&str] = &["weighing", "weigh", "weighed", "weighs", "весом", "массой"];

/// Quantities that are never events: differences, rates, capacities, dose equivalents.
pub(super) fn not_an_event(toks: &Tokens, q: &Quantity, drug_end: usize, has_weight: bool) -> bool {
    let after = |k: usize, words: &[&str]| toks.is(k, words);
    // ("thwarted two attempts to smuggle over 2.9 captagon tablets": a count in pieces that is
    // no whole number lost its multiplier; it counts nothing.)
    if q.unit.is_count() && q.amount.fract() != 0.0 {
        return true;
    }
    // "Swallowers usually ingest between half a pound and two pounds of cocaine", «курьеры
    // обычно перевозят по 1 кг»: what is done as a rule, no lot anyone seized.
    if (q.start.saturating_sub(10)..q.start)
        .rev()
        .take_while(|&k| !toks.is(k, &[".", ";"]))
        .any(|k| {
            toks.is(k, &["usually", "typically", "normally", "generally", "обычно"])
                // (Not "as usual", «как обычно, больше всего сгорело марихуаны (10 кг ...)».)
                && !toks.is(k.wrapping_sub(1), &["as", "как"])
        })
    {
        return true;
    }
    // "only 22 pounds (10 kg) of cocaine, while as much as 1,543 pounds (700 kg) was believed
    // to have been on board": an amount supposed, not found. (Not "2 kg of powder believed to
    // be cocaine": what a find is taken to be.)
    if (drug_end.max(q.end)..drug_end.max(q.end) + 8)
        .take_while(|&k| !toks.is(k, &[".", ";"]))
        .any(|k| {
            // ("to be on board", "to have been aboard", and "to have have been" with the
            // word doubled by a slip.)
            let mut be = k + 2;
            while be < k + 4 && toks.is(be, &["have"]) {
                be += 1;
            }
            let being = if be > k + 2 { "been" } else { "be" };
            toks.is(k, &["believed", "thought"])
                && toks.is(k + 1, &["to"])
                && toks.is(be, &[being])
                && (toks.is(be + 1, &["aboard"]) || toks.phrase_at(be + 1, "on board"))
        })
    {
        return true;
    }
    // «три куста взяли на экспертизу, а остальные уничтожили», «около 2 тыс. кустов конопли,
    // один куст отправили на экспертизу», "two plants were sent for analysis and the rest
    // burnt": a sample taken for testing, not a lot of its own.
    if q.unit.is_count() && sample_for_testing(toks, q) {
        return true;
    }
    // "smuggling attempts involving volumes of 10 kilograms or more", "small volumes with less
    // than 10 grams": a size that sorts finds into classes, no lot.
    // (Not "About 580 kilos or more than P3.5 billion worth": a value told beside the lot.)
    let or_more = toks.is(q.end, &["or"])
        && toks.is(q.end + 1, &["more", "above", "greater"])
        && !toks.is(q.end + 2, &["than"]);
    let volumes = (q.start.saturating_sub(6)..q.start)
        .any(|k| toks.is(k, &["volumes", "amounts", "quantities", "sizes"]));
    let under =
        (q.start.saturating_sub(2)..q.start).any(|k| toks.is(k, &["less", "under", "below"]));
    // ("classifying without prosecution seizures of less than 1.5 kg of cocaine": finds of a
    // size, no lot.)
    let seizures_under = (q.start.saturating_sub(5)..q.start).any(|k| {
        toks.is(k, &["seizures", "finds", "hauls", "cases"])
            && toks.is(k + 1, &["of"])
            && (k + 2..=q.start).any(|j| toks.is(j, &["less", "under", "below"]))
    });
    // ("the number of cases of smuggling more than one kilogram of methamphetamine at once
    // has surpassed ...", "cases of trafficking over 1 kg rose": a class of cases counted,
    // no lot.)
    let cases_over = (q.start.saturating_sub(6)..q.start).any(|k| {
        toks.is(k, &["cases", "seizures", "finds"])
            && toks.is(k + 1, &["of"])
            && (toks.phrase_before(k, "number of")
                || (toks.is(k, &["cases"]) && toks.text(k + 2).ends_with("ing")))
            && (k + 2..=q.start).any(|j| toks.is(j, &["more", "over", "above"]))
    });
    if or_more || (volumes && under) || seizures_under || cases_over {
        return true;
    }
    // ("more than 700kg of drugs and illegal tobacco", «более 2 тонн наркотиков и сигарет»: one
    // weight of drugs and tobacco together, no lot of drugs. Not "90 tons of drugs and alcohol",
    // which burning ceremonies tell as one lot.)
    if drug_end > q.end
        && toks.starts(drug_end - 1, &["drug", "narcotic", "наркотик"])
        && toks.is(drug_end, &["and", "и"])
        && (drug_end + 1..drug_end + 3)
            .any(|k| toks.starts(k, &["tobacco", "cigarett", "табак", "сигарет"]))
    {
        return true;
    }
    // ("(10930) units of different drinks", "200 cartons of cigarettes": pieces of goods
    // seized beside the drugs, no lot of them.)
    if q.unit.is_count()
        && toks.is(q.end, &["of"])
        && (q.end + 1..q.end + 4).any(|k| {
            toks.starts(k, crate::lexicon::COVER_GOODS)
                || toks.starts(k, &["drink", "beverage", "alcohol"])
        })
    {
        return true;
    }
    // «Как я провез пять килограммов «наркотиков» через две границы», "5 kg of 'drugs'": the
    // word for drugs in quotes, as something that only passed for them.
    let k = q.end + usize::from(toks.is(q.end, &["of"]));
    if toks.is(k, &["«", "\"", "“", "'", "‘"])
        && toks.starts(k + 1, &["наркотик", "drug"])
        && toks.is(k + 2, &["»", "\"", "”", "'", "’"])
    {
        return true;
    }
    // "a seizure value of almost a quarter of a million pounds": pounds sterling, a value.
    if toks.is(q.unit_tok, &["pounds", "pound"])
        && (q.start.saturating_sub(7)..q.start).any(|k| {
            toks.is(k, &["value", "valued", "worth", "cost", "costing", "price"])
                // (Only words of a value's size between: not "28,000 pounds of cocaine worth
                // $367 million and 11,000 pounds of marijuana".)
                && (k + 1..q.start).all(|w| {
                    toks.is(
                        w,
                        &[
                            "of", "at", "almost", "about", "nearly", "some", "over", "around",
                            "approximately", "a", "an", "quarter", "half", "the", "estimated",
                        ],
                    )
                })
        })
    {
        return true;
    }
    // "two Nitrosun 10 tablets", "Eramin 5", "UR-144": a number inside a drug's name.
    if q.start >= 1 && drug_at(toks, q.start - 1).is_some_and(|d| d.end > q.start) {
        return true;
    }
    // "10 five litre drums containing pseudoephedrine", «3 пятилитровые канистры»: a count of
    // containers, each of that size; the size is no lot.
    if q.unit == Unit::Litre
        && q.start >= 1
        && toks.is_num(q.start - 1)
        && toks.starts(
            q.end,
            &[
                "drum",
                "container",
                "canister",
                "jerrycan",
                "barrel",
                "bottle",
                "канистр",
                "бочк",
                "бутыл",
            ],
        )
    {
        return true;
    }
    // "CBP seized an average of 3,707 pounds of drugs every day", «в среднем по 2 кг в
    // сутки», "an average of 8.3 kilograms in each case": an average, no lot.
    if (q.start.saturating_sub(5)..q.start).any(|k| {
        toks.is(k, &["average", "averaged", "averaging"]) || toks.phrase_at(k, "в среднем")
    }) {
        return true;
    }
    // "3 tons 806 kg (+1 ton 831.7 kg)", «(+12,5 кг)»: a change on the year before, signed, in
    // brackets.
    if toks.is(q.start.wrapping_sub(1), &["+", "-", "−", "–"])
        && toks.is(q.start.wrapping_sub(2), &["("])
    {
        return true;
    }
    // «две единицы боевого оружия», «626 единиц боеприпасов», "30 units of fire-arms, 600
    // units of various ammunition": «единиц» and "units" count tablets («25 единиц
    // "тропикамида"»), not weapons, ammunition or vehicles.
    // ("2,594 pieces of ammunition and 20 pieces of arms": pieces too.)
    if (toks.starts(q.unit_tok, &["единиц"]) || toks.is(q.unit_tok, &["units", "pieces", "pcs"]))
        && (q.unit_tok + 1..q.unit_tok + 4).any(|k| {
            toks.starts(
                k,
                &[
                    "оруж",
                    "огнестрел",
                    "боеприпас",
                    "патрон",
                    "техник",
                    "транспорт",
                    "валют",
                    "weapon",
                    "fire",
                    "arms",
                    "ammunition",
                    "cartridge",
                    "explosive",
                    "grenade",
                    "vehicle",
                    "currency",
                ],
            )
        })
    {
        return true;
    }
    // («924 единицы мобильной связи»: «единиц» of anything that is no drug, no medicine and no
    // substance are no tablets.)
    if toks.starts(q.unit_tok, &["единиц"])
        && toks.is_word(q.unit_tok + 1)
        && !(q.unit_tok + 1..q.unit_tok + 4).any(|k| {
            drug_at(toks, k).is_some()
                || toks.starts(
                    k,
                    &[
                        "таблет",
                        "ампул",
                        "капсул",
                        "препарат",
                        "лекарств",
                        "медикамент",
                        "наркот",
                        "психотроп",
                        "сильнодейств",
                        "веществ",
                        "средств",
                        "флакон",
                    ],
                )
        })
    {
        return true;
    }
    // «В каждом контейнере находилось более 150 грамм героина», "each package held about 1
    // kg": the size of one piece of a lot told otherwise.
    // («В каждом ананасе было от 800 граммов до килограмма»: a range's upper end too, further
    // on in the same clause.)
    let range_end =
        toks.is(q.start, &["до", "to"]) || toks.is(q.start.wrapping_sub(1), &["до", "to"]);
    let reach = if range_end { 9 } else { 5 };
    if (q.start.saturating_sub(reach)..q.start).any(|k| {
        toks.is(
            k,
            &[
                "каждом",
                "каждой",
                "каждый",
                "каждая",
                "каждого",
                "each",
                "every",
            ],
        )
    }) {
        return true;
    }
    // «планировали перевезти героин партиями по 200 кг», "shipped in batches of 50 kg": the
    // size of each lot planned or made, not a lot seized.
    if (toks.is(q.start.wrapping_sub(1), &["по"])
        && toks.starts(q.start.wrapping_sub(2), &["парти"]))
        || (toks.is(q.start.wrapping_sub(1), &["of"])
            && toks.is(
                q.start.wrapping_sub(2),
                &["batches", "lots", "consignments"],
            )
            && toks.is(q.start.wrapping_sub(3), &["in"]))
    {
        return true;
    }
    // «задержанные планировали доставить в Германию до 650 килограммов», "planned to bring in
    // up to 650 kilos": what someone meant to move, not a lot seized. ("They had opened crates
    // expecting to find a tonne of medical ketamine": nor what someone expected to find.)
    if (q.start.saturating_sub(6)..q.start).any(|k| {
        toks.starts(
            k,
            &[
                "планирова",
                "намерева",
                "собиралис",
                "planned",
                "planning",
                "intended",
                "intending",
                "plotted",
                "expecting",
                "hoping",
            ],
        ) && (toks.is(k + 1, &["to"]) || toks.text(k + 1).ends_with("ть"))
            // (Not "The pair, who had planned to move 20kg of heroin, were detained", nor a
            // lot the sentence goes on to find: a verb of finding after the plan. What
            // someone expected is a find only past the expected act: "expecting to find".)
            && !({
                let act = if toks.is(k, &["expecting", "hoping"]) { k + 3 } else { k + 1 };
                act..toks.len()
            })
            .any(|j| toks.starts_set(j, crate::lexicon::seizure_stems()))
    }) {
        return true;
    }
    // A dosage strength in milligrams after its drug ("pills of Tramadol 225mg", "Lyrica
    // 300 мг") is not an amount seized; "850 mg of heroin" is.
    const MG: &[&str] = crate::lexicon::MILLIGRAMS;
    if q.unit == Unit::Kg && drug_end <= q.end && toks.is(q.unit_tok, MG) && q.start > 0 {
        let before = q.start - 1;
        let after_name = (before.saturating_sub(3)..=before)
            .any(|k| drug_at(toks, k).is_some_and(|d| d.end == q.start));
        let in_a_list = toks.is(before, &[",", "and", "и"]) && toks.is(before.wrapping_sub(1), MG);
        if after_name || in_a_list {
            return true;
        }
    }
    // "26 illicit drug joints were dismantled": Nigeria's word for drug dens, no lot.
    if toks.is(q.unit_tok, &["joints"]) && toks.is(q.unit_tok.wrapping_sub(1), &["drug", "drugs"]) {
        return true;
    }
    // "611 anti-illegal drugs operations", "12 drug cases": the word for drugs before a count
    // of police work is no unit. ("seized a total of 5,218 drugs between 2019 and 2020",
    // "destroyed 26 narcotic drugs and 17 chemical substances": nor is a count of drugs, of
    // seizures or kinds, unless what they hold is said, "Approximately 7,000 drugs containing
    // narcotics", medicines, or a unit follows, "5,600 drugs pills".)
    if toks.is(q.unit_tok, &["drugs"])
        && (toks.starts(
            q.unit_tok + 1,
            &[
                "operation",
                "raid",
                "case",
                "offen",
                "arrest",
                "bust",
                "related",
            ],
        ) || (!toks.is(q.end, &["containing", "contain", "with"])
            && crate::lexicon::unit_at(toks, q.end).is_none()
            && q.adjective_drug.is_none_or(|d| d == "narcotic_drugs")))
    {
        return true;
    }
    for e in [q.end, drug_end] {
        if (after(e, &["more", "less", "fewer", "higher", "lower"]) && toks.is(e + 1, &["than"]))
            || after(e, &["больше", "меньше", "выше", "ниже", "more", "less"])
        {
            return true;
        }
        const RATES: &[&str] = &[
            "a day",
            "per day",
            "per month",
            "per year",
            "per hour",
            // "opium poppy yielded 56 kg of opium per hectare": a crop's yield.
            "per hectare",
            "a hectare",
            "с гектара",
            "в сутки",
            "в день",
            "в месяц",
            "в год",
        ];
        // ("12 kg / 2023: 7 kg": a slash before another year's label is no "per".)
        // ("1.5 kilograms of MDMA/MDA", "heroin/cocaine": after the drug's name a slash gives
        // another name of the lot; it is a rate only before a unit or a span of time.)
        let per = after(e, &["/"])
            && !(q.labelled_year.is_some()
                && crate::quantity::year_label_at(toks, e + 1).is_some())
            && (e == q.end
                || crate::lexicon::unit_at(toks, e + 1).is_some()
                || toks.starts(
                    e + 1,
                    &[
                        "day", "month", "year", "hour", "week", "hectare", "сут", "день", "месяц",
                        "год", "гектар",
                    ],
                )
                // (Not "heroin/hashish", «героин/гашиш»: "ha" and «га» only as words.)
                || toks.is(e + 1, &["ha", "га"]));
        if toks.any_phrase_at(e, RATES) || after(e, &["daily", "ежедневно", "ежемесячно"]) || per
        {
            return true;
        }
    }
    // «лаборатории, в которых в месяц готовили от 30 до 100 килограмм»: a rate said before
    // its figure.
    const RATES_BEFORE: &[&str] = &[
        "в месяц",
        "в сутки",
        "в неделю",
        "per month",
        "per day",
        "per week",
    ];
    if (q.start.saturating_sub(7)..q.start).any(|k| toks.any_phrase_at(k, RATES_BEFORE)) {
        return true;
    }
    // «цена одного килограмма марихуаны составляет порядка 10 тысяч рублей», «цена 22 кг
    // изъятого наркотика», "the price of a kilogram of heroin": the figure a price is of.
    // («килограмм масла каннабиса стоит около 700 тысяч»: what a kilogram costs.)
    // (Whole words: not «центра», a centre.)
    const PRICE: &[&str] = &["цена", "цену", "цены", "цене", "ценой", "price", "prices"];
    let price_before = toks.is(q.start.wrapping_sub(1), PRICE)
        || (toks.is(q.start.wrapping_sub(1), &["of"]) && toks.is(q.start.wrapping_sub(2), PRICE));
    let costs_after = (q.end..(q.end + 5).min(toks.len()))
        .any(|k| toks.is(k, &["стоит", "стоил", "costs", "sells", "fetches"]));
    if price_before || (q.amount == q.factor && costs_after) {
        return true;
    }
    // "the average 68.50-euro price for a gramme of cocaine", "цена за один грамм": a price's
    // unit.
    if toks.is(q.start.wrapping_sub(1), &["for", "per", "за"])
        && (q.start.saturating_sub(6)..q.start)
            .any(|k| toks.starts(k, &["price", "цен", "cost", "стоимост"]))
    {
        return true;
    }
    // "About 150 metric tons of heroin ... are smuggled every year through Uzbekistan": a
    // yearly flow, not a lot: a flow verb by the figure (after it, or just before: "Each month
    // the smugglers moved about 200,000 pills"), and a rate anywhere in the sentence ("At least
    // 15-20 tons of opium and ... 80 metric tons of heroin are smuggled into the country each
    // year").
    // (The verb first: it is the rarer test and looks at a few words only.)
    let after = q.end..(q.end + 15).min(toks.len());
    let flow_verb = after
        .clone()
        .any(|k| toks.starts(k, &["smuggl", "traffick", "transit"]))
        || (q.start.saturating_sub(10)..q.start).any(|k| {
            toks.is(
                k,
                &[
                    "moved",
                    "transported",
                    "supplied",
                    "shipped",
                    "smuggled",
                    "sold",
                ],
            )
        });
    let sentence_rate = flow_verb
        && (0..toks.len()).any(|k| {
            toks.is(k, &["annually", "monthly", "ежегодно", "ежемесячно"])
                || (toks.is(k, &["every", "each", "per"])
                    && toks.any_phrase_at(
                        k,
                        &[
                            "every year",
                            "each year",
                            "per annum",
                            "every month",
                            "each month",
                            "per month",
                        ],
                    ))
        });
    if sentence_rate {
        return true;
    }
    // "More than 15 million methamphetamine pills were smuggled through the northern borders in
    // 2011": what got through, not a find, where no other verb of the sentence takes anything.
    let got_through = (q.end..(q.end + 8).min(toks.len())).any(|k| {
        toks.is(k, &["were", "was", "are", "is", "been"])
            && toks.starts(k + 1, &["smuggl", "traffick"])
    });
    if got_through
        && !(0..toks.len()).any(|k| {
            toks.starts_set(k, crate::lexicon::seizure_stems()) && !toks.starts(k, &["smuggl"])
        })
    {
        return true;
    }
    // "The ministry seized 4.4 more tons of cocaine during 2013 than 2012": how much more than
    // another year's figure, a difference (rule 5).
    if (q.start + 1..q.end).any(|k| toks.is(k, &["more", "less", "fewer"]) && toks.is_num(k - 1))
        && (q.end..toks.len()).any(|k| toks.is(k, &["than"]))
    {
        return true;
    }
    let before =
        |words: &[&str]| (q.start.saturating_sub(4)..q.start).any(|k| toks.starts(k, words));
    // "increased by 27 per cent, or by 394 kg": a difference.
    let long_before =
        |words: &[&str]| (q.start.saturating_sub(12)..q.start).any(|k| toks.starts(k, words));
    if q.start > 0
        && toks.is(q.start - 1, &["by", "на"])
        && long_before(&[
            "increas",
            "decreas",
            "rose",
            "grew",
            "fell",
            "drop",
            "up",
            "down",
            "увелич",
            "сниз",
            "уменьш",
            "вырос",
            "сократ",
            // "больше на 25 процентов, или на 619 кг"
            "больше",
            "меньше",
            // "exceeds by almost four tons the total of the previous year"
            "exceed",
            "surpass",
            "превыс",
            "превыш",
        ])
    {
        return true;
    }
    // "510.2 kilograms or 43 percent more than", "down 2,623.7kg from 2019", "a 25% increase
    // (619 kg)", "на 4 кг 282 кг превышает": differences too.
    let percent_more = toks.is(q.end, &["or", "или"])
        && toks.is_num(q.end + 1)
        && (q.end + 2..q.end + 6).any(|k| {
            toks.is(
                k,
                &[
                    "more",
                    "less",
                    "higher",
                    "lower",
                    "больше",
                    "меньше",
                    "выше",
                    "ниже",
                ],
            )
        });
    // (Not "officers picked up 5 kg of heroin": "up"/"down" with the "from" it is measured
    // from.)
    let up_down = (toks.is(q.start.wrapping_sub(1), &["down", "up"])
        && (q.end..q.end + 4).any(|k| toks.is(k, &["from", "on", "compared"])))
        || (toks.is(q.start.wrapping_sub(1), &["("])
            && (q.start.saturating_sub(4)..q.start)
                .any(|k| toks.starts(k, &["increas", "decreas", "rise", "drop", "рост", "сниж"])));
    let exceeds = toks.is(q.start.wrapping_sub(1), &["на"])
        && (q.end..q.end + 3).any(|k| toks.starts(k, &["превыш", "больше", "меньше", "выше"]));
    if percent_more || up_down || exceeds {
        return true;
    }
    if q.start > 0
        && toks.is(q.start - 1, &["of"])
        && before(&[
            "increase",
            "decrease",
            "rise",
            "growth",
            "drop",
            "reduction",
        ])
    {
        return true;
    }
    // "a lab able to produce 100 kg", «мощностью производства до 100 кг» (not «ингредиентов
    // для производства наркотиков, 100 кг героина», where a comma ends that phrase).
    // (Not what a search turned up, "The search produced 15 packs of marijuana", nor a second
    // object after a conjunction, "500kg of ingredients used in amphetamine production as well
    // as three tonnes of hash".)
    if (q.start.saturating_sub(4)..q.start).any(|k| {
        toks.starts(k, &["capacity", "мощност", "produc", "производ"])
            && !(k..q.start)
                .any(|j| toks.is(j, &[",", "and", "и"]) || toks.phrase_at(j, "as well as"))
            && !super::verbs::yield_of_a_search(toks, k)
    }) {
        return true;
    }
    // "around 3,700 kilos of drugs a month", "100 kilograms of cocaine per day", «до 20 кг в
    // сутки»: a rate (what a lab turns out, what a route carries), no lot. (Not "47,000 kilos a
    // year later": another year's figure.)
    let after_drug = {
        let k = q.end + usize::from(toks.is(q.end, &["of"]));
        drug_at(toks, k).map_or(q.end, |d| d.end)
    };
    // ("2-Tons-a-Week Coke Lab": so with hyphens, in a headline.)
    let hyphen = |k: usize| usize::from(toks.is(k, &["-"]));
    let a = after_drug + hyphen(after_drug);
    let span = a + 1 + hyphen(a + 1);
    if (toks.is(a, &["a", "per"])
        && toks.is(span, &["day", "week", "month", "year"])
        && !toks.is(
            span + 1,
            &["earlier", "later", "ago", "before", "after", "on"],
        ))
        || (toks.is(after_drug, &["в"])
            && toks.is(after_drug + 1, &["сутки", "день", "неделю", "месяц"])
            && !toks.is_word(after_drug + 2))
    {
        return true;
    }
    // "grouped into four plants per square meter", «по четыре куста на квадратный метр», "80
    // plants per hectare": a density of a field, no lot.
    if (toks.is(after_drug, &["per", "a", "на"])
        && toks.starts(
            after_drug + 1,
            &[
                "square",
                "sq",
                "hectare",
                "acre",
                "квадратн",
                "гектар",
                "сотк",
            ],
        ))
        || (toks.is(after_drug, &["на"])
            && toks.is(after_drug + 1, &["один", "одном", "1"])
            && toks.starts(after_drug + 2, &["квадратн", "гектар", "сотк"]))
    {
        return true;
    }
    // "3,020.4kg, or 55.3 percent of the seized chemicals, came from Southeast Asian nations,
    // ... 1,887.5kg (34.5 percent)": shares of a total by where the drugs came from, no lots.
    let share = (toks.is(q.end, &["("]) && toks.is_num(q.end + 1))
        || (toks.is(q.end, &[","]) && toks.is(q.end + 1, &["or"]) && toks.is_num(q.end + 2));
    if share
        && (q.end + 1..(q.end + 4).min(toks.len())).any(|k| toks.is(k, &["percent", "%"]))
        && (0..toks.len()).any(|k| {
            toks.phrase_at(k, "came from")
                || toks.phrase_at(k, "coming from")
                || toks.phrase_at(k, "accounting for")
                || toks.starts(k, &["originat"])
        })
    {
        return true;
    }
    // "the target is to touch 1.50 lakh kg by June 26", "a goal of destroying 200 tonnes": a
    // figure aimed at, no lot.
    if (q.start.saturating_sub(6)..q.start).any(|k| {
        // (Not "aim", «цель»: "with the aim of smuggling 5 kg", «с целью сбыта» are lots.)
        toks.is(k, &["target", "targets", "goal"]) && !(k..q.start).any(|j| toks.is(j, &[",", ";"]))
    }) {
        return true;
    }
    // "intercepted the 11 tonne lorry", "a 20-ton truck": the vehicle's size, no lot; so is
    // the size of each of many pieces.
    if q.unit == Unit::Kg
        && toks.is(
            q.end + usize::from(toks.is(q.end, &["-"])),
            &[
                "lorry",
                "lorries",
                "truck",
                "trucks",
                "trailer",
                "tanker",
                "vessel",
                "ship",
                "boat",
                "van",
                "tipper",
                // ("a 32,000-ton carrier", "a 5,000-tonne bulk freighter": a ship's tonnage.)
                "carrier",
                "freighter",
                "bulk",
                // ("offloading the 25kg bags full of dagga", "20 1-kg packages": each piece's
                // weight, how many unsaid or counted apart.)
                "bags",
                "sacks",
                "packets",
                "packages",
                "parcels",
                "bales",
                "bricks",
                "blocks",
                "slabs",
            ],
        )
    {
        return true;
    }
    // What a craft could carry, what a find could have made, what was never made.
    if super::potential::could_carry_or_make(toks, q, drug_end) {
        return true;
    }
    // "Every year, Iran burns more than 60 tons of seized narcotics": a habit, no event (unless
    // the sentence names the year it counts).
    // (Not the habit of something else: «в ходе операции "Мак", которую ежегодно проводят,
    // изъято более 1 т».)
    // (Looked for near the figure only: a sentence of many figures stays linear.)
    let habitual = (q.start.saturating_sub(30)..q.start).any(|k| {
        (toks.any_phrase_at(k, &["every year", "each year", "каждый год"])
            || toks.is(k, &["annually", "ежегодно"]))
            && !(k.saturating_sub(6)..q.start).any(|j| toks.starts(j, &["котор", "which", "that"]))
    });
    if habitual
        && !(q.start.saturating_sub(30)..(q.end + 30).min(toks.len()))
            .any(|k| crate::dates::year_at(toks, k).is_some())
    {
        return true;
    }
    // "11 packages containing duffle bags, each weighing 50 kilograms", «пакеты весом 1 кг
    // каждый»: one piece's weight, not a lot.
    // ("inside of each was a unit of cocaine weighing 250 grams": the piece's weight, told a
    // few words after "each".)
    let weighed = toks.is(q.start.wrapping_sub(1), WEIGHING);
    let reach = if weighed { 9 } else { 3 };
    if (q.start.saturating_sub(reach)..q.start).any(|k| toks.is(k, EACH))
        || (q.end..q.end + 2).any(|k| toks.is(k, EACH))
    {
        return true;
    }
    // ("Every one of the 260 bags weighed at least 70 kilograms": one piece's weight, said of
    // every piece.)
    if (q.start.saturating_sub(3)..q.start).any(|k| toks.starts(k, &["weigh"]))
        && (q.start.saturating_sub(12)..q.start).any(|k| {
            toks.phrase_at(k, "every one of")
                || toks.phrase_at(k, "each one of")
                || toks.phrase_at(k, "each of the")
        })
    {
        return true;
    }
    // «56 пакетиков по 15 грамм наркотика в каждом», "packets of 15 grams of cocaine each":
    // pieces counted, then each one's weight.
    if (toks.is(q.start.wrapping_sub(1), &["по"])
        && crate::lexicon::unit_at(toks, q.start.wrapping_sub(2))
            .is_some_and(|u| u.unit.is_count()))
        || toks.is(drug_end, &["each", "apiece"])
        || (toks.is(drug_end, &["в"]) && toks.is(drug_end + 1, &["каждом", "каждой"]))
    {
        return true;
    }
    // ("Exol-5 0.52kg (316) tablets": the pieces of the lot weighed right before them, in
    // brackets, whatever the weight's drug; rule 6.)
    if q.unit.is_count()
        && q.start >= 2
        && toks.is(q.start - 1, &["("])
        && crate::lexicon::unit_at(toks, q.start - 2).is_some_and(|u| u.unit == Unit::Kg)
    {
        return true;
    }
    // ("50,000 GHB doses": doses of a drug named between the number and the word, as an
    // estimate puts a haul.)
    if q.unit == Unit::Dose && (q.start + 1..q.unit_tok).any(|k| drug_at(toks, k).is_some()) {
        return true;
    }
    // ("the drugs seized equate to about 33,000 average cocaine doses": the lots told again as
    // doses; «операция позволила предотвратить выпуск на черный рынок порядка 173 тысяч доз»,
    // «на черный рынок не попали ... доз»: the doses kept off the market.)
    if (q.unit == Unit::Dose || toks.starts(q.unit_tok, &["dose", "доз"]))
        && (has_weight
            // (Anywhere before the figure: the doses after it come as a list.)
            || (0..q.start).any(|k| {
                toks.starts(
                    k,
                    &[
                        "enough",
                        "equivalent",
                        "equate",
                        "достаточн",
                        "хватил",
                        "эквивалент",
                        "prevent",
                        "предотвра",
                    ],
                ) || (toks.is(k, &["black", "черный", "черного"])
                    && toks.starts(k + 1, &["market", "рын"]))
            })
            || toks.starts(q.unit_tok.wrapping_sub(1), &["single", "разов"]))
    {
        return true;
    }
    // A forecast: "300 to 400 million methamphetamine pills are expected to be smuggled into
    // Thailand this year".
    let clause_end = (drug_end..(drug_end + 6).min(toks.len()))
        .find(|&k| toks.is(k, &[".", ";", ","]))
        .unwrap_or((drug_end + 6).min(toks.len()));
    (drug_end..clause_end)
        .any(|k| toks.is(k, &["expected", "projected", "forecast"]) && toks.is(k + 1, &["to"]))
}

/// "984 packages of cocaine, each weighing 1 kg", "10 sacks of hashish weighing 25 kg each":
/// pieces counted, then each one's weight, make a lot of their product (the piece's weight
/// alone is no event, see [`not_an_event`]). Packages and other pieces only: pills and plants
/// are counted as such (rule 6).
pub(super) fn weigh_counted_pieces(toks: &Tokens, quantities: &mut [Quantity]) {
    for k in 1..quantities.len() {
        let (before, rest) = quantities.split_at_mut(k);
        let (count, piece) = (&mut before[k - 1], &rest[0]);
        if !matches!(count.unit, Unit::Package | Unit::Item)
            || piece.unit != Unit::Kg
            || piece.start < count.end
            || piece.start - count.end > 8
        {
            continue;
        }
        let weighed = toks.is(piece.start.wrapping_sub(1), WEIGHING);
        let each = (count.end..piece.start).any(|t| toks.is(t, EACH)) || toks.is(piece.end, EACH);
        if !(weighed && each) {
            continue;
        }
        count.amount *= piece.amount;
        count.alt_amount = None;
        count.unit = Unit::Kg;
        if piece.qualifier != crate::model::Qualifier::Exact {
            count.qualifier = piece.qualifier;
        }
    }
}

/// Whether count `q` is a sample taken for testing: a word of testing near it, and the rest of
/// the lot told beside it («а остальные уничтожили», "the rest") or a larger count before it
/// (a sample of five pieces or fewer).
fn sample_for_testing(toks: &Tokens, q: &Quantity) -> bool {
    let testing = (q.start.saturating_sub(4)..(q.end + 5).min(toks.len())).any(|k| {
        toks.starts(k, &["экспертиз", "исследован"])
            || toks.is(k, &["analysis", "testing", "examination"])
    });
    testing
        && ((0..toks.len()).any(|k| {
            toks.starts(k, &["остальн"])
                || toks.phrase_at(k, "the rest")
                || toks.is(k, &["remaining"])
        }) || (q.amount <= 5.0 && (0..q.start).any(|k| toks.is_num(k))))
}
