//! Finding the input files: a file is taken as it is, a folder gives its files with the chosen
//! extensions sorted by name (descending into sub-folders with `--recursive`, never following a
//! symlink loop), and `-` means standard input.
//!
//! Inside a folder only regular files are taken: a FIFO, socket or device with an article extension,
//! or a symbolic link that cannot be followed, is skipped with a warning (a FIFO could block the run
//! forever). A path named on the command line is read whatever it is, so `<(command)` works.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::LoadOptions;
use crate::model::Warning;

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Standard input (`-`).
    Stdin,
    /// A file on disk.
    File(PathBuf),
}

impl Input {
    /// The path as shown in reports and warnings.
    pub fn display(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(path) => path.display().to_string(),
        }
    }

    /// The file stem, the base of the document id.
    pub fn stem(&self) -> String {
        match self {
            Input::Stdin => "stdin".to_string(),
            Input::File(path) => path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
        }
    }
}

/// Expand the command line's paths into inputs, in order. A path that cannot be read (missing,
/// no permission) or a folder without any article file is skipped with a warning naming it, so
/// the other paths are still processed; unreadable folders inside a recursive walk are warnings
/// too. (A run in which nothing at all can be read is refused later, with every warning.)
pub fn discover(
    paths: &[String],
    options: &LoadOptions,
    warnings: &mut Vec<Warning>,
) -> Vec<Input> {
    let mut inputs = Vec::new();
    let mut seen_stdin = false;
    for raw in paths {
        if raw == "-" {
            if !seen_stdin {
                inputs.push(Input::Stdin);
                seen_stdin = true;
            }
            continue;
        }
        let path = Path::new(raw);
        let metadata = match std::fs::metadata(path) {
            Ok(metadata) => metadata,
            Err(e) => {
                let reason = if e.kind() == std::io::ErrorKind::NotFound {
                    "no such file or folder".to_string()
                } else {
                    e.to_string()
                };
                warnings.push(Warning {
                    path: raw.clone(),
                    message: format!("skipped: cannot read it: {reason}"),
                });
                continue;
            }
        };
        if metadata.is_dir() {
            let mut found = Vec::new();
            let mut visited = HashSet::new();
            walk(path, options, &mut visited, &mut found, warnings);
            if found.is_empty() {
                let extensions = options
                    .extensions
                    .iter()
                    .map(|e| format!("*.{e}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let hint = if options.recursive {
                    ""
                } else {
                    " (use --recursive to look in sub-folders)"
                };
                warnings.push(Warning {
                    path: raw.clone(),
                    message: format!(
                        "skipped: the folder holds no article files ({extensions}){hint}"
                    ),
                });
                continue;
            }
            inputs.extend(found.into_iter().map(Input::File));
        } else {
            inputs.push(Input::File(path.to_path_buf()));
        }
    }
    inputs
}

fn walk(
    folder: &Path,
    options: &LoadOptions,
    visited: &mut HashSet<PathBuf>,
    found: &mut Vec<PathBuf>,
    warnings: &mut Vec<Warning>,
) {
    match std::fs::canonicalize(folder) {
        Ok(real) => {
            if !visited.insert(real) {
                warnings.push(Warning {
                    path: folder.display().to_string(),
                    message: "skipped: folder already visited (a symlink loop or a second link)"
                        .to_string(),
                });
                return;
            }
        }
        Err(e) => {
            warnings.push(Warning {
                path: folder.display().to_string(),
                message: format!("skipped: cannot resolve folder: {e}"),
            });
            return;
        }
    }
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) => {
            warnings.push(Warning {
                path: folder.display().to_string(),
                message: format!("skipped: cannot list folder: {e}"),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut subfolders = Vec::new();
    for path in paths {
        match std::fs::metadata(&path) {
            Ok(metadata) if metadata.is_dir() => {
                if options.recursive {
                    subfolders.push(path);
                }
            }
            _ if !has_extension(&path, &options.extensions) => {}
            Ok(metadata) if metadata.is_file() => found.push(path),
            Ok(_) => warnings.push(Warning {
                path: path.display().to_string(),
                message: "skipped: not a regular file (a FIFO, socket or device)".to_string(),
            }),
            Err(e) => warnings.push(Warning {
                path: path.display().to_string(),
                message: format!("skipped: cannot read (a broken or looping symbolic link?): {e}"),
            }),
        }
    }
    for sub in subfolders {
        walk(&sub, options, visited, found, warnings);
    }
}

fn has_extension(path: &Path, extensions: &[String]) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    if name.starts_with('.') {
        return false;
    }
    path.extension()
        .map(|ext| {
            let ext = ext.to_string_lossy();
            extensions
                .iter()
                .any(|wanted| wanted.trim_start_matches('.').eq_ignore_ascii_case(&ext))
        })
        .unwrap_or(false)
}
