//! Words of news page layout that are not part of the story: labels that open a line ("Read
//! more:"), whole-line labels left by web pages ("Advertisement"), and wire-service credits.
//! General conventions of news publishing; none names a particular article.

/// Labels that open a paragraph and end with a colon, lower case, without the colon, sorted:
/// the label is page furniture, the text after it is the story's.
pub const LINE_PREFIXES: &[&str] = &[
    "breaking",
    "developing",
    "update",
    "updated",
    "you're reading",
    "you’re reading",
];

/// Labels of a note about the story itself rather than part of it ("Editor's note: This story
/// has been updated …", "Correction: An earlier version …"), lower case, without the colon,
/// sorted: the whole paragraph is page furniture.
pub const NOTE_LABELS: &[&str] = &[
    "clarification",
    "correction",
    "corrections",
    "editor's note",
    "editor’s note",
];

/// Names of a news site's sections, lower case, sorted: a short line ending with one above the
/// headline ("Politics", "UK politics", "World news") is a section label, not the headline.
pub const SECTION_NAMES: &[&str] = &[
    "analysis",
    "business",
    "climate",
    "comment",
    "crime",
    "culture",
    "economy",
    "education",
    "entertainment",
    "environment",
    "explainer",
    "features",
    "football",
    "health",
    "lifestyle",
    "markets",
    "money",
    "news",
    "opinion",
    "politics",
    "science",
    "sport",
    "sports",
    "tech",
    "technology",
    "travel",
    "weather",
    "world",
];

/// Labels that open a one-line paragraph linking to other pages ("Read more: What the vote
/// means for you"), lower case, without the colon, sorted: the whole line is page furniture.
pub const LINK_PREFIXES: &[&str] = &[
    "also read",
    "don't miss",
    "don’t miss",
    "listen",
    "more",
    "must read",
    "read also",
    "read more",
    "recommended",
    "related",
    "see also",
    "watch",
];

/// Words that open a paragraph before a colon as a label of its content, not as the place it
/// was filed from ("Warning: Some readers …", "Exclusive: The plan …"), lower case, sorted.
pub const CONTENT_LABELS: &[&str] = &[
    "alert",
    "answer",
    "background",
    "caution",
    "context",
    "disclaimer",
    "disclosure",
    "editorial",
    "exclusive",
    "factbox",
    "fact check",
    "interview",
    "live",
    "note",
    "q",
    "question",
    "quote",
    "review",
    "summary",
    "timeline",
    "warning",
];

/// Whole paragraphs that are page furniture, lower case, sorted.
pub const WHOLE_LINES: &[&str] = &[
    "accept all",
    "accept all cookies",
    "accept cookies",
    "advertisement",
    "after newsletter promotion",
    "continue reading the main story",
    "listen to this article",
    "loading comments",
    "manage cookies",
    "manage preferences",
    "most read",
    "read more",
    "reject all",
    "related",
    "share",
    "share this",
    "share this article",
    "share this story",
    "skip advertisement",
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "story continues below",
];

/// How a one-line paragraph of page furniture opens ("Sign up for our newsletter", "Share on
/// Facebook", "This article first appeared on …"), lower case, sorted.
pub const FURNITURE_OPENINGS: &[&str] = &[
    "click here",
    "follow us on",
    "for the latest news",
    "for the latest updates",
    "get our free",
    "share on facebook",
    "share on twitter",
    "share via email",
    "sign up for",
    "sign up to",
    "subscribe to",
    "tap here",
    "thank you for reading",
    "thanks for reading",
    "this article was amended on",
    "we use cookies",
];

/// What a note that the story is republished calls it ("This article originally appeared in
/// …", "A version of this story was first published by …"), lower case, sorted.
pub const REPUBLISHED_PIECES: &[&str] = &["article", "column", "piece", "post", "report", "story"];

/// Verbs of a note that the story is republished ("This article first appeared on …", "This
/// article is republished from …"), lower case, sorted: a preposition follows them.
pub const REPUBLICATION_VERBS: &[&str] = &["appeared", "published", "ran", "republished"];

