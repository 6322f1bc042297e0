//! Word lists: drug names (English and Russian, street and brand names), units, and the verbs that
//! make a quantity a seizure or a destruction.
//!
//! Patterns are folded (lower case, ё → е) and matched per token; a pattern word ending in `*`
//! matches any word that starts with it, which covers Russian inflection (героин* matches героина,
//! героином). Multi-word patterns skip hyphens between their words.

use foldhash::HashMap;
use std::sync::OnceLock;

use crate::fold::{StemSet, TokKind, Tokens};
use crate::model::Unit;

mod bounds;
mod words;
pub use bounds::single_seizure_bound_kg;
pub use words::{
    COVER_GOODS, DESTROYED_NOT_DRUGS, DESTRUCTION_STEMS, PEOPLE_KILLED, SEIZURE_STEMS,
    WEIGHT_OF_THE_LOT,
};

/// [`SEIZURE_STEMS`] as a stem set (every word of every sentence is tested against it).
pub fn seizure_stems() -> &'static StemSet {
    static SET: OnceLock<StemSet> = OnceLock::new();
    SET.get_or_init(|| StemSet::new(SEIZURE_STEMS))
}

/// [`DESTRUCTION_STEMS`] as a stem set.
pub fn destruction_stems() -> &'static StemSet {
    static SET: OnceLock<StemSet> = OnceLock::new();
    SET.get_or_init(|| StemSet::new(DESTRUCTION_STEMS))
}

