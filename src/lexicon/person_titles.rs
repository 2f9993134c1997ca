//! Person titles that lead a name (`Mr`, `Dr`, `President`, `Foreign Minister`, `Sen.`), with the
//! gender some of them imply; used to recognise people and resolve "he"/"she".

use super::titles;

/// Title words, lower case and without a trailing dot. A run of capitalised words whose last
/// title word is followed by a name is a person (`US Secretary of State Antony Blinken`).
pub const TITLE_WORDS: &[&str] = &[
    "mr",
    "mme",
    "mlle",
    "herr",
    "frau",
    "sra",
    "srta",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "baron",
    "baroness",
    "viscount",
    "earl",
    "duke",
    "duchess",
    "countess",
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "chancellor",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "gov",
    "governor",
    "mayor",
    "gen",
    "general",
    "col",
    "colonel",
    "lt",
    "lieutenant",
    "capt",
    "captain",
    "sgt",
    "sergeant",
    "adm",
    "admiral",
    "cmdr",
    "commander",
    "maj",
    "major",
    "judge",
    "justice",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "rev",
    "reverend",
    "father",
    "sheikh",
    "ambassador",
    "envoy",
    "consul",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "director",
    "commissioner",
    "inspector",
    "detective",
    "officer",
    "deputy",
    "premier",
    "emir",
    "chief",
    "leader",
    "speaker",
    "attorney",
    "prosecutor",
    "coach",
    "manager",
    "counsel",
    "foreign",
    "defence",
    "defense",
    "interior",
    "home",
    "finance",
    "press",
    "state",
    "health",
    "justice",
    "trade",
    "energy",
    "treasury",
    "treasurer",
    "economy",
    "security",
    "cabinet",
    "white",
    "executive",
    "senior",
    "former",
    "acting",
    "assistant",
    "associate",
    "dep",
    "sec",
    "pres",
    "supt",
    "superintendent",
    "constable",
    "st",
    "archbishop",
    "bishop",
    "cardinal",
    "rabbi",
    "imam",
    "ayatollah",
    "hojatoleslam",
    "patriarch",
    "pm",
    "councillor",
    // Members of parliaments and assemblies ("Labour MP Jo Bell", "Tory MEP", "lawmaker").
    "mp",
    "mep",
    "msp",
    "mla",
    "mpp",
    // Irish members of the Dáil ("Sinn Féin TD Ivo Dane") and its leaders.
    "td",
    "taoiseach",
    "tánaiste",
    "assemblyman",
    "assemblywoman",
    "lawmaker",
    "legislator",
    "councilman",
    "councilwoman",
    "councilmember",
    "councilor",
    "assemblymember",
    "cllr",
    "alderman",
    "alderwoman",
    // Local offices of US towns and counties ("Supervisor Ada Quist", "Selectman Ivo Dane").
    "supervisor",
    "selectman",
    "selectwoman",
    "freeholder",
    "trustee",
    "sheriff",
    // Heads of agencies and offices ("FAA Administrator Ivo Dane", "Comptroller Ada Quist").
    "administrator",
    "comptroller",
    "ombudsman",
    "registrar",
    // Occupations written before a name like titles ("Analyst Dan Ives", "economist Jane Doe").
    "aide",
    "diplomat",
    "official",
    "negotiator",
    "mediator",
    "delegate",
    "politician",
    "candidate",
    "member",
    "observer",
    "adviser",
    "advisor",
    "analyst",
    "economist",
    "lawyer",
    "strategist",
    "historian",
    "researcher",
    "scientist",
    "activist",
    "campaigner",
    "author",
    "novelist",
    "journalist",
    "actor",
    "actress",
    "singer",
    "filmmaker",
    "entrepreneur",
    "billionaire",
    "investor",
    "pastor",
    "priest",
    "nurse",
    "teacher",
    "farmer",
    "neighbour",
    "neighbor",
    "resident",
    "student",
    "passenger",
    "survivor",
    "volunteer",
    "doctor",
    "surgeon",
    "pilot",
    "founder",
    "owner",
    "editor",
    "columnist",
    "reporter",
    "correspondent",
    "commentator",
    "presenter",
    "broadcaster",
    "writer",
    "poet",
    "artist",
    "designer",
    "architect",
    "engineer",
    "consultant",
    "producer",
    "comedian",
    "musician",
    "rapper",
    // Trades and services a story names someone by ("pharmacist Ann Vale", "Ann Vale, a
    // hairdresser,"); none is a common surname.
    "pharmacist",
    "photographer",
    "hairdresser",
    "receptionist",
    "postman",
    "postwoman",
    "jeweller",
    "dentist",
    "footballer",
    "grocer",
    "midwife",
    "publican",
    // Courts, churches, schools and the ranks ("Senior Coroner Ann Vale", "Fr Tom Keane").
    "coroner",
    "recorder",
    "fr",
    "revd",
    "canon",
    "archdeacon",
    "provost",
    "sister",
    "headteacher",
    "headmaster",
    "headmistress",
    "principal",
    "corporal",
    "cpl",
    "lance",
    "trooper",
    "vice-president",
    "president-elect",
    "secretary-general",
    "director-general",
    "attorney-general",
    "solicitor-general",
    "governor-general",
    "under-secretary",
    "vice-chair",
    "co-founder",
    "co-author",
    // More occupations and walks of life written before a name ("Forecaster Ann Vale").
    "forecaster",
    "meteorologist",
    "shopkeeper",
    "witness",
    "pensioner",
    "chef",
    "paramedic",
    "firefighter",
    "veteran",
    "mum",
    "dad",
    "grandmother",
    "grandfather",
    // Sport: managers as the British press calls them, and players by position.
    "boss",
    "gaffer",
    "skipper",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "quarterback",
    "pitcher",
    "batsman",
    "bowler",
    "player",
    "driver",
    "rider",
    // British police ranks as abbreviated before a name ("Det Ch Insp Mark Sewell", "PC Jo Lee").
    "det",
    "insp",
    "ch",
    "dci",
    "dcs",
    "pc",
    // Canadian constables ("RCMP Cst. Luc Martel") and Indian police ranks ("DCP Ravi Rao").
    "const",
    "cst",
    "acp",
    "dcp",
    "dsp",
    "ssp",
    "dgp",
    // Indian honorifics ("Shri Amit Rao", "Smt. Nita Rao"): honours, not part of the name.
    "shri",
    "smt",
    "shrimati",
    "srimati",
    // Nigerian honorifics ("Alhaji Musa Bello", "Barr. Ada Okoye", "Comrade Joe Bassey").
    "alh",
    "alhaji",
    "hajiya",
    "hajia",
    "barr",
    "comrade",
    "comr",
    "mallam",
    "otunba",
    // Sport positions and walks of life that head a name at the start of a sentence like a
    // title ("Opener Jack Tennant", "Teenager Ada Quist"); ordinary words among them are in
    // [`ROLES_BEFORE_FULL_NAME`] instead.
    "opener",
    "keeper",
    "wicketkeeper",
    "wicket-keeper",
    "batter",
    "spinner",
    "paceman",
    "seamer",
    "all-rounder",
    "fly-half",
    "scrum-half",
    "flanker",
    "centre-back",
    "center-back",
    "centre-half",
    "full-back",
    "substitute",
    "jockey",
    "trainer",
    "sprinter",
    "rookie",
    "teenager",
    "widow",
    "widower",
    "colleague",
    // Kenyan, Pakistani and South African offices as abbreviated before a name ("Interior CS
    // Ivo Dane", "DP Ivo Dane", "MEC Ada Quist", "CM Ada Quist"), and honorifics ("Hon.",
    // "Adv.", "Maulana").
    "cs",
    "ps",
    "dp",
    "mca",
    "mna",
    "mpa",
    "mec",
    "cm",
    "dpo",
    "dig",
    "igp",
    "hon",
    "honourable",
    "adv",
    "advocate",
    "amb",
    "brig",
    "brigadier",
    "marshal",
    "maulana",
    "mufti",
    "eng",
    "engr",
    // Sport, markets and court copy ("Swimmer Ivo Dane", "Barrister Ada Quist").
    "swimmer",
    "cyclist",
    "golfer",
    "boxer",
    "runner",
    "champion",
    "referee",
    "umpire",
    "pundit",
    "agent",
    "broker",
    "banker",
    "trader",
    "shareholder",
    "bidder",
    "auditor",
    "regulator",
    "fullback",
    "allrounder",
    "victim",
    "claimant",
    "plaintiff",
    "complainant",
    "defendant",
    "juror",
    "magistrate",
    "bailiff",
    "solicitor",
    "barrister",
    "jurist",
    // Indian ranks and offices ("SHO Arun Tebbe", "Tehsildar Ada Quist").
    "sp",
    "ig",
    "adg",
    "sho",
    "ias",
    "ips",
    "mlc",
    "collector",
    "tehsildar",
    "sarpanch",
    // Clerical and Malaysian honorifics ("the Venerable Ajahn Chai", "Mdm Tan Siew Lan").
    "venerable",
    "rt",
    "madam",
    "mdm",
    "seri",
    "datuk",
    "datin",
    "haji",
    "hajah",
];

