//! The verbs and words around a figure that say what happened to it: stems of seizure and
//! destruction verbs, the words that open a lot's weight, the goods drugs hide in and the people
//! a destruction verb may count instead. Split from `lexicon.rs` (drug names and units).

/// Verb stems that make a quantity a seizure.
pub const SEIZURE_STEMS: &[&str] = &[
    "seiz",
    "confiscat",
    "found",
    // "to find 14 kilos of heroin", "Other finds included 23 kilogrammes of raw opium".
    "find",
    "haul",
    // "nabbed 03 suspects with 05kg and 907g of Kerala cannabis".
    "nabbed",
    // "a young man was caught with over 1 kg of mephedrone".
    "caught",
    "discover",
    "intercept",
    "detain",
    "arrest",
    "recover",
    // "resulted in 37.35 kilograms of cannabis resin being retrieved from the sea".
    "retriev",
    // "the police were able to secure 14 kilograms of Pervitin": secured as evidence. (Not
    // "security".)
    "secure",
    "securing",
    "uncover",
    // "police encountered a container that contained 445 kilos of cocaine": came upon it.
    "encountered",
    // «выловили из воды почти полторы тонны марихуаны»: fished out of the sea.
    "выловил",
    "withdr",
    "captur",
    "impound",
    "detect",
    "изъя",
    // «полицейские накрыли склад с 48 кг запрещенных веществ»: police slang for a bust.
    "накрыл",
    // «из автомобиля извлекли мешок с двумя килограммами марихуаны»: taken out in a search.
    "извлек",
    "извлеч",
    "изым",
    "обнаруж",
    "задерж",
    // «арестовали украинку с 2 килограммами наркотиков»: arrested with them, as "arrest".
    "арестова",
    "конфиск",
    "выяв",
    "нашли",
    "нашел",
    "нашла",
    "найден",
    "перехват",
    // «перехвачено 11 миллионов таблеток»: the stem alternates.
    "перехвач",
    // «захватили 200 килограммов опия», «захвачено».
    "захватил",
    "захвачен",
    "пресеч",
    // Drugs carried by people detained for smuggling them are seized (rule 10).
    "smuggl",
    // "charged with importing approximately 42 kilograms", as «ввез».
    "importing",
    "apprehend",
    // "a wooden box concealing just under two kilograms", "concealed in the fuel tank".
    "conceal",
    // "the woman had seven kilos of cocaine stashed in several packets", "a stash of".
    "stashed",
    // "611 anti-illegal drugs operations which yielded 2.1 kilograms of shabu": what they
    // turned up. (Not "capable of yielding": what crops could give, turned away as capacity.)
    "yielded",
    // «Один прятал 6 кг наркотика среди своих вещей», «спрятанный в бензобаке»: as "conceal".
    "прятал",
    "спрятал",
    "спрятан",
    // "officers located a book ... concealing just under two kilograms": what a search turned
    // up. (Not "identified": "60 violations were identified, the circulation of 2,000 tons of
    // precursors was restricted".)
    "located",
    // ("searched a 28-year-old man, locating 25.71 kilograms of MDMA in his suitcase".)
    "locating",
    "перевозил",
    "спрятал",
    // «54 килограмма кокаина было ... спрятано в вентиляционных люках», «в пакетах
    // находился героин общей массой 7 килограммов»: where the lot was, told because it was
    // found.
    "спрятан",
    "находил",
    // «в чемодане лежали 17 брикетов с кокаином»: what lay there, told because it was found.
    "лежал",
    // «в тайнике содержалось 1251 грамм карфентанила»: what a cache held.
    "содержалось",
    "содержались",
    // Drugs someone kept or carried, told because they were found: «держал более 1,7 кг
    // марихуаны под кухонным стулом», «там хранилось 28 мешков», "was carrying in his pocket
    // 154.5 grams of opium", "the light aircraft was transporting 18 kilograms of heroin".
    "хранил",
    "хранивш",
    "держал",
    // «перевозивших 3,5 кг "Альфа-PVP"», «перевозившего»: the participle of «перевозил».
    "перевозивш",
    // «пограничный пес учуял в сумке 200 граммов марихуаны»: what a dog sniffed out was found.
    "учуял",
    // «в свертке оказалось 5 граммов героина»: what a package turned out to hold.
    "оказалось",
    "оказались",
    "carrying",
    "transporting",
    "carried",
    // A foiled attempt is a seizure: "пытались переправить 17 кг", "attempted to smuggle".
    "переправ",
    "провез",
    "ввез",
    "пытал",
    "попытк",
    "предотвра",
    // «пресекли контрабанду 500 кг кокаина», «сорвала контрабанду»: a stopped smuggling.
    "пресек",
    "сорвал",
    // «25 кило мефедрона житель Ярославля собирался вывезти»: what someone meant to carry.
    "собирался",
    "собиралась",
    "собирались",
    // «вырвали более 300 кустов»: plants pulled up and taken away.
    "вырвал",
    "вырван",
    // «море вынесло на берег свыше 290 килограммов кокаина», "washed ashore": drugs found on
    // a shore.
    "вынесло",
    "washed",
    // "uprooted a total of 121 marijuana plants", the English of «вырвали».
    "uproot",
    // «житель, который высадил на своем участке 1 259 кустов конопли»: plants someone grew,
    // told because they were found. («посадил 520 кустов конопли»: so are plants he planted.)
    "высадил",
    "посадил",
    // «Ураган выбросил на пляж 25 упаковок с кокаином»: drugs the sea threw ashore, as
    // «вынесло».
    "выбросил",
    "выброшен",
    // «в незаконный оборот не допущено 40 кг»: kept out of circulation.
    "допущ",
    // A body-packer's lot, passed in custody: "later excreted 41 pellets", "purged 50
    // pellets". (Not "swallowed" or "ingested": "died after ingesting 100 capsules" tells of
    // no find.)
    "excret",
    "expell",
    "purged",
    "attempt",
    "foil",
    "prevent",
    // "stopped the import of more than 5.3 kg of prohibited substances".
    "stopped",
    // "The inspection of the product revealed a total of 2,297,700 grams of cocaine".
    "reveal",
    "hidden",
    // "Buried within 198 packages were 4806 kilograms", «закопал в огороде 2 кг»: a cache,
    // told because it was found.
    "buried",
    "закопа",
    // "16.739 tons of illicit drugs ... have been busted by police forces", "netted 40 kg".
    "bust",
    "netted",
    // "Police raid nets 20kg of cannabis": a headline's verb.
    "nets",
];

