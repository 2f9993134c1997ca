//! The texts of a run's quotes, one after another, as the quote table keeps them: in memory, or —
//! for a long run that lets its documents go — in an anonymous temporary file once they are many,
//! read back in order for the matching of quotes and one at a time for the members of shared
//! quotes; and the sentence spans of the documents whose texts are let go, kept the same way.

use std::borrow::Cow;
use std::convert::Infallible;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read as _, Seek as _, SeekFrom, Write as _};
use std::path::PathBuf;
use std::sync::Mutex;

/// Where a [`super::quote_table::QuoteTable`] keeps its quotes' texts.
pub trait TextStore: Default + Send + Sync {
    /// What writing or reading a text can fail with.
    type Error: Send;
    /// Append `text` after the texts before it.
    fn push(&mut self, text: &str) -> Result<(), Self::Error>;
    /// Bytes appended so far: where the next text starts.
    fn len(&self) -> u64;
    /// Whether nothing has been appended.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Call `each` with the texts of the given byte lengths, one after another from the start.
    fn for_each(
        &self,
        lengths: impl Iterator<Item = usize>,
        each: impl FnMut(&str),
    ) -> Result<(), Self::Error>;
    /// The `length` bytes at `offset`.
    fn get(&self, offset: u64, length: usize) -> Result<Cow<'_, str>, Self::Error>;
    /// Let go of the room reserved for texts to come.
    fn shrink_to_fit(&mut self);
}

/// Texts held in one string.
#[derive(Debug, Default)]
pub struct HeldTexts(String);

impl TextStore for HeldTexts {
    type Error = Infallible;

    fn push(&mut self, text: &str) -> Result<(), Infallible> {
        self.0.push_str(text);
        Ok(())
    }

    fn len(&self) -> u64 {
        self.0.len() as u64
    }

    fn for_each(
        &self,
        lengths: impl Iterator<Item = usize>,
        each: impl FnMut(&str),
    ) -> Result<(), Infallible> {
        for_each_in(&self.0, lengths, each);
        Ok(())
    }

    fn get(&self, offset: u64, length: usize) -> Result<Cow<'_, str>, Infallible> {
        Ok(Cow::Borrowed(slice_at(&self.0, offset, length)))
    }

    fn shrink_to_fit(&mut self) {
        self.0.shrink_to_fit();
    }
}

/// Call `each` with the pieces of `texts` of the given byte lengths, one after another.
fn for_each_in(texts: &str, lengths: impl Iterator<Item = usize>, mut each: impl FnMut(&str)) {
    let mut at = 0usize;
    for length in lengths {
        let end = at.saturating_add(length);
        each(texts.get(at..end).unwrap_or_default());
        at = end;
    }
}

/// The `length` bytes of `texts` at `offset` (empty if they are not there).
fn slice_at(texts: &str, offset: u64, length: usize) -> &str {
    let start = usize::try_from(offset).unwrap_or(usize::MAX);
    texts
        .get(start..start.saturating_add(length))
        .unwrap_or_default()
}

/// Bytes of text a [`SpilledTexts`] holds in memory before it writes them to a temporary file.
pub const DEFAULT_TEXT_LIMIT: usize = 1 << 23;

/// Texts held in memory while they are few, then written to an anonymous temporary file in the
/// system's temporary folder (`TMPDIR`). When the file cannot be created the texts stay in memory
/// and [`SpilledTexts::unwritable`] says why.
#[derive(Debug)]
pub struct SpilledTexts {
    held: String,
    limit: usize,
    /// The file once the texts have been written out; a lock because reading moves its cursor.
    file: Option<Mutex<BufWriter<File>>>,
    written: u64,
    folder: PathBuf,
    unwritable: Option<super::unwritable::Unwritable>,
    /// What the texts are, for the warning when they cannot be written out.
    what: &'static str,
}

impl Default for SpilledTexts {
    fn default() -> Self {
        SpilledTexts::with_limit_in(DEFAULT_TEXT_LIMIT, std::env::temp_dir())
    }
}

