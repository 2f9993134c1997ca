//! Number vocabulary of general English: number words, scale words and suffixes, currency signs,
//! codes and names, qualifiers written before a quantity, measure suffixes and counted-noun hints.
//! Data only; the number extractor builds its patterns from these lists.

/// Cardinal number words below one hundred with their value.
pub const NUMBER_WORDS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Words that multiply what comes before them ("two hundred", "3.4 million").
pub const SCALE_WORDS: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    // South Asian scales: a lakh is a hundred thousand, a crore ten million.
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
];

/// Scale words written as two, which multiply each other ("Rs 1.5 lakh crore" is 1.5 × 10¹²),
/// with their value.
pub const SCALE_COMPOUNDS: &[(&str, f64)] = &[("lakh crore", 1e12), ("lakh crores", 1e12)];

/// Words that stand for a number by themselves ("a dozen", "half").
pub const QUANTITY_WORDS: &[(&str, f64)] = &[("dozen", 12.0), ("half", 0.5)];

/// Words before "half" that make it a part of a period, a game or a table, not a number ("the
/// first half", "in the second half", "the other half", "in the top half"; "that half of them"
/// is a number).
pub const PERIOD_HALF_OPENERS: &[&str] = &[
    "first", "second", "opening", "final", "latter", "former", "other", "the", "top", "bottom",
    "upper", "lower",
];

/// Words that, after "the", make a number word after them a place in a table, not a count ("14
/// points off the top four", "in the bottom three"), lower case.
pub const TABLE_END_WORDS: &[&str] = &["bottom", "top"];

/// Nouns after a spaced "half" that make an idiom or a name with it, not half of something ("no
/// time for half measures", "a half truth", "a half marathon", a race), lower case.
pub const HALF_SPACED_IDIOMS: &[&str] = &[
    "measure",
    "measures",
    "truth",
    "truths",
    "marathon",
    "marathons",
];

/// Periods that "half a" measures back or on from now ("half a century ago", "half a decade
/// later"), a time told as a date is, no quantity, lower case.
pub const HALF_AGO_PERIODS: &[&str] = &["century", "decade", "generation", "lifetime"];

/// Words after a period that tell a time from another ("a century ago", "a decade later"),
/// lower case.
pub const AGO_WORDS: &[&str] = &["ago", "earlier", "later", "before", "after"];

/// Capitalised words closing with "of" that open the name of a grouping of states or people
/// with the number after them ("the Group of Seven", "the Group of 20", "the Gang of Eight"):
/// the number is part of the name, no quantity.
pub const NAMED_GROUP_OPENERS: &[&str] = &["Group of", "Gang of"];

/// Nouns that "half-" makes into a word of their own, not half of something ("after
/// half-term", "at half-time", "her half-brother").
pub const HALF_COMPOUNDS: &[&str] = &[
    "term",
    "time",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "hearted",
    "heartedly",
    "mast",
    "staff",
    "moon",
    "truth",
    "truths",
    "measure",
    "measures",
    "way",
    "back",
    "baked",
    "volley",
    "volleys",
    "century",
    "centuries",
    "marathon",
    "marathons",
    "life",
    "lives",
];

/// Compounds of a number word that are idioms, not quantities ("a one-sided game", "a one-time
/// captain", "a two-way street"), lower case.
pub const NUMBER_IDIOMS: &[&str] = &[
    "one-liner",
    "one-liners",
    "one-sided",
    "one-time",
    "one-way",
    "two-faced",
    "two-timing",
    "two-way",
    "two-pronged",
    "three-pronged",
    "three-way",
    "four-way",
    "two-state",
];

/// Scale suffixes written straight after digits ("£3.4m", "€5bn", "20k"), with the short
/// forms Malaysian and Singaporean copy writes ("RM1.2bil", "S$900mil").
pub const SCALE_SUFFIXES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("m", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("mil", 1e6),
    ("b", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("bil", 1e9),
    ("tn", 1e12),
    ("trn", 1e12),
];

/// Scale suffixes that may also stand one space after the digits, as wire copy writes them
/// ("$4.5 bn", "1.2 mln units", "RM3.4 bil"); lower case, and long enough not to be a word or an initial.
pub const SPACED_SCALE_SUFFIXES: &[&str] = &["bn", "mn", "mln", "mil", "bln", "bil", "tn", "trn"];

/// Plural words for an unstated large amount ("thousands of troops").
pub const VAGUE_AMOUNTS: &[&str] = &[
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "trillions",
    "a few hundred",
    "a few thousand",
    "a few million",
    "a few billion",
    "several hundred",
    "several thousand",
    "several million",
    "several billion",
    "some hundred",
];

/// Currency signs and prefixed codes with their ISO 4217 code, longest first where they share a
/// prefix.
pub const CURRENCY_SIGNS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("$US", "USD"),
    ("$NZ", "NZD"),
    ("$HK", "HKD"),
    ("$A", "AUD"),
    ("$C", "CAD"),
    ("$S", "SGD"),
    ("AU$", "AUD"),
    ("A$", "AUD"),
    ("CA$", "CAD"),
    ("C$", "CAD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("S$", "SGD"),
    ("NT$", "TWD"),
    ("N$", "NAD"),
    ("R$", "BRL"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₩", "KRW"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₱", "PHP"),
];

/// Abbreviations of a currency written before an amount, with or without a space ("Rs 500
/// crore", "Rs. 2,000"), with their ISO 4217 code.
pub const CURRENCY_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Rs.", "INR"),
    ("Rs", "INR"),
    ("Tk", "BDT"),
    ("QR", "QAR"),
    ("KSh", "KES"),
    ("Ksh.", "KES"),
    ("Ksh", "KES"),
    ("RMB", "CNY"),
    ("Rmb", "CNY"),
];

/// The countries whose currency is the rupee written "Rs" or "rupees", each by the words that
/// name it in a text (its name, its demonyms and its capital), with its ISO 4217 code. India's
/// entry comes first: a document that names another of these countries more often than India
/// counts its bare rupees in that country's currency. Case as written.
pub const RUPEE_COUNTRIES: &[(&[&str], &str)] = &[
    (&["India", "Indian", "Indians", "Delhi"], "INR"),
    (&["Pakistan", "Pakistani", "Pakistanis", "Islamabad"], "PKR"),
    (
        &["Sri Lanka", "Sri Lankan", "Sri Lankans", "Colombo"],
        "LKR",
    ),
    (
        &["Nepal", "Nepali", "Nepalis", "Nepalese", "Kathmandu"],
        "NPR",
    ),
    (
        &["Mauritius", "Mauritian", "Mauritians", "Port Louis"],
        "MUR",
    ),
    (&["Seychelles", "Seychellois"], "SCR"),
];

/// Phrases that open with a word of [`RUPEE_COUNTRIES`] but name no country ("the Indian
/// Ocean" is no mention of India). Case as written.
pub const RUPEE_COUNTRY_NON_MENTIONS: &[&str] = &["Indian Ocean"];

/// Words of a rupee amount written after its figure ("300 rupees", "a 500-rupee note"), whose
/// country [`RUPEE_COUNTRIES`] decides when the text names none before them. Lower case.
pub const RUPEE_WORDS: &[&str] = &["rupee", "rupees"];

/// Short currency prefixes that are also letters of roads, ratings and models ("R3.5 billion"
/// rand, but "the R35 route"; "Sh50,000" shillings): money only glued to an amount that has a
/// scale, digit groups, cents or a word of money before it. With their ISO 4217 code, or ""
/// when the prefix stands for the currencies of several countries ("K" for kwacha and kina).
/// Written glued or spaced ("RM50 million", "Rp 3 trillion", "Dhs 2,500"), longest first where
/// they share a start.
pub const GLUED_CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("R", "ZAR"),
    ("Sh", "KES"),
    ("RM", "MYR"),
    ("Rp", "IDR"),
    ("Dhs", "AED"),
    ("Dh", "AED"),
    ("SFr", "CHF"),
    ("PHP", "PHP"),
    ("N", "NGN"),
    ("P", "PHP"),
    ("E£", "EGP"),
    ("GH¢", "GHS"),
    ("SR", "SAR"),
    ("K", ""),
];

/// Currency signs that may be set apart from their amount by a space ("US$ 500m", "₹ 45,000
/// crore"): those of more than one character and the rupee's; a lone "$" or "£" is written
/// glued.
pub const SPACEABLE_CURRENCY_SIGNS: &[&str] = &[
    "US$", "A$", "C$", "HK$", "NZ$", "S$", "NT$", "R$", "\u{20b9}",
];

/// Words of paying or costing right before an amount ("cost R350", "fined Sh500"), which make a
/// short prefix glued to it a currency (see [`GLUED_CURRENCY_PREFIXES`]). Lower case.
pub const MONEY_WORDS_BEFORE: &[&str] = &[
    "awarded", "budget", "charge", "charged", "charges", "cost", "costing", "costs", "earn",
    "earned", "earning", "earns", "fee", "fine", "fined", "owe", "owed", "owes", "paid", "pay",
    "paying", "pays", "price", "priced", "salary", "spend", "spending", "spent", "worth",
];

/// Two words of selling or buying right before an amount with a short currency prefix
/// ("sold for N185", "selling at N650"): a price, so money. Lower case.
pub const PRICE_PHRASES_BEFORE: &[&str] = &[
    "bought at",
    "bought for",
    "buying at",
    "buying for",
    "going for",
    "retail at",
    "retailed at",
    "retailing at",
    "retails at",
    "sell at",
    "sell for",
    "selling at",
    "selling for",
    "sells at",
    "sells for",
    "sold at",
    "sold for",
];

/// Nouns of a price, and "priced": an amount with a short currency prefix after "from", "to" or
/// "at" in a clause that names one is money ("raised the price of petrol from N480 to N520",
/// "seats are priced from Dh90 to Dh400"). Lower case.
pub const PRICE_NOUNS: &[&str] = &[
    "cost", "costs", "fare", "fares", "price", "priced", "prices", "tariff", "tariffs",
];

/// Prepositions that lead from one of [`PRICE_NOUNS`] to its amount ("from", "to", "at").
/// Lower case.
pub const PRICE_LINKS: &[&str] = &["at", "from", "to"];

/// Measures a unit price is given per ("N520 per litre", "R35 a kg"): an amount with a short
/// currency prefix before "per", "a" or "an" and one of them is money. Lower case.
pub const UNIT_PRICE_MEASURES: &[&str] = &[
    "bag",
    "barrel",
    "bottle",
    "carton",
    "crate",
    "dozen",
    "gallon",
    "kg",
    "kilo",
    "kilogram",
    "kilogramme",
    "kilowatt-hour",
    "kwh",
    "liter",
    "litre",
    "loaf",
    "pack",
    "share",
    "tin",
    "ton",
    "tonne",
];

/// Nouns of money paid or owed: "pounds" after "of" after one ("a payment of 1,500 pounds"), or
/// after a form of "be" in a clause one opens ("average pay is 36,000 pounds"), are sterling.
/// Lower case.
pub const MONEY_NOUNS: &[&str] = &[
    "allowance",
    "bail",
    "bonus",
    "bonuses",
    "compensation",
    "damages",
    "donation",
    "earnings",
    "fare",
    "fee",
    "fees",
    "fine",
    "fines",
    "grant",
    "income",
    "pay",
    "payment",
    "payments",
    "payout",
    "pension",
    "ransom",
    "rent",
    "reward",
    "salaries",
    "salary",
    "settlement",
    "wage",
    "wages",
];

/// Verbs that link a clause's subject to its amount ("pay is", "fees totalled"). Lower case.
pub const AMOUNT_LINK_VERBS: &[&str] = &[
    "are", "averaged", "averages", "be", "been", "is", "totalled", "totaled", "totals", "was",
    "were",
];

/// ISO 4217 codes recognised when written before or after an amount ("USD 200", "5bn euros"),
/// and the tickers of crypto-currencies written the same way ("0.5 BTC").
pub const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD",
    "SEK", "NOK", "DKK", "PLN", "UAH", "TRY", "BRL", "ZAR", "KRW", "MXN", "ILS", "NGN", "MYR",
    "THB", "IDR", "EGP", "PKR", "SAR", "AED", "QAR", "KES", "VND", "ARS", "CLP", "COP", "UGX",
    "TZS", "GHS", "ZMW", "ETB", "RWF", "MWK", "KZT", "GEL", "AMD", "AZN", "HUF", "CZK",
    // Tickers of the two largest crypto-currencies, written as their codes are.
    "BTC", "ETH",
];

/// Words between an exchange rate and the currency it is given against ("1,380 per dollar",
/// "1,380 to the dollar", "83 against the US dollar"): a bare rate after one of them is in the
/// other currency its sentence names. Lower case, with their trailing space.
pub const EXCHANGE_RATE_LINKS: &[&str] = &["per ", "to the ", "against the "];

