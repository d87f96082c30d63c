//! Paths given on the command line to the inputs they stand for.
//!
//! Directories are walked recursively, lazily (one directory listing at a time,
//! never the whole tree), in byte order of names at every level, so that two
//! runs over the same corpus see documents in the same order. Hidden entries
//! (names starting with `.`: `.git`, editor swap files) are skipped inside
//! directories; a hidden path given explicitly is read, since it was asked for.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{InputError, Reason};

/// One input found by the walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file, or anything given explicitly that is not a directory (a named
    /// pipe from `<(zcat …)`, a device).
    File(PathBuf),
    /// `-`: standard input.
    Stdin,
}

/// The path that stands for standard input.
pub const STDIN_PATH: &str = "-";

/// Lazily expands paths into sources, in a deterministic order.
pub struct Walk {
    /// Paths as given, not yet looked at, in reverse order (popped from the end).
    given: Vec<PathBuf>,
    /// Directory listings being walked, innermost last, each sorted and reversed.
    stack: Vec<Vec<PathBuf>>,
    /// Canonical paths of the directories entered, to break symlink cycles.
    visited: HashSet<PathBuf>,
}

impl Walk {
    pub fn new(paths: &[PathBuf]) -> Self {
        Self {
            given: paths.iter().rev().cloned().collect(),
            stack: Vec::new(),
            visited: HashSet::new(),
        }
    }

    /// Starts walking `dir`: its sorted listing goes on the stack.
    fn enter(&mut self, dir: &Path) -> Result<(), InputError> {
        if let Ok(canonical) = fs::canonicalize(dir) {
            if !self.visited.insert(canonical) {
                return Ok(()); // a symlink back into a directory already walked
            }
        }
        let error = |e| InputError::new(dir.display().to_string(), Reason::from_io(e));
        let mut entries = Vec::new();
        for entry in fs::read_dir(dir).map_err(error)? {
            let entry = entry.map_err(error)?;
            if !entry.file_name().as_encoded_bytes().starts_with(b".") {
                entries.push(entry.path());
            }
        }
        entries.sort_by(|a, b| {
            a.as_os_str()
                .as_encoded_bytes()
                .cmp(b.as_os_str().as_encoded_bytes())
        });
        entries.reverse();
        self.stack.push(entries);
        Ok(())
    }

    /// A path found inside a directory: walked if a directory, a source if a
    /// regular file (symlinks followed), an error otherwise, because reading a
    /// FIFO or device found by chance could block the run forever.
    fn found(&mut self, path: PathBuf) -> Option<Result<Source, InputError>> {
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => self.enter(&path).err().map(Err),
            Ok(meta) if meta.is_file() => Some(Ok(Source::File(path))),
            Ok(_) => Some(Err(InputError::new(
                path.display().to_string(),
                Reason::NotRegularFile,
            ))),
            Err(e) => Some(Err(InputError::new(
                path.display().to_string(),
                Reason::from_io(e),
            ))),
        }
    }

    /// A path given by the user: `-`, a directory to walk, or anything else to
    /// read, including a named pipe, since the user asked for it.
    fn given(&mut self, path: PathBuf) -> Option<Result<Source, InputError>> {
        if path.as_os_str() == STDIN_PATH {
            return Some(Ok(Source::Stdin));
        }
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => self.enter(&path).err().map(Err),
            Ok(_) => Some(Ok(Source::File(path))),
            Err(e) => Some(Err(InputError::new(
                path.display().to_string(),
                Reason::from_io(e),
            ))),
        }
    }
}

impl Iterator for Walk {
    type Item = Result<Source, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(listing) = self.stack.last_mut() {
                match listing.pop() {
                    Some(path) => {
                        if let Some(item) = self.found(path) {
                            return Some(item);
                        }
                    }
                    None => {
                        self.stack.pop();
                    }
                }
                continue;
            }
            let path = self.given.pop()?;
            if let Some(item) = self.given(path) {
                return Some(item);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_path_is_an_error_and_the_walk_goes_on() {
        let got: Vec<String> = Walk::new(&[PathBuf::from("/nonexistent/x"), PathBuf::from("-")])
            .map(|s| match s {
                Ok(s) => format!("{s:?}"),
                Err(e) => e.to_string(),
            })
            .collect();
        assert_eq!(got, ["/nonexistent/x: no such file or directory", "Stdin"]);
    }
}
