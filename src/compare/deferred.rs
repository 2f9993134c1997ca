//! What the comparison's last stages (number facts, name variants, timeline) read of each
//! document, put aside while the quotes are matched. A long streamed run writes it, one encoded
//! record per document, to an anonymous temporary file, and builds those stages' indexes from the
//! file only once the matching of quotes has let its memory go: the two are never held at once.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek as _, Write as _};
use std::path::PathBuf;

use rustc_hash::FxHashSet;
use serde::{Deserialize, Serialize};

use super::names::{NameFindings, NameIndex};
use super::numbers::{Contexts, Figures};
use super::timeline::Timeline;
use crate::model::{DateMention, Number};

/// Bytes of encoded records a [`DeferredStore`] holds in memory before it writes them to a
/// temporary file.
pub const DEFAULT_RECORD_LIMIT: usize = 1 << 20;

/// The indexes the last stages of the comparison read, merged in document order.
#[derive(Debug, Default)]
pub struct DeferredIndexes {
    /// Every figure with a unit.
    pub figures: Figures,
    /// The context words of every number.
    pub contexts: Contexts,
    /// The capitalised spellings and the lower-case vocabulary.
    pub names: NameIndex,
    /// Every normalised date.
    pub timeline: Timeline,
    /// Documents added.
    documents: usize,
}

impl DeferredIndexes {
    /// Indexes built already, of `documents` documents.
    pub fn new(
        figures: Figures,
        contexts: Contexts,
        names: NameIndex,
        timeline: Timeline,
        documents: usize,
    ) -> DeferredIndexes {
        DeferredIndexes {
            figures,
            contexts,
            names,
            timeline,
            documents,
        }
    }

    /// Add what the next document gives the last stages.
    pub fn add(
        &mut self,
        names: NameFindings,
        contexts: Vec<BTreeSet<String>>,
        numbers: &[Number],
        dates: &[DateMention],
    ) {
        self.add_numbers(contexts, numbers);
        self.add_names(names, dates);
    }

    /// Add the next document's number contexts and figures.
    fn add_numbers(&mut self, contexts: Vec<BTreeSet<String>>, numbers: &[Number]) {
        self.contexts.push(contexts);
        self.figures.add(numbers);
    }

    /// Add the next document's name findings and dates.
    fn add_names(&mut self, names: NameFindings, dates: &[DateMention]) {
        let doc = self.documents;
        self.documents += 1;
        self.names.add(doc, names);
        self.timeline.add(doc, dates);
    }

    /// Let go of the room reserved for documents to come.
    pub fn shrink_to_fit(&mut self) {
        self.figures.shrink_to_fit();
        self.contexts.shrink_to_fit();
    }
}

/// The part of a document's record the number facts read, as written.
#[derive(Serialize)]
struct NumbersRef<'a> {
    contexts: &'a [BTreeSet<String>],
    numbers: &'a [Number],
}

/// [`NumbersRef`] as read back.
#[derive(Deserialize)]
struct NumbersPart {
    contexts: Vec<BTreeSet<String>>,
    numbers: Vec<Number>,
}

/// The part of a document's record the name variants and the timeline read, as written.
#[derive(Serialize)]
struct NamesRef<'a> {
    names: &'a NameFindings,
    dates: &'a [DateMention],
}

/// [`NamesRef`] as read back.
#[derive(Deserialize)]
struct NamesPart {
    names: NameFindings,
    dates: Vec<DateMention>,
}

/// Which part of each record a pass reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Numbers,
    Names,
}

/// The indexes of the last stages, read in two passes so that the number facts' indexes and the
/// names' indexes need not be held at once.
pub trait DeferredSource {
    /// What reading the records can fail with.
    type Error;
    /// The figures and their contexts (the first pass: leaves the rest to read).
    fn numbers(&mut self) -> Result<(Figures, Contexts), Self::Error>;
    /// The names and the timeline (the second pass).
    fn names_and_dates(self) -> Result<(NameIndex, Timeline), Self::Error>;
}

impl DeferredSource for DeferredIndexes {
    type Error = std::convert::Infallible;

    fn numbers(&mut self) -> Result<(Figures, Contexts), Self::Error> {
        Ok((
            std::mem::take(&mut self.figures),
            std::mem::take(&mut self.contexts),
        ))
    }

    fn names_and_dates(self) -> Result<(NameIndex, Timeline), Self::Error> {
        Ok((self.names, self.timeline))
    }
}

/// Where the records are.
#[derive(Debug)]
enum Log {
    /// Encoded, in memory, while they are few.
    Buffered(Vec<u8>),
    /// Encoded, in a temporary file.
    Spilled(BufWriter<File>),
    /// Merged into the indexes as they come, when no temporary file could be made.
    Held(Box<DeferredIndexes>),
}