/// Currency names written after an amount, with their ISO 4217 code.
pub const CURRENCY_NAMES: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("sterling", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("rupees", "INR"),
    ("rupee", "INR"),
    ("hryvnias", "UAH"),
    ("francs", "CHF"),
    ("franc", "CHF"),
    // Names that one currency alone goes by; pesos, pounds, kroner, riyals and the like are left
    // out, since several currencies (or a weight) share them.
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("rand", "ZAR"),
    ("zloty", "PLN"),
    ("zlotys", "PLN"),
    ("shekels", "ILS"),
    ("shekel", "ILS"),
    ("naira", "NGN"),
    ("ringgit", "MYR"),
    ("baht", "THB"),
    ("rupiah", "IDR"),
    ("reais", "BRL"),
    ("tenge", "KZT"),
    ("lari", "GEL"),
    ("drams", "AMD"),
    ("dram", "AMD"),
    ("forints", "HUF"),
    ("forint", "HUF"),
    ("koruna", "CZK"),
    ("korunas", "CZK"),
    // The plural of the Swedish krona alone: Norway and Denmark write "kroner".
    ("kronor", "SEK"),
    ("bitcoin", "BTC"),
    ("bitcoins", "BTC"),
];

/// Verbs of a bowler's figures in cricket, lower case: a pair after one, of at most
/// [`MAX_BOWLING_WICKETS`] wickets and more runs, with no unit, is the bowler's wickets and runs,
/// no range ("took 7-57", "taking 3-20").
pub const BOWLING_VERBS: &[&str] = &[
    "claimed",
    "claiming",
    "take",
    "takes",
    "taking",
    "took",
    "returned",
    "returning",
];

/// Spans of play in cricket counted after "in" ("287 for six in 50 overs", "40 off 25 balls"):
/// a figure before "in" and a count of them is a score made in that span, no share of it.
/// Lower case.
pub const CRICKET_SPAN_UNITS: &[&str] = &["overs", "balls", "deliveries"];

/// The most wickets a bowler's figures hold.
pub const MAX_BOWLING_WICKETS: f64 = 10.0;

/// Verbs of scoring before "a second", "a third": the goal of that order, no fraction ("added a
/// third"). Lower case.
pub const GOAL_VERBS: &[&str] = &[
    "add", "added", "adding", "adds", "bagged", "grabbed", "netted", "score", "scored", "scores",
    "scoring",
];

/// Currency names of two or three words written after an amount, a country's adjective and
/// the name several currencies share ("5 million Swiss francs", "2 billion Hong Kong dollars"),
/// lower case, with their ISO 4217 code.
pub const QUALIFIED_CURRENCY_NAMES: &[(&str, &str)] = &[
    ("armenian drams", "AMD"),
    ("australian dollars", "AUD"),
    ("azerbaijani manats", "AZN"),
    ("czech crowns", "CZK"),
    ("czech korunas", "CZK"),
    ("danish crowns", "DKK"),
    ("georgian lari", "GEL"),
    ("hungarian forints", "HUF"),
    ("kazakh tenge", "KZT"),
    ("norwegian crowns", "NOK"),
    ("swedish crowns", "SEK"),
    ("turkmen manats", "TMT"),
    ("brazilian reais", "BRL"),
    ("canadian dollars", "CAD"),
    ("danish kroner", "DKK"),
    ("egyptian pounds", "EGP"),
    ("hong kong dollars", "HKD"),
    ("indian rupees", "INR"),
    ("mexican pesos", "MXN"),
    ("new zealand dollars", "NZD"),
    ("norwegian kroner", "NOK"),
    ("pakistani rupees", "PKR"),
    ("saudi riyals", "SAR"),
    ("qatari riyals", "QAR"),
    ("omani rials", "OMR"),
    ("iranian rials", "IRR"),
    ("yemeni rials", "YER"),
    ("uae dirhams", "AED"),
    ("emirati dirhams", "AED"),
    ("moroccan dirhams", "MAD"),
    ("kuwaiti dinars", "KWD"),
    ("bahraini dinars", "BHD"),
    ("jordanian dinars", "JOD"),
    ("iraqi dinars", "IQD"),
    ("algerian dinars", "DZD"),
    ("libyan dinars", "LYD"),
    ("tunisian dinars", "TND"),
    ("serbian dinars", "RSD"),
    ("singapore dollars", "SGD"),
    ("south african rand", "ZAR"),
    ("swedish kronor", "SEK"),
    ("swiss franc", "CHF"),
    ("swiss francs", "CHF"),
    ("kenyan shillings", "KES"),
    ("kenya shillings", "KES"),
    ("ugandan shillings", "UGX"),
    ("uganda shillings", "UGX"),
    ("tanzanian shillings", "TZS"),
    ("tanzania shillings", "TZS"),
    ("somali shillings", "SOS"),
    ("nigerian naira", "NGN"),
    ("ghanaian cedis", "GHS"),
    ("ghana cedis", "GHS"),
    ("zambian kwacha", "ZMW"),
    ("malawian kwacha", "MWK"),
    ("ethiopian birr", "ETB"),
    ("rwandan francs", "RWF"),
    ("congolese francs", "CDF"),
    ("guinean francs", "GNF"),
    ("sudanese pounds", "SDG"),
    ("south sudanese pounds", "SSP"),
    ("lebanese pounds", "LBP"),
    ("syrian pounds", "SYP"),
    ("british pounds", "GBP"),
    ("sri lankan rupees", "LKR"),
    ("nepalese rupees", "NPR"),
    ("mauritian rupees", "MUR"),
    ("bangladeshi taka", "BDT"),
    ("philippine pesos", "PHP"),
    ("argentine pesos", "ARS"),
    ("chilean pesos", "CLP"),
    ("colombian pesos", "COP"),
    ("japanese yen", "JPY"),
    ("chinese yuan", "CNY"),
    ("russian roubles", "RUB"),
    ("russian rubles", "RUB"),
    ("israeli shekels", "ILS"),
    ("taiwan dollars", "TWD"),
    ("new taiwan dollars", "TWD"),
    ("jamaican dollars", "JMD"),
];

/// The name of the Korean currency, which is also a verb: an amount in it is money only with a
/// scale word before it ("3 billion won"); "the 3 won" is no amount of it.
pub const WON: &str = "won";

/// The ISO code of [`WON`].
pub const WON_CODE: &str = "KRW";

/// The name of a currency that is also a weight: an amount in it is sterling only with a scale
/// of a million or more or the word "sterling" after it (see `currency_after` in numbers).
pub const POUNDS: &str = "pounds";

/// The ISO code of [`POUNDS`] when they are money.
pub const POUNDS_CODE: &str = "GBP";

/// Currencies divided into cents ("42 cents a share"), as ISO codes.
pub const CENT_CURRENCIES: &[&str] = &["USD", "EUR", "AUD", "CAD", "NZD", "HKD", "SGD"];

/// Verbs of movement that take "up" as their particle, so that "up to" after them reads "rose
/// to", not "at most" ("ticked up to 3.9%", "went up to 40", "was revised up to 12"). "raise" is
/// left out: "could raise up to $1bn" is "at most".
pub const UP_PARTICLE_VERBS: &[&str] = &[
    "climb", "climbed", "climbing", "climbs", "came", "come", "comes", "coming", "crept", "creep",
    "creeping", "creeps", "edge", "edged", "edges", "edging", "go", "goes", "going", "gone",
    "inch", "inched", "inches", "inching", "jump", "jumped", "jumping", "jumps", "move", "moved",
    "moves", "moving", "rise", "risen", "rises", "rising", "rose", "shoot", "shooting", "shoots",
    "shot", "tick", "ticked", "ticking", "ticks", "went", "bump", "bumped", "bumping", "bumps",
    "push", "pushed", "pushes", "pushing", "ramp", "ramped", "ramping", "ramps", "revise",
    "revised", "revises", "revising",
];

/// Verbs that take "over" as their particle, so that "over" after them is no qualifier ("handed
/// over 30 jets" hands 30 of them, not more than 30). Verbs that also take "over" as "more than"
/// ("took over 30 minutes", "carried over 300 passengers") are left out.
pub const OVER_PARTICLE_VERBS: &[&str] = &[
    "fork", "forked", "forking", "forks", "hand", "handed", "handing", "hands", "sign", "signed",
    "signing", "signs", "turn", "turned", "turning", "turns",
];

/// Qualifiers of an estimate written after a quantity, or after the counted noun of one, lower
/// case ("300 or so people"): kept as written. With [`QUALIFIERS_AFTER_LOWER`] and
/// [`QUALIFIERS_AFTER_UPPER`], the qualifiers written after a figure ([`qualifiers_after`]).
pub const QUALIFIERS_AFTER_ESTIMATE: &[&str] = &["or so", "or thereabouts"];

/// Every qualifier written after a figure or its counted noun ("300 or so", "5% or more", "20
/// years or more", "those aged 65 and over").
pub fn qualifiers_after() -> impl Iterator<Item = &'static str> {
    QUALIFIERS_AFTER_ESTIMATE
        .iter()
        .chain(QUALIFIERS_AFTER_LOWER)
        .chain(QUALIFIERS_AFTER_UPPER)
        .copied()
}

/// Qualifiers after a figure that make it a lower bound ("5% or more", "aged 65
/// and over"); see also [`QUALIFIERS_AFTER_UPPER`].
pub const QUALIFIERS_AFTER_LOWER: &[&str] = &[
    "or more",
    "and over",
    "or over",
    "and above",
    "or above",
    "and older",
    "or older",
];

/// Qualifiers after a figure that make it an upper bound ("20 or fewer",
/// "children aged five and under").
pub const QUALIFIERS_AFTER_UPPER: &[&str] = &[
    "or less",
    "or fewer",
    "and under",
    "or under",
    "and below",
    "or below",
    "and younger",
    "or younger",
];

/// Qualifiers set off by a comma at the end of a figure's clause, lower case ("3,000 sheep lost,
/// at least"): kept as written.
pub const CLAUSE_END_QUALIFIERS: &[&str] = &["at least", "at most"];

/// Qualifiers hyphened to the end of a figure, lower case ("40-odd", "10,000-plus"): kept as
/// written.
pub const QUALIFYING_SUFFIXES: &[&str] = &["plus", "odd"];

/// Nouns of a move in a rate, lower case: a fraction of a point hyphened before one is a
/// fraction of a percentage point ("a quarter-point cut", "a half-point hike").
pub const RATE_MOVE_NOUNS: &[&str] = &[
    "cut",
    "cuts",
    "drop",
    "fall",
    "hike",
    "hikes",
    "increase",
    "increases",
    "move",
    "moves",
    "raise",
    "raises",
    "reduction",
    "reductions",
    "rise",
    "rises",
];

/// Words of rates, lower case: a fraction of a point ("cut rates by a quarter-point",
/// "unemployment rose by a tenth of a point") after one in its sentence is a fraction of a
/// percentage point.
pub const RATE_WORDS: &[&str] = &[
    "rate",
    "rates",
    "yield",
    "yields",
    "borrowing",
    "inflation",
    "unemployment",
];

/// The unit a fraction of a point of a rate is in ("a quarter-point cut", "half a percentage
/// point").
pub const PERCENTAGE_POINTS: &str = "percentage points";

/// Qualifiers of an estimate, lower case (a subset of [`QUALIFIERS`]): two sources that each give
/// one estimated count of a thing ("about 12,000 residents", "roughly 14,000 residents") are
/// likely reporting the same count.
pub const ESTIMATE_QUALIFIERS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "some",
    "approximately",
    "an approximate",
    "an estimated",
    "estimated",
    "nearly",
    "almost",
    "close to",
    "in the region of",
    "in the order of",
    "approx.",
    "circa",
    "~",
];

/// Qualifiers written before a quantity, longest first where one ends another.
pub const QUALIFIERS: &[&str] = &[
    "no more than",
    "no fewer than",
    "no less than",
    "not more than",
    "more than",
    "less than",
    "fewer than",
    "greater than",
    "at least",
    "at most",
    "up to",
    "as many as",
    "as much as",
    "as few as",
    "as little as",
    "in excess of",
    "in the region of",
    "in the order of",
    "north of",
    "upwards of",
    "close to",
    "just over",
    "just under",
    "well over",
    "well under",
    "an estimated",
    "an average of",
    "a maximum of",
    "a minimum of",
    "approximately",
    "an approximate",
    "roughly",
    "nearly",
    "almost",
    "about",
    "around",
    "some",
    "over",
    "under",
    "below",
    "above",
    "estimated",
    "exactly",
    "precisely",
    "only",
    "barely",
    "approx.",
    "circa",
    "ca.",
    "c.",
    "~",
];

