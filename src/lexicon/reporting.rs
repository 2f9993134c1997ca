//! Reporting cues: the verbs and phrases that introduce or attribute speech ("said", "told",
//! "according to"), and the nouns that name a group or office speaking as a body ("police").

/// Single-word reporting verbs, lower case, every inflection that introduces speech.
pub const CUE_WORDS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "telling",
    "added",
    "adds",
    "adding",
    "asked",
    "asks",
    "asking",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "tweeting",
    "posted",
    "posting",
    "warned",
    "warns",
    "stressed",
    "stresses",
    "stressing",
    "insisted",
    "insists",
    "insisting",
    "described",
    "describes",
    "describing",
    "called",
    "calling",
    // Participles of cues after a comma (`Ada Quist spoke, vowing to “fight on”`).
    "urging",
    "vowing",
    "warning",
    "promising",
    "pledging",
    "accused",
    "accuses",
    "accusing",
    "reiterated",
    "reiterates",
    "reiterating",
    "explained",
    "explains",
    "explaining",
    "declared",
    "declares",
    "announced",
    "announces",
    "stated",
    "claimed",
    "claiming",
    "argued",
    "argues",
    "arguing",
    "noted",
    "noting",
    "replied",
    "replies",
    "responded",
    "responds",
    "answered",
    "continued",
    "continues",
    "recalled",
    "recalls",
    "admitted",
    "admits",
    "acknowledged",
    "acknowledges",
    "conceded",
    "concedes",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "suggested",
    "suggests",
    "predicted",
    "predicts",
    "promised",
    "vowed",
    "pledged",
    "urged",
    "urges",
    "emphasised",
    "emphasized",
    "emphasises",
    "emphasizes",
    "highlighted",
    "highlights",
    "underlined",
    "underscored",
    "observed",
    "remarked",
    "commented",
    "told",
    "shouted",
    "screamed",
    "whispered",
    "joked",
    "quipped",
    "reckons",
    "reckoned",
    "chuckled",
    "bemoaned",
    "clarified",
    "laughed",
    "sighed",
    "cried",
    "exclaimed",
    "blasted",
    "slammed",
    "fumed",
    "raged",
    "boasted",
    "bragged",
    "lamented",
    "complained",
    "complains",
    "cautioned",
    "cautions",
    "signalled",
    "signaled",
    "hinted",
    "mused",
    "wondered",
    "demanded",
    "threatened",
    "reported",
    "testified",
    "testifies",
    "conceded",
    "agreed",
    "agrees",
    "disagreed",
    "branded",
    "hailed",
    "dubbed",
    "labelled",
    "labeled",
    "termed",
    "characterised",
    "characterized",
    "praised",
    "criticised",
    "criticized",
    "condemned",
    "decried",
    "deplored",
    "castigated",
    "lauded",
    "implored",
    "welcomed",
    "thanked",
    "recounted",
    "revealed",
    "disclosed",
    "assured",
    "reassured",
    "maintained",
    "maintains",
    "contended",
    "countered",
    "retorted",
    "snapped",
    "wrote",
    "posted",
    "texted",
    "emailed",
    "messaged",
    "briefed",
    "informed",
    "reminded",
    "advised",
    "forecast",
    "estimated",
    "conceded",
    "summed",
    "concluded",
    "concludes",
    "pleaded",
    "alleged",
    "alleges",
    "yelled",
    "muttered",
    "murmured",
    "grumbled",
    "scoffed",
    "elaborated",
    "barked",
    "gushed",
    "interjected",
    "dismissed",
    "rejected",
    "blamed",
    "blames",
    "blaming",
    "denounced",
    "derided",
    "ridiculed",
    "lambasted",
    // Gestures and moods that attribute words ("“That’s tennis,” shrugged Ivo Dane").
    "shrugged",
    "smiled",
    "grinned",
    "beamed",
    "reflected",
    "enthused",
    // Wire and regional verbs of speech ("“It is a lie,” asserted Ivo Dane", "opined").
    "asserted",
    "asserts",
    "opined",
    "sobbed",
    "wept",
    "thundered",
    "chanted",
    "captioned",
];

