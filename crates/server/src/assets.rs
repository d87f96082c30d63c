//! The web page and its assets, compiled into the binary so that `communique
//! serve` works offline and from a single file: no CDN, no build step.
//!
//! The page is plain HTML, CSS and JavaScript drawing SVG; it reads only the
//! JSON API. A strict Content-Security-Policy keeps it from loading anything
//! else, and makes injected markup in document text inert even if a rendering
//! bug slipped through (the script builds text nodes, never HTML strings).

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;

const INDEX_HTML: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/app.js");
const APP_CSS: &str = include_str!("../assets/app.css");
const FAVICON_SVG: &str = include_str!("../assets/favicon.svg");

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'";

/// `/` and `/assets/...`.
pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/", get(|| asset("text/html; charset=utf-8", INDEX_HTML)))
        .route(
            "/assets/app.js",
            get(|| asset("text/javascript; charset=utf-8", APP_JS)),
        )
        .route(
            "/assets/app.css",
            get(|| asset("text/css; charset=utf-8", APP_CSS)),
        )
        .route(
            "/assets/favicon.svg",
            get(|| asset("image/svg+xml", FAVICON_SVG)),
        )
}

async fn asset(content_type: &'static str, body: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            // Embedded assets change with the binary, not with a deploy of files:
            // revalidate rather than keep an old script after an upgrade.
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
}