/// Drug patterns and their canonical names. Longer patterns win over shorter ones.
/// `narcotic_drugs` marks generic words ("drugs", "наркотики"): they yield to a specific name
/// that follows them.
const DRUGS: &[(&str, &str)] = &[
    // heroin
    ("heroin", "heroin"),
    ("heroine", "heroin"),
    ("героин*", "heroin"),
    // opium
    ("opium", "opium"),
    ("raw opium", "opium"),
    ("liquid opium", "opium"),
    // «ацетилированный опий»: opium processed with acetic anhydride, named apart (as labelled).
    ("ацетилированн* опи*", "other:acetylated_opium"),
    ("acetylated opium", "other:acetylated_opium"),
    ("опий", "opium"),
    ("опия", "opium"),
    ("опию", "opium"),
    ("опием", "opium"),
    ("опии", "opium"),
    ("опий сырец", "opium"),
    // "11,3 кг опиума": the loanword form.
    ("опиум*", "opium"),
    ("опия сырца", "opium"),
    ("afyun", "opium"),
    // cannabis
    ("cannabis", "cannabis"),
    // "Cannabis Sativa 577.020kg", "Indian hemp": the plant's botanical and Nigerian names.
    ("cannabis sativa", "cannabis"),
    ("indian hemp", "cannabis"),
    ("cannabis resin", "hashish"),
    ("marijuana", "cannabis"),
    ("marihuana", "cannabis"),
    ("hemp", "cannabis"),
    ("wild hemp", "cannabis"),
    ("ganja", "cannabis"),
    ("bhang", "cannabis"),
    // Street names in the English press of the region: "4.5 kg weed", "163 kilograms of grass".
    ("weed", "cannabis"),
    ("grass", "cannabis"),
    ("skunk", "cannabis"),
    ("марихуан*", "cannabis"),
    ("каннабис*", "cannabis"),
    ("конопл*", "cannabis"),
    ("анаш*", "cannabis"),
    // "наркотиков канабисной группы": the common misspelling.
    ("канабис*", "cannabis"),
    // hashish
    ("hashish", "hashish"),
    // Oils are named drugs of their own (EXTRACTION.md rule 11: anything else is other:NAME).
    ("hashish oil", "other:hash_oil"),
    ("hash oil", "other:hash_oil"),
    ("гашишн* масл*", "other:hash_oil"),
    ("cannabis oil", "other:cannabis_oil"),
    // The Russian control list's item is «масло каннабиса (гашишное масло)».
    ("масл* каннабис*", "other:hash_oil"),
    ("charas", "hashish"),
    // "61 kg charras": the spelling of Pakistani releases.
    ("charras", "hashish"),
    ("hash", "hashish"),
    ("гашиш*", "hashish"),
    ("чарс*", "hashish"),
    // cocaine
    ("cocaine", "cocaine"),
    ("кокаин*", "cocaine"),
    // methamphetamine
    ("methamphetamine", "methamphetamine"),
    ("methamphetamines", "methamphetamine"),
    ("crystal meth", "methamphetamine"),
    ("meth", "methamphetamine"),
    ("pervitin", "methamphetamine"),
    // "591 kilograms of crystal" (Iran), "168.9 liters Ice" (Pakistan), "syabu" (Malaysia),
    // "shabu" (Philippines), "yaba" pills (Thailand).
    ("crystal", "methamphetamine"),
    ("ice", "methamphetamine"),
    ("syabu", "methamphetamine"),
    ("shabu", "methamphetamine"),
    ("yaba", "methamphetamine"),
    // "Eramine 5 pills", "Erimin 5": nimetazepam tablets (Malaysia), by their brand.
    ("eramin* 5", "other:eramin_5"),
    ("erimin* 5", "other:eramin_5"),
    ("ya ba", "methamphetamine"),
    ("метамфетамин*", "methamphetamine"),
    // «11 млн таблеток мета»: the short name, as "meth".
    ("мет", "methamphetamine"),
    ("мета", "methamphetamine"),
    ("метом", "methamphetamine"),
    ("первитин*", "methamphetamine"),
    ("\" ice \"", "methamphetamine"),
    ("\" лед \"", "methamphetamine"),
    // amphetamine
    ("amphetamine", "amphetamine"),
    ("amphetamines", "amphetamine"),
    ("амфетамин*", "amphetamine"),
    // others with canonical names
    ("mephedrone", "mephedrone"),
    ("мефедрон*", "mephedrone"),
    // "para-methylephedron": 4-methylmethcathinone as Belarusian bulletins in English call
    // it. (Russian «метилэфедрон» and "N-methylephedrone" are labelled by their own names, as
    // rule 11 says of a substance not on the canonical list.)
    ("methylephedron*", "mephedrone"),
    ("n methylephedron*", "other:n_methylephedrone"),
    ("n метилэфедрон*", "other:n_methylephedrone"),
    ("метилэфедрон*", "other:methylephedrone"),
    (
        "производн* метилэфедрон*",
        "other:methylephedrone_derivatives",
    ),
    ("methadone", "methadone"),
    // "579 pills and 58.3 gr of methadon", "tramadole": spellings of translated releases.
    ("methadon", "methadone"),
    ("метадон*", "methadone"),
    ("alprazolam", "alprazolam"),
    ("алпразолам*", "alprazolam"),
    ("xanax", "alprazolam"),
    ("pregabalin", "pregabalin"),
    ("прегабалин*", "pregabalin"),
    ("lyrica", "pregabalin"),
    ("zonika", "pregabalin"),
    ("зоник*", "pregabalin"),
    ("лирик*", "pregabalin"),
    ("tramadol", "tramadol"),
    ("tramadole", "tramadol"),
    // Brands of tramadol.
    ("tramal", "tramadol"),
    ("трамал*", "tramadol"),
    // The common misspelling.
    ("трамодол*", "tramadol"),
    ("sibutramine", "other:sibutramine"),
    ("сибутрамин*", "other:sibutramine"),
    ("трамадол*", "tramadol"),
    ("tropicamide", "tropicamide"),
    ("тропикамид*", "tropicamide"),
    ("synthetic cannabinoids", "synthetic_cannabinoids"),
    ("synthetic cannabinoid", "synthetic_cannabinoids"),
    ("cannabinoid", "synthetic_cannabinoids"),
    ("cannabinoids", "synthetic_cannabinoids"),
    ("spice", "synthetic_cannabinoids"),
    // Turkey's street name for synthetic cannabinoids.
    ("bonzai", "synthetic_cannabinoids"),
    ("banzai", "synthetic_cannabinoids"),
    ("бонзай", "synthetic_cannabinoids"),
    ("синтетическ* каннабиноид*", "synthetic_cannabinoids"),
    ("каннабиноид*", "synthetic_cannabinoids"),
    ("спайс*", "synthetic_cannabinoids"),
    ("precursor", "precursors"),
    ("precursors", "precursors"),
    ("acetic anhydride", "precursors"),
    ("ammonium chloride", "precursors"),
    ("хлорид* аммони*", "precursors"),
    ("chemical reagents", "precursors"),
    // "24 tons of chemical ingredients", «12 тыс. кг ингредиентов для производства наркотиков».
    ("chemical ingredients", "precursors"),
    ("ингредиент* для производства", "precursors"),
    // "15000 Liters Hydrochloric Acid (HCL)", "781 liters of prohibited chemicals": the acids
    // and solvents of heroin and methamphetamine labs (UN 1988 Convention, Tables I and II).
    ("hydrochloric acid", "precursors"),
    ("sulphuric acid", "precursors"),
    ("sulfuric acid", "precursors"),
    ("banned chemicals", "precursors"),
    ("prohibited chemicals", "precursors"),
    ("precursor chemicals", "precursors"),
    ("precursor chemical", "precursors"),
    ("соля* кислот*", "precursors"),
    ("серн* кислот*", "precursors"),
    ("химическ* реактив*", "precursors"),
    // «более 10 тонн химических реагентов, используемых для изготовления синтетических
    // наркотиков».
    ("химическ* реагент*", "precursors"),
    ("прекурсор*", "precursors"),
    // Precursors of methamphetamine (Table I of the 1988 Convention): "10 kg of ephedrine".
    ("ephedrine", "precursors"),
    ("pseudoephedrine", "precursors"),
    ("эфедрин*", "precursors"),
    ("псевдоэфедрин*", "precursors"),
    ("уксусн* ангидрид*", "precursors"),
    ("ангидрид*", "precursors"),
    // The other substances of Tables I and II of the 1988 Convention (UNODC's list of
    // precursors under international control), in English and Russian.
    ("potassium permanganate", "precursors"),
    ("перманганат* кали*", "precursors"),
    ("safrole", "precursors"),
    ("сафрол*", "precursors"),
    ("isosafrole", "precursors"),
    ("изосафрол*", "precursors"),
    ("piperonal", "precursors"),
    ("пиперонал*", "precursors"),
    ("phenylacetic acid", "precursors"),
    ("фенилуксусн* кислот*", "precursors"),
    ("anthranilic acid", "precursors"),
    ("антранилов* кислот*", "precursors"),
    ("norephedrine", "precursors"),
    ("норэфедрин*", "precursors"),
    ("ergometrine", "precursors"),
    ("эргометрин*", "precursors"),
    ("ergotamine", "precursors"),
    ("эрготамин*", "precursors"),
    ("lysergic acid", "precursors"),
    ("лизергинов* кислот*", "precursors"),
    ("phenyl-2-propanone", "precursors"),
    ("фенил-2-пропанон*", "precursors"),
    ("methyl ethyl ketone", "precursors"),
    ("метилэтилкетон*", "precursors"),
    ("ethyl ether", "precursors"),
    ("диэтилов* эфир*", "precursors"),
    ("toluene", "precursors"),
    ("толуол*", "precursors"),
    ("acetone", "precursors"),
    ("ацетон*", "precursors"),
    ("piperidine", "precursors"),
    ("пиперидин*", "precursors"),
    // What a lab makes drugs from, named by its kind: «2 литра химического сырья для
    // изготовления наркотиков», «300 килограммов химических средств», "35 tons of components
    // to make it".
    ("химическ* сырь*", "precursors"),
    ("сырь* для производств* наркотик*", "precursors"),
    ("сырь* для изготовлени* наркотик*", "precursors"),
    ("химическ* средств*", "precursors"),
    ("components to make", "precursors"),
    ("psychotropic tablets", "psychotropic_tablets"),
    ("психотропн* таблет*", "psychotropic_tablets"),
    // «13 731 таблетка психотропного действия».
    ("психотропн* действ*", "psychotropic_tablets"),
    // other:NAME
    ("mdma", "other:mdma"),
    ("ecstasy", "other:mdma"),
    ("экстази", "other:mdma"),
    ("lsd", "other:lsd"),
    ("лсд", "other:lsd"),
    ("alpha pvp", "other:alpha_pvp"),
    ("a pvp", "other:alpha_pvp"),
    ("α pvp", "other:alpha_pvp"),
    ("альфа pvp", "other:alpha_pvp"),
    ("альфа пвп", "other:alpha_pvp"),
    ("а пвп", "other:alpha_pvp"),
    // «синтетического наркотика PVP»: the same, without its Greek letter.
    ("pvp", "other:alpha_pvp"),
    ("пвп", "other:alpha_pvp"),
    ("buprenorphine", "other:buprenorphine"),
    ("tapentadol", "other:tapentadol"),
    ("тапентадол*", "other:tapentadol"),
    ("subutex", "other:buprenorphine"),
    ("субутекс*", "other:buprenorphine"),
    ("суботекс*", "other:buprenorphine"),
    ("nalbuphine", "other:nalbuphine"),
    ("налбуфин*", "other:nalbuphine"),
    ("бупренорфин*", "other:buprenorphine"),
    ("poppy straw", "other:poppy_straw"),
    // "8.5 tons of opium straw": the same straw, named after what it yields.
    ("opium straw", "other:poppy_straw"),
    // Opiates as a class ("24 тонны опиатов в героиновом эквиваленте").
    ("opiates", "other:opiates"),
    ("опиат*", "other:opiates"),
    ("designer drugs", "other:designer_drugs"),
    // India's name for it ("3,000-kg poppy husk", "bhukki").
    ("poppy husk", "other:poppy_straw"),
    ("poppy husks", "other:poppy_straw"),
    // "1.97 Ton Poppy Buds": the dried capsules, counted as poppy straw.
    ("poppy buds", "other:poppy_straw"),
    // Pakistan's "10 kg poppy sprout (Doda)", India's "doda post" (not "Doda" alone: a district
    // of Jammu and Kashmir).
    ("poppy sprout", "other:poppy_straw"),
    ("poppy sprouts", "other:poppy_straw"),
    ("doda post", "other:poppy_straw"),
    ("маков* солом*", "other:poppy_straw"),
    // «почти 200 граммов высушенной соломки мака»: the same, the other way round.
    ("солом* мак*", "other:poppy_straw"),
    // «25 тонн опиумного мака»: the plant, named with its kind (longer names win).
    ("опиумн* мак*", "other:poppy"),
    ("опийн* мак*", "other:poppy"),
    // «1 520 кустов мака», «мак — 54 кг»: the plant.
    ("мак", "other:poppy"),
    ("мака", "other:poppy"),
    ("маку", "other:poppy"),
    ("маком", "other:poppy"),
    // «17 маковых кустов» (longer names win: «маковая солома», «маковые головки»).
    ("маков*", "other:poppy"),
    // "kuknar" / «кукнар»: poppy straw in Central Asian usage.
    ("kuknar", "other:poppy_straw"),
    ("koknar", "other:poppy_straw"),
    ("кукнар*", "other:poppy_straw"),
    ("кокнар*", "other:poppy_straw"),
    ("poppy heads", "other:poppy_heads"),
    ("poppy capsules", "other:poppy_heads"),
    ("маков* головк*", "other:poppy_heads"),
    ("маков* коробоч*", "other:poppy_heads"),
    ("poppy seeds", "other:poppy_seeds"),
    ("opium seeds", "other:opium_seeds"),
    // Mitragyna speciosa, sold as leaves ("ketum" in Malaysia).
    ("kratom", "other:kratom"),
    ("ketum", "other:kratom"),
    ("кратом*", "other:kratom"),
    ("cannabis seeds", "other:cannabis_seeds"),
    ("cannabis seed", "other:cannabis_seeds"),
    ("hemp seeds", "other:cannabis_seeds"),
    ("marijuana seeds", "other:cannabis_seeds"),
    ("семен* конопли", "other:cannabis_seeds"),
    ("семян конопли", "other:cannabis_seeds"),
    ("семен* мака", "other:poppy_seeds"),
    ("семян мака", "other:poppy_seeds"),
    ("tetrahydrocannabinol", "other:tetrahydrocannabinol"),
    ("тетрагидроканнабинол*", "other:tetrahydrocannabinol"),
    ("captagon", "other:captagon"),
    ("каптагон*", "other:captagon"),
    ("codeine", "other:codeine"),
    ("кодеин*", "other:codeine"),
    // Captagon's active substance, named so by border guards.
    ("fenethylline", "other:fenethylline"),
    ("фенетиллин*", "other:fenethylline"),
    // Hallucinogenic mushrooms, by their active substance.
    ("psilocybin", "other:psilocybin_mushrooms"),
    ("псилоцибин*", "other:psilocybin_mushrooms"),
    // Pregabalin brands sold in Central Asia, labelled by brand where no substance is named.
    ("regapen", "other:regapen"),
    ("регапен*", "other:regapen"),
    ("selofen", "other:selofen"),
    ("селофен*", "other:selofen"),
    // A street name for methamphetamine tablets in Afghanistan, labelled as written.
    ("yama", "other:yama"),
    // A codeine syrup brand (Bangladesh), counted by its bottles.
    ("phensedyl", "other:phensedyl"),
    // 4-CMC, a synthetic cathinone (UNODC's NPS list), named so in customs releases.
    ("clephedrone", "other:clephedrone"),
    ("клефедрон*", "other:clephedrone"),
    ("ketamine", "other:ketamine"),
    ("кетамин*", "other:ketamine"),
    ("fentanyl", "other:fentanyl"),
    ("фентанил*", "other:fentanyl"),
    // «триметилфентанил»: the fentanyl analogue of the 2000s.
    ("триметилфентанил*", "other:trimethylfentanyl"),
    ("trimethylfentanyl", "other:trimethylfentanyl"),
    ("khat", "other:khat"),
    // Caffeine, the Golden Triangle's cutting agent for methamphetamine tablets, seized and
    // burnt beside them ("2,659 kilograms of caffeine powder"), labelled as written.
    ("caffeine", "other:caffeine"),
    ("кофеин*", "other:caffeine"),
    // "Around 263 tons of qat were seized across the Saudi borders".
    ("qat", "other:khat"),
    ("medazepam", "other:medazepam"),
    ("медазепам*", "other:medazepam"),
    ("gabapentin", "other:gabapentin"),
    ("габапентин*", "other:gabapentin"),
    // Flunitrazepam's brand, the name Nigerian reports give (as the corpus labels it).
    ("rohypnol", "other:rohypnol"),
    ("рогипнол*", "other:rohypnol"),
    ("diazepam", "other:diazepam"),
    ("диазепам*", "other:diazepam"),
    ("phenobarbital", "other:phenobarbital"),
    ("фенобарбитал*", "other:phenobarbital"),
    ("morphine", "other:morphine"),
    ("морфин*", "other:morphine"),
    ("toxic substances", "other:toxic_substances"),
    ("токсичн* вещест*", "other:toxic_substances"),
    ("ядовит* вещест*", "other:toxic_substances"),
    ("potent substances", "other:potent_substances"),
    ("strong-acting substances", "other:potent_substances"),
    // "four tons of a narcotic-containing liquid".
    ("narcotic-containing", "narcotic_drugs"),
    ("strong acting substances", "other:potent_substances"),
    ("сильнодействующ* вещест*", "other:potent_substances"),
    // "synthetic drugs", "синтетических наркотиков" (EXTRACTION.md rule 11).
    ("synthetic drugs", "other:synthetic_drugs"),
    ("synthetic drug", "other:synthetic_drugs"),
    ("synthetic narcotics", "other:synthetic_drugs"),
    ("synthetic narcotic drugs", "other:synthetic_drugs"),
    ("synthetics", "other:synthetic_drugs"),
    ("synthetic substances", "other:synthetic_drugs"),
    ("drugs of synthetic origin", "other:synthetic_drugs"),
    ("narcotics of synthetic origin", "other:synthetic_drugs"),
    (
        "наркотик* синтетического происхождения",
        "other:synthetic_drugs",
    ),
    (
        "наркотическ* средств* синтетического происхождения",
        "other:synthetic_drugs",
    ),
    // «2,5 тонн наркотиков синтетического содержания».
    (
        "наркотик* синтетического содержания",
        "other:synthetic_drugs",
    ),
    (
        "наркотическ* средств* синтетического содержания",
        "other:synthetic_drugs",
    ),
    ("chemical substances", "other:chemical_substances"),
    ("methaqualone", "other:methaqualone"),
    // A brand whose substance the text may not name (rule 11: only a named one replaces it).
    ("mandrax", "other:mandrax"),
    ("метаквалон*", "other:methaqualone"),
    ("синтетическ* наркотик*", "other:synthetic_drugs"),
    // «более 1 тонны синтетических веществ», as "synthetic substances".
    ("синтетическ* веществ*", "other:synthetic_drugs"),
    // «12 кг синтетических смесей»; «курительных смесей», "smoking mixtures" (spice sold as
    // incense, named by what it is sold as).
    ("синтетическ* смес*", "other:synthetic_drugs"),
    ("курительн* смес*", "other:smoking_mixtures"),
    ("smoking mixtures", "other:smoking_mixtures"),
    // «24 кг "синтетики"»: the colloquial noun for synthetic drugs.
    ("синтетик*", "other:synthetic_drugs"),
    (
        "синтетическ* наркотическ* средств*",
        "other:synthetic_drugs",
    ),
    ("psychotropic substances", "other:psychotropic_substances"),
    ("psychotropic substance", "other:psychotropic_substances"),
    ("психотропн* вещест*", "other:psychotropic_substances"),
    ("психотропн* препарат*", "other:psychotropic_substances"),
    ("psychotropic drugs", "other:psychotropic_substances"),
    ("psychotropic medicines", "other:psychotropic_substances"),
    ("psychoactive substances", "other:psychoactive_substances"),
    ("психоактивн* вещест*", "other:psychoactive_substances"),
    (
        "new psychoactive substances",
        "other:new_psychoactive_substances",
    ),
    // generic: narcotic_drugs
    ("drugs", "narcotic_drugs"),
    ("drug", "narcotic_drugs"),
    ("narcotics", "narcotic_drugs"),
    ("narcotic drugs", "narcotic_drugs"),
    ("narcotic substances", "narcotic_drugs"),
    ("narcotic substance", "narcotic_drugs"),
    ("illegal substances", "narcotic_drugs"),
    ("illicit substances", "narcotic_drugs"),
    ("prohibited substances", "narcotic_drugs"),
    ("controlled substances", "narcotic_drugs"),
    ("illegal drugs", "narcotic_drugs"),
    ("illicit drugs", "narcotic_drugs"),
    ("other drugs", "narcotic_drugs"),
    ("наркотик*", "narcotic_drugs"),
    ("наркотическ* средств*", "narcotic_drugs"),
    // Two categories sharing one figure (rule 11): "106 тонн наркотических и психотропных
    // веществ", "5 kg of narcotic and psychotropic substances".
    ("наркотическ* и психотропн* вещест*", "narcotic_drugs"),
    ("наркотическ* и психотропн* средств*", "narcotic_drugs"),
    ("narcotic and psychotropic substances", "narcotic_drugs"),
    ("narcotic and psychotropic drugs", "narcotic_drugs"),
    ("наркотическ* вещест*", "narcotic_drugs"),
    ("наркосодержащ*", "narcotic_drugs"),
    // «Объем уничтоженного наркосырья составил более тонны»: drug raw material.
    ("наркосырь*", "narcotic_drugs"),
    // «уничтожено свыше 419 килограммов наркотического сырья»: the same, in two words.
    ("наркотическ* сырь*", "narcotic_drugs"),
    ("запрещенн* вещест*", "narcotic_drugs"),
    // «Общий вес изъятого вещества составлял более 8 килограмм», "the seized substance
    // weighed 2 kg": the substance just seized, the story's drug.
    // (One substance: «изъятых веществ» may sum drugs and precursors.)
    ("изъятого вещества", "narcotic_drugs"),
    ("изъятое вещество", "narcotic_drugs"),
    ("seized substance", "narcotic_drugs"),
    // «Общий вес изъятого зелья составил 3,7 кг»: the potion, as the press calls drugs.
    ("зелье", "narcotic_drugs"),
    ("зелья", "narcotic_drugs"),
    ("зельем", "narcotic_drugs"),
    ("контролируем* вещест*", "narcotic_drugs"),
    ("подконтрольн* вещест*", "narcotic_drugs"),
    // «сожжено 17 килограммов дурманящих веществ»: intoxicating substances.
    ("дурманящ* вещест*", "narcotic_drugs"),
    // Slang: «почти 26 килограммов «дури»».
    ("дурь", "narcotic_drugs"),
    ("дури", "narcotic_drugs"),
    ("дурью", "narcotic_drugs"),
];

