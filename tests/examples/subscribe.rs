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
    let client = async_nats::ConnectOptions::with_user_and_password(user, password)
        .connect(url)
        .await?;
    // Live updates first, so nothing published while the bucket is read is missed.
    let mut live = client.subscribe("stats.country.*").await?;
    let kv = async_nats::jetstream::new(client.clone())
        .get_key_value("country_stats")
        .await?;
    let mut keys = kv.keys().await?;
    while let Some(key) = keys.next().await {
        if let Some(bytes) = kv.get(key?).await? {
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