/// Labels of a page's list of topic tags closing the story ("Topics: drought, farming"), lower
/// case, without the colon, sorted: such a line is page furniture.
pub const TAG_LABELS: &[&str] = &["keywords", "tags", "topics"];

/// How a one-line paragraph inviting readers to a messaging channel opens ("Join our WhatsApp
/// channel"), lower case, sorted: followed by a channel's name from [`MESSAGING_CHANNELS`], the
/// line is page furniture.
pub const JOIN_OPENINGS: &[&str] = &["join our", "join the", "join us on"];

/// Messaging services and their groups a news site invites readers to join ("Join our WhatsApp
/// channel", "Join us on Telegram"), lower case, sorted.
pub const MESSAGING_CHANNELS: &[&str] = &["signal", "telegram", "whatsapp"];

/// What follows "contributed" in a closing desk credit ("Jo Lin contributed to this report.",
/// "Jo Lin contributed reporting from Lagos.", "Jo Lin contributed from Lagos."), sorted.
pub const CONTRIBUTION_TAILS: &[&str] = &[
    "",
    "from",
    "reporting",
    "to this article",
    "to this report",
    "to this story",
];

/// Labels that credit a picture ("Photograph: Jo Lin/Reuters", "(AP Photo/Jo Lin)", "(Image:
/// Jo Lin)"), as written, sorted: a paragraph closed by one, or opening with "FILE PHOTO:", is a
/// caption.
pub const PICTURE_CREDITS: &[&str] = &["AP Photo/", "Image:", "Photo:", "Photograph:", "Picture:"];

/// Labels that open a picture's caption on a line of its own and end with a colon ("Photo:
/// Crowds gather outside the court. (Jo Lin/Reuters)"), lower case, without the colon, sorted:
/// the whole line is page furniture.
pub const PICTURE_LABELS: &[&str] = &["image", "photo", "photograph", "pictured", "picture"];

/// Notes that the story is still being written ("This is a developing story.", "The Daily
/// Planet will update this story."), lower case, sorted: a paragraph of such sentences, perhaps
/// with page furniture, is no part of the story.
pub const UPDATE_NOTES: &[&str] = &[
    "check back for updates",
    "this is a breaking news story",
    "this is a developing story",
    "this story is developing",
    "this story will be updated",
    "will update this story",
];

/// Labels of a picture's caption or credit left by web pages ("Image caption,"), lower case,
/// sorted: with text after them on their line, the line is the caption; alone on their line,
/// the next paragraph is.
pub const CAPTION_LABELS: &[&str] = &[
    "image caption",
    "image copyright",
    "image source",
    "media caption",
    "video caption",
];

/// Words of a cookie-consent banner's choice, lower case, sorted: a header paragraph that
/// mentions cookies and one of them ("By clicking Accept all, you agree to our use of cookies")
/// is page furniture.
pub const CONSENT_WORDS: &[&str] = &["accept", "agree", "consent", "preferences", "reject"];

/// Whole paragraphs after which a web page lists links and topics, not the story ("Related
/// Topics"), lower case, sorted.
pub const TAIL_MARKERS: &[&str] = &[
    "more on this story",
    "related internet links",
    "related topics",
];

/// Headings of a box of short points inside a story ("Key points", "What we know so far:",
/// "At a glance"), lower case, without a colon, sorted: the short lines under one are the
/// box's points, not subheadings.
pub const BOX_HEADINGS: &[&str] = &[
    "at a glance",
    "fact box",
    "factbox",
    "fast facts",
    "in brief",
    "in numbers",
    "key dates",
    "key facts",
    "key points",
    "the key points",
    "timeline",
    "what we don't know",
    "what we don’t know",
    "what we know",
    "what we know so far",
    "what you need to know",
    "what's on",
    "what’s on",
];

