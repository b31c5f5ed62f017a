//! Locks on what the desk's requests share.

use std::sync::{Mutex, MutexGuard};

/// Locks what requests share. A request that panicked while holding it left nothing
/// half-done (archive writes are atomic), so the next one carries on.
pub(super) fn lock<T>(shared: &Mutex<T>) -> MutexGuard<'_, T> {
    shared
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
