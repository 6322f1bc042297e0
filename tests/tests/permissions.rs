//! The permission matrix of `deploy/nats.conf`, on a real nats-server: every user against every
//! subject the system publishes and every JetStream API call it makes (and those it must never
//! make: creating, updating, deleting or purging streams (but for the object store of the
//! aggregator's own snapshots, which replaces a snapshot by purging the old chunks), foreign
//! consumers), and every
//! subscription that would let a user read past its role (`_INBOX.>`, another user's inbox,
//! the pipeline's subjects). Allowed where the role needs it, refused everywhere else.
//!
//! The server says "permissions violation" for each refused publish or subscription; a subject
//! that draws none within the wait was allowed. No service runs meanwhile, so the test's
//! publishes (empty requests, a stray message) change nothing that matters.

mod common;

use common::pipeline_with_deploy_users;
use seizure_bus::topology;

const USERS: [&str; 5] = [
    "ingester",
    "normalizer",
    "aggregator",
    "gateway",
    "dashboard",
];

/// Every subject published to, with the users allowed to.
const PUBLISH: &[(&str, &[&str])] = &[
    // The pipeline's own subjects: each written by one service only.
    ("bulletins.raw.file", &["ingester"]),
    ("dlq.ingester", &["ingester"]),
    ("$KV.bulletin_index.x", &["ingester"]),
    ("$O.bulletin_originals.C.x", &["ingester"]),
    ("events.seizure.KZ", &["normalizer"]),
    ("events.bulletin.file", &["normalizer"]),
    // Corrections: only the gateway (which checks reviewers' tokens); nobody writes the
    // sourced copies on EVENTS directly.
    ("corrections.KZ", &["gateway"]),
    ("events.correction.KZ", &[]),
    ("dlq.normalizer", &["normalizer"]),
    ("stats.country.KZ", &["aggregator"]),
    ("stats.overview", &["aggregator"]),
    ("dlq.aggregator", &["aggregator"]),
    ("quarantine.aggregator", &["aggregator"]),
    ("$KV.country_stats.KZ", &["aggregator"]),
    ("$O.aggregator_snapshots.M.x", &["aggregator"]),
    // Streams: nobody but the admin creates, changes, deletes or purges one.
    ("$JS.API.STREAM.CREATE.EVENTS", &[]),
    ("$JS.API.STREAM.CREATE.X", &[]),
    ("$JS.API.STREAM.UPDATE.EVENTS", &[]),
    ("$JS.API.STREAM.UPDATE.BULLETINS", &[]),
    ("$JS.API.STREAM.UPDATE.STATS", &[]),
    ("$JS.API.STREAM.DELETE.STATS", &[]),
    ("$JS.API.STREAM.PURGE.EVENTS", &[]),
    ("$JS.API.STREAM.PURGE.OBJ_bulletin_originals", &[]),
    (
        "$JS.API.STREAM.PURGE.OBJ_aggregator_snapshots",
        &["aggregator"],
    ),
    ("$JS.API.STREAM.PURGE.KV_country_stats", &[]),
    ("$JS.API.STREAM.MSG.DELETE.EVENTS", &[]),
    // Reading streams and buckets.
    (
        "$JS.API.STREAM.INFO.EVENTS",
        &["ingester", "normalizer", "aggregator", "gateway"],
    ),
    (
        "$JS.API.STREAM.INFO.KV_country_stats",
        &[
            "ingester",
            "normalizer",
            "aggregator",
            "gateway",
            "dashboard",
        ],
    ),
    (
        "$JS.API.DIRECT.GET.KV_country_stats.$KV.country_stats.KZ",
        &["aggregator", "gateway", "dashboard"],
    ),
    (
        "$JS.API.DIRECT.GET.OBJ_aggregator_snapshots.x",
        &["aggregator"],
    ),
    ("$JS.API.DIRECT.GET.KV_bulletin_index.x", &["ingester"]),
    // Consumers: each service works its own durable; the gateway follows with ephemeral
    // ordered consumers; the dashboard creates none.
    (
        "$JS.API.CONSUMER.CREATE.BULLETINS.normalizer",
        &["normalizer"],
    ),
    (
        "$JS.API.CONSUMER.MSG.NEXT.BULLETINS.normalizer",
        &["normalizer"],
    ),
    ("$JS.API.CONSUMER.CREATE.EVENTS.aggregator", &["aggregator"]),
    (
        "$JS.API.CONSUMER.MSG.NEXT.EVENTS.aggregator",
        &["aggregator"],
    ),
    ("$JS.ACK.EVENTS.aggregator.1.1.1.1.1", &["aggregator"]),
    ("$JS.ACK.BULLETINS.normalizer.1.1.1.1.1", &["normalizer"]),
    ("$JS.API.CONSUMER.CREATE.EVENTS.rogue", &[]),
    ("$JS.API.CONSUMER.DURABLE.CREATE.EVENTS.aggregator", &[]),
    ("$JS.API.CONSUMER.DELETE.BULLETINS.normalizer", &[]),
    ("$JS.API.CONSUMER.CREATE.EVENTS", &["aggregator", "gateway"]),
    ("$JS.API.CONSUMER.CREATE.STATS", &["gateway"]),
    ("$JS.API.CONSUMER.CREATE.KV_country_stats", &["gateway"]),
    ("$JS.API.CONSUMER.CREATE.BULLETINS", &[]),
    ("$JS.API.CONSUMER.LIST.EVENTS", &["gateway"]),
    ("$JS.API.CONSUMER.DELETE.EVENTS.aggregator", &[]),
];

/// Every subscription tried, with the users allowed it (besides each user's own inbox).
const SUBSCRIBE: &[(&str, &[&str])] = &[
    ("_INBOX.>", &[]),
    (">", &[]),
    ("_INBOX_ingester.>", &["ingester"]),
    ("_INBOX_aggregator.>", &["aggregator"]),
    ("_INBOX_gateway.>", &["gateway"]),
    ("stats.>", &["dashboard"]),
    ("bulletins.raw.>", &[]),
    ("events.>", &[]),
    ("dlq.>", &[]),
    ("$O.aggregator_snapshots.>", &[]),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_user_is_allowed_what_its_role_needs_and_refused_everything_else() {
    let (_p, url) = pipeline_with_deploy_users().await;
    let publish: Vec<&str> = PUBLISH.iter().map(|(s, _)| *s).collect();
    let mut failures = Vec::new();
    for user in USERS {
        let own_inbox = topology::inbox_prefix(user) + ".>";
        let subscribe: Vec<&str> = SUBSCRIBE
            .iter()
            .map(|(s, _)| *s)
            .chain([own_inbox.as_str()])
            .collect();
        let (pubs, subs) = common::refused(&url, user, &publish, &subscribe).await;
        for (subject, allowed) in PUBLISH {
            let should = allowed.contains(&user);
            let was = !pubs.contains(&subject.to_lowercase());
            if should != was {
                failures.push(format!(
                    "{user} publish {subject}: {} but should be {}",
                    if was { "allowed" } else { "refused" },
                    if should { "allowed" } else { "refused" }
                ));
            }
        }
        for (subject, allowed) in SUBSCRIBE
            .iter()
            .copied()
            .chain([(own_inbox.as_str(), &[user][..])])
        {
            let should = allowed.contains(&user);
            let was = !subs.contains(&subject.to_lowercase());
            if should != was {
                failures.push(format!(
                    "{user} subscribe {subject}: {} but should be {}",
                    if was { "allowed" } else { "refused" },
                    if should { "allowed" } else { "refused" }
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