/// Words that open a sentence giving the weight of the lot told just before ("The total weight
/// of the drug is 257 kilogrammes", «Масса изъятого превысила 2 кг»).
pub const WEIGHT_OF_THE_LOT: &[&str] = &[
    "total weight",
    "общий вес",
    "общая масса",
    "масса изъятого",
    "вес изъятого",
    "масса изъятых",
    "вес изъятых",
    "weight of the seized",
    // "The total seizure amounted to 2.58 kilograms", "The cocaine, which weighed a total of
    // 946 kilos": the lot just told, weighed precisely.
    "total seizure",
    "weighed a total of",
    // «Вес высушенного вещества — более 2,5 килограммов», "The weight of the substance was
    // 1.3 kg": the substance just found, whose drug the story names.
    "вес вещества",
    "масса вещества",
    "вес высушенного вещества",
    "масса высушенного вещества",
    "вес порошка",
    "масса порошка",
    "weight of the substance",
    // «Экспертиза доказала, что это героин, а его вес составил 120 килограммов».
    "его вес",
    "их вес",
    "its weight",
    // "They weighed 4.1 kilograms.", «Масса – около 10 граммов.», «Масса составила 31 грамм»: a
    // sentence that only weighs the lot just told.
    "they weighed",
    "it weighed",
    "масса –",
    "масса —",
    "масса -",
    "масса составила",
    "вес составил",
];

/// Stems of what a destruction verb destroys when it is no drug: a gang, a supply channel, a
/// network, a den or a lab («ликвидирована группировка», «ликвидирован канал», "dismantled a
/// network"). ("групп" covers «группировка», "lab" "laboratory".)
pub const DESTROYED_NOT_DRUGS: &[&str] = &[
    "групп",
    "банд",
    "канал",
    "наркоканал",
    "сеть",
    "сети",
    "притон",
    "наркопритон",
    "лаборатор",
    "нарколаборатор",
    "gang",
    "network",
    "ring",
    "syndicate",
    "cartel",
    "channel",
    "lab",
];

