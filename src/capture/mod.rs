//! Camera sources. For now the synthetic source that stands in when no camera is present.

pub mod synthetic;