/// Measure suffixes written straight after digits ("2,500km", "40kg", "25bps", "500mg",
/// "128GB", "3.5GHz", "421ppm"); a lower-case "mb" is [`MILLIBARS_SUFFIX`].
pub const MEASURE_SUFFIXES: &[&str] = &[
    "km", "kg", "mm", "cm", "m", "ft", "mph", "kph", "kmh", "mw", "gw", "kw", "kwh", "mwh", "gwh",
    "lb", "lbs", "mi", "ha", "sq", "g", "mg", "t", "ml", "l", "oz", "p", "bps", "bp", "in", "kb",
    "mb", "gb", "tb", "hz", "khz", "mhz", "ghz", "kv", "mmhg", "kbps", "mbps", "gbps", "ppm",
    "twh", "mah", "mp", "w", "v", "sec", "secs", "s", "min", "mins", "hr", "hrs", "nm", "mpg",
];

/// The glued suffix of nanometres and of nautical miles alike ("a 3nm chip", "12nm off the
/// coast"): its unit is told by the words about it, else left out.
pub const NM_SUFFIX: &str = "nm";

/// Words about a figure glued to [`NM_SUFFIX`] that make it nanometres, lower case.
pub const NANOMETRE_WORDS: &[&str] = &[
    "chip",
    "chips",
    "chipmaker",
    "foundry",
    "lithography",
    "node",
    "nodes",
    "process",
    "processor",
    "processors",
    "semiconductor",
    "semiconductors",
    "transistor",
    "transistors",
    "wafer",
    "wafers",
    "wavelength",
];

/// Words about a figure glued to [`NM_SUFFIX`] that make it nautical miles, lower case.
pub const NAUTICAL_WORDS: &[&str] = &[
    "boat",
    "boats",
    "coast",
    "coastline",
    "harbour",
    "harbor",
    "maritime",
    "naval",
    "navy",
    "offshore",
    "sea",
    "seas",
    "ship",
    "ships",
    "shore",
    "vessel",
    "vessels",
    "warship",
    "warships",
    "waters",
];

/// The unit of nautical miles, as "12 nautical miles" spells it.
pub const NAUTICAL_MILES: &str = "nautical miles";

/// How far about a figure glued to [`NM_SUFFIX`] its words are looked for, in bytes.
pub const NM_CONTEXT_BYTES: usize = 60;

/// The glued measure suffix that is seconds only after a figure with decimals ("a further 4.2s
/// back"); after a whole number it is a plural or a decade ("her 20s"), no measure.
pub const SECONDS_SUFFIX: &str = "s";

/// Abbreviated units of time, glued or spaced after a figure ("27.472sec", "45mins", "12.5 sec",
/// "3 hrs"), lower case, with the unit they are written as, singular and plural: one unit per
/// measure, as "1 minute" and "90 minutes" are written.
pub const TIME_ABBREVIATIONS: &[(&str, &str, &str)] = &[
    ("s", "second", "seconds"),
    ("sec", "second", "seconds"),
    ("secs", "second", "seconds"),
    ("min", "minute", "minutes"),
    ("mins", "minute", "minutes"),
    ("hr", "hour", "hours"),
    ("hrs", "hour", "hours"),
];

/// Units of time, singular and plural, that a smaller one may follow in one duration ("2 hours
/// 14 minutes", "28 minutes and 41 seconds"), with the smaller unit, singular and plural, and
/// how many of it make one of the larger.
pub const COMPOUND_DURATION_STEPS: &[(&str, &str, &str, &str, f64)] = &[
    ("hour", "hours", "minute", "minutes", 60.0),
    ("minute", "minutes", "second", "seconds", 60.0),
];

/// Glued measure suffixes of one letter that are a unit only in capitals ("60W", "240V"): in
/// lower case they are no measure, and the figure stays unread as before.
pub const CAPITAL_ONLY_SUFFIXES: &[&str] = &["w", "v"];

/// Words after a figure that make an "M" glued before it an earthquake's magnitude ("an M6.1
/// earthquake"), lower case.
pub const QUAKE_WORDS: &[&str] = &[
    "aftershock",
    "aftershocks",
    "earthquake",
    "earthquakes",
    "quake",
    "quakes",
    "temblor",
    "tremor",
    "tremors",
];

/// The glued measure suffix that, written in lower case, is millibars of air pressure ("a
/// 960mb low"), not megabytes ("500MB"): no unit is given for it.
pub const MILLIBARS_SUFFIX: &str = "mb";

/// How a measure's abbreviation is written as a unit, by its lower-case form, where that is not
/// the lower-case form itself ("MW" is megawatts, "mw" would be milliwatts); spellings of one
/// unit share one symbol ("kph" and "kmh" are "km/h"); an imperial length keeps its word ("ft"
/// is "feet", "in" is "inches", as "mi" is "miles").
pub const MEASURE_SYMBOLS: &[(&str, &str)] = &[
    ("ft", "feet"),
    ("gb", "GB"),
    ("ghz", "GHz"),
    ("gw", "GW"),
    ("gbps", "Gbps"),
    ("gwh", "GWh"),
    ("hz", "Hz"),
    ("in", "inches"),
    ("kb", "KB"),
    ("khz", "kHz"),
    ("kmh", "km/h"),
    ("kph", "km/h"),
    ("kv", "kV"),
    ("kw", "kW"),
    ("kwh", "kWh"),
    ("lbs", "lb"),
    ("mb", "MB"),
    ("mbps", "Mbps"),
    ("mhz", "MHz"),
    ("mah", "mAh"),
    ("mi", "miles"),
    ("mmhg", "mmHg"),
    ("mp", "MP"),
    ("mw", "MW"),
    ("mwh", "MWh"),
    ("tb", "TB"),
    ("twh", "TWh"),
    ("v", "V"),
    ("w", "W"),
];

/// Words before "zero" that make it an idiom, not a count ("net zero", "ground zero").
pub const ZERO_IDIOM_OPENERS: &[&str] = &["net", "ground", "absolute", "patient", "year"];

/// Units of two words or more after a figure, in lower case ("25 basis points", "421 parts per
/// million", "12 nautical miles").
pub const TWO_WORD_UNITS: &[&str] = &[
    "basis points",
    "basis point",
    "percentage points",
    "percentage point",
    "parts per million",
    "parts per billion",
    "nautical miles",
    "nautical mile",
];

/// Spellings of a unit of two words after a figure, lower case, with the one unit they are all
/// written as: "1,300 light years", "1,300 light-years" and "a light year" measure in
/// "light-years"; "42 astronomical units" and "one astronomical unit" in "astronomical units".
pub const SPELLED_TWO_WORD_UNITS: &[(&str, &str)] = &[
    ("light years", "light-years"),
    ("light year", "light-years"),
    ("astronomical units", "astronomical units"),
    ("astronomical unit", "astronomical units"),
];

/// Spellings of a concentration in the air, a mass per volume, after a figure ("80 µg/m³",
/// "80 ug/m3", "80 micrograms per cubic metre"), with the unit they are written as; unlike other
/// measures per another ("120 mg/dL"), it is a unit of its own. Compared ignoring ASCII case.
pub const CONCENTRATION_UNITS: &[(&str, &str)] = &[
    ("\u{b5}g/m\u{b3}", "\u{b5}g/m\u{b3}"),
    ("\u{3bc}g/m\u{b3}", "\u{b5}g/m\u{b3}"),
    ("\u{b5}g/m3", "\u{b5}g/m\u{b3}"),
    ("\u{3bc}g/m3", "\u{b5}g/m\u{b3}"),
    ("ug/m3", "\u{b5}g/m\u{b3}"),
    ("micrograms per cubic metre", "\u{b5}g/m\u{b3}"),
    ("micrograms per cubic meter", "\u{b5}g/m\u{b3}"),
    ("mg/m\u{b3}", "mg/m\u{b3}"),
    ("mg/m3", "mg/m\u{b3}"),
    ("milligrams per cubic metre", "mg/m\u{b3}"),
    ("milligrams per cubic meter", "mg/m\u{b3}"),
];

/// "percentage point" written open or hyphened before a noun ("a percentage-point rise"): the
/// same phrase, of the same length.
pub const POINT_SPELLINGS: [&str; 2] = ["percentage point", "percentage-point"];

/// Words between the article and "percentage point" that still make one whole point ("a full
/// percentage point", "a whole percentage point"), lower case.
pub const WHOLE_POINT_WORDS: &[&str] = &["full", "whole"];

