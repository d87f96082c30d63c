//! The one error type of the API and how it becomes an HTTP response.
//!
//! Every failure leaves as `{"error": "..."}` with a status that tells the caller
//! whose fault it was: 400 for a request the caller can fix (the message says
//! how), 404 for an id the store does not have, 500 only for the server's own
//! trouble (a store that cannot be opened or read). User input never reaches
//! the 500 arm: parameters are validated in [`crate::params`] before the store
//! sees them.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use communique_store::StoreError;

/// What a handler returns instead of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// The request is wrong; the message names the parameter and what is expected.
    BadRequest(String),
    /// No such event, entity, document or endpoint.
    NotFound(String),
    /// The store failed; logged, and reported without blaming the caller.
    Internal(String),
}

impl ApiError {
    pub fn bad(message: impl Into<String>) -> Self {
        ApiError::BadRequest(message.into())
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        ApiError::NotFound(message.into())
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            ApiError::BadRequest(m) | ApiError::NotFound(m) | ApiError::Internal(m) => m,
        }
    }
}

impl From<StoreError> for ApiError {
    /// The store rejects arguments it cannot interpret with `InvalidArgument`; that
    /// is the caller's fault even if validation here should have caught it first.
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::InvalidArgument(m) => ApiError::BadRequest(m),
            other => ApiError::Internal(format!("store: {other}")),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(m) = &self {
            eprintln!("communique-server: {m}");
        }
        let body = serde_json::json!({ "error": self.message() });
        (self.status(), Json(body)).into_response()
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
