//! Input side: turns paths and streams into decoded documents, one error per bad document.