/// Verbs of questioning and objecting that report words only used on their own beside a quote
/// (`“Did you see it?” the lawyer pressed`, `“Is that all?” queried Ivo Dane`, `“Not so,” Ada
/// Quist protested`); with an object or a preposition after them they tell of something else
/// (`pressed against the fence`, `protested outside the court`). Lower case; the speaker may
/// follow them ([`is_invertible_cue`]).
pub const QUOTE_SIDE_CUES: &[&str] = &[
    "pressed",
    "queried",
    "protested",
    "objected",
    "ventured",
    "volunteered",
    "persisted",
    "groaned",
    "begged",
];

/// Verbs of dismissal among [`CUE_WORDS`], lower case: they report words only in "dismissed
/// the claims as “nonsense”", where "as" opens the quote.
pub const DISMISSAL_CUES: &[&str] = &[
    "dismissed",
    "rejected",
    "denounced",
    "derided",
    "ridiculed",
    "lambasted",
];

/// Lower-case nouns for the press as a source (`state media`, `Russian state television`,
/// `the Kremlin-backed newspaper Izvestia`); "agency" and "agencies" count only after "news"
/// or "press".
pub const MEDIA_NOUNS: &[&str] = &[
    "media",
    "television",
    "tv",
    "radio",
    "broadcaster",
    "newspaper",
    "daily",
    "tabloid",
    "agency",
    "agencies",
];

/// Lower-case nouns for an armed or political group that a name follows (`the militant group
/// Hamas`, `the rebel movement M23`): the name after one is the group that speaks.
pub const NAMED_GROUP_HEADS: &[&str] = &["group", "movement", "militia", "faction"];

/// Verbs among [`CUE_WORDS`] that also give a thing its name, lower case: set off after a
/// noun ("the plan, dubbed “Operation Lark”,") or before a reflexive ("calling itself “the
/// Watchers”") they report no words, only a name.
pub const NAMING_CUES: &[&str] = &[
    "branded", "called", "calling", "dubbed", "labeled", "labelled", "termed",
];

/// Reflexive pronouns of the third person, lower case (`itself`, `themselves`).
pub const REFLEXIVE_PRONOUNS: &[&str] = &["herself", "himself", "itself", "themselves"];

/// Forms of "to be", lower case: before a participle they make it passive (`was told`).
pub const FORMS_OF_BE: &[&str] = &["be", "been", "being", "is", "are", "was", "were"];

/// Verbs, lower case, whose subject takes in words rather than saying them (`was asked:`,
/// `received a text:`, `heard the verdict:`): a colon after a clause with one of them introduces
/// someone else's words, not the subject's.
pub const RECEIVING_VERBS: &[&str] = &[
    "asked", "faced", "faces", "found", "finds", "gets", "given", "got", "handed", "hear", "heard",
    "hears", "noticed", "quizzed", "read", "reads", "receive", "received", "receives", "saw",
    "sees", "sent", "shown", "spotted", "told",
];

/// Nouns of a judgement or answer that a quote can be named as, lower case (`“…,” was the
/// verdict of X`, `came the response from X`): the person after them speaks.
pub const JUDGEMENT_NOUNS: &[&str] = &[
    "verdict",
    "view",
    "assessment",
    "response",
    "reaction",
    "reply",
    "answer",
    "message",
    "advice",
    "warning",
    "conclusion",
    "judgement",
    "judgment",
    "retort",
    "opinion",
];

/// Two-word reporting phrases, lower case: the cue is both words.
pub const CUE_PHRASES: &[(&str, &str)] = &[
    ("pointed", "out"),
    ("points", "out"),
    ("went", "on"),
    ("goes", "on"),
    ("according", "to"),
    ("summed", "up"),
    ("spelled", "out"),
    ("spelt", "out"),
    ("spoke", "of"),
    ("speaks", "of"),
    ("spoken", "of"),
    ("put", "it"),
    ("puts", "it"),
    ("hit", "back"),
    ("hits", "back"),
    ("shot", "back"),
    ("fired", "back"),
    ("chimed", "in"),
    ("hit", "out"),
    ("hits", "out"),
    ("appealed", "for"),
    ("appeals", "for"),
    ("appealing", "for"),
];

