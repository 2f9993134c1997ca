//! A temporary file the comparison could not make, and the warning that says so: what is held in
//! memory instead, in one warning for each folder however many of the comparison's stores fell
//! back to memory.

use std::path::{Path, PathBuf};

use crate::model::Warning;

/// Why one of the comparison's stores could not make its temporary files: the folder, the error,
/// and what the store holds in memory instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unwritable {
    folder: PathBuf,
    error: String,
    held: &'static str,
}

impl Unwritable {
    /// A store could not write to `folder` because of `error`, and holds `held` in memory.
    pub fn new(folder: &Path, error: &std::io::Error, held: &'static str) -> Unwritable {
        Unwritable {
            folder: folder.to_path_buf(),
            error: error.to_string(),
            held,
        }
    }

    /// What went wrong and what is held in memory, in a sentence.
    pub fn message(&self) -> String {
        message(&self.folder, &self.error, &[self.held])
    }
}

/// The sentence of a warning: what could not be written where, and what is held instead.
fn message(folder: &Path, error: &str, held: &[&str]) -> String {
    format!(
        "cannot write temporary files in '{}' ({error}), so these are held in memory: {}",
        folder.display(),
        held.join("; ")
    )
}

/// One warning for each folder, in the order the folders come, naming all that is held in memory
/// because of it (with the first error met in that folder).
pub fn warnings<'u>(all: impl IntoIterator<Item = &'u Unwritable>) -> Vec<Warning> {
    let mut folders: Vec<(&Path, &str, Vec<&str>)> = Vec::new();
    for unwritable in all {
        match folders
            .iter_mut()
            .find(|(folder, _, _)| *folder == unwritable.folder)
        {
            Some((_, _, held)) => held.push(unwritable.held),
            None => folders.push((&unwritable.folder, &unwritable.error, vec![unwritable.held])),
        }
    }
    folders
        .into_iter()
        .map(|(folder, error, held)| Warning {
            path: folder.display().to_string(),
            message: message(folder, error, &held),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stores_that_fell_back_in_one_folder_give_one_warning() {
        let error = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let here = Path::new("/here");
        let all = [
            Unwritable::new(here, &error, "the grams"),
            Unwritable::new(Path::new("/there"), &error, "the texts"),
            Unwritable::new(here, &error, "the records"),
        ];
        let warnings = warnings(&all);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert_eq!(warnings[0].path, "/here");
        assert!(warnings[0].message.contains("'/here'"));
        assert!(warnings[0]
            .message
            .ends_with("held in memory: the grams; the records"));
        assert!(warnings[1].message.ends_with("held in memory: the texts"));
        assert!(all[1].message().contains("permission denied"));
    }
}