/// Spellings of one unit, lower case, with the unit they are written as, so that figures in it
/// compare whichever way an outlet writes it: "25 basis points", "25bps" and "25bp" are all
/// "basis points", "5 ppts" is "percentage points", "421 parts per million" is "ppm", "3
/// kilometres" is "km".
pub const UNIT_SPELLINGS: &[(&str, &str)] = &[
    ("basis point", "basis points"),
    ("basis-point", "basis points"),
    ("per-cent", "percent"),
    ("pc", "percent"),
    ("bps", "basis points"),
    ("bp", "basis points"),
    ("percentage point", "percentage points"),
    ("ppts", "percentage points"),
    ("parts per million", "ppm"),
    ("parts per billion", "ppb"),
    // Metric measures spelled out are written as their symbols, so that "3 kilometres", "three
    // kilometers" and "3 km" compare; the imperial ones keep their words ("10 miles").
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("metre", "m"),
    ("metres", "m"),
    ("meter", "m"),
    ("meters", "m"),
    ("centimetre", "cm"),
    ("centimetres", "cm"),
    ("centimeter", "cm"),
    ("centimeters", "cm"),
    ("millimetre", "mm"),
    ("millimetres", "mm"),
    ("millimeter", "mm"),
    ("millimeters", "mm"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("kilogramme", "kg"),
    ("kilogrammes", "kg"),
    ("gram", "g"),
    ("grams", "g"),
    ("gramme", "g"),
    ("grammes", "g"),
    ("milligram", "mg"),
    ("milligrams", "mg"),
    ("milligramme", "mg"),
    ("milligrammes", "mg"),
    ("litre", "l"),
    ("litres", "l"),
    ("liter", "l"),
    ("liters", "l"),
    ("millilitre", "ml"),
    ("millilitres", "ml"),
    ("milliliter", "ml"),
    ("milliliters", "ml"),
    ("square kilometre", "km²"),
    ("square kilometres", "km²"),
    ("square kilometer", "km²"),
    ("square kilometers", "km²"),
    ("square metre", "m²"),
    ("square metres", "m²"),
    ("square meter", "m²"),
    ("square meters", "m²"),
    ("cubic metre", "m³"),
    ("cubic metres", "m³"),
    ("cubic meter", "m³"),
    ("cubic meters", "m³"),
];

/// Units one thing is counted in under two names, lower case, with the name the comparison
/// groups them by: a British and an American spelling ("a six-storey block", "a six-story
/// block"), or the count of a ballot named for its kind ("9,812 first preferences" are votes as
/// "9,218 first-preference votes" are), or the people of a crowd named for why they came ("in
/// front of 11,240 fans", "a crowd of 11,240", counted as people), or an employer's people named
/// for their work ("has 2,400 staff", "employs 2,400 people", "its 2,400 employees"), or the
/// people who lived through a disaster ("31 survivors", "31 people" taken to hospital; a
/// survivor's outcome keeps them apart from the dead, see [`TOLL_OUTCOMES`]). The figures keep the
/// unit their source writes.
pub const UNIT_KEY_VARIANTS: &[(&str, &str)] = &[
    ("stories", "storeys"),
    ("story", "storey"),
    ("preferences", "votes"),
    ("preference", "vote"),
    ("fans", "people"),
    ("spectators", "people"),
    ("attendees", "people"),
    ("onlookers", "people"),
    ("staff", "people"),
    ("employees", "people"),
    ("survivors", "people"),
];

/// Nouns that count people by what they do or where they are ("1,200 evacuees", "640 workers",
/// "300 passengers", "about 900 residents"), lower case: the comparison groups them with people,
/// but links one of them to a figure of the same value written with another noun ("1,200 people
/// were evacuated") only when their sentences share a context word, as a story may give 40
/// residents and 40 people of two different things.
pub const ROLE_PEOPLE_UNITS: &[&str] = &["evacuees", "passengers", "residents", "workers"];

/// Words that tell a figure is an earlier telling of a count since replaced ("raising an earlier
/// toll of 12", "up from a previous estimate of 40", "from an initial 9"), lower case: see
/// [`SUPERSEDED_NOUNS`].
pub const SUPERSEDED_WORDS: &[&str] = &[
    "earlier",
    "initial",
    "original",
    "preliminary",
    "previous",
    "prior",
];

/// Words after "By" opening a sentence that name the time a count stood at then, besides
/// weekdays, parts of the day and times of day ("By then, 52 people had been rescued", "By
/// nightfall"), lower case: see [`UPDATE_TIME_MODIFIERS`].
pub const UPDATE_TIME_WORDS: &[&str] = &["lunchtime", "nightfall", "then"];

/// Words between "By" and the time that opens a sentence telling a count as it stood later
/// ("By late Tuesday", "By early afternoon", "By the evening"), lower case, besides articles.
pub const UPDATE_TIME_MODIFIERS: &[&str] = &["early", "late", "mid"];

/// Nouns of a count's telling that one of [`SUPERSEDED_WORDS`] leads to before "of" and a figure
/// ("an earlier toll of 12", "the previous estimate of 40"), lower case.
pub const SUPERSEDED_NOUNS: &[&str] = &["count", "estimate", "figure", "tally", "toll", "total"];

/// Plural heads of a compound that count the same thing as the word before them ("nine crew
/// members" are nine crew, "12 staff members" twelve staff), lower case: the comparison counts
/// the figure under that word.
pub const MEMBER_HEADS: &[&str] = &["members"];

/// Words that make the length after them a unit of its own, also squared ("2m sq nautical
/// miles" are square nautical miles), lower case.
pub const LENGTH_MODIFIERS: &[&str] = &["nautical"];

/// Scales named before their figure ("magnitude 6.8", "a magnitude-7 quake"), lower case: the
/// figure's unit.
pub const MEASURES_NAMED_BEFORE: &[&str] = &["magnitude"];

/// Abbreviations of statistical measures, as written before their figures ("95% CI 1.1 to 2.3",
/// "HR 0.77", "OR 1.4"): a decimal after one, or a range of figures, is the measure's value,
/// never a version or a name's number as after other capitalised words ("Python 3.12").
pub const STATISTIC_ABBREVIATIONS: &[&str] = &[
    "AUC", "CI", "CIs", "HR", "aHR", "aOR", "IQR", "IRR", "NNT", "OR", "RR", "SD", "SE", "SEM",
];

/// Words of a tropical storm, lower case: in a sentence with one, "category" before a figure
/// names the storm's strength on a scale ("a Category 4 hurricane", "upgraded to category
/// five"), which is then the figure's unit, [`STORM_CATEGORY`].
pub const STORM_WORDS: &[&str] = &[
    "cyclone",
    "cyclones",
    "hurricane",
    "hurricanes",
    "storm",
    "storms",
    "typhoon",
    "typhoons",
];

/// The word naming a storm's strength before its figure, and the unit of that figure.
pub const STORM_CATEGORY: &str = "category";

/// The highest category of a storm's strength.
pub const MAX_STORM_CATEGORY: f64 = 5.0;

/// The unit of an earthquake's magnitude, however it is written ("magnitude 6.1", "M6.1").
pub const MAGNITUDE: &str = "magnitude";

/// Makers of aircraft and the names of their families, whose models are numbered in a
/// hyphened pair ("Boeing 737-800", "ATR 72-600", "Dash 8-400"): the pair is a model, neither
/// a range nor a score.
pub const AIRCRAFT_MAKERS: &[&str] = &[
    "Airbus",
    "Antonov",
    "ATR",
    "Boeing",
    "Bombardier",
    "Cessna",
    "Dash",
    "Embraer",
    "Ilyushin",
    "Sukhoi",
    "Tupolev",
];

/// Words after which "over" and a span of time spread something across it, no "more than"
/// ("repayable over 20 years", "spread over three days", "a mortgage over 30 years", "held over
/// two days", "prices rose over two years", "took place over four weeks"). Lower case.
pub const OVER_SPAN_WORDS: &[&str] = &[
    "climbed",
    "declined",
    "deliberated",
    "doubled",
    "dropped",
    "fall",
    "falling",
    "falls",
    "fell",
    "grew",
    "grown",
    "halved",
    "held",
    "increased",
    "loan",
    "loans",
    "mortgage",
    "mortgages",
    "payable",
    "phased",
    "place",
    "repaid",
    "repayable",
    "rise",
    "risen",
    "rises",
    "rising",
    "rose",
    "runs",
    "shrank",
    "soared",
    "spread",
    "spreading",
    "spreads",
    "staggered",
    "surged",
    "tripled",
];

/// Units of time that "over" spreads something across (see [`OVER_SPAN_WORDS`]).
pub const SPAN_TIME_UNITS: &[&str] = &[
    "days", "decades", "hours", "months", "weeks", "years", "day", "decade", "hour", "month",
    "week", "year",
];

/// Scales named after their figure ("a 6.1 magnitude quake", "6.1 on the Richter scale"), lower
/// case, with the figure's unit.
pub const MEASURES_NAMED_AFTER: &[(&str, &str)] = &[
    ("magnitude", "magnitude"),
    ("on the richter scale", "magnitude"),
];

/// Distance words that make a speed before "per hour" or "an hour", with the unit of the speed.
pub const SPEED_UNITS: &[(&str, &str)] = &[
    ("km", "km/h"),
    ("kilometre", "km/h"),
    ("kilometres", "km/h"),
    ("kilometer", "km/h"),
    ("kilometers", "km/h"),
    ("mile", "mph"),
    ("miles", "mph"),
];

/// Distance words that make a speed before "per second" or "a second", with the unit of the
/// speed ("52 metres a second" is "m/s", as "52m/s" is).
pub const SECOND_SPEED_UNITS: &[(&str, &str)] = &[
    ("metre", "m/s"),
    ("metres", "m/s"),
    ("meter", "m/s"),
    ("meters", "m/s"),
];

/// Words of a sentence about temperatures, in which a bare "C" or "F" after a figure is the
/// scale ("temperatures are forecast to drop to 18 C").
pub const TEMPERATURE_WORDS: &[&str] = &[
    "temperature",
    "temperatures",
    "thermometer",
    "thermometers",
    "heat",
    "heatwave",
    "highs",
    "lows",
    "frost",
];

/// Measure abbreviations that may also stand as a word after a figure ("1,931 km", "15,000 mph",
/// "5 MW", "330 m": a lone "m" only in lower case and before no counted noun): the unit, in
/// lower case.
pub const SPACED_MEASURES: &[&str] = &[
    "m", "km", "kg", "mm", "cm", "ft", "mph", "kph", "kmh", "mw", "gw", "kw", "kwh", "mwh", "gwh",
    "lb", "lbs", "mg", "mi", "ml", "oz", "kb", "mb", "gb", "tb", "hz", "khz", "mhz", "ghz", "kv",
    "mmhg", "bps", "kbps", "mbps", "gbps", "ppm", "twh", "mah", "mpg",
];

/// Words right before a bare figure, lower case with their trailing space, that make it a
/// person's age ("aged 54", "at the age of 87", "died at 87", "turns 35", "children ages 4
/// and 7", "ranged in age from 4 to 81"), each read from the start of a word.
pub const AGE_LEADS: &[&str] = &[
    "aged ",
    "aged from ",
    "ages ",
    "in age from ",
    "the age of ",
    "the ages of ",
    "at age ",
    "died at ",
    "dead at ",
    "death at ",
    "turns ",
    "turned ",
    "turning ",
];

/// Phrases of a life's turning points right before a bare figure, lower case with their
/// trailing space, that make it the person's age then ("retired at 58", "left school at 15"),
/// each read from the start of a word. A figure up to [`MAX_CLOCK_HOUR`] after one may be a
/// time of day ("left home at 7"), so only a larger one is an age.
pub const LIFE_EVENT_AGE_LEADS: &[&str] = &[
    "retired at ",
    "left school at ",
    "left home at ",
    "married at ",
    "emigrated at ",
    "widowed at ",
    "orphaned at ",
];

/// Verbs of a step in a career or a life, lower case, that make a bare figure after "at" later
/// in the same clause the person's age then ("joined the firm at 19", "took up rowing at 40",
/// "qualified as a nurse at 24", "passed her driving test at 17"), each read from the start of a
/// word. As with
/// [`LIFE_EVENT_AGE_LEADS`], a figure up to [`MAX_CLOCK_HOUR`] may be a time of day.
pub const CAREER_STEP_AGE_LEADS: &[&str] = &[
    "joined",
    "started",
    "starts",
    "start",
    "began",
    "begins",
    "begin",
    "qualified",
    "retrained",
    "enlisted",
    "graduated",
    "debuted",
    "made his debut",
    "made her debut",
    "turned professional",
    "turned pro",
    "took up",
    "became",
    "founded",
    "was appointed",
    "was promoted",
    "was recruited",
    "was diagnosed",
    "was ordained",
    "recruited",
    "passed",
];

/// Verbs of [`CAREER_STEP_AGE_LEADS`] that tell an age only with a word between them and "at"
/// ("started work at 16", "began rowing at 30"): a sale or a count starts too ("bidding started
/// at 50", "prices start at 40"), unless a person who takes the step is its subject ("a carer
/// who starts at 30").
pub const CAREER_STEPS_WITH_AN_OBJECT: &[&str] =
    &["started", "starts", "start", "began", "begins", "begin"];

/// Most words between a verb of [`CAREER_STEP_AGE_LEADS`] and the "at" before an age
/// ("qualified as a staff nurse at 24" has four).
pub const MAX_CAREER_STEP_GAP: usize = 4;

/// The largest hour of a twelve-hour clock: a bare figure up to it after one of
/// [`LIFE_EVENT_AGE_LEADS`] may be a time of day.
pub const MAX_CLOCK_HOUR: f64 = 12.0;

/// Nouns of people that a bare figure after "under" or "over" sorts by age ("children under
/// five", "people over 65", "those aged under 18"), lower case; "aged" is one of them. Nouns of
/// a person and their plurals do too ("claimants over 66", see `are_people`).
pub const AGE_BAND_NOUNS: &[&str] = &[
    "adults",
    "aged",
    "anyone",
    "babies",
    "boys",
    "children",
    "everyone",
    "girls",
    "infants",
    "kids",
    "men",
    "pensioners",
    "people",
    "someone",
    "teenagers",
    "those",
    "toddlers",
    "women",
    "youngsters",
];

/// Qualifiers that, after one of [`AGE_BAND_NOUNS`], bound an age band ("children under
/// five", "people over 65"), lower case.
pub const AGE_BAND_QUALIFIERS: &[&str] = &["under", "over", "below", "above"];

/// Oldest age a figure after one of [`AGE_LEADS`] or in a list of ages may give.
pub const MAX_AGE: f64 = 130.0;

/// The least number of years that, told as an age ("2m years old", "400 years old"), is the
/// age of a thing, never of a person: such a figure is no age (a "-year-old" compound is an age
/// whatever its size: "a 300-year-old oak").
pub const MIN_AGE_OF_A_THING: f64 = 200.0;

/// A subject and a form of "be" right before a bare figure, lower case with a trailing space,
/// that make it the subject's age when the figure closes its sentence or clause ("She was 88.",
/// "Ivo Dane, who is 74, said", "until I am 72, anyway").
pub const AGE_PRONOUN_VERBS: &[&str] = &[
    "he was ",
    "she was ",
    "he is ",
    "she is ",
    "he's ",
    "she's ",
    "i am ",
    "i'm ",
    "i was ",
    "who is ",
    "who was ",
    "he will be ",
    "she will be ",
    "i will be ",
    "he'll be ",
    "she'll be ",
    "i'll be ",
];

/// Forms of "be" and verbs of reaching after the noun "age" that make the bare figure after
/// them the age ("the average age of a nurse is 41", "the pension age will reach 67"), lower
/// case with a leading and a trailing space.
pub const AGE_NOUN_VERBS: &[&str] = &[
    " is ",
    " was ",
    " will be ",
    " rises to ",
    " falls to ",
    " rose to ",
    " fell to ",
    " will rise to ",
    " will fall to ",
    " reaches ",
    " reached ",
    " will reach ",
];

/// Superlatives of age in a subject, lower case, that make a bare figure after a form of "be"
/// of [`AGE_NOUN_VERBS`] the subject's age ("the youngest volunteer is 19", "the oldest of the
/// sisters was 91").
pub const AGE_SUPERLATIVES: &[&str] = &["youngest", "oldest", "eldest"];

/// Forms of "be" between a subject holding one of [`AGE_SUPERLATIVES`] and a bare figure that
/// make the figure the age, lower case with a leading and a trailing space.
pub const AGE_SUPERLATIVE_VERBS: &[&str] = &[" is ", " was ", " will be "];

/// Words opening a sentence before a figure and a comma that make it the age of the subject
/// after the comma ("At 41, he became ...", "Now 67, Ivo Dane still ...").
pub const AGE_SENTENCE_OPENERS: &[&str] = &["At", "Now"];

/// Pronouns after "At 41," opening a sentence that make the figure an age ("At 41, he
/// became ..."), lower case.
pub const AGE_SUBJECT_PRONOUNS: &[&str] = &["he", "she", "i", "we", "they"];

/// Compounds after a number that give an age ("a 12-year-old", "a two-month-old"), lower
/// case, with the unit the age is counted in.
pub const AGE_COMPOUNDS: &[(&str, &str)] = &[
    ("year-old", "years"),
    ("year-olds", "years"),
    ("years-old", "years"),
    ("month-old", "months"),
    ("months-old", "months"),
    ("week-old", "weeks"),
    ("weeks-old", "weeks"),
    ("day-old", "days"),
    ("days-old", "days"),
];

/// Words before a length that make it a measure of area or volume ("square miles", "sq km",
/// "cubic metres"), lower case, with the power they raise the length to.
pub const AREA_PREFIXES: &[(&str, u8)] = &[
    ("square", 2),
    ("sq", 2),
    ("sq.", 2),
    ("cubic", 3),
    ("cu", 3),
    ("cu.", 3),
];

/// Lengths that may be squared or cubed, lower case, spelled out ("square miles": the unit is
/// written as it stands) or abbreviated ("sq km", "km2", "m²": the unit is the symbol, "km²").
pub const AREA_LENGTHS: &[&str] = &[
    "mile",
    "miles",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "metre",
    "metres",
    "meter",
    "meters",
    "centimetre",
    "centimetres",
    "centimeter",
    "centimeters",
    "foot",
    "feet",
    "yard",
    "yards",
    "inch",
    "inches",
    "km",
    "m",
    "cm",
    "mm",
    "mi",
    "ft",
    "yd",
];

/// The units of [`MEASURE_PLURALS`] that count money or a score rather than measure ("half a
/// point" is no half of a unit of measure).
pub const NON_MEASURE_UNITS: &[&str] = &["cent", "point"];

/// Plural units of time and measure. A quantity of them is one amount and may take a verb in
/// "-s" ("Eight weeks tells you little", "Ten miles is a long way"), so a plural word after them
/// is no compound's head. Lower case.
pub const MEASURE_PLURALS: &[&str] = &[
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
    "miles",
    "kilometres",
    "kilometers",
    "metres",
    "meters",
    "feet",
    "inches",
    "yards",
    "tonnes",
    "tons",
    "litres",
    "liters",
    "gallons",
    "pounds",
    "dollars",
    "euros",
    "cents",
    "pence",
    "points",
    "acres",
    "hectares",
    "lengths",
];

/// Counted things hyphened to a figure as a measure of what follows ("a 200-page report", "a
/// 12-storey block", "a 300-bed hospital"): in the plural their spaced form takes ("200 pages")
/// when the figure is above one, as the measures of [`MEASURE_PLURALS`] are. Lower case.
pub const HYPHENED_COUNT_PLURALS: &[&str] = &[
    "bedrooms",
    "beds",
    "chapters",
    "concerts",
    "dates",
    "episodes",
    "floors",
    "games",
    "holes",
    "lanes",
    "matches",
    "members",
    "nights",
    "pages",
    "questions",
    "rooms",
    "seats",
    "shows",
    "stops",
    "stories",
    "storeys",
    "tracks",
];

/// Measures whose plural in [`MEASURE_PLURALS`] is not made with "s", "es" or "ies", lower
/// case: (singular, plural).
pub const IRREGULAR_MEASURE_PLURALS: &[(&str, &str)] = &[("foot", "feet")];

/// The measure suffix for pence ("3.5p a share"): an amount in pounds sterling, a hundredth of
/// a pound each, below [`MAX_PENCE`] (a larger figure before a "p" is no price: "1080p").
pub const PENCE_SUFFIX: &str = "p";

/// Pence spelled out after a figure ("410 pence a share"): hundredths of a pound, as
/// [`PENCE_SUFFIX`] is.
pub const PENCE_WORD: &str = "pence";

/// Hundredths of a currency spelled out after a figure ("6.5 sen", "a 20-sen dividend", "50
/// paise", "90 kobo"), lower case, with the ISO 4217 code of the currency they are a hundredth
/// of: an amount of it, as "410 pence" is of pounds.
pub const MINOR_CURRENCY_WORDS: &[(&str, &str)] =
    &[("sen", "MYR"), ("paise", "INR"), ("kobo", "NGN")];

/// Pence figures are below this; a sum this large is written in pounds.
pub const MAX_PENCE: f64 = 1000.0;

/// Counted nouns that are plural without a final "s" ("60 aircraft", "200 people").
pub const INVARIANT_PLURALS: &[&str] = &[
    "aircraft",
    "pence",
    "people",
    "personnel",
    "police",
    "staff",
    "children",
    "men",
    "women",
    "sheep",
    "cattle",
    "livestock",
    "fish",
    "deer",
    "feet",
    "teeth",
    "geese",
    "mice",
    "crew",
    "spacecraft",
    "hovercraft",
    "militia",
    "infantry",
    "artillery",
];

/// Counted nouns spelled the same in the singular, lower case: after a figure one may be the
/// subject of a verb in "-s" ("300 staff votes", "a ballot of 40 crew closes"), so the word after
/// one is the head of a compound only when it is one of [`SAME_FORM_COMPOUND_HEADS`].
pub const SAME_FORM_PLURALS: &[&str] = &[
    "aircraft",
    "artillery",
    "crew",
    "deer",
    "fish",
    "hovercraft",
    "infantry",
    "livestock",
    "militia",
    "personnel",
    "sheep",
    "spacecraft",
    "staff",
];

/// Plural nouns that head a compound after one of [`SAME_FORM_PLURALS`] ("40 crew members",
/// "12 aircraft carriers", "300 staff jobs"), lower case.
pub const SAME_FORM_COMPOUND_HEADS: &[&str] = &[
    "carriers",
    "jobs",
    "members",
    "nurses",
    "officers",
    "positions",
    "posts",
    "workers",
];

/// Endings that make a compound an invariant plural ("grandchildren", "businesswomen", "gunmen").
pub const INVARIANT_PLURAL_ENDINGS: &[&str] = &["children", "women", "men", "people"];

/// Singular words ending in "men" ("a specimen"), which are no plural.
pub const SINGULAR_MEN_WORDS: &[&str] = &[
    "specimen", "abdomen", "regimen", "acumen", "albumen", "cyclamen", "stamen", "hymen", "nomen",
    "omen",
];

/// Words that, hyphened to a number, count the digits of an amount left unwritten ("an
/// eight-figure sum", "a three-digit code"): no quantity. Lower case.
pub const DIGIT_COUNT_NOUNS: &[&str] = &["digit", "figure"];

/// Words that join describing words before a counted noun ("current and former employees",
/// "new or used cars").
pub const MODIFIER_JOINERS: &[&str] = &["and", "or"];

/// Words that end the search for the counted noun after a number: function words, common
/// verbs and reflexive pronouns ("100,000 troops near the border", "two of them", "seven
/// killed themselves").
pub const UNIT_STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "by",
    "for",
    "with",
    "without",
    "and",
    "or",
    "but",
    "nor",
    "than",
    "as",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "where",
    "when",
    "while",
    "if",
    "because",
    "so",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "shall",
    "said",
    "says",
    "say",
    "near",
    "into",
    "onto",
    "across",
    "along",
    "over",
    "under",
    "between",
    "after",
    "before",
    "since",
    "during",
    "until",
    "per",
    "this",
    "these",
    "those",
    "their",
    "its",
    "his",
    "her",
    "our",
    "your",
    "my",
    "them",
    "they",
    "it",
    "he",
    "she",
    "we",
    "you",
    "i",
    "more",
    "less",
    "each",
    "every",
    "all",
    "both",
    "other",
    "others",
    "such",
    "also",
    "not",
    "no",
    "yes",
    "up",
    "down",
    "out",
    "off",
    "about",
    "around",
    "against",
    "through",
    "toward",
    "towards",
    "within",
    "among",
    "amid",
    "despite",
    "via",
    "there",
    "here",
    "then",
    "now",
    "just",
    "only",
    "even",
    "still",
    "ago",
    "later",
    "earlier",
    "times",
    "percent",
    "cent",
    "themselves",
    "ourselves",
    "yourselves",
];