/// Conjunctions before a bare past participle of a cue (`when asked about it`, `if pressed`):
/// the clause is passive, its subject is asked, it does not speak.
pub const PARTICIPLE_CLAUSE_OPENERS: &[&str] = &["after", "if", "once", "unless", "until", "when"];

/// Participles that introduce speech only as a cue (`issued a statement saying …`): unlike the
/// `-ing` forms in [`CUE_WORDS`] they say nothing of the words around them ("a sign saying"),
/// so they are not evidence that a name before them is a person.
pub const PARTICIPLE_CUES: &[&str] = &["saying"];

/// Plain verbs of speech whose complement clause holds what the subject said: a cue inside it
/// (`said that Washington had agreed to …`) still reports the subject's words.
pub const SPEECH_VERBS: &[&str] = &["said", "says", "say", "told", "tells"];

/// Things on display whose words nobody in the sentence speaks (`a poster saying …`), lower case.
pub const DISPLAY_NOUNS: &[&str] = &[
    "banner",
    "banners",
    "billboard",
    "billboards",
    "placard",
    "placards",
    "poster",
    "posters",
    "sign",
    "signs",
];

/// Cues after which the speaker may follow the verb (`"...," said Jane Doe`).
pub const INVERTIBLE_CUES: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "asked",
    "asks",
    "wrote",
    "writes",
    "tweeted",
    "warned",
    "stressed",
    "insisted",
    "explained",
    "declared",
    "announced",
    "stated",
    "claimed",
    "argued",
    "noted",
    "replied",
    "responded",
    "answered",
    "continued",
    "recalled",
    "admitted",
    "acknowledged",
    "conceded",
    "confirmed",
    "suggested",
    "predicted",
    "urged",
    "emphasised",
    "emphasized",
    "observed",
    "remarked",
    "commented",
    "shouted",
    "joked",
    "quipped",
    "reckons",
    "reckoned",
    "chuckled",
    "bemoaned",
    "clarified",
    "exclaimed",
    "cautioned",
    "countered",
    "retorted",
    "told",
    "according",
    "concluded",
    "pleaded",
    "yelled",
    "muttered",
    "murmured",
    "grumbled",
    "scoffed",
    "elaborated",
    "barked",
    "gushed",
    "interjected",
    "laughed",
    "sighed",
    "shrugged",
    "smiled",
    "grinned",
    "beamed",
    "reflected",
    "enthused",
    "asserted",
    "opined",
    "sobbed",
    "wept",
    "thundered",
    "chanted",
];

/// Whether `word` (lower case) is a cue after which the speaker may follow the verb: one of
/// [`INVERTIBLE_CUES`] or [`QUOTE_SIDE_CUES`].
pub fn is_invertible_cue(word: &str) -> bool {
    crate::word_set!(INVERTIBLE_CUES).contains(word) || QUOTE_SIDE_CUES.contains(&word)
}

/// Lower-case nouns of an occasion held for speaking (`held a news conference to declare that
/// …`, `used a speech to warn that …`): a verb of speech after "to" following one reports the
/// subject's words.
pub const SPEAKING_OCCASION_NOUNS: &[&str] = &[
    "address",
    "briefing",
    "conference",
    "interview",
    "rally",
    "speech",
    "video",
];

/// Verbs of command that report words only as an order given someone to do something
/// (`ordered officials to mobilise “every available resource”`, `instructed staff to …`):
/// a cue only with an object and `to` and a verb after it, never before a bare object
/// (`ordered a “review”`). Lower case.
pub const DIRECTIVE_VERBS: &[&str] = &[
    "ordered",
    "orders",
    "instructed",
    "instructs",
    "directed",
    "directs",
    "commanded",
];

