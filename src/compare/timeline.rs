//! The timeline: every normalised date across the documents, with where each is mentioned.

use std::collections::BTreeMap;

use crate::model::{Document, TimelineEntry, TimelineMention};

/// Normalised dates in date order (TIMEX3 values sort as text; unknown years `XXXX-…` come last),
/// each with its mentions in document order.
pub fn timeline(documents: &[Document]) -> Vec<TimelineEntry> {
    let mut timeline = Timeline::default();
    for document in documents {
        timeline.add(document);
    }
    timeline.entries()
}

/// The timeline gathered one document at a time, so that a document need not keep its dates for
/// it.
#[derive(Debug, Default)]
pub struct Timeline {
    by_value: BTreeMap<String, Vec<TimelineMention>>,
}

impl Timeline {
    /// Add the dates of the next document.
    pub fn add(&mut self, document: &Document) {
        for date in &document.dates {
            let Some(value) = date.value.as_deref() else {
                continue;
            };
            let mention = TimelineMention {
                document: document.id.clone(),
                date: date.index,
                sentence: date.sentence,
            };
            match self.by_value.get_mut(value) {
                Some(mentions) => mentions.push(mention),
                None => {
                    self.by_value.insert(value.to_string(), vec![mention]);
                }
            }
        }
    }

    /// The timeline of the documents added.
    pub fn entries(self) -> Vec<TimelineEntry> {
        self.by_value
            .into_iter()
            .map(|(date, mentions)| TimelineEntry { date, mentions })
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
        assert_eq!(t[0].mentions[1].document, "b");
        assert_eq!(t[0].mentions[1].sentence, Some(2));
    }
}