/// Places a destruction verb may have for its object beside a seizure ("seized 9.1 tons of
/// marijuana and destroyed a narcotics production center"): the drugs stay seized. (Not in
/// `DESTROYED_NOT_DRUGS`: "The trees and the camp were subsequently destroyed" still burns
/// the trees.)
pub const DESTROYED_PLACES: &[&str] = &[
    "center", "centre", "camp", "factor", "workshop", "airstrip", "цех",
];

/// Verb stems that make a quantity a destruction.
pub const DESTRUCTION_STEMS: &[&str] = &[
    "destroy",
    "destruct",
    "burn",
    "incinerat",
    "eradicat",
    "уничтож",
    "сожг",
    "сожж",
    "сжиг",
    "сжег",
    "ликвидир",
    // «Свидетелями ликвидации более 635 кг наркотиков стали …».
    "ликвидац",
    // «55 тысяч кустов … подверглись обработке гербицидами», "sprayed with herbicide".
    "гербицид",
    "herbicid",
    "утилиз",
    "torch",
    "demolish",
    "dispos",
    // "discovered and annihilated 15 tons of hemp"; "The evidence extermination of 31 kgs of
    // amphetamine was conducted by mixing in the cement mixer" (Indonesia's BNN in English).
    "annihilat",
    "exterminat",
    // "3,065.255kg of cannabis sativa ... were razed on two farms".
    "razed",
    "razing",
    // "The authorities thus cremated on Saturday more than 3.3 tons of cocaine".
    "cremat",
    "сожгл",
    "сжеч",
    // «сгорели 137 килограммов наркотиков»: burnt up.
    "сгорел",
    "сгорал",
    // "the pile of tires, wood and 2.5 tons of raw opium burst into flames", "set ablaze",
    // «предали огню».
    "flame",
    "ablaze",
    "огню",
    // «скошено более двух тысяч наркосодержащих растений», «выкосили коноплю», "the plants
    // were uprooted and burnt": mowing wild hemp is its eradication.
    "скош",
    "скосил",
    "выкош",
    "выкосил",
    "скашиван",
];

/// Goods drugs are hidden in or seized beside, by their stems: a weight of them is theirs.
pub const COVER_GOODS: &[&str] = &[
    "банан",
    "banana",
    "фрукт",
    "fruit",
    "яблок",
    "apple",
    "арбуз",
    "watermelon",
    "melon",
    "дын",
    "табак",
    "tobacco",
    "сигарет",
    "cigarette",
    "угля",
    "coal",
    // "The total weight of such wooden logs was about 475 kg".
    "logs",
    "timber",
    "бревн",
    "цемент",
    "cement",
    "муки",
    "flour",
    "сахар",
    "sugar",
    "картофел",
    "potato",
    "рыбы",
    "fish",
    "мяса",
    "meat",
    "металлолом",
    "scrap",
    "орех",
    "nuts",
    "изюм",
    "raisin",
    "груз",
    "cargo",
    "товар",
    "goods",
    // "blocks of marble", "pallets of charcoal", "sacks of rice": the goods' weight.
    "marble",
    "granite",
    "charcoal",
    "rice",
];

/// Stems of the people a destruction verb may count instead of drugs («четверо преступников
/// уничтожены», "two militants were destroyed"): killed in a clash, not drugs destroyed.
pub const PEOPLE_KILLED: &[&str] = &[
    "преступник",
    "бандит",
    "боевик",
    "террорист",
    "контрабандист",
    "наркокурьер",
    "нарушител",
    "militant",
    "gunm",
    "insurgent",
    "terrorist",
    "smuggler",
    "trafficker",
    "bandit",
];

/// Words that introduce the parts of a total: "including", "of which", "из них".
pub const PARTS_PHRASES: &[&str] = &[
    "including",
    "includes",
    "included",
    "включая",
    "of which",
    "of these",
    "of them",
    "among them",
    "in particular",
    "в том числе",
    "из них",
    "в их числе",
    // «из указанного количества около 5,3 килограммов — марихуана»: of the amount just told.
    "из указанного количества",
    "из этого количества",
    "of this amount",
];