/// The records of a run's documents: encoded in memory while they are few, then in an anonymous
/// temporary file in the system's temporary folder (`TMPDIR`), read back in order, a part of
/// each record at a time ([`DeferredSource`]). When the file cannot be created the records are merged into the
/// indexes as they come, and [`DeferredStore::unwritable`] says why. The words documents write in
/// lower case are a vocabulary, merged as they come in any case.
#[derive(Debug)]
pub struct DeferredStore {
    log: Log,
    lower_words: FxHashSet<u64>,
    /// An encoding buffer, reused.
    scratch: Vec<u8>,
    /// Records added.
    records: usize,
    limit: usize,
    folder: PathBuf,
    unwritable: Option<super::unwritable::Unwritable>,
}

impl Default for DeferredStore {
    fn default() -> Self {
        DeferredStore::with_limit_in(DEFAULT_RECORD_LIMIT, std::env::temp_dir())
    }
}

/// An encoding or decoding failure as an I/O error: the records are the run's own, so it means a
/// file that was changed or cut short.
fn invalid(error: postcard::Error) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, error)
}

impl DeferredStore {
    /// A store that holds at most `limit` bytes of records in memory before writing them to a
    /// file in `folder`.
    pub fn with_limit_in(limit: usize, folder: PathBuf) -> DeferredStore {
        DeferredStore {
            log: Log::Buffered(Vec::new()),
            lower_words: FxHashSet::default(),
            scratch: Vec::new(),
            records: 0,
            limit,
            folder,
            unwritable: None,
        }
    }

    /// Why the records could not be written to a temporary file, if they could not (they are then
    /// held in memory).
    pub fn unwritable(&self) -> Option<&super::unwritable::Unwritable> {
        self.unwritable.as_ref()
    }

    /// Whether the records are in a temporary file.
    pub fn is_spilled(&self) -> bool {
        matches!(self.log, Log::Spilled(_))
    }

    /// Add the next document's record. An error means the temporary file could not be written.
    pub fn push(
        &mut self,
        mut names: NameFindings,
        contexts: Vec<BTreeSet<String>>,
        numbers: &[Number],
        dates: &[DateMention],
    ) -> std::io::Result<()> {
        self.records += 1;
        if let Log::Held(indexes) = &mut self.log {
            indexes.add(names, contexts, numbers, dates);
            return Ok(());
        }
        self.lower_words.extend(names.take_lower_words());
        self.scratch.clear();
        let numbers = NumbersRef {
            contexts: &contexts,
            numbers,
        };
        encode_part(&numbers, &mut self.scratch)?;
        encode_part(
            &NamesRef {
                names: &names,
                dates,
            },
            &mut self.scratch,
        )?;
        match &mut self.log {
            Log::Buffered(bytes) => {
                bytes.extend_from_slice(&self.scratch);
                if bytes.len() > self.limit {
                    self.spill()?;
                }
            }
            Log::Spilled(writer) => writer.write_all(&self.scratch)?,
            Log::Held(_) => {}
        }
        Ok(())
    }

    /// Move the buffered records to a temporary file, or, when none can be made, into the
    /// indexes.
    fn spill(&mut self) -> std::io::Result<()> {
        let Log::Buffered(bytes) = &mut self.log else {
            return Ok(());
        };
        let bytes = std::mem::take(bytes);
        match tempfile::tempfile_in(&self.folder) {
            Ok(file) => {
                let mut writer = BufWriter::with_capacity(1 << 16, file);
                writer.write_all(&bytes)?;
                self.log = Log::Spilled(writer);
            }
            Err(e) => {
                self.unwritable = Some(super::unwritable::Unwritable::new(
                    &self.folder,
                    &e,
                    "the figures, names and dates the comparison ends with",
                ));
                let mut indexes = Box::<DeferredIndexes>::default();
                read_all(bytes.as_slice(), &mut indexes)?;
                indexes
                    .names
                    .add_lower_words(std::mem::take(&mut self.lower_words));
                self.log = Log::Held(indexes);
            }
        }
        Ok(())
    }

    /// Read `part` of every record, in order, from the start, calling `each` with its bytes.
    fn read_part(
        &mut self,
        part: Part,
        mut each: impl FnMut(&[u8]) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let mut each = |_: Part, bytes: &[u8]| each(bytes);
        let read = match &mut self.log {
            Log::Held(_) => return Ok(()),
            Log::Buffered(bytes) => read_records_skipping(bytes.as_slice(), Some(part), &mut each)?,
            Log::Spilled(writer) => {
                writer.flush()?;
                let file = writer.get_mut();
                file.rewind()?;
                let reader = BufReader::with_capacity(1 << 16, file);
                read_records_skipping(reader, Some(part), &mut each)?
            }
        };
        if read != self.records {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!(
                    "{read} of the {} documents' records were read back",
                    self.records
                ),
            ));
        }
        Ok(())
    }
}

