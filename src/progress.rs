//! How far a long job (an exhibition, a social export) has come, told to whoever shows
//! it: the command line draws a bar, tests and the kiosk pass `&()`.

/// Receives the progress of a long job.
pub trait Progress: Sync {
    /// The job has `total` steps.
    fn start(&self, total: u64);
    /// One more step is done.
    fn step(&self);
}

/// Nobody watching.
impl Progress for () {
    fn start(&self, _: u64) {}
    fn step(&self) {}
}
