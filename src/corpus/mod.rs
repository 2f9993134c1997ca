//! Loading: turn the command line's paths into articles (id, path, text) and warnings.
//!
//! This stage finds the files (a file, a folder's files with the chosen extensions, `-` for standard
//! input), reads and decodes them, and skips what cannot be an article — saying why in a
//! [`Warning`]. It does not look inside the text beyond decoding; the article's own header (date
//! line, headline, outlet) is read by the `segment` stage.
//!
//! Offsets everywhere else refer to the text this stage produces. For a clean UTF-8 file that is the
//! file's bytes exactly (a byte-order mark and CR line ends are kept, not stripped, so offsets still
//! match the file); for a file that needed repair (invalid UTF-8, UTF-16) it is the repaired text, and
//! the warning says so.

mod decode;
mod discover;

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;

use crate::model::Warning;

pub use decode::{decode, Decoded};
pub use discover::{discover, Input};

/// Largest file read by default (bytes); larger files are skipped with a warning.
pub const DEFAULT_MAX_BYTES: u64 = 256 * 1024 * 1024;

/// How to find and read the inputs.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// File extensions (without the dot) picked from folders.
    pub extensions: Vec<String>,
    /// Descend into sub-folders.
    pub recursive: bool,
    /// Files larger than this are skipped with a warning.
    pub max_bytes: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            extensions: vec!["txt".to_string()],
            recursive: false,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// One article's text as read, before any analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Unique id: the file stem, with `-2`, `-3`... added when two inputs share one.
    pub id: String,
    /// The path as found (or `-` for standard input).
    pub path: String,
    /// The decoded text; all offsets refer to it.
    pub text: String,
}

/// An input problem that stops the run (exit code 2): a missing path, a folder with no articles.
#[derive(Debug)]
pub struct InputError(pub String);

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for InputError {}

/// Read every input. Paths and files that cannot be articles are skipped and named in the
/// returned warnings.
pub fn load(paths: &[String], options: &LoadOptions) -> (Vec<Article>, Vec<Warning>) {
    let mut warnings = Vec::new();
    let inputs = discover(paths, options, &mut warnings);
    let mut articles = Vec::with_capacity(inputs.len());
    let mut ids = IdAllocator::default();
    for input in &inputs {
        let (article, warning) = read_article(input, options.max_bytes);
        warnings.extend(warning);
        if let Some(mut article) = article {
            article.id = ids.allocate(&article.id);
            articles.push(article);
        }
    }
    (articles, warnings)
}

/// Read and decode one input. The article's `id` is the input's file stem, not yet made unique
/// (see [`IdAllocator`]); the warning says what was skipped or repaired.
pub fn read_article(input: &Input, max_bytes: u64) -> (Option<Article>, Option<Warning>) {
    let path = input.display();
    let bytes = match read_input(input, max_bytes) {
        Ok(bytes) => bytes,
        Err(message) => return (None, Some(Warning { path, message })),
    };
    match decode(&bytes) {
        Decoded::Text { text, repair } => {
            let warning = repair.map(|message| Warning {
                path: path.clone(),
                message,
            });
            let article = Article {
                id: input.stem(),
                path,
                text,
            };
            (Some(article), warning)
        }
        Decoded::Skip(message) => (None, Some(Warning { path, message })),
    }
}

/// The text of the file at `path` read again, as [`read_article`] first read it; the error says
/// why it cannot be had.
pub fn reread_text(path: &std::path::Path, max_bytes: u64) -> std::result::Result<String, String> {
    // Something else put in its place (a FIFO could keep the read waiting) is not the file read.
    if !path.metadata().is_ok_and(|m| m.is_file()) {
        return Err("it is no longer a regular file".to_string());
    }
    let input = Input::File(path.to_path_buf());
    match read_article(&input, max_bytes) {
        (Some(article), _) => Ok(article.text),
        (None, warning) => Err(warning.map_or_else(|| "unreadable".to_string(), |w| w.message)),
    }
}

fn read_input(input: &Input, max_bytes: u64) -> std::result::Result<Vec<u8>, String> {
    match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .take(max_bytes.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(|e| format!("skipped: cannot read standard input: {e}"))?;
            if bytes.len() as u64 > max_bytes {
                return Err(too_large(max_bytes));
            }
            Ok(bytes)
        }
        Input::File(path) => read_file(path, max_bytes),
    }
}

fn read_file(path: &Path, max_bytes: u64) -> std::result::Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("skipped: cannot open: {e}"))?;
    // Sized from the file's length (up to the limit), the text is read in one go; without a size
    // the reader probes and grows its buffer several times per file.
    let expected = file
        .metadata()
        .map_or(0, |m| m.len())
        .min(max_bytes)
        .saturating_add(1);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("skipped: cannot read: {e}"))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(max_bytes));
    }
    Ok(bytes)
}

fn too_large(max_bytes: u64) -> String {
    format!("skipped: larger than the limit of {max_bytes} bytes (raise it with --max-bytes)")
}

/// Hands out unique document ids from file stems, in input order: `name`, `name-2`, `name-3`...
#[derive(Debug, Default)]
pub struct IdAllocator {
    used: HashSet<String>,
}

impl IdAllocator {
    /// A new id for an article whose file stem is `stem`.
    pub fn allocate(&mut self, stem: &str) -> String {
        let base = if stem.is_empty() { "stdin" } else { stem };
        let mut candidate = base.to_string();
        let mut count = 1;
        while self.used.contains(&candidate) {
            count += 1;
            candidate = format!("{base}-{count}");
        }
        self.used.insert(candidate.clone());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_made_unique() {
        let mut ids = IdAllocator::default();
        assert_eq!(ids.allocate("a"), "a");
        assert_eq!(ids.allocate("a"), "a-2");
        assert_eq!(ids.allocate("a-2"), "a-2-2");
        assert_eq!(ids.allocate("a"), "a-3");
        assert_eq!(ids.allocate("a"), "a-4");
        assert_eq!(ids.allocate(""), "stdin");
    }
}
