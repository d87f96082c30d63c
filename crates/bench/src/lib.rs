//! communique-bench: the throughput benchmark of issue 3.
//!
//! It generates a deterministic corpus of realistic news pages from the
//! knowledge base ([`corpus`], [`page`], [`render`], [`template`], [`cast`],
//! [`lang`]), extracts it the way `communique extract` does ([`run`]), times
//! the CLI binary too ([`cli`]), times each stage of the extractor apart
//! ([`stages`]), and reports documents/s, MB/s per core and
//! peak memory ([`memory`], [`report`]). See docs/benchmarks.md.
//!
//! Not part of the test suite: a run takes minutes and its figures depend on
//! the machine.

pub mod cast;
pub mod cli;
pub mod corpus;
pub mod lang;
pub mod memory;
pub mod page;
pub mod render;
pub mod report;
pub mod rng;
pub mod run;
pub mod stages;
pub mod template;
