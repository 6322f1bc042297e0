//! The drug names the extractor knows, by pattern: English and Russian, street and brand names,
//! the precursors of the 1988 Convention's Tables I and II. A data table, split from
//! `lexicon.rs`, which matches it against the text.

/// Drug patterns and their canonical names. Longer patterns win over shorter ones.
/// `narcotic_drugs` marks generic words ("drugs", "наркотики"): they yield to a specific name
/// that follows them.
pub(super) const DRUGS: &[(&str, &str)] = &[
    // heroin
    ("heroin", "heroin"),
    ("heroine", "heroin"),
    ("героин*", "heroin"),
    // Heroin's pharmaceutical name, as British courts and police give it ("half a kilogram of
    // diamorphine").
    ("diamorphine", "heroin"),
    ("диаморфин*", "heroin"),
    // South Asia's street name for low-grade heroin ("78 Kg of brown sugar/ Heroin").
    ("brown sugar", "heroin"),
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
    // "877 kg of resin and 128 kg of herbal", "denied smuggling 803kg of resin": the drug
    // press's short name for it.
    ("resin", "hashish"),
    ("marijuana", "cannabis"),
    ("marihuana", "cannabis"),
    ("hemp", "cannabis"),
    ("wild hemp", "cannabis"),
    ("ganja", "cannabis"),
    ("bhang", "cannabis"),
    // Southern Africa's names: "121 kilogrammes of dagga" (South Africa, Zimbabwe), "mbanje"
    // (Zimbabwe's Shona).
    ("dagga", "cannabis"),
    ("mbanje", "cannabis"),
    // Street names in the English press of the region: "4.5 kg weed", "163 kilograms of grass".
    ("weed", "cannabis"),
    ("grass", "cannabis"),
    ("skunk", "cannabis"),
    // "9 quintals and 70 kilograms of processed kif" (Algeria's and Morocco's reports).
    ("kif", "cannabis"),
    // "Nearly 68,500 pot plants", "a pot farm": the American press's word.
    ("pot", "cannabis"),
    ("марихуан*", "cannabis"),
    ("каннабис*", "cannabis"),
    ("конопл*", "cannabis"),
    ("анаш*", "cannabis"),
    // "наркотиков канабисной группы": the common misspelling.
    ("канабис*", "cannabis"),
    // hashish
    ("hashish", "hashish"),
    // (The older English spelling, still in dictionaries and some Gulf outlets.)
    ("hasheesh", "hashish"),
    // Oils are named drugs of their own (EXTRACTION.md rule 11: anything else is other:NAME).
    ("hashish oil", "other:hash_oil"),
    ("hash oil", "other:hash_oil"),
    ("гашишн* масл*", "other:hash_oil"),
    ("cannabis oil", "other:cannabis_oil"),
    // «конопляное масло», «масло конопли»: the Russian for "cannabis oil".
    ("коноплян* масл*", "other:cannabis_oil"),
    ("масл* конопл*", "other:cannabis_oil"),
    // The Russian control list's item is «масло каннабиса (гашишное масло)».
    ("масл* каннабис*", "other:hash_oil"),
    ("charas", "hashish"),
    // "61 kg charras": the spelling of Pakistani releases.
    ("charras", "hashish"),
    // "52 tons of chira, or hashish": the Maghreb's word for cannabis resin.
    ("chira", "hashish"),
    ("hash", "hashish"),
    ("гашиш*", "hashish"),
    // «смола каннабиса», «смолы конопли»: cannabis resin, as "cannabis resin" above.
    ("смол* каннабис*", "hashish"),
    ("смол* конопл*", "hashish"),
    ("чарс*", "hashish"),
    // "more than 1.5 kg of crystals", "5 kg crystal": crystal methamphetamine ("ice").
    ("crystals", "methamphetamine"),
    ("crystal", "methamphetamine"),
    // cocaine
    ("cocaine", "cocaine"),
    ("кокаин*", "cocaine"),
    // "613 kilos of coke in bananas", "£1m of coke": the press's short name.
    ("coke", "cocaine"),
    // The plant cocaine is made from: "8,800 coca plants were eradicated", "7,000 plants of
    // supposed coca" (as poppy is opium's, rule 11).
    ("coca", "other:coca"),
    ("кока", "other:coca"),
    ("коки", "other:coca"),
    // "800 kilos of coca leaves", «листьев коки»: the harvested leaf, labelled by its own name;
    // "coca paste", "coca base": the first product made of it.
    ("coca leaf", "other:coca_leaves"),
    ("coca leaves", "other:coca_leaves"),
    ("лист* коки", "other:coca_leaves"),
    ("coca paste", "other:coca_paste"),
    ("coca base", "other:coca_paste"),
    // methamphetamine
    ("methamphetamine", "methamphetamine"),
    ("methamphetamines", "methamphetamine"),
    // "230kg of methylamphetamine": the Australian police's name for it.
    ("methylamphetamine", "methamphetamine"),
    ("crystal meth", "methamphetamine"),
    ("meth", "methamphetamine"),
    ("pervitin", "methamphetamine"),
    // "591 kilograms of crystal" (Iran), "168.9 liters Ice" (Pakistan), "syabu" (Malaysia),
    // "shabu" (Philippines), "yaba" pills (Thailand).
    ("crystal", "methamphetamine"),
    ("ice", "methamphetamine"),
    ("syabu", "methamphetamine"),
    ("shabu", "methamphetamine"),
    // "36.7 kilograms of kakuseizai, or stimulant drugs", "665 kg of stimulants": Japan's word
    // for methamphetamine, in its customs' and press's English (as the labels read it). (A
    // stimulant named after, "the stimulant drug khat", is that drug.)
    ("kakuseizai", "methamphetamine"),
    // "90 grams of philopon" (Korea), "hiropon" (Japan): the trade name methamphetamine was
    // sold under there, still the press's word for it.
    ("philopon", "methamphetamine"),
    ("hiropon", "methamphetamine"),
    ("stimulant drugs", "methamphetamine"),
    ("stimulants", "methamphetamine"),
    ("yaba", "methamphetamine"),
    // "20kg of pil kuda": Malaysia's press name for methamphetamine pills ("horse pills").
    ("pil kuda", "methamphetamine"),
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
    // The JWH series («JWH-018», "JWH-073") and the later ones of UNODC's NPS list ("AM-2201",
    // "UR-144", "MDMB-CHMICA", "AB-PINACA", "ADB-BUTINACA"): synthetic cannabinoids by name.
    ("jwh", "synthetic_cannabinoids"),
    ("am 2201", "synthetic_cannabinoids"),
    ("ur 144", "synthetic_cannabinoids"),
    ("mdmb*", "synthetic_cannabinoids"),
    ("ab pinaca", "synthetic_cannabinoids"),
    ("adb butinaca", "synthetic_cannabinoids"),
    ("adb pinaca", "synthetic_cannabinoids"),
    // Turkey's street name for synthetic cannabinoids.
    ("bonzai", "synthetic_cannabinoids"),
    ("banzai", "synthetic_cannabinoids"),
    ("бонзай", "synthetic_cannabinoids"),
    ("синтетическ* каннабиноид*", "synthetic_cannabinoids"),
    ("каннабиноид*", "synthetic_cannabinoids"),
    ("спайс*", "synthetic_cannabinoids"),
    ("precursor", "precursors"),
    ("precursors", "precursors"),
    // "precursors of narcotic drugs", «прекурсоры наркотических средств»: precursors, not the
    // drugs they make.
    ("precursors of narcotic drugs", "precursors"),
    ("прекурсор* наркотическ* средств*", "precursors"),
    (
        "прекурсор* наркотическ* средств* и психотропн* веществ*",
        "precursors",
    ),
    (
        "precursors of narcotic drugs and psychotropic substances",
        "precursors",
    ),
    ("acetic anhydride", "precursors"),
    ("ammonium chloride", "precursors"),
    ("хлорид* аммони*", "precursors"),
    ("chemical reagents", "precursors"),
    // "24 tons of chemical ingredients", «12 тыс. кг ингредиентов для производства наркотиков».
    ("chemical ingredients", "precursors"),
    // "ingredients for making cocaine": what a lab makes the drug of, not the drug. (After a
    // figure, "ingredients (chemicals) used to make ..." is read by `extract::figure`.)
    ("ingredients for making", "precursors"),
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
    // "432 kg of chemicals were found alongside the maceration pit", "4,438 tons of chemicals":
    // a laboratory's chemicals, as «химикатов» (rule 11 labels them precursors).
    ("chemicals", "precursors"),
    // ("21 tonnes of an illegal chemical used in the manufacture of heroin": one chemical, a
    // precursor, not the drug named after it.)
    ("illegal chemical", "precursors"),
    ("chemical used", "precursors"),
    ("соля* кислот*", "precursors"),
    ("серн* кислот*", "precursors"),
    ("химическ* реактив*", "precursors"),
    // «более 10 тонн химических реагентов, используемых для изготовления синтетических
    // наркотиков».
    ("химическ* реагент*", "precursors"),
    // «свыше 1,5 тонны химикатов для производства наркотиков», «300 литров реактивов», «80
    // литров растворителя», «19 800 кг химического вещества»: a laboratory's chemicals,
    // labelled as precursors (EXTRACTION.md rule 11).
    ("химикат*", "precursors"),
    ("химреактив*", "precursors"),
    // (The noun's forms, not «реактивных снарядов», rockets.)
    ("реактив", "precursors"),
    ("реактивы", "precursors"),
    ("реактивов", "precursors"),
    ("реактивами", "precursors"),
    ("растворител*", "precursors"),
    ("химическ* веществ*", "precursors"),
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
    // Phenyl-2-propanone and its methylenedioxy analogue by the names the seizures use:
    // BMK (benzyl methyl ketone), "P2P", phenylacetone, PMK; APAAN, from which P-2-P is made.
    ("phenyl 2 propanone", "precursors"),
    ("p 2 p", "precursors"),
    ("bmk", "precursors"),
    ("бмк", "precursors"),
    ("benzyl methyl ketone", "precursors"),
    ("phenylacetone", "precursors"),
    ("фенилацетон*", "precursors"),
    ("pmk", "precursors"),
    ("пмк", "precursors"),
    ("apaan", "precursors"),
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
    // The chemicals of the INCB's special surveillance list the news names by themselves
    // ("787 tons of phenylacetamide and 52.5 tons of tartaric acid", "32,000 litres of
    // methylamine", «метиламин»).
    ("phenylacetamide", "precursors"),
    ("фенилацетамид*", "precursors"),
    ("tartaric acid", "precursors"),
    ("винн* кислот*", "precursors"),
    ("methylamine", "precursors"),
    ("monomethylamine", "precursors"),
    ("метиламин*", "precursors"),
    ("монометиламин*", "precursors"),
    ("benzaldehyde", "precursors"),
    ("бензальдегид*", "precursors"),
    ("nitroethane", "precursors"),
    ("нитроэтан*", "precursors"),
    ("red phosphorus", "precursors"),
    ("красн* фосфор*", "precursors"),
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
    // Its common misspellings in police releases: "Ecstacy tablets", "29,637 ectasy pills".
    ("ecstacy", "other:mdma"),
    ("ectasy", "other:mdma"),
    ("экстази", "other:mdma"),
    // Its chemical name, as releases spell it out: "81.8 kilograms of
    // methylenedioxymethamphetamine (MDMA)".
    ("methylenedioxymethamphetamine", "other:mdma"),
    ("3,4-methylenedioxymethamphetamine", "other:mdma"),
    ("метилендиоксиметамфетамин*", "other:mdma"),
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
    // Methylenedioxypyrovalerone, a synthetic cathinone ("bath salts", «соль»), 1971
    // Convention, Schedule II.
    ("mdpv", "other:mdpv"),
    ("мдпв", "other:mdpv"),
    ("methylenedioxypyrovalerone", "other:mdpv"),
    ("метилендиоксипировалерон*", "other:mdpv"),
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
    // "200 kgs of doda powder", "Doda Chura": the straw ground to powder.
    ("doda powder", "other:poppy_straw"),
    ("doda chura", "other:poppy_straw"),
    // ("658 kilograms of opium doda chura": the opium poppy's straw, named after it.)
    ("opium doda", "other:poppy_straw"),
    ("маков* солом*", "other:poppy_straw"),
    // Concentrate of poppy straw (the 1961 Convention's Schedule I), what a straw is made
    // into: "824 kg of concentrated poppy straw (CPS)", «концентрат маковой соломы»; and
    // «экстракт маковой соломки», as the labels name it.
    ("concentrated poppy straw", "other:poppy_straw_concentrate"),
    (
        "concentrate of poppy straw",
        "other:poppy_straw_concentrate",
    ),
    ("poppy straw concentrate", "other:poppy_straw_concentrate"),
    ("концентрат* маков* солом*", "other:poppy_straw_concentrate"),
    ("экстракт* маков* солом*", "other:poppy_straw_extract"),
    // «почти 200 граммов высушенной соломки мака»: the same, the other way round.
    ("солом* мак*", "other:poppy_straw"),
    // «25 тонн опиумного мака»: the plant, named with its kind (longer names win).
    ("опиумн* мак*", "other:poppy"),
    ("опийн* мак*", "other:poppy"),
    // «1 520 кустов мака», «мак — 54 кг»: the plant.
    // "485 poppy plants", "poppy cultivation": the plant, as «мак».
    ("poppy", "other:poppy"),
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
    // Its alkaloid, named in customs' releases ("52 tonnes of suspected mitragynine").
    ("mitragynine", "other:kratom"),
    ("митрагинин*", "other:kratom"),
    // Gamma-butyrolactone and gamma-hydroxybutyrate ("4000 litres of GBL", "GHB").
    ("gbl", "other:gbl"),
    ("gamma-butyrolactone", "other:gbl"),
    ("gamma butyrolactone", "other:gbl"),
    ("ghb", "other:ghb"),
    ("gamma hydroxybutyrate", "other:ghb"),
    ("gamma hydroxybutyric acid", "other:ghb"),
    ("гамма гидроксибутират*", "other:ghb"),
    ("гамма оксимасляной кислот*", "other:ghb"),
    ("gamma-hydroxybutyrate", "other:ghb"),
    // «87 килограммов натрия оксибутирата», «400 литров оксибутирата»: GHB's sodium salt, a
    // medicine under control, labelled by its own name.
    ("натрия оксибутират*", "other:oxybutyrate"),
    ("оксибутират*", "other:oxybutyrate"),
    ("sodium oxybate", "other:oxybutyrate"),
    ("sodium oxybutyrate", "other:oxybutyrate"),
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
    // Hallucinogenic mushrooms, by their active substance or their street name.
    ("psilocybin", "other:psilocybin_mushrooms"),
    ("magic mushrooms", "other:psilocybin_mushrooms"),
    ("hallucinogenic mushrooms", "other:psilocybin_mushrooms"),
    ("галлюциногенн* гриб*", "other:psilocybin_mushrooms"),
    // Opioids under international control (1961 Convention, Schedule I; INN names) and the
    // brand most often named for one.
    ("oxycodone", "other:oxycodone"),
    ("оксикодон*", "other:oxycodone"),
    ("oxycontin", "other:oxycontin"),
    ("pentazocine", "other:pentazocine"),
    ("пентазоцин*", "other:pentazocine"),
    // Nitazenes (UNODC's NPS list): "protonitazene", «протонитазен».
    ("protonitazene", "other:protonitazene"),
    ("протонитазен*", "other:protonitazene"),
    // (The family by its own name: "150,000 tablets containing nitazenes".)
    ("nitazene", "other:nitazene"),
    ("nitazenes", "other:nitazene"),
    ("нитазен*", "other:nitazene"),
    ("xylazine", "other:xylazine"),
    // "1.365 pounds of xylazine fentanyl": fentanyl cut with it.
    ("xylazine fentanyl", "other:fentanyl"),
    ("ксилазин*", "other:xylazine"),
    // West Africa's street names: "kush", the synthetic mix of Sierra Leone and Liberia, and
    // "akuskura", Nigeria's herbal mix; both labelled as written.
    ("kush", "other:kush"),
    ("akuskura", "other:akuskura"),
    // A codeine cough syrup brand (India, Bangladesh), labelled by brand.
    ("corex", "other:corex"),
    // The controlled medicines Bhutan's and India's police count, by brand as the labels name
    // them: Spasmo-Proxyvon (Plus), "SP+" (capsules of dicyclomine with an opioid painkiller),
    // Nitrosun-10 ("N10", nitrazepam); Zimbabwe's codeine syrup Broncleer (also "Bronclear").
    ("spasmo proxyvon plus", "other:spasmo_proxyvon_plus"),
    ("spasmo proxyvon +", "other:spasmo_proxyvon_plus"),
    ("sp +", "other:spasmo_proxyvon_plus"),
    ("spasmo proxyvon", "other:spasmo_proxyvon"),
    ("nitrosun 10", "other:nitrosun_10"),
    ("n 10", "other:nitrosun_10"),
    ("nitrosun", "other:nitrosun"),
    ("broncleer", "other:broncleer"),
    ("bronclear", "other:broncleer"),
    // Medicines misused in Central Asia and West Africa, by brand or name where no substance
    // of the conventions is named: Zardex (a brand Uzbek police and customs seize), benzhexol
    // (trihexyphenidyl, Niger and Nigeria), diphenhydramine («димедрол»).
    ("zardex", "other:zardex"),
    ("зардекс*", "other:zardex"),
    ("benzhexol", "other:benzhexol"),
    ("diphenhydramine", "other:diphenhydramine"),
    ("димедрол*", "other:diphenhydramine"),
    // Codeine cough syrup by its kind where no brand or substance is named ("747 bottles of
    // cough syrup"), as the labels name it.
    ("cough syrup", "other:cough_syrup"),
    ("cough syrups", "other:cough_syrup"),
    // Non-drug contraband the agencies report beside drugs: "anabolic steroids", "laughing gas".
    ("steroids", "other:steroids"),
    ("anabolic steroids", "other:steroids"),
    ("nitrous oxide", "other:nitrous_oxide"),
    ("laughing gas", "other:nitrous_oxide"),
    ("псилоцибин*", "other:psilocybin_mushrooms"),
    // Pregabalin brands sold in Central Asia, labelled by brand where no substance is named.
    ("regapen", "other:regapen"),
    ("регапен*", "other:regapen"),
    ("selofen", "other:selofen"),
    ("селофен*", "other:selofen"),
    // A street name for methamphetamine tablets in Afghanistan, labelled as written.
    ("yama", "other:yama"),
    // A codeine syrup brand (Bangladesh), counted by its bottles.
    // (Spelt as often "Phensidyl", "phensydyl", and in the plural, "Phensidyls".)
    ("phensedyl*", "other:phensedyl"),
    ("phensidyl*", "other:phensedyl"),
    ("phensydyl*", "other:phensedyl"),
    // 4-CMC, a synthetic cathinone (UNODC's NPS list), named so in customs releases.
    // Methcathinone (1971 Convention, Schedule I), home-made from ephedrine and called
    // «эфедрон» where it is: labelled by the name the text uses.
    ("ephedrone", "other:ephedrone"),
    ("эфедрон*", "other:ephedrone"),
    ("methcathinone", "other:methcathinone"),
    ("меткатинон*", "other:methcathinone"),
    ("clephedrone", "other:clephedrone"),
    ("клефедрон*", "other:clephedrone"),
    ("ketamine", "other:ketamine"),
    ("кетамин*", "other:ketamine"),
    // Substances of the international schedules (1961 and 1971 Conventions, UNODC's NPS list)
    // that bulletins name and the labels keep by name: cathinone (khat's alkaloid) and the
    // synthetic cathinones, methylethcathinone (4-MEC), dimethyltryptamine,
    // phencyclidine, thebaine, hydromorphone, trimeperidine (sold as «промедол»), THC, and the
    // sedative etomidate ("space oil", controlled in Hong Kong and China).
    ("cathinone", "other:cathinone"),
    ("катинон*", "other:cathinone"),
    ("synthetic cathinone", "other:synthetic_cathinone"),
    ("synthetic cathinones", "other:synthetic_cathinone"),
    ("methylethcathinone", "other:methylethcathinone"),
    ("dmt", "other:dmt"),
    ("dimethyltryptamine", "other:dmt"),
    ("диметилтриптамин*", "other:dmt"),
    ("phencyclidine", "other:phencyclidine"),
    ("фенциклидин*", "other:phencyclidine"),
    ("thebaine", "other:thebaine"),
    ("тебаин*", "other:thebaine"),
    ("hydromorphone", "other:hydromorphone"),
    ("гидроморфон*", "other:hydromorphone"),
    ("promedol", "other:promedol"),
    ("промедол*", "other:promedol"),
    ("thc", "other:thc"),
    // ("25 grams of THC gummies", "THC-laden cannabis": cannabis products, named by their
    // active substance.)
    ("thc gumm*", "cannabis"),
    ("thc edible*", "cannabis"),
    ("thc vape*", "cannabis"),
    ("thc infused", "cannabis"),
    ("thc laden", "cannabis"),
    ("etomidate", "other:etomidate"),
    ("этомидат*", "other:etomidate"),
    // Plants a bulletin names by their own names: fly agaric, Syrian rue (harmala), datura,
    // blue lotus, kava (restricted in Australia's Northern Territory).
    ("fly agaric", "other:fly_agaric"),
    ("мухомор*", "other:fly_agaric"),
    ("harmala", "other:harmala"),
    ("datura", "other:datura"),
    ("blue lotus", "other:blue_lotus"),
    ("kava", "other:kava"),
    // "Happy water": a drink laced with a mix of drugs (ketamine, MDMA, methamphetamine), sold
    // in sachets in South-East Asia.
    ("happy water", "other:happy_water"),
    ("fentanyl", "other:fentanyl"),
    // Desomorphine («крокодил»), made from codeine tablets at home (1961 Convention, Schedule
    // I).
    ("desomorphine", "other:desomorphine"),
    ("дезоморфин*", "other:desomorphine"),
    ("фентанил*", "other:fentanyl"),
    // «триметилфентанил»: the fentanyl analogue of the 2000s.
    ("триметилфентанил*", "other:trimethylfentanyl"),
    ("trimethylfentanyl", "other:trimethylfentanyl"),
    // Fentanyl's analogues under international control (1961 Convention, Schedule I; INN
    // names and their Russian transliterations): each its own drug.
    ("carfentanil", "other:carfentanil"),
    ("carfentanyl", "other:carfentanil"),
    ("карфентанил*", "other:carfentanil"),
    ("sufentanil", "other:sufentanil"),
    ("суфентанил*", "other:sufentanil"),
    ("alfentanil", "other:alfentanil"),
    ("альфентанил*", "other:alfentanil"),
    ("remifentanil", "other:remifentanil"),
    ("ремифентанил*", "other:remifentanil"),
    ("acetylfentanyl", "other:acetylfentanyl"),
    ("ацетилфентанил*", "other:acetylfentanyl"),
    ("furanylfentanyl", "other:furanylfentanyl"),
    ("фуранилфентанил*", "other:furanylfentanyl"),
    ("ocfentanil", "other:ocfentanil"),
    ("окфентанил*", "other:ocfentanil"),
    ("khat", "other:khat"),
    // «54 кг ката», «листья ката»: khat in Russian (not «кате», Katya's dative).
    ("кат", "other:khat"),
    ("ката", "other:khat"),
    ("катом", "other:khat"),
    // Caffeine, the Golden Triangle's cutting agent for methamphetamine tablets, seized and
    // burnt beside them ("2,659 kilograms of caffeine powder"), labelled as written.
    ("caffeine", "other:caffeine"),
    ("кофеин*", "other:caffeine"),
    // "Around 263 tons of qat were seized across the Saudi borders".
    ("qat", "other:khat"),
    // Khat's names in Kenya, Somalia, Djibouti ("miraa") and Uganda ("mairungi").
    ("miraa", "other:khat"),
    ("mairungi", "other:khat"),
    ("medazepam", "other:medazepam"),
    ("медазепам*", "other:medazepam"),
    ("gabapentin", "other:gabapentin"),
    ("габапентин*", "other:gabapentin"),
    // Flunitrazepam's brand, the name Nigerian reports give (as the corpus labels it).
    ("rohypnol", "other:rohypnol"),
    ("рогипнол*", "other:rohypnol"),
    ("diazepam", "other:diazepam"),
    ("диазепам*", "other:diazepam"),
    // The benzodiazepines of Schedule IV of the 1971 Convention (the INCB's Green List), with
    // phenazepam and etizolam (scheduled since) and the designer ones of UNODC's NPS list.
    ("bromazepam", "other:bromazepam"),
    ("бромазепам*", "other:bromazepam"),
    ("brotizolam", "other:brotizolam"),
    ("бротизолам*", "other:brotizolam"),
    ("camazepam", "other:camazepam"),
    ("камазепам*", "other:camazepam"),
    ("chlordiazepoxide", "other:chlordiazepoxide"),
    ("хлордиазепоксид*", "other:chlordiazepoxide"),
    ("clobazam", "other:clobazam"),
    ("клобазам*", "other:clobazam"),
    ("clonazepam", "other:clonazepam"),
    // "2,200 Rivotril tablets": clonazepam's brand.
    ("rivotril", "other:clonazepam"),
    ("клоназепам*", "other:clonazepam"),
    ("clorazepate", "other:clorazepate"),
    ("клоразепат*", "other:clorazepate"),
    ("clotiazepam", "other:clotiazepam"),
    ("клотиазепам*", "other:clotiazepam"),
    ("cloxazolam", "other:cloxazolam"),
    ("клоксазолам*", "other:cloxazolam"),
    ("delorazepam", "other:delorazepam"),
    ("делоразепам*", "other:delorazepam"),
    ("estazolam", "other:estazolam"),
    ("эстазолам*", "other:estazolam"),
    ("fludiazepam", "other:fludiazepam"),
    ("флудиазепам*", "other:fludiazepam"),
    ("flunitrazepam", "other:flunitrazepam"),
    ("флунитразепам*", "other:flunitrazepam"),
    ("flurazepam", "other:flurazepam"),
    ("флуразепам*", "other:flurazepam"),
    ("halazepam", "other:halazepam"),
    ("галазепам*", "other:halazepam"),
    ("haloxazolam", "other:haloxazolam"),
    ("галоксазолам*", "other:haloxazolam"),
    ("ketazolam", "other:ketazolam"),
    ("кетазолам*", "other:ketazolam"),
    ("loprazolam", "other:loprazolam"),
    ("лопразолам*", "other:loprazolam"),
    ("lorazepam", "other:lorazepam"),
    ("лоразепам*", "other:lorazepam"),
    ("lormetazepam", "other:lormetazepam"),
    ("лорметазепам*", "other:lormetazepam"),
    ("midazolam", "other:midazolam"),
    ("мидазолам*", "other:midazolam"),
    ("nimetazepam", "other:nimetazepam"),
    ("ниметазепам*", "other:nimetazepam"),
    ("nitrazepam", "other:nitrazepam"),
    ("нитразепам*", "other:nitrazepam"),
    ("nordazepam", "other:nordazepam"),
    ("нордазепам*", "other:nordazepam"),
    ("oxazepam", "other:oxazepam"),
    ("оксазепам*", "other:oxazepam"),
    ("oxazolam", "other:oxazolam"),
    ("оксазолам*", "other:oxazolam"),
    ("pinazepam", "other:pinazepam"),
    ("пиназепам*", "other:pinazepam"),
    ("prazepam", "other:prazepam"),
    ("празепам*", "other:prazepam"),
    ("temazepam", "other:temazepam"),
    ("темазепам*", "other:temazepam"),
    ("tetrazepam", "other:tetrazepam"),
    ("тетразепам*", "other:tetrazepam"),
    ("triazolam", "other:triazolam"),
    ("триазолам*", "other:triazolam"),
    ("etizolam", "other:etizolam"),
    ("этизолам*", "other:etizolam"),
    ("phenazepam", "other:phenazepam"),
    ("феназепам*", "other:phenazepam"),
    ("flualprazolam", "other:flualprazolam"),
    ("флуалпразолам*", "other:flualprazolam"),
    ("flubromazolam", "other:flubromazolam"),
    ("флубромазолам*", "other:flubromazolam"),
    ("clonazolam", "other:clonazolam"),
    ("клоназолам*", "other:clonazolam"),
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
    // "over 15 tons of narcotic plants were destroyed" («наркосодержащих растений»).
    ("narcotic plants", "narcotic_drugs"),
    ("narcotic-containing plants", "narcotic_drugs"),
    ("drug-containing plants", "narcotic_drugs"),
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
    // ("14.5-kg narcotic powder".)
    ("narcotic powder", "narcotic_drugs"),
    ("illegal substances", "narcotic_drugs"),
    ("illicit substances", "narcotic_drugs"),
    ("prohibited substances", "narcotic_drugs"),
    ("controlled substances", "narcotic_drugs"),
    ("illegal drugs", "narcotic_drugs"),
    ("illicit drugs", "narcotic_drugs"),
    ("other drugs", "narcotic_drugs"),
    ("наркотик*", "narcotic_drugs"),
    ("наркотическ* средств*", "narcotic_drugs"),
    // «около 400 кг растительных и синтетических наркосредств»: the short form.
    ("наркосредств*", "narcotic_drugs"),
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