/// Party words of a label set off after a lawmaker's name (`Ada Quist, Democrat of Ohio,`).
pub const PARTY_WORDS: &[&str] = &["democrat", "republican", "independent"];

/// Party letters of a label joined to a state (`Ada Quist, D-Texas,`).
pub const PARTY_LETTERS: &[&str] = &["D", "R", "I"];

/// Sport positions that are also ordinary words ("Forward", "Lock", "Prop"), and offices that
/// are also given names ("Dean"), lower case: a title only before a full name ("Lock Ivo Dane",
/// "Dean Mara Lind"), never alone nor before one word, since "Hooker" may be a surname and
/// "Dean Arlow" a given name and a surname.
///
/// Honorifics that are also ordinary words or surnames (Kenyan "Mama", Igbo "Igwe" for a
/// traditional ruler) are titles only there too: "Mama Ada Quist", "Igwe Ivo Dane".
pub const ROLES_BEFORE_FULL_NAME: &[&str] = &[
    "dean", "forward", "guard", "hooker", "igwe", "lock", "mama", "prop",
];

/// Nouns for people by walk of life, kin or circumstance that vox-pop copy writes capitalised
/// before a full name at the start of a sentence (`Retiree Ivo Dane, 71, said`, `Shopper Ada
/// Quist`), lower case: a descriptor only there, before a given name and a surname, since some
/// are also names ("Fan", "Parent"). The same nouns head a person whose age a bare figure tells
/// ("a bricklayer of 64", "the average buyer is 34.").
pub const PEOPLE_NOUNS_OPENING_SENTENCE: &[&str] = &[
    "retiree",
    "shopper",
    "homeowner",
    "householder",
    "fan",
    "supporter",
    "commuter",
    "motorist",
    "pedestrian",
    "parent",
    "mother",
    "father",
    "grandparent",
    "son",
    "daughter",
    "wife",
    "husband",
    "voter",
    "worker",
    "employee",
    "customer",
    "tenant",
    "renter",
    "landlord",
    "landlady",
    "buyer",
    "seller",
    "borrower",
    "saver",
    "taxpayer",
    "protester",
    "protestor",
    "demonstrator",
    "patient",
    "fisherman",
    "businessman",
    "businesswoman",
    "mechanic",
    "cleaner",
    "waiter",
    "waitress",
    "villager",
    "trucker",
    "rancher",
    "grower",
    "vendor",
    "pupil",
    "graduate",
    "carer",
    "caregiver",
    "builder",
    "plumber",
    "electrician",
    "labourer",
    "laborer",
    "spectator",
    "holidaymaker",
    "tourist",
    "traveller",
    "traveler",
    "visitor",
    "hiker",
    "mourner",
    "relative",
    "islander",
    "expat",
    "immigrant",
    "migrant",
    "refugee",
    "evacuee",
    "diner",
    "bricklayer",
    "postman",
    "postwoman",
    "apprentice",
    "trainee",
    "learner",
    "roofer",
    "plasterer",
    "applicant",
];