/// Adjectives that, between a number and a counted unit, name the drug ("290,000 psychotropic
/// tablets").
const UNIT_ADJECTIVES: &[(&str, &str)] = &[
    ("psychotropic", "psychotropic_tablets"),
    ("психотропн*", "psychotropic_tablets"),
    ("narcotic", "narcotic_drugs"),
    // "90,291 intoxicating pills" (Indian English).
    ("intoxicating", "narcotic_drugs"),
    ("intoxicated", "narcotic_drugs"),
    ("intoxicant", "narcotic_drugs"),
    ("наркотическ*", "narcotic_drugs"),
    ("наркосодержащ*", "narcotic_drugs"),
    // "3,499 stimulant tablets", «около 18 тыс. синтетических таблеток»: pills of a kind, no
    // substance named.
    ("stimulant", "psychotropic_tablets"),
    ("синтетическ*", "psychotropic_tablets"),
];

fn word_matches(pattern: &str, word: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => pattern == word,
    }
}

/// Matches `pattern` at token `i`; returns the index just past the match.
/// (The last word of an English name of two words or more may take a plural "s": "poppy
/// straws", as translated releases write it.)
fn match_pattern(toks: &Tokens, i: usize, pattern: &str) -> Option<usize> {
    let mut j = i;
    let mut words = pattern.split(' ').enumerate().peekable();
    while let Some((k, w)) = words.next() {
        if k > 0 && toks.text(j) == "-" {
            j += 1;
        }
        let last = words.peek().is_none();
        let plural = || {
            k > 0
                && last
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && toks.text(j).strip_suffix('s') == Some(w)
        };
        if !word_matches(w, toks.text(j)) && !plural() {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// A drug named at a token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DrugMention {
    pub canonical: &'static str,
    pub start: usize,
    pub end: usize,
}

impl DrugMention {
    /// A word for drugs in general, or for a category ("synthetic drugs"): a specific name
    /// right after it takes its place ("the synthetic drug alpha-PVP").
    pub fn is_generic(&self) -> bool {
        is_category(self.canonical)
    }
}

/// Whether a canonical name is a word for drugs in general or a category ("narcotic_drugs",
/// "other:synthetic_drugs"), not a named drug.
pub fn is_category(canonical: &str) -> bool {
    matches!(
        canonical,
        "narcotic_drugs" | "other:synthetic_drugs" | "other:smoking_mixtures"
    )
}

/// Whether a drug is sold and counted as pills (methamphetamine's yaba, medicines, ecstasy,
/// captagon), so that pills an article counts without naming them may be of it.
pub fn sold_as_pills(canonical: &str) -> bool {
    matches!(
        canonical,
        "methamphetamine"
            | "tramadol"
            | "alprazolam"
            | "pregabalin"
            | "psychotropic_tablets"
            | "other:mdma"
            | "other:captagon"
    )
}

/// Whether a canonical name names one drug: not a category ("drugs"), nor a class of
/// substances ("psychotropic tablets", "precursors").
pub fn names_one_drug(canonical: &str) -> bool {
    !is_category(canonical)
        && !matches!(
            canonical,
            "psychotropic_tablets"
                | "precursors"
                | "other:psychotropic_substances"
                | "other:psychoactive_substances"
                | "other:potent_substances"
                | "other:chemical_substances"
                | "other:toxic_substances"
                | "other:new_psychoactive_substances"
                // («80 таблеток сильного опиата фентанила»: the name after the class.)
                | "other:opiates"
        )
}

/// A drug pattern's first word, the whole pattern and its canonical name.
type DrugEntry = (&'static str, &'static str, &'static str);

/// Drug patterns by the first character of their first word (split once, here: drug_at runs
/// on every word).
fn drug_index() -> &'static HashMap<char, Vec<DrugEntry>> {
    static INDEX: OnceLock<HashMap<char, Vec<DrugEntry>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map: HashMap<char, Vec<DrugEntry>> = HashMap::default();
        for (pattern, canonical) in DRUGS {
            if let Some(c) = pattern.chars().next() {
                let head = pattern.split(' ').next().unwrap_or_default();
                map.entry(c).or_default().push((head, pattern, canonical));
            }
        }
        map
    })
}