/// Verbs that report a document's words only with the document as their subject or object
/// (`a statement from the family read`, `read a statement`), lower case: elsewhere "read" is
/// no cue ("she read “War and Peace”").
pub const DOCUMENT_CUES: &[&str] = &["read", "reads"];

/// Past-tense verbs that are not regular `-ed` forms, and the past auxiliaries: a date after one
/// of them belongs to a past clause ("will cut routes, its chief said on Thursday"). Simple past
/// forms only: a participle such as "held" also follows "will be".
pub const IRREGULAR_PAST_VERBS: &[&str] = &[
    "said", "told", "wrote", "spoke", "gave", "made", "met", "was", "were", "had", "did", "came",
    "fell", "became", "took", "began", "went", "saw", "rose", "broke", "ran", "grew", "drew",
    "flew", "chose", "froze", "threw", "shook", "forgot", "stole", "sank", "drove", "rode", "wore",
    "tore", "swore", "woke", "sang", "rang", "swam", "drank", "shrank", "sprang", "forbade",
];

/// Irregular simple past forms that are also past participles ("won", "fled", "held"). Such a
/// word tells of the past only when no auxiliary stands before it: "elections will be held on
/// May 28" is to come. Forms that are also the present ("set", "cut", "put", "hit", "read") are
/// left out.
pub const IRREGULAR_PAST_PARTICIPLES: &[&str] = &[
    "bought", "brought", "built", "caught", "fled", "fought", "found", "heard", "held", "kept",
    "left", "lost", "paid", "sent", "sold", "sought", "spent", "stood", "struck", "taught", "won",
    "shot", "led", "dealt", "lent", "meant", "slept", "swept", "wept",
];

/// Verbs whose simple past is the same as their base form ("hit", "cut"): after "he", "she",
/// "it" or a singular noun after an article ("The strike hit on April 2") such a form is the
/// past, since the present would take an "-s".
pub const UNCHANGED_PAST_VERBS: &[&str] = &[
    "beat", "burst", "cast", "cut", "hit", "hurt", "quit", "shed", "shut", "split", "spread",
];

/// Pronouns of the third person singular that take an "-s" in the present ("he hits"): a verb
/// of [`UNCHANGED_PAST_VERBS`] after one of them is the past.
pub const SINGULAR_SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it"];

/// Words before a past participle that make it no simple past ("will be held", "has won", "to
/// be sent").
pub const PARTICIPLE_AUXILIARIES: &[&str] = &[
    "am", "are", "be", "been", "being", "get", "gets", "got", "has", "have", "having", "is", "to",
    "will", "would",
];

/// Modal verbs, lower case ("ll" is the letters of "'ll"): a verb in the past before one of
/// them no longer sets the tense of what follows ("has agreed it will step down after").
pub const MODAL_VERBS: &[&str] = &[
    "will", "ll", "shall", "would", "could", "might", "must", "can", "should",
];

/// Adverbs that may stand between an auxiliary and its participle ("have now won", "has
/// already left"): the auxiliary still governs the participle.
pub const AUXILIARY_ADVERBS: &[&str] = &[
    "already", "also", "ever", "finally", "just", "never", "now", "recently", "since", "still",
];

/// Words before a participle in "-ed" that make it a passive or a complement of the present or
/// future, not a simple past ("will be attended", "is expected to", "to be delayed").
pub const PASSIVE_AUXILIARIES: &[&str] = &[
    "am", "are", "be", "being", "get", "gets", "is", "to", "will", "would",
];

/// Auxiliaries and modals that carry a clause's tense: after "said the government", one of them
/// makes the government the subject of what was said ("said the government had failed"), not
/// the one saying it.
pub const FINITE_AUXILIARIES: &[&str] = &[
    "are", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may", "might", "must",
    "shall", "should", "was", "were", "will", "would",
];