/// Prepositions that link a figure to the verb moving it ("rose by 0.15 to 4.20 from 4.35"),
/// passed over going back from one figure to that verb, lower case.
pub const FIGURE_LINKS: &[&str] = &["at", "by", "from", "of", "to"];

/// Verbs that move a figure ("rose 0.25% to 5.5%": by the first figure, to the second), in the
/// forms written before an amount.
pub const CHANGE_VERBS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "dropped",
    "drop",
    "drops",
    "slid",
    "slipped",
    "gained",
    "gain",
    "gains",
    "lost",
    "declined",
    "decline",
    "declines",
    "grew",
    "grow",
    "grows",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "surged",
    "soared",
    "plunged",
    "plummeted",
    "tumbled",
    "sank",
    "slumped",
    "edged",
    "added",
    "shed",
    "raised",
    "raise",
    "cut",
    "cuts",
    "lowered",
    "lifted",
    "up",
    "down",
    "higher",
    "lower",
];

/// Words of change besides [`CHANGE_VERBS`], lower case: one before "from" in its sentence
/// makes "from 300 to 400" a move from one figure to the other ("went from 300 to 400", "a rise
/// from 300 to 400"), not a range of them.
pub const FROM_CHANGE_WORDS: &[&str] = &[
    "boosted",
    "changed",
    "climbing",
    "doubled",
    "dropping",
    "expanded",
    "extended",
    "falling",
    "go",
    "goes",
    "going",
    "gone",
    "growing",
    "growth",
    "halved",
    "hike",
    "hiked",
    "increasing",
    "jumping",
    "lift",
    "lifting",
    "move",
    "moved",
    "moving",
    "narrowed",
    "quadrupled",
    "raising",
    "rebounded",
    "recovered",
    "reduce",
    "reduced",
    "reducing",
    "reduction",
    "revised",
    "shift",
    "shifted",
    "shrank",
    "shrunk",
    "slashed",
    "surge",
    "surging",
    "swelled",
    "switched",
    "tripled",
    "trebled",
    "trimmed",
    "went",
    "widened",
];

/// Verbs that shrink a body of workers, lower case: a bare figure
/// after "by" and one of [`WORKFORCE_UNITS`] as their object counts its unit ("trimmed its
/// staff by 300").
pub const WORKFORCE_CUT_VERBS: &[&str] = &[
    "cut",
    "cuts",
    "cutting",
    "reduce",
    "reduced",
    "reduces",
    "reducing",
    "shrank",
    "shrink",
    "shrinking",
    "shrinks",
    "shrunk",
    "slash",
    "slashed",
    "slashes",
    "slashing",
    "trim",
    "trimmed",
    "trimming",
    "trims",
];

/// Nouns of a body of workers and the unit a change in them by a bare figure counts, lower case
/// ("cut its workforce by 1,200" → "jobs").
pub const WORKFORCE_UNITS: &[(&str, &str)] = &[
    ("headcount", "jobs"),
    ("payroll", "jobs"),
    ("payrolls", "jobs"),
    ("staff", "jobs"),
    ("workforce", "jobs"),
    ("workforces", "jobs"),
];

/// Verbs and nouns that set a figure at a level ("closed at 10.30", "the rate stood at 5.25"):
/// a figure after them with a point is no clock time.
pub const LEVEL_VERBS: &[&str] = &[
    "close", "closed", "closes", "finished", "ended", "level", "opened", "peaked", "priced",
    "rate", "rates", "settled", "stand", "stands", "stood", "traded", "trading", "valued",
];

/// Verbs of a vote: two figures after one, joined by "to", are its tally ("voted 51 to 49").
pub const VOTE_VERBS: &[&str] = &["vote", "voted", "votes", "voting"];

/// Units of a share or of a change of one. The word "minus" before a figure makes it negative
/// in these ("minus 0.2 per cent"), besides temperatures and figures of no unit (a count of things
/// is never below zero: "minus 3 units" is no debt of units); and the comparison does not link
/// two of them for shared words alone, as a story gives many shares of many things in one range.
pub const SIGNED_UNITS: &[&str] = &["percent", "percentage points", "basis points"];

/// Verbs of a game's result, lower case: a dashed pair of whole numbers after one, counting
/// nothing, is a score whichever figure comes first ("lost 1-2", "trailed 58-61").
pub const SCORE_VERBS: &[&str] = &[
    "beat", "beaten", "drew", "ended", "finished", "led", "lose", "loses", "losing", "lost",
    "trail", "trailed", "trailing", "trails", "won",
];

/// Words after a dashed pair of whole numbers that make it a score, whichever figure comes
/// first ("a 1-3 defeat", "were 0-2 down"), lower case; "home" or "away" may stand between
/// ("a 1-3 home defeat").
pub const SCORE_RESULT_WORDS: &[&str] = &[
    "defeat",
    "defeats",
    "deficit",
    "down",
    "draw",
    "loss",
    "losses",
    "reverse",
    "scoreline",
    "victory",
    "win",
];

/// Words of where a game was played, between a score and its result ("a 1-3 home defeat").
pub const SCORE_VENUES: &[&str] = &["home", "away"];

/// Nouns of a vote, lower case: "a vote of 312 to 118" is a tally, and so is "312 votes to 118".
pub const VOTE_NOUNS: &[&str] = &["vote", "votes"];