/// Bodies named after "of" in a title (`Superintendent of Police Ravi Rao`, `Commissioner of
/// Police`), lower case: part of the title, not of the name.
pub const TITLE_BODIES_AFTER_OF: &[&str] = &["police"];

/// Titles written before a given name alone (`Sir Keir`, `Dame Judi`), lower case.
pub const GIVEN_NAME_TITLES: &[&str] = &["sir", "dame"];

/// Portfolios written in a title ("Minister for Foreign Affairs Ana Reyes", "Education Secretary
/// Jo Kerr"), lower case: title words that, like [`TITLE_MODIFIERS`], do not make a name titled
/// on their own.
pub const PORTFOLIO_WORDS: &[&str] = &[
    "affairs",
    "external",
    "education",
    "environment",
    "agriculture",
    "communications",
    "infrastructure",
    "immigration",
    "housing",
    "tourism",
];

/// Offices whose holder "the" refers back to, someone the story has named (`the president
/// insisted`, `the mayor said`), unlike `the spokesman` or `a witness`.
pub const OFFICE_HOLDERS: &[&str] = &[
    "president",
    "secretary",
    "secretary-general",
    "premier",
    "chancellor",
    "governor",
    "mayor",
    "king",
    "queen",
    "pope",
    "emir",
    "minister",
    "senator",
    "congressman",
    "congresswoman",
    "judge",
    "ambassador",
    "envoy",
    "coach",
    "manager",
    "prosecutor",
    "sheriff",
    "ceo",
    "chairman",
    "chairwoman",
    "leader",
    // Heads of government and offices of English-speaking states written capitalised and bare
    // ("the Taoiseach said", "the Attorney General said", "the Speaker said").
    "taoiseach",
    "tánaiste",
    "tanaiste",
    "general",
    "speaker",
];

