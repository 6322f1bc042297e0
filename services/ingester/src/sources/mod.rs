//! Where bulletins come from. Each source builds [`crate::Submission`]s and hands them to
//! [`crate::Ingester::submit`]; none of them prepares or publishes anything itself.

pub mod feeds;
pub mod folder;
pub mod http;