/// Verbs of beating a rival by count, lower case: two figures joined by "to" after one and its
/// plural object are a tally ("Gainers outnumbered losers 312 to 245").
pub const OUTNUMBER_VERBS: &[&str] = &[
    "outnumber",
    "outnumbered",
    "outnumbering",
    "outnumbers",
    "outpolled",
    "outscored",
    "outvoted",
];

/// Countable plural nouns that a figure moved by a verb of change counts when they head the
/// verb's subject ("Arrests fell from 90 to 67": 90 and 67 arrests), lower case; words of money,
/// prices and rates are not among them.
pub const CHANGE_SUBJECT_COUNTS: &[&str] = &[
    "accidents",
    "admissions",
    "applicants",
    "applications",
    "arrests",
    "arrivals",
    "attacks",
    "bankruptcies",
    "beds",
    "births",
    "burglaries",
    "candidates",
    "cars",
    "cases",
    "claims",
    "closures",
    "complaints",
    "crashes",
    "crimes",
    "crossings",
    "customers",
    "deaths",
    "deportations",
    "detentions",
    "divorces",
    "employees",
    "enrolments",
    "enrollments",
    "entries",
    "evictions",
    "fatalities",
    "fires",
    "flights",
    "homes",
    "homicides",
    "hospitalisations",
    "hospitalizations",
    "houses",
    "incidents",
    "infections",
    "jobs",
    "injuries",
    "layoffs",
    "marriages",
    "members",
    "migrants",
    "murders",
    "offences",
    "offenses",
    "outbreaks",
    "overdoses",
    "passengers",
    "patients",
    "pupils",
    "refugees",
    "registrations",
    "seats",
    "shootings",
    "students",
    "subscribers",
    "suicides",
    "tourists",
    "users",
    "vehicles",
    "victims",
    "visitors",
    "workers",
];

/// Countable plural nouns, besides [`CHANGE_SUBJECT_COUNTS`], that a bare figure after "by"
/// counts when they head the object of a verb of change ("increased their daily steps by
/// 3,000": 3,000 steps), lower case.
pub const CHANGE_OBJECT_COUNTS: &[&str] = &[
    "branches",
    "officers",
    "places",
    "positions",
    "posts",
    "rooms",
    "routes",
    "shops",
    "staff",
    "steps",
    "stores",
    "troops",
];

/// Nouns of a lead in a vote or a chamber, lower case: a bare figure after one and "of" ("a
/// majority of 62") counts the seats or votes its sentence names (see [`MARGIN_UNITS`]).
pub const MARGIN_NOUNS: &[&str] = &["majority", "margin", "plurality"];

/// Plural nouns a lead in a vote or a chamber is counted in, in the order they are sought in
/// the sentence, lower case.
pub const MARGIN_UNITS: &[&str] = &["seats", "votes"];

/// Verbs in the third person singular that are no plural nouns, lower case: one right after a
/// figure is its subject's verb ("a team of 15 arrives on Monday"), never the counted noun.
pub const COUNT_FOLLOWING_VERBS: &[&str] = &[
    "arrives", "begins", "comes", "departs", "goes", "joins", "meets", "sits", "waits",
];

/// Capitalised first words of two-word place names, whose people are named with both words
/// ("187 New Zealanders", "40 South Africans").
pub const PLACE_NAME_PREFIXES: &[&str] = &[
    "East", "New", "North", "Northern", "Saudi", "South", "Southern", "Sri", "West", "Western",
];

/// Verbs agreeing with a singular subject, lower case: a plural-looking word and a figure
/// before one name one thing ("Windows 11 is installed"), where a count would take "are".
pub const SINGULAR_VERBS: &[&str] = &["is", "was", "has", "does"];

/// Verbs of a motion's fate before "by", lower case: "carried by 312 to 118" is a tally.
pub const VOTE_RESULT_VERBS: &[&str] = &[
    "adopted", "approved", "backed", "carried", "defeated", "passed", "rejected",
];

/// Plural-looking endings that are not plurals ("across", "numerous", "bus").
pub const NON_PLURAL_ENDINGS: &[&str] = &["ss", "us", "is", "ous", "'s", "’s"];

/// Peoples whose plural ends in one of [`NON_PLURAL_ENDINGS`] ("Israelis", "Iraqis"): plurals
/// all the same ("4 in 10 Israelis", "300 Iraqis"). Lower case.
pub const PEOPLES_IN_IS: &[&str] = &[
    "afghanis",
    "azeris",
    "bahrainis",
    "bangladeshis",
    "emiratis",
    "iraqis",
    "israelis",
    "kuwaitis",
    "nepalis",
    "omanis",
    "pakistanis",
    "qataris",
    "saudis",
    "somalis",
    "yemenis",
];

/// Ordinal words from "second" on, lower case: "the third game in eight days" counts events
/// within a span of time, so the span is no date.
pub const ORDINAL_WORDS: &[&str] = &[
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "straight",
    "consecutive",
    "successive",
];

/// Words after "a third", "a quarter" (lower case) that leave it a part of a whole ("cut by a
/// third last year", "a quarter fewer"), besides function words, verbs and adverbs in "-ly":
/// before any other word such a fraction word is an ordinal ("a third term").
pub const FRACTION_FOLLOWERS: &[&str] = &[
    "last",
    "next",
    "each",
    "every",
    "per",
    "ago",
    "less",
    "fewer",
    "higher",
    "lower",
    "smaller",
    "larger",
    "bigger",
    "cheaper",
    "dearer",
    "faster",
    "slower",
    "longer",
    "shorter",
    "overall",
    "now",
    "already",
    "respectively",
    "year",
    "annually",
];

/// Fraction words written after a number word ("two-thirds", "a quarter"), with their divisor.
pub const FRACTION_WORDS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("sixth", 6.0),
    ("sixths", 6.0),
    ("eighth", 8.0),
    ("eighths", 8.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
    ("hundredth", 100.0),
    ("hundredths", 100.0),
    ("thousandth", 1000.0),
    ("thousandths", 1000.0),
];

/// Nouns that label a place or item by number and letter ("seat 14C", "row 12F", "junction
/// 10"): a letter after such a number is part of the label, not a temperature scale, and a
/// bare number after them that counts nothing is no quantity. Lower case.
pub const LABEL_NOUNS: &[&str] = &[
    "aisle",
    "apartment",
    "article",
    "chapter",
    "clause",
    "count",
    "episode",
    "exit",
    "junction",
    "page",
    "paragraph",
    "phase",
    "stage",
    "tier",
    "zone",
    "bay",
    "block",
    "box",
    "cell",
    "class",
    "flat",
    "flight",
    "floor",
    "form",
    "gate",
    "grade",
    "incident",
    "level",
    "line",
    "lot",
    "number",
    "pier",
    "platform",
    "race",
    "room",
    "route",
    "row",
    "seat",
    "section",
    "stand",
    "suite",
    "terminal",
    "unit",
    "ward",
];

/// Words that name a road, a runway or the like by the whole number after them, in any case
/// ("Interstate 95", "runway 27", "highway 1"): that number is never a quantity, whatever
/// follows it, even at the start of a sentence. Lower case.
pub const IDENTIFIER_HEADS: &[&str] = &["freeway", "highway", "interstate", "motorway", "runway"];

/// Words that, capitalised, name a thing by the whole number after them ("Flight 370", "Form
/// 10-K", "Route 66", "Year 9" of a school, the "G 20" forum spaced): the number is no quantity,
/// even at the start of a sentence or before a plural ("Year 9 pupils"). In lower case they may
/// count ("a flight 30 minutes late").
pub const CAPITALISED_IDENTIFIER_HEADS: &[&str] = &["Flight", "Form", "G", "Route", "Year"];

/// Words that, capitalised, name a provision of a law or a ballot measure by the whole number
/// after them ("Section 230", "Proposition 22", "Amendment 3"): the number is no quantity, even
/// at the start of a sentence or before a plural ("Section 230 protections").
pub const CAPITALISED_PROVISION_HEADS: &[&str] = &[
    "Amendment",
    "Article",
    "Chapter",
    "Clause",
    "Measure",
    "Prop",
    "Proposition",
    "Resolution",
    "Section",
    "Title",
];

/// Capitalised words that open a sentence with a count rather than a name, lower case, besides
/// function words, qualifiers and adverbs in "-ly" ("Another 300 Afghan troops", "Each 500
/// Euro note", "Maybe 300 turned up", "Aged 30, she", "Killing 30 and injuring 50",
/// "Nationwide 300 died"): a number after one is a quantity, whatever follows it.
pub const QUANTITY_OPENERS: &[&str] = &[
    "aged",
    "altogether",
    "another",
    "citywide",
    "combined",
    "counting",
    "each",
    "elsewhere",
    "every",
    "excluding",
    "final",
    "first",
    "including",
    "injuring",
    "killing",
    "last",
    "leaving",
    "many",
    "maybe",
    "nationwide",
    "next",
    "overall",
    "perhaps",
    "several",
    "statewide",
    "together",
    "total",
    "totalling",
    "worldwide",
    "wounding",
];

/// ISO currency codes that also name a numbered series of meetings ("COP 28", the climate
/// conference): spaced from a small bare whole number, the code names the meeting.
pub const SERIES_CODES: &[&str] = &["COP"];

/// Measure suffixes of length that name a race by its distance before one of
/// [`RACE_EVENT_NOUNS`] ("the 100m final", "the 10km walk title").
pub const RACE_MEASURES: &[&str] = &["m", "km"];

/// Nouns of a race meeting after a distance that name the race, not a length ("the 100m final",
/// "the 1500m heats", "the 400m hurdles"), lower case.
pub const RACE_EVENT_NOUNS: &[&str] = &[
    "backstroke",
    "breaststroke",
    "butterfly",
    "champion",
    "final",
    "finals",
    "freestyle",
    "heat",
    "heats",
    "hurdles",
    "medley",
    "relay",
    "semi-final",
    "semi-finals",
    "semifinal",
    "semifinals",
    "steeplechase",
    "title",
];

/// Nouns after "a" or "the" and a figure glued to "k" that make it a race rather than
/// thousands ("a 5k run", "the 10k race"), lower case; [`RACE_EVENT_NOUNS`] count too.
pub const RACE_NOUNS: &[&str] = &["course", "race", "run", "runner", "runners", "walk"];

/// Nouns of money or public finance that "of" may bring after a scaled sum of pounds ("9.9
/// billion pounds of headroom", "2 million pounds of taxpayers' money"): the pounds are sterling,
/// not a weight as in "2 million pounds of beef". Lower case.
pub const FINANCE_NOUNS_AFTER_OF: &[&str] = &[
    "aid",
    "assets",
    "borrowing",
    "budget",
    "cash",
    "contracts",
    "cuts",
    "damage",
    "debt",
    "debts",
    "funding",
    "funds",
    "headroom",
    "investment",
    "investments",
    "losses",
    "money",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "savings",
    "spending",
    "subsidies",
    "tax",
    "taxes",
    "wealth",
];

/// Verbs of a telephone call, lower case: a bare number of three digits or more after one that
/// counts nothing is the number dialled ("call 999", "dialled 911").
pub const PHONE_VERBS: &[&str] = &[
    "call", "called", "calling", "dial", "dialed", "dialing", "dialled", "dialling", "dials",
    "phone", "phoned", "rang", "ring", "text", "texted",
];

/// Singular nouns that a telephone number names after "a" or "the" ("the 911 call", "a 999
/// operator"): a number before one, which cannot count it, is the number dialled. Lower case.
pub const PHONE_CALL_NOUNS: &[&str] = &[
    "call",
    "caller",
    "dispatcher",
    "handler",
    "hotline",
    "line",
    "number",
    "operator",
    "service",
];

/// Words other than [`PHONE_VERBS`] and [`PHONE_CALL_NOUNS`] that name a telephone number
/// after them, lower case ("Tel 555-0199", "reached at 555-0199"): a dashed pair of three
/// and four digits after one is that number, no range.
pub const PHONE_LEADS: &[&str] = &[
    "cell",
    "contact",
    "contacted",
    "fax",
    "mobile",
    "reached",
    "tel",
    "telephone",
];

/// Words between a word of [`PHONE_LEADS`], [`PHONE_VERBS`] or [`PHONE_CALL_NOUNS`] and the
/// number it names ("reached at", "call us on"), lower case.
pub const PHONE_LINKS: &[&str] = &["at", "on", "us", "me", "him", "her", "them", "is"];

/// The noun after a round figure that names a stretch of a street by its house numbers ("the
/// 1400 block of"): the figure is an address, no quantity. Lower case.
pub const STREET_BLOCK_NOUN: &str = "block";

/// Words of size after a measure ("1.5m high", "2.4m long"): before one, "m" is metres, not
/// millions. Lower case.
pub const DIMENSION_WORDS: &[&str] = &[
    "high", "tall", "long", "wide", "deep", "thick", "across", "away",
];