/// Spellings of one office, a row each (lower case, words spaced; a form written with a
/// capital counts only so written, as `PM` is no `pm` of a clock): an article that names a
/// holder with one (`PM Ada Voss`, `CFO Ivo Lund`) may call them by another later (`the prime
/// minister`, `the finance chief`).
pub const OFFICE_SPELLINGS: &[&[&str]] = &[
    &["prime minister", "PM"],
    &["chief executive", "chief executive officer", "ceo"],
    &[
        "chief financial officer",
        "finance chief",
        "finance director",
        "cfo",
    ],
    &["chief operating officer", "coo"],
];

/// Heads of government or state a general word may stand for (`the premier`, `the Ruritanian
/// leader`); `President` only as a capitalised title, never a club's or firm's president.
const HEADS_OF_GOVERNMENT: &[&str] = &["prime minister", "PM", "premier", "President"];

/// General words for the holder of an office (`the premier`, `the top diplomat`, `the boss`),
/// each with the spellings of the offices it may stand for (as in [`OFFICE_SPELLINGS`]): the
/// one holder of such an office named before is the one meant, never one of two.
pub const OFFICE_EPITHETS: &[(&str, &[&str])] = &[
    ("premier", HEADS_OF_GOVERNMENT),
    ("leader", HEADS_OF_GOVERNMENT),
    (
        "top diplomat",
        &[
            "foreign minister",
            "foreign secretary",
            "Secretary of State",
            "minister for foreign affairs",
        ],
    ),
    (
        "boss",
        &["chief executive", "chief executive officer", "ceo"],
    ),
];

