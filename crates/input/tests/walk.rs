//! Paths to inputs: recursion in a deterministic order, hidden entries
//! skipped, explicit paths kept in the order given.

mod common;

use std::path::PathBuf;

use common::*;
use communique_input::{read_inputs, ReadOptions, Source, Walk};

/// A corpus laid out as a crawler leaves it, written in a scrambled order.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for rel in [
        "b/2.txt",
        "a/z.txt",
        "a/nested/deeper/x.txt",
        "a/nested/1.txt",
        "a/B.txt",
        "top.txt",
        ".hidden.txt",
        ".git/objects/blob.txt",
        "a/.swp",
        "a/10.txt",
    ] {
        write(root, rel, format!("{BLINKEN} ({rel})"));
    }
    dir
}

fn relative(
    dir: &tempfile::TempDir,
    items: impl IntoIterator<Item = Result<Source, communique_input::InputError>>,
) -> Vec<String> {
    items
        .into_iter()
        .map(|s| match s.unwrap() {
            Source::File(p) => p.strip_prefix(dir.path()).unwrap().display().to_string(),
            Source::Stdin => "-".to_string(),
        })
        .collect()
}

#[test]
fn directories_are_walked_depth_first_in_byte_order_skipping_hidden_entries() {
    let dir = corpus();
    assert_eq!(
        relative(&dir, Walk::new(&[dir.path().to_path_buf()])),
        [
            "a/10.txt",
            "a/B.txt",
            "a/nested/1.txt",
            "a/nested/deeper/x.txt",
            "a/z.txt",
            "b/2.txt",
            "top.txt",
        ]
    );
}

#[test]
fn explicit_paths_keep_their_order_and_a_hidden_one_is_read() {
    let dir = corpus();
    let paths = vec![
        dir.path().join("top.txt"),
        PathBuf::from("-"),
        dir.path().join("b"),
        dir.path().join(".hidden.txt"),
    ];
    assert_eq!(
        relative(&dir, Walk::new(&paths)),
        ["top.txt", "-", "b/2.txt", ".hidden.txt"]
    );
}

#[test]
fn documents_come_out_in_walk_order_named_by_file_name() {
    let dir = corpus();
    assert_eq!(
        outline(read_inputs(
            &[dir.path().join("a")],
            &ReadOptions::default()
        )),
        ["OK 10.txt", "OK B.txt", "OK 1.txt", "OK x.txt", "OK z.txt"]
    );
}

#[cfg(unix)]
#[test]
fn symlink_cycles_end_and_sockets_in_directories_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "d/page.txt", ASADOV);
    std::os::unix::fs::symlink(dir.path().join("d"), dir.path().join("d/loop")).unwrap();
    let socket = dir.path().join("d/sock");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    assert_eq!(
        outline(read_inputs(
            &[dir.path().join("d")],
            &ReadOptions::default()
        )),
        [
            "OK page.txt".to_string(),
            format!(
                "ERR {}: not a regular file (device, socket or pipe inside a directory), skipped",
                socket.display()
            ),
        ]
    );
}