/// Words that make a heading closed by a colon point to other pages ("Related links:", "You
/// may also like:", "More from Sport:"), lower case, sorted: the lines under such a heading are
/// links, never the story's points.
pub const NAVIGATION_HEADING_WORDS: &[&str] = &[
    "coverage",
    "explore",
    "follow",
    "gallery",
    "like",
    "links",
    "listen",
    "more",
    "newsletter",
    "next",
    "photos",
    "pictures",
    "popular",
    "read",
    "recommended",
    "related",
    "share",
    "stories",
    "subscribe",
    "topics",
    "trending",
    "video",
    "videos",
    "watch",
];

/// Labels of a press release's contacts closing it (`Media contact:` over a name and phone
/// number), lower case, without the colon, sorted: nothing from the label on is the story.
pub const PRESS_CONTACT_LABELS: &[&str] = &[
    "investor contact",
    "investor contacts",
    "media contact",
    "media contacts",
    "media inquiries",
    "press contact",
    "press contacts",
    "press inquiries",
];

/// Labels that mark a press release above its headline (`PRESS RELEASE`, the issuer's name on
/// the line above), lower case, without a colon, sorted.
pub const RELEASE_LABELS: &[&str] = &["media release", "news release", "press release"];

/// Lower-case words that may link the capitalised words of an organisation's name (`Institute
/// for Soil Science`, `Board of Trade`), sorted.
pub const ORGANISATION_NAME_LINKS: &[&str] = &["&", "and", "for", "of", "on"];

/// How a wire credit paragraph opens ("(Reporting by …; Editing by …)"), lower case, sorted.
pub const CREDIT_OPENINGS: &[&str] = &[
    "additional reporting by",
    "compiled by",
    "edited by",
    "editing by",
    "reporting by",
    "writing by",
    "written by",
];

/// How a closing credit naming the agencies a story drew on opens (`With inputs from PTI`,
/// `(With inputs from agencies)`), lower case, sorted.
pub const INPUTS_CREDIT_OPENINGS: &[&str] = &["with input from", "with inputs from"];

/// Words standing for unnamed agencies in a closing credit (`With inputs from agencies`), lower
/// case, sorted.
pub const UNNAMED_AGENCIES: &[&str] = &["agencies", "agency", "news agencies", "wire agencies"];

/// Verbs of a desk or wire addition ("Agencies add:", "Reuters adds:"), lower case, sorted.
pub const ADDITION_VERBS: &[&str] = &["add", "added", "adds", "contributed", "contributes"];

/// Words that make a name at the end of a byline an outlet's ("By Jane Doe, BBC News"), sorted;
/// the wire services' names ([`WIRE_SERVICES`]) count too.
pub const MEDIA_WORDS: &[&str] = &[
    "Advertiser",
    "Agency",
    "Argus",
    "Broadcasting",
    "Bulletin",
    "Chronicle",
    "Courant",
    "Courier",
    "Daily",
    "Echo",
    "Enquirer",
    "Examiner",
    "Express",
    "Gazette",
    "Gleaner",
    "Guardian",
    "Herald",
    "Independent",
    "Inquirer",
    "Journal",
    "Ledger",
    "Mail",
    "Media",
    "Messenger",
    "Mirror",
    "Network",
    "News",
    "Observer",
    "Post",
    "Press",
    "Radio",
    "Record",
    "Register",
    "Sentinel",
    "Standard",
    "Star",
    "Statesman",
    "Sun",
    "TV",
    "Telegraph",
    "Television",
    "Times",
    "Tribune",
    "Wire",
];

/// Media words that are no one's surname, so that a byline of them alone names an outlet ("By
/// Associated Press", not "By Emily Post"), sorted.
pub const AGENCY_WORDS: &[&str] = &[
    "Agency",
    "Associated",
    "Broadcasting",
    "Network",
    "News",
    "Press",
];

/// Wire services written in mixed case inside a dateline credit ("(Reuters)"), sorted.
pub const WIRE_SERVICES: &[&str] = &[
    "Anadolu",
    "Bernama",
    "Bloomberg",
    "Interfax",
    "Kyodo",
    "Reuters",
    "Xinhua",
    "Yonhap",
    "dpa",
    "epd",
];