/// Prepositions that open the complement of an office before its holder is set off
/// (`ambassador to the UN, Ada Voss,`, `envoy for the region, Ivo Lund,`).
pub const OFFICE_COMPLEMENT_PREPOSITIONS: &[&str] = &["to", "for", "of"];

/// Words that make an office another office (`vice president`, `foreign minister`, `deputy
/// mayor`): `the foreign minister` is not the person named `Defence Minister`. Lower case.
pub const OFFICE_QUALIFIERS: &[&str] = &[
    "prime",
    "foreign",
    "defence",
    "defense",
    "finance",
    "interior",
    "health",
    "justice",
    "home",
    "deputy",
    "vice",
    "assistant",
    "education",
    "environment",
    "trade",
    "energy",
    "transport",
];

/// Titles of someone elected to represent a place (`MP for Leeds North`, `Senator for
/// Tasmania`): the capitalised words after their `for` name the seat, never the person, so
/// the name stops before that `for`. Lower case.
pub const SEAT_TITLES: &[&str] = &[
    "mp",
    "mep",
    "msp",
    "mla",
    "member",
    "senator",
    "councillor",
    "councilor",
    "congressman",
    "congresswoman",
    "representative",
    "assemblyman",
    "assemblywoman",
];

/// Office qualifiers that name a rank, not a portfolio (`prime minister`, `deputy mayor`): an
/// office named bare (`the minister`) never stands for a holder of such a rank. Lower case.
pub const RANK_QUALIFIERS: &[&str] = &["prime", "deputy", "vice", "assistant"];

/// Titles that imply a man.
pub const MALE_TITLES: &[&str] = &[
    "mr",
    "herr",
    "sir",
    "lord",
    "baron",
    "viscount",
    "earl",
    "duke",
    "king",
    "prince",
    "father",
    "fr",
    "headmaster",
    "dad",
    "grandfather",
    "sheikh",
    "congressman",
    "chairman",
    "spokesman",
    "shri",
    "widower",
];

/// Titles that imply a woman.
pub const FEMALE_TITLES: &[&str] = &[
    "madam",
    "mme",
    "mlle",
    "frau",
    "sra",
    "srta",
    "mdm",
    "datin",
    "hajah",
    "mrs",
    "ms",
    "miss",
    "dame",
    "lady",
    "baroness",
    "duchess",
    "countess",
    "queen",
    "princess",
    "sister",
    "headmistress",
    "mum",
    "grandmother",
    "congresswoman",
    "chairwoman",
    "spokeswoman",
    "smt",
    "shrimati",
    "srimati",
    "widow",
];

/// Titles of a saint, lower case: a saint's name in the possessive closing a name (`St
/// Oswin's`) names a church, school or hospital, not a person.
pub const SAINT_TITLES: &[&str] = &["st", "ste", "saint"];

/// Short titles written with one capital (`Dr`, `St`, `Rt Rev`, `Ms`, `Sec.`): in capitals they
/// are acronyms, never titles ("DR Congo", "RT reported", "MS patients", "SEC filings"), lower
/// case.
pub const MIXED_CASE_TITLES: &[&str] = &[
    "dr", "fr", "mr", "ms", "mt", "pres", "rt", "sec", "sr", "st",
];

/// Abbreviations other than titles that stand inside or beside a name and may carry a dot
/// (`Jr.`, `Inc.`, `No.`, `vs.`, `Ft.`): the dot does not end the name or the sentence.
pub const NAME_ABBREVIATIONS: &[&str] = &["co", "corp", "ft", "inc", "jr", "ltd", "no", "sr", "vs"];

/// Whether a lower-case word is an abbreviated title ([`titles::ABBREVIATED`]) or one of the
/// [`NAME_ABBREVIATIONS`]: a dot after it does not end a name or a sentence.
pub fn is_abbreviated_name_word(lower: &str) -> bool {
    crate::word_set!(titles::ABBREVIATED).contains(lower)
        || crate::word_set!(NAME_ABBREVIATIONS).contains(lower)
}