/// Words that may stand between a speaker and the cue without breaking the link
/// (`Jane Doe also said`, `he has told`).
pub const CUE_AUXILIARIES: &[&str] = &[
    "also",
    "already",
    "still",
    "never",
    "often",
    "again",
    "later",
    "then",
    "has",
    "had",
    "have",
    "would",
    "will",
    "did",
    "was",
    "is",
    "once",
    "previously",
    "earlier",
    "further",
    "only",
    "even",
    "just",
    "had",
    "reportedly",
    "repeatedly",
    "then",
    "now",
    "himself",
    "herself",
];

/// Endings of lower-case plurals for people by what they do or are (`engineers`, `doctors`,
/// `scientists`, `technicians`, `residents`, `assistants`): such a plural acting as a subject
/// may be whom a later "they" means.
pub const PEOPLE_PLURAL_ENDINGS: &[&str] = &["ers", "ors", "ists", "ians", "ants", "ents"];

/// Lower-case nouns that name a group or an office speaking as a body (`police said`).
pub const GROUP_SOURCES: &[&str] = &[
    "police",
    "source",
    "witness",
    "spokeswomen",
    "official's",
    "officials",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "authorities",
    "prosecutors",
    "investigators",
    "witnesses",
    "analysts",
    "economists",
    "strategists",
    "experts",
    "sources",
    "ministry",
    "government",
    "administration",
    "agency",
    "department",
    "office",
    "statement",
    "spokesmen",
    "diplomats",
    "officers",
    "lawyers",
    "lawyer",
    "attorney",
    "attorneys",
    "residents",
    "critics",
    "aides",
    "aide",
    "observers",
    "researchers",
    "scientists",
    "doctors",
    "company",
    "firm",
    "army",
    "military",
    "commission",
    "council",
    "committee",
    "court",
    "judge",
    "court",
    "embassy",
    "bank",
    "report",
    "survey",
    "study",
    "union",
    "group",
];

/// Group sources that stand for people left unnamed (`a police source`, `the official`, `an
/// Acme spokesperson`), not a body that speaks as one (`police`, `the ministry`): such a quote
/// has no speaker's name, only the words that describe them.
pub const UNNAMED_PERSON_NOUNS: &[&str] = &[
    "source",
    "sources",
    "witness",
    "witnesses",
    "official",
    "officials",
    "official's",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "spokeswomen",
    "family",
    "spokespeople",
    "aide",
    "aides",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "diplomats",
    "officers",
    "residents",
    "critics",
    "observers",
    "analysts",
    "economists",
    "strategists",
    "experts",
    "researchers",
    "scientists",
    "doctors",
    "people",
    "fans",
    "supporters",
    "protesters",
    "protestors",
    "demonstrators",
    "activists",
    "campaigners",
    "parents",
    "teachers",
    "students",
    "pupils",
    "passengers",
    "shoppers",
    "voters",
    "locals",
    "villagers",
    "commuters",
    "tourists",
    "visitors",
    "survivors",
    "victims",
    "families",
    "workers",
    "employees",
    "nurses",
    "farmers",
    "drivers",
    "customers",
    "onlookers",
    "bystanders",
    "eyewitnesses",
    "rescuers",
    "volunteers",
    "organisers",
    "organizers",
    "participants",
    "traders",
    "investors",
    "economists",
];

/// Lower-case nouns for someone known by a tie to a person (`a friend of Mr Doe`, `an ally of
/// the president`), beside the group sources and the family nouns.
pub const ASSOCIATE_NOUNS: &[&str] = &[
    "family",
    "friend",
    "friends",
    "ally",
    "allies",
    "colleague",
    "colleagues",
    "neighbour",
    "neighbor",
    "neighbours",
    "neighbors",
    "relative",
    "relatives",
    "associate",
    "associates",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "confidant",
    "confidants",
    "supporter",
    "supporters",
    "pal",
    "pals",
    "chum",
    "chums",
    "insider",
    "insiders",
];

/// Participles that place a body or person before "in" (`a firm based in Leeds`).
pub const LOCATING_PARTICIPLES: &[&str] = &["based", "headquartered", "located"];