/// Words that, before a figure in "m" in the same clause, make it metres, not millions: nouns of
/// size, water measured by its height, and lengths in another unit written beside it ("a height
/// of 5.9m", "the river peaked at 5.9m", "19ft (5.8m)"). Lower case.
pub const LENGTH_CONTEXT_WORDS: &[&str] = &[
    "height",
    "heights",
    "depth",
    "depths",
    "level",
    "levels",
    "altitude",
    "elevation",
    "length",
    "width",
    "diameter",
    "wingspan",
    "river",
    "rivers",
    "tide",
    "tides",
    "floodwater",
    "floodwaters",
    "waves",
    "feet",
    "foot",
    "ft",
    "inches",
    "yards",
    "metres",
    "meters",
    // Field events measure a mark in metres: "cleared 6.24m", "a leap of 7.12m".
    "cleared",
    "jump",
    "jumped",
    "jumps",
    "leap",
    "leaped",
    "leapt",
    "threw",
    "throw",
    "throws",
    "thrown",
    "vault",
    "vaulted",
    "javelin",
    "discus",
];

/// Verbs that open a sentence before a bare figure without naming anything ("Chasing 398 to win",
/// "Set 280 to win", "Needing 45, they failed"), lower case. Nouns in "-ing" ("Building 7",
/// "Reading 2") are left out: they name what the figure numbers.
pub const FIGURE_OPENING_VERBS: &[&str] = &[
    "adding",
    "averaging",
    "chasing",
    "conceding",
    "defending",
    "facing",
    "given",
    "losing",
    "needed",
    "needing",
    "requiring",
    "scoring",
    "set",
    "taking",
    "trailing",
];

/// Verbs after which "range from 12C to 18C" spans the figures, not a change from one to the
/// other. Lower case.
pub const RANGE_VERBS: &[&str] = &[
    "range", "ranged", "ranges", "ranging", "varied", "varies", "vary",
];

/// Words that take "about" as a preposition of topic ("lied about $250,000", "complained about 30
/// minutes of delays"): "about" after one in its clause is no qualifier. Lower case.
pub const ABOUT_TOPIC_WORDS: &[&str] = &[
    "ask",
    "asked",
    "asking",
    "complain",
    "complained",
    "complaining",
    "complains",
    "complaint",
    "complaints",
    "lie",
    "lied",
    "lies",
    "lying",
    "questioned",
    "questions",
    "talk",
    "talked",
    "talking",
    "talks",
    "worried",
    "worries",
    "worry",
];

/// Words that end the clause in which [`ABOUT_TOPIC_WORDS`] govern "about" ("complained that
/// about 30 staff left": the figure is about 30 again). Lower case.
pub const ABOUT_CLAUSE_BREAKS: &[&str] = &[
    "after", "and", "as", "because", "before", "but", "that", "when", "which", "while", "who",
];

/// How many words before "about" [`ABOUT_TOPIC_WORDS`] are looked for.
pub const ABOUT_TOPIC_REACH: usize = 6;

/// Words that, although they stop the search for a counted noun, count what a figure in "m"
/// is millions of ("viewed 50m times"). Lower case.
pub const MILLION_COUNTED_WORDS: &[&str] = &["times"];

/// The word after a figure that makes it a multiple of something ("ten times the size"); the
/// figure's unit when one of [`MULTIPLE_LEADS`] or a comparison follows it.
pub const MULTIPLE_WORD: &str = "times";

/// Words after [`MULTIPLE_WORD`] that make the figure a multiple of what comes next ("ten times
/// the width of the road", "three times as many boats", "five times more likely", "twice" aside),
/// lower case; "that" counts only before "of" ("0.7 times that of Saturn"), as "three times
/// that week" counts occasions.
pub const MULTIPLE_LEADS: &[&str] = &["the", "as", "more", "less", "fewer", "what"];

/// Comparative adjectives after [`MULTIPLE_WORD`] that make the figure before it a multiple
/// with or without "than" ("four times greater in towns", "five times larger"), lower case.
pub const MULTIPLE_COMPARATIVES: &[&str] = &[
    "bigger", "brighter", "cheaper", "costlier", "deadlier", "dearer", "deeper", "faster",
    "greater", "heavier", "higher", "larger", "likelier", "longer", "lower", "riskier", "slower",
    "smaller", "stronger", "wider", "worse",
];

/// What a share price is a multiple of in a valuation ("27 times earnings", "eight times
/// sales", "12 times forward profits"), lower case: after [`MULTIPLE_WORD`], with at most one
/// of [`MULTIPLE_BASE_MODIFIERS`] between, the figure is a multiple.
pub const MULTIPLE_BASES: &[&str] = &["earnings", "profits", "revenue", "revenues", "sales"];

/// Words that may stand between [`MULTIPLE_WORD`] and one of [`MULTIPLE_BASES`] ("times
/// forward earnings", "times annual sales"), lower case.
pub const MULTIPLE_BASE_MODIFIERS: &[&str] =
    &["annual", "expected", "forecast", "forward", "trailing"];

/// Words that join a second count to a first whose noun it leaves out ("Three people were
/// killed and 50 injured").
pub const ELLIPSIS_LINKS: &[&str] = &[" and ", ", ", ", while ", " while "];

/// Superlatives that name the extreme of a set whose first figure was just given, lower case
/// ("averaged 18 minutes and the worst 47", "the youngest was 12 and the oldest 83"): a bare
/// figure after "the" and one of them leaves out the unit of the figure before.
pub const EXTREME_SUPERLATIVES: &[&str] = &[
    "best",
    "biggest",
    "busiest",
    "cheapest",
    "coldest",
    "dearest",
    "deepest",
    "eldest",
    "fastest",
    "fewest",
    "heaviest",
    "highest",
    "hottest",
    "largest",
    "latest",
    "least",
    "lightest",
    "longest",
    "lowest",
    "most",
    "oldest",
    "quickest",
    "shortest",
    "slowest",
    "smallest",
    "strongest",
    "tallest",
    "warmest",
    "weakest",
    "wettest",
    "worst",
    "youngest",
];

/// Forms of "be" that make a tally passive ("were killed", "50 were injured"), where a second
/// count may leave out the noun of the first. Lower case.
pub const ELLIPSIS_BE_FORMS: &[&str] = &["is", "are", "was", "were", "been"];

/// Street words: a number before them is an address, not a quantity ("10 Downing Street").
pub const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "place",
    "square",
    "rue",
    "via",
    "strasse",
    "straße",
    "way",
    "terrace",
    "court",
    "plaza",
];

/// Nouns that name a toll of the dead ("the death toll rose to 412", "the number of dead stood
/// at 80"): a bare figure a few linking words after them counts people. Lower case; several
/// words are matched as a phrase.
pub const TOLL_NOUNS: &[&str] = &[
    "death toll",
    "toll",
    "death count",
    "body count",
    "number of dead",
    "number of deaths",
    "number of the dead",
    "number of casualties",
    "number of victims",
];

/// Words that may link one of [`TOLL_NOUNS`] to its figure ("rose to", "stood at", "had put
/// at", "of"). Lower case.
pub const TOLL_LINK_WORDS: &[&str] = &[
    "at", "climbed", "has", "had", "hit", "is", "jumped", "now", "of", "reached", "risen", "rose",
    "stands", "stood", "to", "was",
];

/// Nouns of a count that a subject names before "of" and what it counts ("the number of
/// migrants … rose to 412", "the total number of cases stands at 80"): a bare figure its verb
/// moves or states counts the plural after "of". Lower case; several words are matched as a
/// phrase.
pub const COUNT_OF_NOUNS: &[&str] = &[
    "number",
    "total number",
    "overall number",
    "official number",
];

/// Words of a count's verb that do not state its level by themselves ("to", "at", "now"): a
/// count's subject is read only when another link word, a verb, stands before its figure.
pub const LEVEL_PARTICLES: &[&str] = &["at", "now", "of", "to"];

/// Prepositions that may open a short phrase between one of [`TOLL_NOUNS`] and its link words,
/// telling what the toll is of ("the death toll from the collapse rose to 19"). Lower case.
pub const TOLL_PHRASE_PREPOSITIONS: &[&str] = &["from", "in", "of"];

/// Words right after a bare count that tell the counted were killed, hurt or lost, so that it
/// counts people ("14 dead", "37 injured", "14 were dead", "six have died"). Lower case.
pub const CASUALTY_STATES: &[&str] = &[
    "dead", "died", "hurt", "injured", "killed", "missing", "wounded",
];

/// Verbs that may stand between a bare count and one of [`CASUALTY_STATES`] ("14 were dead",
/// "six have died", "two remain missing"). Lower case.
pub const CASUALTY_STATE_VERBS: &[&str] = &["are", "had", "have", "remain", "remained", "were"];

/// Words that may stand between one of [`CASUALTY_STATE_VERBS`] and the state it links
/// ("were feared dead", "have been confirmed killed"). Lower case.
pub const CASUALTY_STATE_MODIFIERS: &[&str] = &[
    "been",
    "confirmed",
    "feared",
    "now",
    "presumed",
    "reported",
    "still",
];

/// Verbs of harm whose object, a bare figure, counts people ("the quake killed 153", "injuring
/// 40"). Lower case.
pub const HARM_VERBS: &[&str] = &[
    "kill", "killed", "killing", "kills", "injure", "injured", "injures", "injuring", "wound",
    "wounded", "wounding", "wounds",
];

/// Prepositions before a bare figure that give a standing in a run of results ("ahead of Mr
/// Halsey on 5,902", "came third with 1,244", "the Liberals on 17"), lower case with the space after.
pub const STANDING_PREPOSITIONS: &[&str] = &["on ", "with "];

/// Verbs that make people leave where they live, whose object, a bare figure with "from" after
/// it, counts people ("forced 30,000 from their homes", "drove 4,000 from their villages").
/// Lower case.
pub const DISPLACING_VERBS: &[&str] = &[
    "force",
    "forced",
    "forces",
    "forcing",
    "drive",
    "drove",
    "driven",
    "drives",
    "driving",
    "displace",
    "displaced",
    "displaces",
    "displacing",
    "uproot",
    "uprooted",
    "uproots",
    "uprooting",
    "evacuate",
    "evacuated",
    "evacuates",
    "evacuating",
    "expel",
    "expelled",
    "expels",
    "expelling",
];

/// What befell a counted group of people, each outcome as the words that tell it: two reports
/// of one toll share one of them however else they are worded ("Nine people have died since
/// …", "Officials say 12 people have died"). Lower case.
pub const TOLL_OUTCOMES: &[&[&str]] = &[
    &[
        "dead",
        "death",
        "deaths",
        "died",
        "die",
        "fatalities",
        "kill",
        "killed",
        "killing",
        "kills",
        "perished",
        "toll",
    ],
    &[
        "hurt", "injured", "injuring", "injuries", "wounded", "wounding",
    ],
    &["missing", "unaccounted"],
    &["trapped"],
    &["rescued"],
    &["evacuated", "evacuation", "evacuate"],
    &["arrested", "arrests", "detained"],
    &["displaced", "homeless"],
    &["hospitalised", "hospitalized"],
    &["survivors", "survived", "surviving"],
];

/// The unit of a count of the dead or hurt named by [`TOLL_NOUNS`] or [`HARM_VERBS`], as a
/// count written "412 people were killed" has it.
pub const CASUALTY_UNIT: &str = "people";

/// Nouns that name a gathering of people counted by the bare figure after "of" ("a crowd of
/// 52,000", "an attendance of 9,000"). Lower case.
pub const CROWD_NOUNS: &[&str] = &[
    "attendance",
    "audience",
    "crowd",
    "crowds",
    "gathering",
    "turnout",
];

/// Words besides [`CROWD_NOUNS`] that make a sentence talk of a crowd, so that an estimate in it
/// ("organisers put the figure at 100,000") counts people. Lower case.
pub const CROWD_WORDS: &[&str] = &[
    "demonstration",
    "demonstrators",
    "marchers",
    "organisers",
    "organizers",
    "protest",
    "protesters",
    "protestors",
    "rally",
];

/// Verbs of estimating a size whose figure follows "at" ("estimated the crowd at", "put the
/// figure at"). Lower case.
pub const ESTIMATE_VERBS: &[&str] = &[
    "estimate",
    "estimated",
    "estimates",
    "pegged",
    "placed",
    "put",
    "puts",
];

/// Nouns that label a thing by the number after them, which therefore never counts what
/// follows it ("type 2 diabetes patients", "a category 4 hurricane"). Lower case.
pub const STRICT_LABEL_NOUNS: &[&str] = &["category", "type"];

/// Prepositions right before "about" that make it an approximation of the figure after it, not
/// a topic ("in talks to buy it for about $9 million"). Lower case.
pub const ABOUT_APPROXIMATION_PREPOSITIONS: &[&str] =
    &["at", "by", "for", "from", "of", "to", "with"];