/// Name particles written in lower case inside a name (`Charles de Gaulle`), with the
/// Malay and Indian patronymic connectors (`bin`, `binti`, `a/l`, `s/o`) between a given name
/// and the father's.
pub const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "al", "bin", "da", "di", "le", "la", "du", "of", "del", "della",
    "dos", "das", "ter", "te", "den", "binti", "bte", "bt", "a/l", "a/p", "s/o", "d/o",
];

/// Lower-case name particles that may open a surname used alone (`van der Walt said`, `said
/// de Klerk`, `von Stade`); a particle that only follows another one (`der`, `den`) or a title
/// (`of`) opens none.
pub const LEADING_NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "da", "di", "le", "la", "du", "del", "della", "dos", "das", "ter", "te",
    "bin",
];

/// Capitalised plural nouns that open the name of a body joined by "of the" (`Friends of the
/// Earth`, `Daughters of the American Revolution`), beside the words of organisations.
pub const BODY_HEADS_BEFORE_OF_THE: &[&str] = &[
    "friends",
    "daughters",
    "sons",
    "sisters",
    "brothers",
    "knights",
    "children",
    "veterans",
    "mothers",
    "fathers",
];

/// Capitalised nouns for a person by nation, party or an abbreviated role, lower case: "the
/// Swede said", "the Republican said", "the CFO said" describe someone, they name no one.
pub const PERSON_DESCRIPTORS: &[&str] = &[
    // Nations and peoples.
    "american",
    "australian",
    "austrian",
    "belgian",
    "brazilian",
    "brit",
    "briton",
    "bulgarian",
    "canadian",
    "chilean",
    "chinese",
    "colombian",
    "croat",
    "cuban",
    "czech",
    "dane",
    "dutchman",
    "dutchwoman",
    "egyptian",
    "englishman",
    "englishwoman",
    "estonian",
    "ethiopian",
    "filipino",
    "filipina",
    "finn",
    "frenchman",
    "frenchwoman",
    "german",
    "ghanaian",
    "greek",
    "hungarian",
    "icelander",
    "indian",
    "indonesian",
    "iranian",
    "iraqi",
    "irishman",
    "irishwoman",
    "israeli",
    "italian",
    "jamaican",
    "japanese",
    "kenyan",
    "korean",
    "latvian",
    "lebanese",
    "lithuanian",
    "mexican",
    "moroccan",
    "nigerian",
    "norwegian",
    "pakistani",
    "palestinian",
    "pole",
    "portuguese",
    "romanian",
    "russian",
    "scot",
    "scotsman",
    "scotswoman",
    "serb",
    "slovak",
    "spaniard",
    "swede",
    "syrian",
    "turk",
    "ugandan",
    "ukrainian",
    "uruguayan",
    "venezuelan",
    "vietnamese",
    "welshman",
    "welshwoman",
    "zimbabwean",
    "argentine",
    "argentinian",
    "peruvian",
    "ecuadorian",
    "senegalese",
    "cameroonian",
    "ivorian",
    "algerian",
    "tunisian",
    "saudi",
    "afghan",
    "thai",
    "taiwanese",
    "malaysian",
    "singaporean",
    "georgian",
    "armenian",
    "kazakh",
    "uzbek",
    "somali",
    "sudanese",
    "tanzanian",
    "zambian",
    "kiwi",
    "aussie",
    "zealander",
    "albanian",
    "azerbaijani",
    "belarusian",
    "bosnian",
    "croatian",
    "emirati",
    "jordanian",
    "kuwaiti",
    "libyan",
    "macedonian",
    "moldovan",
    "montenegrin",
    "qatari",
    "serbian",
    "slovenian",
    "yemeni",
    // Members of parties.
    "republican",
    "democrat",
    "tory",
    "conservative",
    "socialist",
    // Abbreviated roles.
    "cfo",
    "coo",
    "cto",
    "gp",
    "mp",
    "mep",
    "msp",
    "pm",
];