/// Words in a name that mark it as an organisation or a place rather than a person (a sports
/// club's `Rovers`, `Athletic` or `FC` among them).
pub const ORGANISATION_WORDS: &[&str] = &[
    "house",
    "ministry",
    "department",
    "council",
    "union",
    "states",
    "nations",
    "party",
    "court",
    "office",
    "agency",
    "police",
    "army",
    "government",
    "university",
    "bank",
    "company",
    "inc",
    "corp",
    "news",
    "times",
    "post",
    "street",
    "kremlin",
    "pentagon",
    "commission",
    "committee",
    "organization",
    "organisation",
    "association",
    "institute",
    "service",
    "services",
    "group",
    "federation",
    "republic",
    "kingdom",
    "europe",
    "america",
    "force",
    "forces",
    "navy",
    "parliament",
    "congress",
    "senate",
    "assembly",
    "embassy",
    "foundation",
    "centre",
    "center",
    "reuters",
    "press",
    "tv",
    "radio",
    "network",
    "club",
    "league",
    "board",
    "authority",
    "college",
    "school",
    "academy",
    "hospital",
    "infirmary",
    "hospice",
    "clinic",
    "museum",
    "laboratory",
    "observatory",
    "society",
    "trust",
    "fund",
    "corporation",
    "ltd",
    "plc",
    "llc",
    "airlines",
    "airways",
    "bureau",
    "administration",
    "reserve",
    "exchange",
    "alliance",
    "coalition",
    "tribunal",
    "treasury",
    "cabinet",
    "airport",
    "prison",
    "charity",
    "energy",
    "holdings",
    "industries",
    "technologies",
    "systems",
    "motors",
    "pharmaceuticals",
    "telecom",
    "communications",
    "mining",
    "petroleum",
    "oil",
    "capital",
    "partners",
    "labs",
    "entertainment",
    "media",
    "insurance",
    "brands",
    "foods",
    "logistics",
    "footwear",
    "textiles",
    "furniture",
    "homes",
    "estates",
    "properties",
    "developments",
    "construction",
    "engineering",
    "builders",
    "manufacturing",
    "breweries",
    "software",
    "ventures",
    "investments",
    "securities",
    "chemicals",
    "shipping",
    "railways",
    "utilities",
    "consulate",
    "inquiry",
    "regulator",
    "watchdog",
    "directorate",
    "secretariat",
    "syndicate",
    "campaign",
    "forum",
    "chamber",
    "guild",
    "rovers",
    "rangers",
    "wanderers",
    "athletic",
    "albion",
    "united",
    "fc",
    "afc",
];

/// Words that close the name of a family business after "and" or "&" (`Ivo Dane and Sons`,
/// `Roe & Brothers`): the whole name is the firm's, not a person's.
pub const FAMILY_FIRM_WORDS: &[&str] = &["sons", "brothers", "daughters", "associates"];

/// Verbs of leading a business (`Ada Quist runs Veltrix`, `founded Orlo Labs`): the name after
/// one is the business, the name before it its head.
pub const LEADERSHIP_VERBS: &[&str] = &[
    "runs",
    "ran",
    "heads",
    "headed",
    "leads",
    "led",
    "founded",
    "co-founded",
    "cofounded",
    "chairs",
    "chaired",
    "manages",
    "managed",
];

/// Nouns of public bodies that carry the noun in their names (`the ministry` is a Ministry of
/// something, `the council` a Council), lower case: such a noun refers back only to a name
/// holding it, never to another body (`the Pentagon`).
pub const NAME_CARRIED_BODY_NOUNS: &[&str] = &[
    "ministry",
    "department",
    "council",
    "commission",
    "committee",
    "court",
    "parliament",
    "senate",
    "assembly",
    "embassy",
    "bank",
];

/// Nouns from [`ORGANISATION_WORDS`] that any kind of body may be called (`the company` for a
/// Bank, `the charity` for a Hospice or a Trust): a body of another kind may be their referent.
pub const GENERAL_BODY_NOUNS: &[&str] = &[
    "company",
    "group",
    "organisation",
    "organization",
    "corporation",
    "charity",
    "foundation",
    "trust",
    "society",
    "association",
    "institute",
    "service",
    "services",
];