/// The longest drug pattern that matches at token `i`.
pub fn drug_at(toks: &Tokens, i: usize) -> Option<DrugMention> {
    let first = toks.text(i);
    if first.is_empty() || toks.kind(i) == Some(TokKind::Num) {
        return None;
    }
    let candidates = drug_index().get(&first.chars().next()?)?;
    let mut best: Option<DrugMention> = None;
    for &(head, pattern, canonical) in candidates {
        if !word_matches(head, first) {
            continue;
        }
        if let Some(end) = match_pattern(toks, i, pattern)
            && best.is_none_or(|b| end > b.end)
        {
            best = Some(DrugMention {
                canonical,
                start: i,
                end,
            });
        }
    }
    // "amphetamine-like pills": like the drug, not it.
    if let Some(b) = best
        && toks.is(b.end, &["-"])
        && toks.is(b.end + 1, &["like"])
    {
        return None;
    }
    // «операция «Мак»», "Operation Poppy": the name of an operation, not the plant.
    if best.is_some_and(|b| b.canonical == "other:poppy")
        && toks.is(i.wrapping_sub(1), &["«", "\"", "“", "„"])
    {
        return None;
    }
    best
}

/// A drug-naming adjective at token `i` (see [`UNIT_ADJECTIVES`]).
pub fn unit_adjective_at(toks: &Tokens, i: usize) -> Option<&'static str> {
    let w = toks.text(i);
    UNIT_ADJECTIVES
        .iter()
        .find(|(p, _)| word_matches(p, w))
        .map(|(_, c)| *c)
}