/// Nouns for a person by nation or by an informal tie that a tabloid or sports story writes
/// capitalised before a full name (`Dutchman Henrik Vos`, `Pal Kerry Walsh`), lower case: they
/// describe the person and are no part of the name. Only nouns, never adjectives that also open
/// the names of bodies (`German`, `American`).
pub const DESCRIPTORS_BEFORE_FULL_NAME: &[&str] = &[
    "briton",
    "dane",
    "dutchman",
    "dutchwoman",
    "englishman",
    "englishwoman",
    "frenchman",
    "frenchwoman",
    "irishman",
    "irishwoman",
    "scotsman",
    "scotswoman",
    "spaniard",
    "swede",
    "welshman",
    "welshwoman",
    "pal",
    "mum",
    "dad",
    "neighbour",
    "neighbor",
    "pensioner",
    "schoolgirl",
    "schoolboy",
    // A newspaper's own reader (`Reader Ivo Dane of Elmford sent photos`).
    "reader",
];

/// Adjectives of nation that are no noun for a person (`French`, `Irish`), lower case: written
/// before a full name (`French Lena Morel`) they describe the person, as the words of
/// [`PERSON_DESCRIPTORS`] that are also adjectives (`German`, `Italian`) do.
pub const NATIONALITY_ADJECTIVES: &[&str] = &[
    "british", "danish", "dutch", "english", "finnish", "french", "irish", "polish", "scottish",
    "spanish", "swedish", "swiss", "turkish", "welsh",
];

/// Endings of a hyphened compound of a place and a participle (`Cork-born`, `Lagos-based`),
/// lower case: before a name it tells where the person comes from or works, no part of the
/// name.
pub const PLACE_TIE_SUFFIXES: &[&str] = &[
    "-based",
    "-born",
    "-bred",
    "-educated",
    "-raised",
    "-reared",
];

/// Executive roles abbreviated in capitals (`CEO`, `MD`), which may be linked with "and" to
/// another role before a name (`MD and CEO Ivo Dane`, `co-founder and CEO Ada Quist`). Lower
/// case.
pub const EXECUTIVE_ACRONYMS: &[&str] = &[
    "ceo", "cfo", "cio", "cmo", "coo", "cso", "cto", "evp", "md", "svp", "vp",
];

/// Particles written in lower case and hyphened to the name they open (`al-Jaber`, `el-Sisi`).
pub const HYPHENED_PARTICLES: &[&str] = &[
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul", "bin", "ibn", "abd",
];

/// Capitalised words that open sentences or clauses and are never part of a name.
pub const NON_NAME_CAPITALS: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "or",
    "yet",
    "so",
    "then",
    "also",
    "meanwhile",
    "however",
    "still",
    "now",
    "later",
    "earlier",
    "today",
    "yesterday",
    "tomorrow",
    "when",
    "while",
    "as",
    "after",
    "before",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "by",
    "to",
    "of",
    "if",
    "though",
    "although",
    "because",
    "since",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "there",
    "here",
    "both",
    "neither",
    "either",
    "nor",
    "another",
    "all",
    "some",
    "many",
    "speaking",
    "asked",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "last",
    "next",
    "us",
    "uk",
    "eu",
    "un",
    "nato",
    "said",
    "says",
    "according",
    "instead",
    "indeed",
    "even",
    "only",
    "just",
    "why",
    "what",
    "who",
    "how",
    "where",
    "mostly",
    "despite",
    "during",
    "until",
    "under",
    "over",
    "across",
    "about",
];

/// Nouns for a man that may stand before or around a name (`her son John`).
pub const MALE_NOUNS: &[&str] = &[
    "man",
    "men",
    "son",
    "brother",
    "father",
    "husband",
    "boy",
    "uncle",
    "nephew",
    "grandfather",
    "boyfriend",
    "widower",
    "lad",
];

/// Nouns for a woman that may stand before or around a name (`one of the women, Jane Doe,`).
pub const FEMALE_NOUNS: &[&str] = &[
    "woman",
    "women",
    "daughter",
    "sister",
    "mother",
    "wife",
    "girl",
    "aunt",
    "niece",
    "grandmother",
    "girlfriend",
    "widow",
    "lass",
];