/// Words that open a second stamp after a publication line's first date (`Published March 5,
/// 2024Updated March 6, 2024`, `15/03/2024 - 14:22 Modified: …`, `16.05.2025 - Update : …`,
/// `16:05 Last updated: …`), written capitalised, sorted.
pub const SECOND_STAMP_WORDS: &[&str] = &[
    "Last modified",
    "Last updated",
    "Modified",
    "Update",
    "Updated",
];

/// Labels of a one-line header's part that names the outlet the story came from (`Source:
/// Xinhua`), sorted.
pub const OUTLET_LABELS: &[&str] = &["Source", "Sources"];

/// Phrases closing a credit line after the outlet's name (`Source: Daily Planet and news
/// agencies`), lower case, sorted: the outlet is the name before them.
pub const AGENCY_TAILS: &[&str] = &[
    " and agencies",
    " and news agencies",
    " and wire agencies",
    " and wire services",
];

/// Openings of a line that names the radio or television programme a story was broadcast on
/// (`Heard on Morning Desk`), as written, sorted: page furniture, not the headline.
pub const PROGRAMME_CREDITS: &[&str] = &["As heard on ", "As seen on ", "Heard on "];

/// Abbreviations of news agencies and broadcasters that name the outlet when one stands alone
/// on a header line (`AFP`), sorted; a line of other capitals is a place or a section label.
pub const OUTLET_ABBREVIATIONS: &[&str] = &[
    "ABC", "AFP", "ANI", "ANSA", "AP", "APA", "BBC", "BNA", "CBC", "CBS", "CNA", "CNN", "DPA",
    "EFE", "IANS", "ITV", "KUNA", "MENA", "NBC", "NHK", "NPR", "PA", "PBS", "PTI", "RFE", "RFI",
    "RTE", "SABC", "SBS", "SPA", "TASS", "TNN", "UNI", "UPI", "WAM",
];

/// Words closing a credit line under the headline that name the outlet's desk, bureau or staff,
/// not the outlet (`Daily Planet News Desk`, `Harbour Post Bureau`, `Harbour Post Staff`), as
/// written, longest first: the outlet is the name before them, when that names one (`New Delhi
/// Bureau` names a place).
pub const DESK_CREDITS: &[&str] = &[
    " Digital Desk",
    " Online Desk",
    " News Bureau",
    " News Desk",
    " Web Desk",
    " Bureau",
    " Staff",
    " Desk",
];

/// The word closing an edition's label after an outlet's name on a header line (`Daily Planet –
/// English edition`, `Daily Planet | Asia Edition`), lower case: the name is the outlet's.
pub const EDITION_WORDS: &[&str] = &["edition"];

/// Labels of a one-line header's part that names a member of staff (`Editor: Jo Lin`), sorted.
pub const STAFF_LABELS: &[&str] = &["Author", "Editor", "Reporter", "Writer"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_for_binary_search() {
        for list in [
            LINE_PREFIXES,
            NOTE_LABELS,
            SECTION_NAMES,
            WHOLE_LINES,
            CONSENT_WORDS,
            CAPTION_LABELS,
            TAIL_MARKERS,
            CREDIT_OPENINGS,
            INPUTS_CREDIT_OPENINGS,
            UNNAMED_AGENCIES,
            FURNITURE_OPENINGS,
            CONTRIBUTION_TAILS,
            PICTURE_CREDITS,
            MEDIA_WORDS,
            AGENCY_WORDS,
            ADDITION_VERBS,
            WIRE_SERVICES,
            SECOND_STAMP_WORDS,
            OUTLET_LABELS,
            STAFF_LABELS,
            AGENCY_TAILS,
            PROGRAMME_CREDITS,
            OUTLET_ABBREVIATIONS,
            JOIN_OPENINGS,
            MESSAGING_CHANNELS,
            REPUBLISHED_PIECES,
            REPUBLICATION_VERBS,
            TAG_LABELS,
            BOX_HEADINGS,
            NAVIGATION_HEADING_WORDS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }
}