impl DeferredSource for DeferredStore {
    type Error = std::io::Error;

    fn numbers(&mut self) -> std::io::Result<(Figures, Contexts)> {
        if let Log::Held(indexes) = &mut self.log {
            let Ok(numbers) = indexes.numbers();
            return Ok(numbers);
        }
        let mut indexes = DeferredIndexes::default();
        self.read_part(Part::Numbers, |bytes| {
            let part: NumbersPart = postcard::from_bytes(bytes).map_err(invalid)?;
            indexes.add_numbers(part.contexts, &part.numbers);
            Ok(())
        })?;
        indexes.shrink_to_fit();
        let Ok(numbers) = indexes.numbers();
        Ok(numbers)
    }

    fn names_and_dates(mut self) -> std::io::Result<(NameIndex, Timeline)> {
        if let Log::Held(indexes) = self.log {
            let Ok(names) = indexes.names_and_dates();
            return Ok(names);
        }
        let mut indexes = DeferredIndexes::default();
        self.read_part(Part::Names, |bytes| {
            let part: NamesPart = postcard::from_bytes(bytes).map_err(invalid)?;
            indexes.add_names(part.names, &part.dates);
            Ok(())
        })?;
        indexes.names.add_lower_words(self.lower_words);
        let Ok(names) = indexes.names_and_dates();
        Ok(names)
    }
}

/// Append `part`, encoded, to `out`, after its length.
fn encode_part(part: &impl Serialize, out: &mut Vec<u8>) -> std::io::Result<()> {
    let at = out.len();
    out.extend_from_slice(&[0; 4]);
    let mut encoded = postcard::to_extend(part, std::mem::take(out)).map_err(invalid)?;
    let length = u32::try_from(encoded.len() - at - 4).map_err(|_| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "a document's record is over 4 GB",
        )
    })?;
    encoded[at..at + 4].copy_from_slice(&length.to_le_bytes());
    *out = encoded;
    Ok(())
}

/// Read both parts of every record of `reader` into `indexes`.
fn read_all(reader: impl Read, indexes: &mut DeferredIndexes) -> std::io::Result<()> {
    read_records_skipping(reader, None, |part, bytes| {
        match part {
            Part::Numbers => {
                let part: NumbersPart = postcard::from_bytes(bytes).map_err(invalid)?;
                indexes.add_numbers(part.contexts, &part.numbers);
            }
            Part::Names => {
                let part: NamesPart = postcard::from_bytes(bytes).map_err(invalid)?;
                indexes.add_names(part.names, &part.dates);
            }
        }
        Ok(())
    })?;
    Ok(())
}

/// Read the records of `reader`, in order, calling `each` with the parts `only` names (both when
/// none) and skipping the others; the count of records.
fn read_records_skipping(
    mut reader: impl Read,
    only: Option<Part>,
    mut each: impl FnMut(Part, &[u8]) -> std::io::Result<()>,
) -> std::io::Result<usize> {
    let mut buffer = Vec::new();
    let mut records = 0;
    while let Some(length) = read_length(&mut reader)? {
        for part in [Part::Numbers, Part::Names] {
            let length = match part {
                Part::Numbers => length,
                Part::Names => read_length(&mut reader)?
                    .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::UnexpectedEof))?,
            };
            if only.is_some_and(|only| only != part) {
                let skipped = std::io::copy(
                    &mut (&mut reader).take(u64::from(length)),
                    &mut std::io::sink(),
                )?;
                if skipped != u64::from(length) {
                    return Err(std::io::ErrorKind::UnexpectedEof.into());
                }
                continue;
            }
            buffer.resize(length as usize, 0);
            reader.read_exact(&mut buffer)?;
            each(part, &buffer)?;
        }
        records += 1;
    }
    Ok(records)
}