/// Nouns of kin that a story may name once and refer back to (`her son, Tomas,` … `her son
/// said`).
pub const FAMILY_NOUNS: &[&str] = &[
    "aunt",
    "brother",
    "cousin",
    "daughter",
    "father",
    "fiance",
    "fiancee",
    "fiancé",
    "fiancée",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandson",
    "husband",
    "mother",
    "nephew",
    "niece",
    "sister",
    "son",
    "spouse",
    "stepdaughter",
    "stepfather",
    "stepmother",
    "stepson",
    "uncle",
    "widow",
    "widower",
    "wife",
];

/// Informal kin words that head a tabloid descriptor before a name like the nouns of kin do
/// (`Mum-of-three Jane`, `Grandad-of-five Tom`), lower case: the compound describes, it names
/// no one.
pub const INFORMAL_KIN_NOUNS: &[&str] = &[
    "dad", "gran", "grandad", "granddad", "grandma", "grandpa", "granny", "mam", "mom", "mum",
    "nan", "nana",
];

/// Title words that only qualify another title (`former`, `foreign`, `deputy`): alone, in lower
/// case before a name, they do not make it a person's title.
pub const TITLE_MODIFIERS: &[&str] = &[
    "foreign",
    "defence",
    "defense",
    "interior",
    "home",
    "finance",
    "press",
    "state",
    "health",
    "justice",
    "trade",
    "energy",
    "treasury",
    "economy",
    "security",
    "cabinet",
    "white",
    "senior",
    "former",
    "acting",
    "assistant",
    "associate",
    "deputy",
    "vice",
    "prime",
    "general",
    "major",
    "leader",
    "speaker",
    "officer",
    "chair",
];

/// Honours and offices written after a name (`Jane Doe KC`, `John Roe MBE`), as written: not
/// part of the name.
pub const POST_NOMINALS: &[&str] = &[
    "KC", "QC", "SC", "MP", "MEP", "MSP", "MLA", "TD", "AM", "OBE", "MBE", "CBE", "KBE", "DBE",
    "PhD", "FRS", "MD", "RN", "MPH", "FRCP", "FRCS", "MRCP",
];

/// Generational suffixes after a surname (`Jr`, `III`): not the surname.
pub const NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv", "v"];

/// Lower-case nouns sport and feature copy uses for the person it just named (`“…,” the
/// veteran said`), like a pronoun.
pub const EPITHET_NOUNS: &[&str] = &[
    "debutant",
    "debutante",
    "newcomer",
    "rookie",
    "teenager",
    "veteran",
    "youngster",
];

/// Plural nouns for the people who belong to a body, lower case: capitalised before `of`
/// opening a sentence (`Members of Acme Union`, `Supporters of the club`) they name a group,
/// no person.
pub const GROUP_MEMBER_PLURALS: &[&str] = &[
    "colleagues",
    "delegates",
    "employees",
    "fans",
    "followers",
    "friends",
    "leaders",
    "mediators",
    "members",
    "negotiators",
    "officials",
    "representatives",
    "staff",
    "supporters",
    "workers",
];

/// Nouns for a member of a party, lower case: `the Republican said` is no epithet for whoever
/// was named last, as the party may be the point.
pub const PARTY_MEMBER_NOUNS: &[&str] = &[
    "conservative",
    "democrat",
    "green",
    "independent",
    "liberal",
    "libertarian",
    "republican",
    "socialist",
    "tory",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviated_titles_and_name_abbreviations_share_one_check() {
        for word in ["mr", "sen", "cllr", "atty", "mx", "revd", "inc", "jr", "vs"] {
            assert!(is_abbreviated_name_word(word), "{word}");
        }
        for word in ["said", "calif", "the"] {
            assert!(!is_abbreviated_name_word(word), "{word}");
        }
    }
}
