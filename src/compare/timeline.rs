//! The timeline: every normalised date across the documents, with where each is mentioned.

use std::collections::BTreeMap;

use super::ids_of;
use crate::model::{DateMention, Document, DocumentId, TimelineEntry, TimelineMention};

/// Normalised dates in date order (TIMEX3 values sort as text; unknown years `XXXX-…` come last),
/// each with its mentions in document order.
pub fn timeline(documents: &[Document]) -> Vec<TimelineEntry> {
    Timeline::of_documents(documents).entries(&ids_of(documents))
}

/// The timeline gathered one document at a time, so that a document need not keep its dates for
/// it. A mention is three integers until the entries are made.
#[derive(Debug, Default)]
pub struct Timeline {
    by_value: BTreeMap<String, Vec<Mention>>,
}

/// One mention of a date: the document's position in the run, the date's index in it and the
/// index of its sentence ([`NO_SENTENCE`] for none).
#[derive(Debug, Clone, Copy)]
struct Mention {
    doc: u32,
    date: u32,
    sentence: u32,
}

/// [`Mention::sentence`] of a date outside every sentence.
const NO_SENTENCE: u32 = u32::MAX;

impl Timeline {
    /// The dates of `documents`.
    pub fn of_documents(documents: &[Document]) -> Timeline {
        let mut timeline = Timeline::default();
        for (doc, document) in documents.iter().enumerate() {
            timeline.add(doc, &document.dates);
        }
        timeline
    }

    /// Add the dates of the next document, the `doc`th of the run.
    pub fn add(&mut self, doc: usize, dates: &[DateMention]) {
        for date in dates {
            let Some(value) = date.value.as_deref() else {
                continue;
            };
            let mention = Mention {
                doc: doc as u32,
                date: date.index as u32,
                sentence: date.sentence.map_or(NO_SENTENCE, |s| s as u32),
            };
            match self.by_value.get_mut(value) {
                Some(mentions) => mentions.push(mention),
                None => {
                    self.by_value.insert(value.to_string(), vec![mention]);
                }
            }
        }
    }

    /// The timeline of the documents added, `ids[d]` the id of document `d`.
    pub fn entries(self, ids: &[DocumentId]) -> Vec<TimelineEntry> {
        let id = |doc: u32| ids.get(doc as usize).cloned().unwrap_or_default();
        self.by_value
            .into_iter()
            .map(|(date, mentions)| TimelineEntry {
                date,
                mentions: mentions
                    .into_iter()
                    .map(|m| TimelineMention {
                        document: id(m.doc),
                        date: m.date as usize,
                        sentence: (m.sentence != NO_SENTENCE).then_some(m.sentence as usize),
                    })
                    .collect(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::testkit::DocBuilder;

    #[test]
    fn groups_mentions_by_value_in_order() {
        let a = DocBuilder::new("a")
            .date("Friday", Some("2022-01-21"), 0)
            .date("this week", Some("2022-W03"), 1)
            .date("someday", None, 1)
            .build();
        let b = DocBuilder::new("b")
            .date("January 21", Some("XXXX-01-21"), 0)
            .date("yesterday", Some("2022-01-21"), 2)
            .build();
        let t = timeline(&[a, b]);
        let dates: Vec<&str> = t.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, vec!["2022-01-21", "2022-W03", "XXXX-01-21"]);
        assert_eq!(t[0].mentions.len(), 2);
        assert_eq!(&*t[0].mentions[1].document, "b");
        assert_eq!(t[0].mentions[1].sentence, Some(2));
    }
}