/// The length that opens the next record, or `None` at the end of the records; a length cut
/// short is an error.
fn read_length(reader: &mut impl Read) -> std::io::Result<Option<u32>> {
    let mut length = [0u8; 4];
    let mut filled = 0;
    while filled < length.len() {
        match reader.read(&mut length[filled..]) {
            Ok(0) if filled == 0 => return Ok(None),
            Ok(0) => return Err(std::io::ErrorKind::UnexpectedEof.into()),
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(Some(u32::from_le_bytes(length)))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::compare::numbers::{number_contexts, number_facts_in};
    use crate::compare::testkit::DocBuilder;
    use crate::model::{Document, NumberFact, TimelineEntry};

    fn documents() -> Vec<Document> {
        let a = DocBuilder::new("a")
            .sentence("Officials in Geneva said 100,000 troops were massed near the border.")
            .sentence("The Kremlin denied it on Friday.")
            .number("100,000", Some(100_000.0), "troops", None, &[], 0)
            .date("Friday", Some("2022-01-21"), 1)
            .build();
        let b = DocBuilder::new("b")
            .sentence("About 100,000 troops were near the border, officials in Geneva said.")
            .sentence("Talks resume in Vienna next week.")
            .number(
                "100,000",
                Some(100_000.0),
                "troops",
                Some("about"),
                &["vague"],
                0,
            )
            .date("next week", Some("2022-W04"), 1)
            .date("someday", None, 1)
            .build();
        let c = DocBuilder::new("c")
            .sentence("officials said nothing more.")
            .build();
        vec![a, b, c]
    }

    /// What the last stages make of the indexes: facts, name groups, timeline.
    type Outputs = (
        Vec<NumberFact>,
        Vec<BTreeMap<String, BTreeSet<usize>>>,
        Vec<TimelineEntry>,
    );

    /// What the last stages make of the indexes.
    fn outputs(
        source: impl DeferredSource<Error = impl std::fmt::Debug>,
        documents: &[Document],
    ) -> Outputs {
        let (mut source, ids) = (source, crate::compare::ids_of(documents));
        let (figures, contexts) = source.numbers().expect("numbers read back");
        let facts = number_facts_in(&ids, &figures, &contexts);
        let (names, timeline) = source.names_and_dates().expect("names read back");
        (facts, names.groups(), timeline.entries(&ids))
    }

    fn stored(store: &mut DeferredStore, documents: &[Document]) {
        for document in documents {
            store
                .push(
                    NameFindings::of(document),
                    number_contexts(document),
                    &document.numbers,
                    &document.dates,
                )
                .expect("records written");
        }
    }

    fn held(documents: &[Document]) -> DeferredIndexes {
        let mut indexes = DeferredIndexes::default();
        for document in documents {
            indexes.add(
                NameFindings::of(document),
                number_contexts(document),
                &document.numbers,
                &document.dates,
            );
        }
        indexes
    }

    /// Records kept in memory, or written to a file from the first one, come back as the same
    /// indexes as those merged as they came.
    #[test]
    fn records_read_back_make_the_indexes_made_as_they_came() {
        let documents = documents();
        let expected = outputs(held(&documents), &documents);
        assert!(!expected.0.is_empty() && !expected.2.is_empty());
        let folder = tempfile::tempdir().expect("temporary folder");
        for limit in [usize::MAX, 0] {
            let mut store = DeferredStore::with_limit_in(limit, folder.path().to_path_buf());
            stored(&mut store, &documents);
            assert_eq!(store.is_spilled(), limit == 0);
            assert!(store.unwritable().is_none());
            assert_eq!(outputs(store, &documents), expected, "limit {limit}");
        }
    }

    /// Past the limit, with no folder to write to, the records are merged as they come, and the
    /// store says why.
    #[test]
    fn records_that_cannot_be_written_out_are_held_and_say_why() {
        let documents = documents();
        let expected = outputs(held(&documents), &documents);
        let folder = PathBuf::from("/nonexistent/corpus-report-records");
        let mut store = DeferredStore::with_limit_in(10, folder);
        stored(&mut store, &documents);
        assert!(!store.is_spilled());
        let why = store.unwritable().map(|u| u.message()).unwrap_or_default();
        assert!(
            why.contains("/nonexistent/corpus-report-records") && why.contains("held in memory"),
            "{why}"
        );
        assert_eq!(outputs(store, &documents), expected);
    }

    /// Records cut short, or fewer than were added, are an error, never a silent loss.
    #[test]
    fn records_cut_short_are_an_error() {
        let documents = documents();
        let mut store = DeferredStore::with_limit_in(usize::MAX, PathBuf::from("."));
        stored(&mut store, &documents);
        let Log::Buffered(bytes) = &mut store.log else {
            panic!("the records are buffered");
        };
        let whole = bytes.len();
        bytes.truncate(whole - 1);
        assert!(store.numbers().is_err());
        let Log::Buffered(bytes) = &mut store.log else {
            panic!("the records are buffered");
        };
        let first_record = 4 + u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        let second_part = 4 + u32::from_le_bytes(
            bytes[first_record as usize..first_record as usize + 4]
                .try_into()
                .expect("four bytes"),
        );
        bytes.truncate((first_record + second_part) as usize);
        assert!(store.names_and_dates().is_err());
    }
}