impl SpilledTexts {
    /// A store that holds at most `limit` bytes in memory before writing them to a file in
    /// `folder`.
    pub fn with_limit_in(limit: usize, folder: PathBuf) -> SpilledTexts {
        SpilledTexts {
            held: String::new(),
            limit,
            file: None,
            written: 0,
            folder,
            unwritable: None,
            what: "the quotes' texts",
        }
    }

    /// The store, its texts called `what` in the warning when they cannot be written out.
    pub fn holding(self, what: &'static str) -> SpilledTexts {
        SpilledTexts { what, ..self }
    }

    /// Why the texts could not be written to a temporary file, if they could not (they are then
    /// held in memory).
    pub fn unwritable(&self) -> Option<&super::unwritable::Unwritable> {
        self.unwritable.as_ref()
    }

    /// Whether the texts are in a temporary file.
    pub fn is_spilled(&self) -> bool {
        self.file.is_some()
    }

    /// Run `read` on the file, flushed, then put its cursor back at the end for texts to come.
    fn reading<T>(
        &self,
        file: &Mutex<BufWriter<File>>,
        read: impl FnOnce(&mut File) -> std::io::Result<T>,
    ) -> std::io::Result<T> {
        let mut writer = file
            .lock()
            .map_err(|_| std::io::Error::other("a temporary file of texts was left half read"))?;
        writer.flush()?;
        let file = writer.get_mut();
        let outcome = read(file);
        file.seek(SeekFrom::End(0))?;
        outcome
    }
}

/// A text read back from the file, which was written from a `&str`.
fn utf8(bytes: &[u8]) -> std::io::Result<&str> {
    std::str::from_utf8(bytes).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

impl TextStore for SpilledTexts {
    type Error = std::io::Error;

    fn push(&mut self, text: &str) -> std::io::Result<()> {
        if self.file.is_none()
            && self.unwritable.is_none()
            && self.held.len() + text.len() > self.limit
        {
            match tempfile::tempfile_in(&self.folder) {
                Ok(file) => {
                    let mut writer = BufWriter::with_capacity(1 << 16, file);
                    writer.write_all(self.held.as_bytes())?;
                    self.written = self.held.len() as u64;
                    self.held = String::new();
                    self.file = Some(Mutex::new(writer));
                }
                Err(e) => {
                    self.unwritable = Some(super::unwritable::Unwritable::new(
                        &self.folder,
                        &e,
                        self.what,
                    ));
                }
            }
        }
        match &mut self.file {
            Some(file) => {
                let writer = file.get_mut().map_err(|_| {
                    std::io::Error::other("a temporary file of texts was left half read")
                })?;
                writer.write_all(text.as_bytes())?;
                self.written += text.len() as u64;
            }
            None => self.held.push_str(text),
        }
        Ok(())
    }

    fn len(&self) -> u64 {
        match self.file {
            Some(_) => self.written,
            None => self.held.len() as u64,
        }
    }

    fn for_each(
        &self,
        lengths: impl Iterator<Item = usize>,
        mut each: impl FnMut(&str),
    ) -> std::io::Result<()> {
        let Some(file) = &self.file else {
            for_each_in(&self.held, lengths, each);
            return Ok(());
        };
        self.reading(file, |file| {
            file.rewind()?;
            let mut reader = BufReader::with_capacity(1 << 16, file);
            let mut buffer = Vec::new();
            for length in lengths {
                buffer.resize(length, 0);
                reader.read_exact(&mut buffer)?;
                each(utf8(&buffer)?);
            }
            Ok(())
        })
    }

    fn get(&self, offset: u64, length: usize) -> std::io::Result<Cow<'_, str>> {
        let Some(file) = &self.file else {
            return Ok(Cow::Borrowed(slice_at(&self.held, offset, length)));
        };
        self.reading(file, |file| {
            file.seek(SeekFrom::Start(offset))?;
            let mut buffer = vec![0u8; length];
            file.read_exact(&mut buffer)?;
            String::from_utf8(buffer)
                .map(Cow::Owned)
                .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
        })
    }

    fn shrink_to_fit(&mut self) {
        self.held.shrink_to_fit();
    }
}

/// Bytes of encoded sentence spans a [`SentenceSpans`] holds in memory before it writes them to a
/// temporary file: a 200 MB corpus gives about 12 MB of them.
pub const DEFAULT_SPAN_LIMIT: usize = 1 << 18;

