pub mod batch;
pub mod eval;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod kb;
pub mod query;
pub mod serve;
