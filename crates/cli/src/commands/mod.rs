pub mod batch;
pub mod eval;
pub mod extract;
pub mod kb;