/// Where in a [`SentenceSpans`] one document's spans are: byte offset and length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpansAt {
    offset: u64,
    length: usize,
}

/// The sentence spans of the documents whose texts a comparison lets go, so that a text read
/// again need not be segmented again (segmenting is most of the work of a document, and a
/// document that shares passages with many others is read again for each). Each document's spans
/// are one short line of numbers in a [`SpilledTexts`]: per sentence its start after the last
/// one's start, its length and its paragraph after the last one's.
#[derive(Debug)]
pub struct SentenceSpans(SpilledTexts);

impl Default for SentenceSpans {
    fn default() -> Self {
        SentenceSpans::with_limit_in(DEFAULT_SPAN_LIMIT, std::env::temp_dir())
    }
}

impl SentenceSpans {
    /// A store that holds at most `limit` bytes in memory before writing them to a file in
    /// `folder`.
    pub fn with_limit_in(limit: usize, folder: PathBuf) -> SentenceSpans {
        SentenceSpans(
            SpilledTexts::with_limit_in(limit, folder)
                .holding("the sentence spans of texts let go"),
        )
    }

    /// Keep the spans of `sentences`; where they are kept.
    pub fn push(&mut self, sentences: &[crate::model::Sentence]) -> std::io::Result<SpansAt> {
        use std::fmt::Write as _;
        let mut line = String::with_capacity(sentences.len() * 8);
        let (mut start, mut paragraph) = (0i64, 0i64);
        for sentence in sentences {
            let (now_start, now_paragraph) = (signed(sentence.start), signed(sentence.paragraph));
            let length = sentence.end.saturating_sub(sentence.start);
            // Writing to a `String` cannot fail.
            let _ = write!(
                line,
                "{},{},{};",
                now_start - start,
                length,
                now_paragraph - paragraph
            );
            (start, paragraph) = (now_start, now_paragraph);
        }
        let offset = self.0.len();
        self.0.push(&line)?;
        Ok(SpansAt {
            offset,
            length: line.len(),
        })
    }

    /// The sentences kept at `at`, their own text left empty.
    pub fn get(&self, at: SpansAt) -> std::io::Result<Vec<crate::model::Sentence>> {
        let line = self.0.get(at.offset, at.length)?;
        let invalid = || std::io::Error::new(std::io::ErrorKind::InvalidData, "bad sentence spans");
        let (mut start, mut paragraph) = (0i64, 0i64);
        let mut sentences = Vec::new();
        for (index, fields) in line.split_terminator(';').enumerate() {
            let mut numbers = fields.split(',').map(|n| n.parse::<i64>());
            let (Some(Ok(step)), Some(Ok(length)), Some(Ok(paragraph_step)), None) = (
                numbers.next(),
                numbers.next(),
                numbers.next(),
                numbers.next(),
            ) else {
                return Err(invalid());
            };
            start += step;
            paragraph += paragraph_step;
            let unsigned = |n: i64| usize::try_from(n).map_err(|_| invalid());
            let first = unsigned(start)?;
            sentences.push(crate::model::Sentence {
                index,
                start: first,
                end: first + unsigned(length)?,
                paragraph: unsigned(paragraph)?,
                text: crate::model::SharedText::default(),
            });
        }
        Ok(sentences)
    }

    /// Why the spans could not be written to a temporary file, if they could not.
    pub fn unwritable(&self) -> Option<&super::unwritable::Unwritable> {
        self.0.unwritable()
    }

    /// Let go of the room reserved for spans to come.
    pub fn shrink_to_fit(&mut self) {
        self.0.shrink_to_fit();
    }
}

