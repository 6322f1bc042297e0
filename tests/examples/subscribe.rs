//! A dashboard's subscriber in Rust, as the README shows it: the current statistics from the
//! `country_stats` bucket, then every update published on `stats.country.<CC>`.
//!
//!     cargo run -p seizure-e2e --example subscribe -- nats://localhost:4222 dashboard PASSWORD

use futures::StreamExt;
use seizure_proto::Message;
use seizure_proto::v1::CountryStats;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let mut args = std::env::args().skip(1);
    let url = args
        .next()
        .unwrap_or_else(|| "nats://localhost:4222".into());
    let user = args.next().unwrap_or_else(|| "dashboard".into());
    let password = args.next().unwrap_or_default();
    // Replies come only on the user's own inbox prefix: the server lets no one read others'.
    let inbox = format!("_INBOX_{user}");
    let client = async_nats::ConnectOptions::with_user_and_password(user, password)
        .custom_inbox_prefix(inbox)
        .connect(url)
        .await?;
    // Live updates first, so nothing published while the bucket is read is missed.
    let mut live = client.subscribe("stats.country.*").await?;
    // The current values: keys from the bucket's subject list, values by direct get (a
    // read-only user may not create consumers).
    let js = async_nats::jetstream::new(client.clone());
    let kv = js.get_key_value("country_stats").await?;
    let mut subjects = js
        .get_stream("KV_country_stats")
        .await?
        .info_with_subjects("$KV.country_stats.>")
        .await?;
    let mut keys = Vec::new();
    while let Some(subject) = subjects.next().await {
        keys.push(
            subject?
                .0
                .trim_start_matches("$KV.country_stats.")
                .to_string(),
        );
    }
    keys.sort();
    for key in keys {
        if let Some(bytes) = kv.get(&key).await? {
            show(&CountryStats::decode(bytes)?);
        }
    }
    println!("Listening for updates.");
    while let Some(msg) = live.next().await {
        println!("update on {}:", msg.subject);
        show(&CountryStats::decode(msg.payload)?);
    }
    Ok(())
}

fn show(s: &CountryStats) {
    println!(
        "{} as of {}: {} events, {} incidents, {} bulletins",
        s.country, s.as_of, s.events, s.incidents, s.bulletins
    );
    for series in &s.series {
        if let Some(all) = series.windows.iter().find(|w| w.window == "all") {
            println!(
                "  {} {}: {}{} {} ({} events, all time)",
                seizure_proto::json::kind_name(series.kind),
                series.drug,
                if all.lower_bound { ">=" } else { "" },
                all.amount,
                series.unit,
                all.events
            );
        }
    }
}