/// A unit word and what one of it is worth in the normalised unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UnitWord {
    pub unit: Unit,
    pub factor: f64,
    /// An abbreviation ("kg", "т"): it needs a number before it.
    pub abbrev: bool,
    /// A mass unit's rank for compound amounts (t > kg > g > mg); 0 for other units.
    pub rank: u8,
}

const fn uw(unit: Unit, factor: f64, abbrev: bool, rank: u8) -> UnitWord {
    UnitWord {
        unit,
        factor,
        abbrev,
        rank,
    }
}

const UNITS: &[(&str, UnitWord)] = &[
    ("t", uw(Unit::Kg, 1000.0, true, 4)),
    ("т", uw(Unit::Kg, 1000.0, true, 4)),
    ("tn", uw(Unit::Kg, 1000.0, true, 4)),
    // "in 2016 the ANF seized 215 MT narcotics": metric tonnes.
    ("mt", uw(Unit::Kg, 1000.0, true, 4)),
    ("ton", uw(Unit::Kg, 1000.0, false, 4)),
    ("tons", uw(Unit::Kg, 1000.0, false, 4)),
    ("tonne", uw(Unit::Kg, 1000.0, false, 4)),
    ("tonnes", uw(Unit::Kg, 1000.0, false, 4)),
    ("тонн*", uw(Unit::Kg, 1000.0, false, 4)),
    // "232 quintals poppy husk" (Indian English), «2 центнера конопли»: 100 kg.
    ("quintal", uw(Unit::Kg, 100.0, false, 4)),
    ("quintals", uw(Unit::Kg, 100.0, false, 4)),
    ("центнер*", uw(Unit::Kg, 100.0, false, 4)),
    ("kg", uw(Unit::Kg, 1.0, true, 3)),
    ("kgs", uw(Unit::Kg, 1.0, true, 3)),
    ("кг", uw(Unit::Kg, 1.0, true, 3)),
    ("kilogram", uw(Unit::Kg, 1.0, false, 3)),
    ("kilograms", uw(Unit::Kg, 1.0, false, 3)),
    ("kilogramme", uw(Unit::Kg, 1.0, false, 3)),
    ("kilogrammes", uw(Unit::Kg, 1.0, false, 3)),
    ("kilo", uw(Unit::Kg, 1.0, false, 3)),
    ("kilos", uw(Unit::Kg, 1.0, false, 3)),
    ("кило", uw(Unit::Kg, 1.0, false, 3)),
    ("килограм*", uw(Unit::Kg, 1.0, false, 3)),
    // "1,100 pounds of morphine" (an avoirdupois pound; money is told apart in `quantity`).
    ("pound", uw(Unit::Kg, 0.453_592_37, false, 3)),
    ("pounds", uw(Unit::Kg, 0.453_592_37, false, 3)),
    ("lb", uw(Unit::Kg, 0.453_592_37, true, 3)),
    ("lbs", uw(Unit::Kg, 0.453_592_37, true, 3)),
    ("g", uw(Unit::Kg, 0.001, true, 2)),
    ("gr", uw(Unit::Kg, 0.001, true, 2)),
    ("gram", uw(Unit::Kg, 0.001, false, 2)),
    ("grams", uw(Unit::Kg, 0.001, false, 2)),
    ("gramme", uw(Unit::Kg, 0.001, false, 2)),
    ("grammes", uw(Unit::Kg, 0.001, false, 2)),
    ("г", uw(Unit::Kg, 0.001, true, 2)),
    ("гр", uw(Unit::Kg, 0.001, true, 2)),
    ("грам*", uw(Unit::Kg, 0.001, false, 2)),
    ("mg", uw(Unit::Kg, 0.000_001, true, 1)),
    ("мг", uw(Unit::Kg, 0.000_001, true, 1)),
    ("milligram", uw(Unit::Kg, 0.000_001, false, 1)),
    ("milligrams", uw(Unit::Kg, 0.000_001, false, 1)),
    ("миллиграм*", uw(Unit::Kg, 0.000_001, false, 1)),
    ("l", uw(Unit::Litre, 1.0, true, 0)),
    ("ltr", uw(Unit::Litre, 1.0, true, 0)),
    ("л", uw(Unit::Litre, 1.0, true, 0)),
    ("litre", uw(Unit::Litre, 1.0, false, 0)),
    ("litres", uw(Unit::Litre, 1.0, false, 0)),
    ("liter", uw(Unit::Litre, 1.0, false, 0)),
    ("liters", uw(Unit::Litre, 1.0, false, 0)),
    ("литр*", uw(Unit::Litre, 1.0, false, 0)),
    ("ml", uw(Unit::Litre, 0.001, true, 0)),
    ("мл", uw(Unit::Litre, 0.001, true, 0)),
    ("millilitres", uw(Unit::Litre, 0.001, false, 0)),
    ("milliliters", uw(Unit::Litre, 0.001, false, 0)),
    ("миллилитр*", uw(Unit::Litre, 0.001, false, 0)),
    ("tablet", uw(Unit::Tablet, 1.0, false, 0)),
    ("tablets", uw(Unit::Tablet, 1.0, false, 0)),
    ("pill", uw(Unit::Tablet, 1.0, false, 0)),
    ("pills", uw(Unit::Tablet, 1.0, false, 0)),
    ("capsule", uw(Unit::Tablet, 1.0, false, 0)),
    ("capsules", uw(Unit::Tablet, 1.0, false, 0)),
    ("units", uw(Unit::Tablet, 1.0, false, 0)),
    // «25 единиц "тропикамида"»: a medicine's units (rule 12).
    ("единиц", uw(Unit::Tablet, 1.0, false, 0)),
    ("единицы", uw(Unit::Tablet, 1.0, false, 0)),
    ("единица", uw(Unit::Tablet, 1.0, false, 0)),
    // «13 флаконов «Тропикамида»»: a medicine's vials are its units (rule 12), as labelled.
    ("флакон*", uw(Unit::Tablet, 1.0, false, 0)),
    ("таблет*", uw(Unit::Tablet, 1.0, false, 0)),
    ("капсул*", uw(Unit::Tablet, 1.0, false, 0)),
    ("ampoule", uw(Unit::Ampoule, 1.0, false, 0)),
    ("ampoules", uw(Unit::Ampoule, 1.0, false, 0)),
    ("ampule", uw(Unit::Ampoule, 1.0, false, 0)),
    ("ampules", uw(Unit::Ampoule, 1.0, false, 0)),
    ("injections", uw(Unit::Ampoule, 1.0, false, 0)),
    ("ампул*", uw(Unit::Ampoule, 1.0, false, 0)),
    ("bush", uw(Unit::Plant, 1.0, false, 0)),
    ("bushes", uw(Unit::Plant, 1.0, false, 0)),
    ("plant", uw(Unit::Plant, 1.0, false, 0)),
    ("plants", uw(Unit::Plant, 1.0, false, 0)),
    ("root", uw(Unit::Plant, 1.0, false, 0)),
    ("roots", uw(Unit::Plant, 1.0, false, 0)),
    ("saplings", uw(Unit::Plant, 1.0, false, 0)),
    ("shrubs", uw(Unit::Plant, 1.0, false, 0)),
    ("seedlings", uw(Unit::Plant, 1.0, false, 0)),
    ("корн*", uw(Unit::Plant, 1.0, false, 0)),
    ("куст*", uw(Unit::Plant, 1.0, false, 0)),
    ("растени*", uw(Unit::Plant, 1.0, false, 0)),
    ("саженц*", uw(Unit::Plant, 1.0, false, 0)),
    ("саженец", uw(Unit::Plant, 1.0, false, 0)),
    ("рассад*", uw(Unit::Plant, 1.0, false, 0)),
    ("package", uw(Unit::Package, 1.0, false, 0)),
    ("packages", uw(Unit::Package, 1.0, false, 0)),
    ("packet", uw(Unit::Package, 1.0, false, 0)),
    ("packets", uw(Unit::Package, 1.0, false, 0)),
    ("pack", uw(Unit::Package, 1.0, false, 0)),
    ("packs", uw(Unit::Package, 1.0, false, 0)),
    ("bags", uw(Unit::Package, 1.0, false, 0)),
    // "131 parcels of cannabis", "176 compressed blocks of cannabis", "slabs".
    ("parcel", uw(Unit::Package, 1.0, false, 0)),
    ("parcels", uw(Unit::Package, 1.0, false, 0)),
    ("blocks", uw(Unit::Package, 1.0, false, 0)),
    ("slabs", uw(Unit::Package, 1.0, false, 0)),
    ("bricks", uw(Unit::Package, 1.0, false, 0)),
    ("упаков*", uw(Unit::Package, 1.0, false, 0)),
    ("пакет*", uw(Unit::Package, 1.0, false, 0)),
    ("сверт*", uw(Unit::Package, 1.0, false, 0)),
    ("брикет*", uw(Unit::Package, 1.0, false, 0)),
    ("dose", uw(Unit::Dose, 1.0, false, 0)),
    ("doses", uw(Unit::Dose, 1.0, false, 0)),
    ("доз", uw(Unit::Dose, 1.0, false, 0)),
    ("дозы", uw(Unit::Dose, 1.0, false, 0)),
    ("доза", uw(Unit::Dose, 1.0, false, 0)),
    ("item", uw(Unit::Item, 1.0, false, 0)),
    ("items", uw(Unit::Item, 1.0, false, 0)),
    ("pieces", uw(Unit::Item, 1.0, false, 0)),
    ("pcs", uw(Unit::Item, 1.0, true, 0)),
    ("bits", uw(Unit::Item, 1.0, false, 0)),
    ("blisters", uw(Unit::Item, 1.0, false, 0)),
    // "400 bottles of codeine syrup", "77 bottles of Phensedyl": a syrup's bottles, as labelled.
    ("bottles", uw(Unit::Item, 1.0, false, 0)),
    ("шт", uw(Unit::Item, 1.0, true, 0)),
    ("штук*", uw(Unit::Item, 1.0, false, 0)),
    ("блистер*", uw(Unit::Item, 1.0, false, 0)),
    ("drugs", uw(Unit::Item, 1.0, false, 0)),
    ("medicines", uw(Unit::Item, 1.0, false, 0)),
    ("medications", uw(Unit::Item, 1.0, false, 0)),
    ("preparations", uw(Unit::Item, 1.0, false, 0)),
    ("препарат*", uw(Unit::Item, 1.0, false, 0)),
    ("лекарств*", uw(Unit::Item, 1.0, false, 0)),
];