/// A byte offset or index as a signed number, for the differences a [`SentenceSpans`] keeps.
fn signed(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_back<S: TextStore>(store: &S, texts: &[&str]) -> Vec<String>
    where
        S::Error: std::fmt::Debug,
    {
        let mut out = Vec::new();
        store
            .for_each(texts.iter().map(|t| t.len()), |t| out.push(t.to_string()))
            .expect("read back");
        out
    }

    const TEXTS: [&str; 4] = ["We will not", "", "back down — ever", "“Never,” he said"];

    #[test]
    fn held_texts_come_back_in_order_and_one_at_a_time() {
        let mut store = HeldTexts::default();
        for text in TEXTS {
            store.push(text).expect("held");
        }
        assert_eq!(read_back(&store, &TEXTS), TEXTS);
        let offset = (TEXTS[0].len() + TEXTS[1].len()) as u64;
        assert_eq!(store.get(offset, TEXTS[2].len()).expect("held"), TEXTS[2]);
    }

    /// Past the limit the texts go to a file, those held before it included, and come back the
    /// same, in order or one at a time, with texts added after a read landing after the others.
    #[test]
    fn spilled_texts_come_back_the_same() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let mut store = SpilledTexts::with_limit_in(12, folder.path().to_path_buf());
        store.push(TEXTS[0]).expect("write");
        assert!(!store.is_spilled());
        for text in &TEXTS[1..] {
            store.push(text).expect("write");
        }
        assert!(store.is_spilled());
        assert_eq!(read_back(&store, &TEXTS), TEXTS);
        let offset = (TEXTS[0].len() + TEXTS[1].len()) as u64;
        assert_eq!(store.get(offset, TEXTS[2].len()).expect("read"), TEXTS[2]);
        store.push("and after").expect("write");
        let all_lengths = TEXTS.iter().map(|t| t.len()).chain([9]);
        let mut last = String::new();
        store
            .for_each(all_lengths, |t| last = t.to_string())
            .expect("read");
        assert_eq!(last, "and after");
        assert_eq!(store.len(), TEXTS.concat().len() as u64 + 9);
    }

    #[test]
    fn texts_stay_in_memory_when_no_file_can_be_made() {
        let mut store =
            SpilledTexts::with_limit_in(4, PathBuf::from("/nonexistent/corpus-report-folder"));
        for text in TEXTS {
            store.push(text).expect("held");
        }
        assert!(!store.is_spilled());
        assert!(store
            .unwritable()
            .is_some_and(|why| why.message().contains("/nonexistent/corpus-report-folder")));
        assert_eq!(read_back(&store, &TEXTS), TEXTS);
    }

    #[test]
    fn reading_past_the_end_of_the_file_is_an_error() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let mut store = SpilledTexts::with_limit_in(0, folder.path().to_path_buf());
        store.push("short").expect("write");
        assert!(store.get(2, 10).is_err());
        assert!(store.for_each([5, 1].into_iter(), |_| {}).is_err());
        assert_eq!(store.get(0, 5).expect("read"), "short");
    }

    fn sentence(start: usize, end: usize, paragraph: usize) -> crate::model::Sentence {
        crate::model::Sentence {
            index: 0,
            start,
            end,
            paragraph,
            text: crate::model::SharedText::default(),
        }
    }

    /// Spans kept in memory or in a file come back as they were, in their documents, indexed
    /// from 0; a document without sentences keeps none.
    #[test]
    fn sentence_spans_come_back_the_same() {
        let folder = tempfile::tempdir().expect("temporary folder");
        for limit in [usize::MAX, 10] {
            let mut store = SentenceSpans::with_limit_in(limit, folder.path().to_path_buf());
            let first = [
                sentence(0, 40, 0),
                sentence(41, 97, 0),
                sentence(99, 180, 2),
            ];
            let second = [sentence(12, 30, 1)];
            let at_first = store.push(&first).expect("write");
            let at_empty = store.push(&[]).expect("write");
            let at_second = store.push(&second).expect("write");
            let spans = |sentences: Vec<crate::model::Sentence>| -> Vec<[usize; 4]> {
                sentences
                    .iter()
                    .map(|s| [s.index, s.start, s.end, s.paragraph])
                    .collect()
            };
            assert_eq!(
                spans(store.get(at_first).expect("read")),
                [[0, 0, 40, 0], [1, 41, 97, 0], [2, 99, 180, 2]]
            );
            assert!(store.get(at_empty).expect("read").is_empty());
            assert_eq!(spans(store.get(at_second).expect("read")), [[0, 12, 30, 1]]);
        }
    }
}
