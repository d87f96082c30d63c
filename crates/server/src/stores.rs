//! A small pool of open stores, used from blocking threads.
//!
//! A [`Store`] is `Send` but not `Sync` and every call blocks on SQLite or
//! PostgreSQL I/O, so each request borrows a whole store on a
//! `spawn_blocking` thread and gives it back afterwards. Opening a SQLite store
//! is cheap but not free (it checks the schema), so a few idle ones are kept.

use crate::error::{ApiError, ApiResult};
use communique_store::Store;
use std::sync::{Arc, Mutex, PoisonError};

/// Idle stores kept for reuse; more may be open at once under load, the extra
/// ones are closed when returned.
const MAX_IDLE: usize = 8;

/// Where the store is and the idle connections to it.
#[derive(Debug)]
pub struct Stores {
    location: String,
    idle: Mutex<Vec<Store>>,
}

impl Stores {
    pub fn new(location: String) -> Arc<Self> {
        Arc::new(Stores {
            location,
            idle: Mutex::new(Vec::new()),
        })
    }

    /// Runs `job` with a store on a blocking thread.
    pub async fn run<T, F>(self: &Arc<Self>, job: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> ApiResult<T> + Send + 'static,
    {
        let this = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let mut store = this.take()?;
            let out = job(&mut store);
            // A store whose job failed inside the database may be mid-transaction
            // or broken: only healthy ones go back to the pool.
            if !matches!(out, Err(ApiError::Internal(_))) {
                this.give_back(store);
            }
            out
        })
        .await
        .map_err(|e| ApiError::Internal(format!("request task failed: {e}")))?
    }

    fn take(&self) -> ApiResult<Store> {
        let idle = self
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        match idle {
            Some(store) => Ok(store),
            None => Store::open(&self.location).map_err(|e| {
                ApiError::Internal(format!("cannot open the store {:?}: {e}", self.location))
            }),
        }
    }

    fn give_back(&self, store: Store) {
        let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
        if idle.len() < MAX_IDLE {
            idle.push(store);
        }
    }
}