/// Lower-case nouns for a business or body, beside [`ORGANISATION_WORDS`]: a name set off
/// after one (`the carrier, Northwind,`) is that body's, not a person's.
pub const ORGANISATION_NOUNS: &[&str] = &[
    "firm",
    "carrier",
    "retailer",
    "airline",
    "chain",
    "manufacturer",
    "maker",
    "startup",
    "insurer",
    "lender",
    "operator",
    "broadcaster",
    "newspaper",
    "publisher",
    "regulator",
    "brand",
    "label",
    "studio",
    "team",
    "outlet",
    "supplier",
    "contractor",
    "automaker",
    "carmaker",
    "chipmaker",
    "conglomerate",
    "business",
    "employer",
    "distributor",
    "provider",
    "utility",
    "housebuilder",
    "homebuilder",
];

/// Words that open a noun phrase naming someone without a name (`his brother`, `a witness`).
pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "one", "another", "our", "its",
];
/// Possessive determiners: `his son`, `her lawyer` name someone by a tie to someone else.
pub const POSSESSIVE_DETERMINERS: &[&str] = &["his", "her", "their", "its", "our", "my", "your"];
/// Determiners that introduce someone the text does not name ("said one resident", "another
/// diplomat said").
pub const INDEFINITE_DETERMINERS: &[&str] = &[
    "one", "another", "some", "several", "two", "three", "many", "other", "One", "Another", "Some",
    "Several", "Two", "Three", "Many", "Other",
];
/// Determiners that take in every one of a kind (`every former governor`, `each member`,
/// `all three judges`): the phrase names people as a set, not one of them.
pub const UNIVERSAL_DETERMINERS: &[&str] = &["every", "each", "all", "both"];
/// Documents that carry words but do not speak ("a statement accusing …", "a letter saying …").
pub const DOCUMENT_NOUNS: &[&str] = &[
    "statement",
    "letter",
    "report",
    "document",
    "memo",
    "tweet",
    "post",
    "message",
    "petition",
    "email",
    "note",
    "communique",
    "release",
];

/// Verbs by which someone issues a document (`sent a letter`, `released a statement`): its
/// subject is who the document speaks for when it is quoted later (`the letter said`); after the
/// document, the agent of the participle does (`a memo written by …`).
pub const DOCUMENT_ISSUING_VERBS: &[&str] = &[
    "sent",
    "wrote",
    "written",
    "issued",
    "released",
    "published",
    "posted",
    "circulated",
    "signed",
    "submitted",
    "emailed",
];

/// Documents that someone who `wrote to` a person or body sent them (`Ann Lee wrote to staff.
/// “…,” the memo said.`): the letter, memo or email is hers. A subset of [`DOCUMENT_NOUNS`].
pub const WRITTEN_TO_NOUNS: &[&str] = &["letter", "memo", "email", "note", "message"];

/// Nouns for works with a title (`her memoir`, `the show`), lower case: a quoted title-case span
/// right after one (`his song “Blue Skies”`, `In her memoir, “Becoming Someone,”`) is the work's
/// title, not speech.
pub const WORK_NOUNS: &[&str] = &[
    "album",
    "article",
    "autobiography",
    "ballad",
    "biography",
    "book",
    "column",
    "documentary",
    "episode",
    "essay",
    "film",
    "hit",
    "memoir",
    "movie",
    "musical",
    "novel",
    "opera",
    "play",
    "podcast",
    "poem",
    "programme",
    "program",
    "series",
    "show",
    "single",
    "song",
    "track",
];

/// Words that join the names a bracket gives a thing, lower case: `(“Kanemoto” or “the
/// Company”)`, `(together, the “Parties”)`, `(hereinafter referred to as the “Buyer”)`.
pub const LABEL_JOINING_WORDS: &[&str] = &[
    "a",
    "an",
    "and",
    "as",
    "collectively",
    "each",
    "hereinafter",
    "jointly",
    "or",
    "referred",
    "the",
    "to",
    "together",
];