/// The unit named by the word at token `i`, if any.
pub fn unit_at(toks: &Tokens, i: usize) -> Option<UnitWord> {
    if !toks.is_word(i) {
        return None;
    }
    let w = toks.text(i);
    UNITS
        .iter()
        .find(|(p, _)| word_matches(p, w))
        .map(|(_, u)| *u)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drug(s: &str) -> Option<&'static str> {
        let mut t = Tokens::default();
        t.read(s, 0, s.len());
        drug_at(&t, 0).map(|d| d.canonical)
    }

    #[test]
    fn drugs_in_both_languages_and_inflections() {
        assert_eq!(drug("героином"), Some("heroin"));
        assert_eq!(drug("Marijuana"), Some("cannabis"));
        assert_eq!(drug("опий-сырец"), Some("opium"));
        assert_eq!(drug("acetic anhydride"), Some("precursors"));
        assert_eq!(drug("наркотических средств"), Some("narcotic_drugs"));
        assert_eq!(drug("toxic substances"), Some("other:toxic_substances"));
        assert_eq!(drug("\"ice\""), Some("methamphetamine"));
        assert_eq!(drug("alpha-PVP"), Some("other:alpha_pvp"));
        assert_eq!(drug("PVP"), Some("other:alpha_pvp"));
        assert_eq!(drug("альфа-ПВП"), Some("other:alpha_pvp"));
        assert_eq!(drug("ya ba"), Some("methamphetamine"));
        assert_eq!(drug("methylephedron"), Some("mephedrone"));
        assert_eq!(
            drug("производных метилэфедрона"),
            Some("other:methylephedrone_derivatives")
        );
        assert_eq!(drug("coal"), None);
    }
}