/// Nouns after which a year names the time of the thing rather than a quantity ("a 2023
/// analysis", "the 2019 election", "its 2024 budget"), lower case.
pub const DATED_NOUNS: &[&str] = &[
    "analyses",
    "analysis",
    "audit",
    "budget",
    "budgets",
    "campaign",
    "census",
    "election",
    "elections",
    "poll",
    "polls",
    "report",
    "reports",
    "review",
    "season",
    "study",
    "studies",
    "survey",
    "surveys",
    "paper",
    "championship",
    "tournament",
    "edition",
    "referendum",
];

/// Years a figure of four digits before one of [`DATED_NOUNS`] may name, inclusive.
pub const DATED_YEARS: (f64, f64) = (1800.0, 2100.0);

/// Glued prefixes of an amount in cents ("US65c"), with the code of the currency.
pub const CENT_PREFIXES: &[(&str, &str)] = &[("US", "USD"), ("A", "AUD"), ("NZ", "NZD")];

/// The suffix of an amount in cents glued to it ("10c a litre", "US65.12c").
pub const CENTS_SUFFIX: &str = "c";

/// The unit of an amount in cents before it is valued in its currency ("50 cents").
pub const CENTS_UNIT: &str = "cents";

/// Words naming a currency written right before "cents" ("71 US cents", "50 euro cents"), as
/// written, with the code of the currency the cents are of.
pub const CENT_CURRENCY_WORDS: &[(&str, &str)] = &[
    ("US", "USD"),
    ("U.S.", "USD"),
    ("American", "USD"),
    ("Canadian", "CAD"),
    ("Australian", "AUD"),
    ("New Zealand", "NZD"),
    ("Hong Kong", "HKD"),
    ("Singapore", "SGD"),
    ("euro", "EUR"),
    ("Euro", "EUR"),
];

/// Nouns that, hyphened to a number word before another noun, name a kind of thing rather
/// than count it ("a two-party system", "a three-tier plan", "a two-horse race"), lower case.
pub const NUMBER_KIND_NOUNS: &[&str] = &[
    "party", "tier", "horse", "speed", "sided", "pronged", "faced", "way", "state",
];

/// Leads after "between" that open a range of ages ("between the ages of 50 and 75"), lower
/// case with their trailing space.
pub const BETWEEN_AGE_LEADS: &[&str] = &["between the ages of ", "between ages "];

/// Comparison signs written before a figure ("p<0.01", "P < 0.001", ">90%"), read as its
/// qualifier.
pub const COMPARISON_SIGNS: &[char] = &['<', '>', '≤', '≥'];

/// Words after "others" or "more" that count the harmed ("352 others wounded", "40 more
/// injured"), lower case: past participles of [`HARM_VERBS`] and "hurt".
pub const HARM_PARTICIPLES: &[&str] = &["killed", "injured", "wounded", "hurt"];

/// Words between a figure and a harm participle that count more of the harmed ("352 others
/// wounded"), lower case.
pub const MORE_HARMED_WORDS: &[&str] = &["others", "more"];

/// Words before a figure that add to a count of the harmed ("another 40 injured", "a further 12
/// killed"), lower case.
pub const FURTHER_WORDS: &[&str] = &["another", "further"];

/// Nouns of kin whose age is set after them ("his daughter, 6"), lower case.
pub const FAMILY_NOUNS: &[&str] = &[
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "wife",
    "husband",
    "grandson",
    "granddaughter",
    "grandfather",
    "grandmother",
    "nephew",
    "niece",
    "cousin",
    "uncle",
    "aunt",
    "stepson",
    "stepdaughter",
    "child",
    "baby",
    "toddler",
    "boy",
    "girl",
    "partner",
];

/// Object pronouns that may stand between a verb of paying and its amount ("pay her 212,000
/// pounds"), lower case.
pub const OBJECT_PRONOUNS: &[&str] = &["her", "him", "them", "me", "us", "you"];

/// Units of time lived or worked by people, as the divisor of a rate is counted in studies ("12.4
/// per 1,000 person-years", "3 injuries per 100,000 man-hours"), lower case: the rate keeps them
/// in its unit, as they count time, not heads.
pub const PERSON_TIME_UNITS: &[&str] = &[
    "person-years",
    "person-months",
    "person-weeks",
    "person-days",
    "person-hours",
    "patient-years",
    "patient-months",
    "patient-days",
    "man-years",
    "man-days",
    "man-hours",
    "worker-hours",
];

/// Words right after a clock-style figure ("10:30:15 GMT" is read with [`crate::lexicon::calendar::TIME_ZONES`]
/// too) that make it a time of day, not a time taken ("10:30:15 a.m.", "14:02:10 local time"),
/// lower case and without points.
pub const CLOCK_TIME_FOLLOWERS: &[&str] = &["am", "pm", "a", "p", "local", "hours", "hrs", "o"];

/// The unit of a time taken written clock-style ("won in 2:05:11", "finished in 1:57.40"),
/// valued in seconds, as "27.472sec" is.
pub const RACE_TIME_UNIT: &str = "seconds";

/// Words hyphened to a figure that make it a count of persons ("a 10-man squad", "a five-woman
/// crew", "a 12-person jury"), lower case: the figure's unit is "people".
pub const PERSON_COMPOUND_WORDS: &[&str] = &["man", "men", "woman", "women", "person", "people"];

/// Words hyphened to a figure that count the persons of a group only when a group of persons
/// ([`PERSON_GROUP_NOUNS`]) follows ("a 40-strong delegation", "a 12-member panel" count
/// people; "a 300-strong fleet", "a 27-member bloc" do not), lower case.
pub const GROUP_SIZE_COMPOUND_WORDS: &[&str] = &["strong", "member"];

/// Nouns of a group made of persons, lower case singular: after a size compound of
/// [`GROUP_SIZE_COMPOUND_WORDS`] the figure counts people.
pub const PERSON_GROUP_NOUNS: &[&str] = &[
    "army",
    "band",
    "board",
    "cabinet",
    "cast",
    "choir",
    "committee",
    "contingent",
    "crew",
    "crowd",
    "delegation",
    "family",
    "gang",
    "group",
    "jury",
    "mob",
    "orchestra",
    "panel",
    "party",
    "posse",
    "squad",
    "staff",
    "taskforce",
    "team",
    "troupe",
    "workforce",
];

/// Nouns of a scheduled run of transport, lower case: "the 7.12 train", "the 18.05 service",
/// a clock time written "H.MM" before one names the run, no figure.
pub const TRANSPORT_RUN_NOUNS: &[&str] = &[
    "boat",
    "bus",
    "coach",
    "departure",
    "express",
    "ferry",
    "flight",
    "sailing",
    "service",
    "shuttle",
    "train",
    "tram",
];

/// The unit of a figure counting persons by a size compound ("a 10-man squad", "a 40-strong
/// delegation"), as a count written "10 people" has it.
pub const PERSON_COUNT_UNIT: &str = "people";

/// Destinations named in lower case without an article after "to" or "from" ("the 7.12 to
/// town", "the 18.40 from work"), lower case: with them a clock time "H.MM" after "the" names a
/// run of transport, as before a capitalised place or "the" and a noun ("to the city").
pub const BARE_DESTINATIONS: &[&str] =
    &["campus", "college", "school", "town", "university", "work"];

/// Links after which a bare figure repeats the count of a figure before it in its sentence and
/// leaves out its noun ("41 minutes this year, and 36 a year earlier", "three other clubs, two
/// in Germany", "38 cancelled flights, and 74 delayed").
pub const PARALLEL_ELLIPSIS_LINKS: &[&str] = &[", and ", ", but ", ", "];

/// Prepositions that open a phrase of time, place or measure beside a count ("for six weeks",
/// "in 12 towns"): a figure right after one, or after one and a determiner, is not the count a
/// later bare figure repeats. Lower case.
pub const PARALLEL_PHRASE_PREPOSITIONS: &[&str] = &[
    "across",
    "during",
    "for",
    "from",
    "in",
    "inside",
    "into",
    "on",
    "through",
    "throughout",
    "within",
];

/// Words that open a phrase of time or measure before a figure only when its unit is a measure
/// ("over 10 months", "after six weeks"), but may mean "more than" or open a clause before a
/// count ("over 300 nurses", "after 14 guards walked out"). Lower case.
pub const PARALLEL_MEASURE_PREPOSITIONS: &[&str] = &["after", "before", "over", "since", "under"];

/// Words that may follow a bare figure which repeats an earlier count without its noun: a
/// phrase of time, place or state opens with them ("36 a year earlier", "two in Germany", "five
/// on loan"). Lower case.
pub const PARALLEL_FOLLOWERS: &[&str] = &[
    "a", "across", "after", "an", "at", "before", "by", "down", "during", "fewer", "for", "from",
    "in", "last", "more", "on", "over", "the", "this", "under", "up", "with", "within",
];

/// Words of a grave state of health after "in" (and "a") and before "condition" ("177 in
/// serious condition", "two in a critical condition"): a bare count before the phrase counts
/// people. Lower case.
pub const CASUALTY_CONDITIONS: &[&str] =
    &["critical", "grave", "life-threatening", "serious", "stable"];

/// The ending that makes a number a multiple ("tenfold", "a three-fold rise", "10-fold"): the
/// figure is in [`MULTIPLE_WORD`], as "ten times higher" is. Lower case.
pub const MULTIPLE_SUFFIX: &str = "fold";

/// Scale words that may open a multiple in [`MULTIPLE_SUFFIX`] ("a hundredfold rise"), with
/// their values. Lower case.
pub const MULTIPLE_SCALE_WORDS: &[(&str, f64)] = &[("hundred", 100.0), ("thousand", 1000.0)];

/// Pronouns that, as the subject of a verb of change or of being, stand for the figure before
/// them ("By noon that had fallen to 3,400", "a year ago it was 4.9"). Lower case.
pub const FIGURE_PRO_FORMS: &[&str] = &["that", "it", "this"];

/// Nouns that, after "the" as a subject, sum up the count before them ("the figure rose to
/// 57", "the total reached 300"). Lower case.
pub const SUMMARY_COUNT_NOUNS: &[&str] = &["figure", "number", "total", "tally", "count"];

/// Words that may stand between a figure's pro-form or summary noun and its verb ("that had
/// since fallen", "the figure is now"). Lower case.
pub const PRO_FORM_VERB_HELPERS: &[&str] = &[
    "has", "had", "have", "is", "was", "been", "now", "since", "then", "already", "also", "later",
    "further", "would", "will", "could", "be",
];

/// Verbs of being or reaching that state a figure's level after its pro-form or summary noun
/// ("it was 4.9", "the total reached 300"), beside [`CHANGE_VERBS`]. Lower case.
pub const PRO_FORM_LEVEL_VERBS: &[&str] = &[
    "is", "was", "stood", "stands", "reached", "hit", "totalled", "totaled", "been",
];

/// Verbs that set a figure's pro-form against a figure after "with" or "against" ("That
/// compares with 2.8 a month earlier"). Lower case.
pub const PRO_FORM_COMPARE_VERBS: &[&str] = &["compares", "compared", "compare"];

/// Words that may open the clause before a figure's pro-form: conjunctions ("and that fell
/// to 12"). Lower case.
pub const PRO_FORM_CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "while", "though", "although", "yet", "then", "so",
];

/// Prepositions that open a short fronted phrase of time before a figure's pro-form ("By noon,
/// that had fallen to 3,400", "in 2019 it was 41"). Lower case.
pub const PRO_FORM_TIME_OPENERS: &[&str] = &[
    "by", "in", "on", "at", "since", "until", "after", "before", "within", "over", "last", "this",
    "next",
];

/// Words that close a short fronted phrase of time before a figure's pro-form ("A year ago it
/// was 4.9"). Lower case.
pub const PRO_FORM_TIME_CLOSERS: &[&str] = &["ago", "earlier", "later", "before"];

/// Most words of a fronted phrase of time before a figure's pro-form.
pub const MAX_PRO_FORM_TIME_WORDS: usize = 4;

/// The word for further members of a group after one of it is named ("a woman died and three
/// others were hurt").
pub const OTHERS_WORD: &str = "others";

/// Singular nouns for a person, beside the words for a man or a woman, after which a count of
/// [`OTHERS_WORD`] counts people ("a passenger and two others"). Lower case.
pub const SINGULAR_PERSON_NOUNS: &[&str] = &[
    "person",
    "child",
    "baby",
    "teenager",
    "pedestrian",
    "passenger",
    "driver",
    "cyclist",
    "motorist",
    "worker",
    "resident",
    "student",
    "pupil",
    "officer",
    "soldier",
    "patient",
    "victim",
    "suspect",
    "climber",
    "hiker",
    "swimmer",
    "tourist",
    "visitor",
    "firefighter",
    "teacher",
    "nurse",
    "doctor",
    "player",
    "rider",
    "customer",
    "guard",
    "employee",
    "journalist",
    "protester",
    "prisoner",
    "inmate",
    "migrant",
    "refugee",
    "pilot",
];
