//! RSS and Atom feeds, polled on an interval. Each poll is a conditional request (`If-None-Match`,
//! `If-Modified-Since` from the validators kept in the `ingester_feeds` bucket); each entry not
//! seen before (by GUID, else link, also kept in that bucket, so restarts do not repeat entries)
//! has its page fetched, cleaned and submitted with the feed's title and date. Only the
//! configured hosts are ever contacted, redirects included. A feed that cannot be read (down,
//! an error status, an HTML page instead of a feed) gets one `dlq.ingester` record per failure
//! streak; a page that cannot be fetched is retried on the next polls, then dead-lettered.

use std::collections::HashSet;
use std::time::Duration;

use async_nats::jetstream::kv;
use chrono::{DateTime, Utc};
use seizure_bus::async_nats;
use seizure_bus::contract::{FEED_STATE_BUCKET, token};
use seizure_bus::{BusError, topology};
use serde::{Deserialize, Serialize};

use crate::document::{MAX_ORIGINAL_BYTES, Submission, sha256_hex};
use crate::sink::{Ingester, Outcome};

/// Polls before a page that keeps failing is given up and dead-lettered.
pub const PAGE_ATTEMPTS: u32 = 3;

/// Settings of the feed poller.
#[derive(Clone, Debug)]
pub struct FeedConfig {
    pub feeds: Vec<String>,
    /// Hosts that may be contacted besides the feeds' own (`host` or `host:port`).
    pub extra_hosts: Vec<String>,
    pub interval: Duration,
    pub timeout: Duration,
}

/// One entry of a feed, as the poller needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedEntry {
    /// GUID (RSS) or id (Atom); the link when there is none.
    pub key: String,
    pub link: Option<String>,
    pub title: Option<String>,
    pub published: Option<DateTime<Utc>>,
    /// The entry's own HTML (content, else summary), used when the page cannot be fetched from
    /// an allowed host.
    pub content: Option<String>,
}

/// Why a feed could not be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum FeedError {
    #[error("feed unreachable: {0}")]
    Unreachable(String),
    #[error("feed answered HTTP {status}{detail}")]
    Status { status: u16, detail: String },
    #[error("not an RSS or Atom feed: {0}")]
    NotAFeed(String),
    #[error("host not allowed: {0}")]
    HostNotAllowed(String),
}

/// Parses RSS or Atom; an HTML page (a login wall, an error page served with 200) is named as
/// such.
pub fn parse_feed(bytes: &[u8]) -> Result<Vec<FeedEntry>, FeedError> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| {
        let text = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).into_owned();
        if crate::document::html::looks_like_html(&text) {
            let title = crate::document::html::page(&text).title.unwrap_or_default();
            FeedError::NotAFeed(format!("the address returned an HTML page {title:?}"))
        } else {
            FeedError::NotAFeed(e.to_string())
        }
    })?;
    Ok(feed
        .entries
        .into_iter()
        .map(|e| {
            let link = e
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(e.links.first())
                .map(|l| l.href.trim().to_string())
                .filter(|l| !l.is_empty());
            let key = if e.id.trim().is_empty() {
                link.clone().unwrap_or_default()
            } else {
                e.id.trim().to_string()
            };
            FeedEntry {
                key,
                link,
                title: e.title.map(|t| t.content.trim().to_string()),
                published: e.published.or(e.updated),
                content: e
                    .content
                    .and_then(|c| c.body)
                    .or(e.summary.map(|s| s.content))
                    .filter(|c| !c.trim().is_empty()),
            }
        })
        .collect())
}

/// True when `url`'s host (or `host:port`) is in `allowed`.
pub fn host_allowed(url: &reqwest::Url, allowed: &[String]) -> bool {
    let Some(host) = url.host_str().map(str::to_ascii_lowercase) else {
        return false;
    };
    let with_port = url.port().map(|p| format!("{host}:{p}"));
    allowed
        .iter()
        .any(|a| *a == host || with_port.as_deref() == Some(a.as_str()))
}

/// The hosts the poller may contact: the feeds' own (with their port, when the feed's address
/// names one) and the extra ones.
pub fn allowed_hosts(cfg: &FeedConfig) -> Vec<String> {
    cfg.feeds
        .iter()
        .filter_map(|f| {
            let u = reqwest::Url::parse(f).ok()?;
            let host = u.host_str()?;
            Some(match u.port() {
                Some(p) => format!("{host}:{p}"),
                None => host.to_string(),
            })
        })
        .chain(cfg.extra_hosts.iter().cloned())
        .map(|h| h.trim().to_ascii_lowercase())
        .filter(|h| !h.is_empty())
        .collect()
}

#[derive(Default, Serialize, Deserialize)]
struct Validators {
    etag: Option<String>,
    last_modified: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct Seen {
    link: Option<String>,
    outcome: String,
    attempts: u32,
}

fn feed_key(feed: &str) -> String {
    format!("feed.{}", &sha256_hex(feed.as_bytes())[..16])
}

fn seen_key(feed: &str, entry: &str) -> String {
    format!(
        "seen.{}.{}",
        &sha256_hex(feed.as_bytes())[..16],
        &sha256_hex(entry.as_bytes())[..32]
    )
}

/// What one poll of one feed did.
#[derive(Debug, Default, PartialEq)]
pub struct PollReport {
    pub not_modified: bool,
    pub entries: usize,
    pub ingested: usize,
    pub duplicates: usize,
    pub rejected: usize,
    pub already_seen: usize,
    pub retrying: usize,
}

/// The feed poller: an HTTP client restricted to the allowed hosts, and the bookkeeping bucket.
pub struct FeedPoller {
    ing: Ingester,
    http: reqwest::Client,
    state: kv::Store,
    allowed: Vec<String>,
    cfg: FeedConfig,
    failing: HashSet<String>,
}

fn install_crypto() {
    // reqwest is built without a bundled TLS provider; ring is the one rustls uses here.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

fn bus(e: impl std::fmt::Display) -> BusError {
    BusError::KeyValue {
        bucket: FEED_STATE_BUCKET.into(),
        reason: e.to_string(),
    }
}

impl FeedPoller {
    pub async fn new(ing: Ingester, cfg: FeedConfig) -> Result<FeedPoller, BusError> {
        install_crypto();
        let state = topology::bucket(ing.jetstream(), FEED_STATE_BUCKET).await?;
        let allowed = allowed_hosts(&cfg);
        let redirect_allowed = allowed.clone();
        let http = reqwest::Client::builder()
            .timeout(cfg.timeout)
            .user_agent(concat!(
                "seizure-stats-ingester/",
                env!("CARGO_PKG_VERSION")
            ))
            .redirect(reqwest::redirect::Policy::custom(move |attempt| {
                if attempt.previous().len() >= 5 {
                    attempt.error("too many redirects")
                } else if host_allowed(attempt.url(), &redirect_allowed) {
                    attempt.follow()
                } else {
                    let to = attempt.url().to_string();
                    attempt.error(format!("redirect to a host not allowed: {to}"))
                }
            }))
            .build()
            .map_err(|e| BusError::Topology {
                what: "HTTP client".into(),
                reason: e.to_string(),
            })?;
        Ok(FeedPoller {
            ing,
            http,
            state,
            allowed,
            cfg,
            failing: HashSet::new(),
        })
    }

    /// Polls every feed once.
    pub async fn poll_all(&mut self) -> Result<(), BusError> {
        for feed in self.cfg.feeds.clone() {
            match self.poll(&feed).await? {
                Ok(report) => {
                    self.failing.remove(&feed);
                    tracing::info!(message = "Feed polled.", feed, ?report);
                }
                Err((error, body)) => {
                    tracing::warn!(message = "Feed failed.", feed, %error);
                    // One dead letter per failure streak, not one per poll.
                    if self.failing.insert(feed.clone()) {
                        self.ing.reject(&feed, &body, &error.to_string()).await?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Polls one feed; the inner error is the feed's own failure, with the body it returned.
    pub async fn poll(
        &mut self,
        feed: &str,
    ) -> Result<Result<PollReport, (FeedError, Vec<u8>)>, BusError> {
        let url = match reqwest::Url::parse(feed) {
            Ok(u) if host_allowed(&u, &self.allowed) => u,
            Ok(_) => return Ok(Err((FeedError::HostNotAllowed(feed.into()), vec![]))),
            Err(e) => {
                return Ok(Err((
                    FeedError::Unreachable(format!("{feed}: {e}")),
                    vec![],
                )));
            }
        };
        let validators: Validators = match self.state.get(feed_key(feed)).await.map_err(bus)? {
            Some(v) => serde_json::from_slice(&v).unwrap_or_default(),
            None => Validators::default(),
        };
        let mut req = self.http.get(url);
        if let Some(etag) = &validators.etag {
            req = req.header(reqwest::header::IF_NONE_MATCH, etag);
        }
        if let Some(lm) = &validators.last_modified {
            req = req.header(reqwest::header::IF_MODIFIED_SINCE, lm);
        }
        let resp = match req.send().await {
            Ok(r) => r,
            Err(e) => return Ok(Err((FeedError::Unreachable(error_chain(&e)), vec![]))),
        };
        if resp.status() == reqwest::StatusCode::NOT_MODIFIED {
            return Ok(Ok(PollReport {
                not_modified: true,
                ..Default::default()
            }));
        }
        let status = resp.status();
        let header = |name| {
            resp.headers()
                .get(name)
                .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
                .map(str::to_string)
        };
        let next = Validators {
            etag: header(reqwest::header::ETAG),
            last_modified: header(reqwest::header::LAST_MODIFIED),
        };
        let content_type = header(reqwest::header::CONTENT_TYPE).unwrap_or_default();
        let body = match read_limited(resp).await {
            Ok(b) => b,
            Err(e) => return Ok(Err((FeedError::Unreachable(e), vec![]))),
        };
        if !status.is_success() {
            let text = String::from_utf8_lossy(&body);
            let html = crate::document::html::MAX_DEPTH;
            let detail = if content_type.contains("html")
                && crate::document::html::nesting_depth(&text, html) <= html
            {
                let page = crate::document::html::page(&text);
                format!(" with an HTML page {:?}", page.title.unwrap_or_default())
            } else {
                String::new()
            };
            return Ok(Err((
                FeedError::Status {
                    status: status.as_u16(),
                    detail,
                },
                body,
            )));
        }
        let entries = match parse_feed(&body) {
            Ok(e) => e,
            Err(e) => return Ok(Err((e, body))),
        };
        let mut report = PollReport {
            entries: entries.len(),
            ..Default::default()
        };
        for entry in entries.iter().filter(|e| !e.key.is_empty()) {
            self.take_entry(feed, entry, &mut report).await?;
        }
        // Validators are saved only once every entry is handled, and not while a page waits for
        // a retry: a crash or a retry reads the whole feed again.
        let next = if report.retrying > 0 {
            Validators::default()
        } else {
            next
        };
        self.state
            .put(
                feed_key(feed),
                serde_json::to_vec(&next).expect("json").into(),
            )
            .await
            .map_err(bus)?;
        Ok(Ok(report))
    }

    async fn take_entry(
        &self,
        feed: &str,
        entry: &FeedEntry,
        report: &mut PollReport,
    ) -> Result<(), BusError> {
        let key = seen_key(feed, &entry.key);
        let attempts = match self.state.get(&key).await.map_err(bus)? {
            Some(v) => match serde_json::from_slice::<Seen>(&v) {
                Ok(s) if s.outcome == "retry" => s.attempts,
                _ => {
                    report.already_seen += 1;
                    return Ok(());
                }
            },
            None => 0,
        };
        let source = reqwest::Url::parse(feed)
            .ok()
            .and_then(|u| u.host_str().map(token))
            .unwrap_or_else(|| "feed".into());
        let page = match &entry.link {
            Some(link) => match reqwest::Url::parse(link) {
                Ok(u) if host_allowed(&u, &self.allowed) => Some(self.fetch_page(u).await),
                _ => None,
            },
            None => None,
        };
        let (bytes, content_type) = match (page, &entry.content) {
            (Some(Ok(page)), _) => page,
            (None, Some(content)) => (content.clone().into_bytes(), Some("text/html".into())),
            (None, None) => {
                let reason = "the entry links to no page on an allowed host and has no content";
                self.ing.reject(&entry.key, &[], reason).await?;
                report.rejected += 1;
                return self.mark(&key, entry, "rejected", attempts + 1).await;
            }
            (Some(Err((reason, permanent))), _) => {
                let attempts = attempts + 1;
                if permanent || attempts >= PAGE_ATTEMPTS {
                    let origin = entry.link.as_deref().unwrap_or(&entry.key);
                    self.ing
                        .reject(
                            origin,
                            &[],
                            &format!("page not fetched after {attempts} attempt(s): {reason}"),
                        )
                        .await?;
                    report.rejected += 1;
                    return self.mark(&key, entry, "failed", attempts).await;
                }
                report.retrying += 1;
                return self.mark(&key, entry, "retry", attempts).await;
            }
        };
        let sub = Submission {
            bytes,
            source,
            source_url: entry.link.clone().unwrap_or_default(),
            title: entry.title.clone(),
            content_type,
            file_name: None,
            published: entry.published,
            received: Utc::now(),
        };
        let origin = entry.link.as_deref().unwrap_or(&entry.key);
        let outcome = match self.ing.submit(&sub, origin).await? {
            Outcome::Ingested { .. } => {
                report.ingested += 1;
                "ingested"
            }
            Outcome::Duplicate { .. } => {
                report.duplicates += 1;
                "duplicate"
            }
            Outcome::Rejected { .. } => {
                report.rejected += 1;
                "rejected"
            }
        };
        self.mark(&key, entry, outcome, attempts + 1).await
    }

    async fn mark(
        &self,
        key: &str,
        entry: &FeedEntry,
        outcome: &str,
        attempts: u32,
    ) -> Result<(), BusError> {
        let seen = Seen {
            link: entry.link.clone(),
            outcome: outcome.into(),
            attempts,
        };
        self.state
            .put(key, serde_json::to_vec(&seen).expect("json").into())
            .await
            .map(|_| ())
            .map_err(bus)
    }

    /// The page's bytes and content type, or why not (and whether retrying is pointless).
    async fn fetch_page(
        &self,
        url: reqwest::Url,
    ) -> Result<(Vec<u8>, Option<String>), (String, bool)> {
        let resp = self
            .http
            .get(url.clone())
            .send()
            .await
            .map_err(|e| (format!("{url}: {}", error_chain(&e)), false))?;
        let status = resp.status();
        if !status.is_success() {
            return Err((
                format!("{url}: HTTP {status}"),
                status.is_client_error() && status != reqwest::StatusCode::TOO_MANY_REQUESTS,
            ));
        }
        let content_type = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let bytes = read_limited(resp)
            .await
            .map_err(|e| (format!("{url}: {e}"), true))?;
        Ok((bytes, content_type))
    }

    /// Polls every feed on the interval until shutdown.
    pub async fn run(mut self, mut shutdown: seizure_bus::runtime::Shutdown) {
        tracing::info!(message = "Polling feeds.", feeds = ?self.cfg.feeds, allowed = ?self.allowed);
        loop {
            if let Err(error) = self.poll_all().await {
                tracing::error!(message = "Feed poll failed on the bus; will retry.", %error);
            }
            tokio::select! {
                _ = shutdown.wait() => break,
                _ = tokio::time::sleep(self.cfg.interval) => {}
            }
        }
    }
}

/// The body, refused past [`MAX_ORIGINAL_BYTES`].
async fn read_limited(mut resp: reqwest::Response) -> Result<Vec<u8>, String> {
    if resp
        .content_length()
        .is_some_and(|n| n > MAX_ORIGINAL_BYTES as u64)
    {
        return Err(format!("body over the {MAX_ORIGINAL_BYTES}-byte limit"));
    }
    let mut out = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(|e| error_chain(&e))? {
        out.extend_from_slice(&chunk);
        if out.len() > MAX_ORIGINAL_BYTES {
            return Err(format!("body over the {MAX_ORIGINAL_BYTES}-byte limit"));
        }
    }
    Ok(out)
}

/// An error with its causes ("error sending request: connection refused").
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cause = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_and_atom_entries() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>MVD</title>
<item><title>Heroin seized</title><link>http://127.0.0.1:9/news/1</link>
<guid>urn:mvd:1</guid><pubDate>Fri, 12 Sep 2025 10:00:00 +0600</pubDate></item>
<item><title>No guid</title><link>http://127.0.0.1:9/news/2</link></item>
</channel></rss>"#;
        let e = parse_feed(rss).unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].key, "urn:mvd:1");
        assert_eq!(e[0].link.as_deref(), Some("http://127.0.0.1:9/news/1"));
        assert_eq!(
            e[0].published.unwrap().to_rfc3339(),
            "2025-09-12T04:00:00+00:00"
        );
        assert!(!e[1].key.is_empty());
        let atom = r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>News</title><id>urn:f</id><updated>2025-09-12T00:00:00Z</updated>
<entry><title>Изъятие</title><id>urn:e:1</id><updated>2025-09-13T00:00:00Z</updated>
<link href="https://mvd.gov.ru/news/1"/><summary>Изъято 5 кг.</summary></entry></feed>"#;
        let e = parse_feed(atom.as_bytes()).unwrap();
        assert_eq!(e[0].key, "urn:e:1");
        assert_eq!(e[0].content.as_deref(), Some("Изъято 5 кг."));
    }

    #[test]
    fn an_html_page_is_not_a_feed() {
        let err =
            parse_feed(b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>")
                .unwrap_err();
        assert!(
            err.to_string().contains("HTML page \"502 Bad Gateway\""),
            "{err}"
        );
    }

    #[test]
    fn only_allowed_hosts() {
        let cfg = FeedConfig {
            feeds: vec![
                "https://mvd.gov.kz/rss".into(),
                "http://localhost:9000/rss".into(),
            ],
            extra_hosts: vec!["127.0.0.1:8080".into()],
            interval: Duration::from_secs(1),
            timeout: Duration::from_secs(1),
        };
        let allowed = allowed_hosts(&cfg);
        let ok = |u: &str| host_allowed(&reqwest::Url::parse(u).unwrap(), &allowed);
        assert!(ok("https://mvd.gov.kz/news/1"));
        assert!(ok("http://127.0.0.1:8080/x"));
        assert!(!ok("http://127.0.0.1:8081/x"));
        assert!(!ok("https://evil.example/x"));
        assert!(ok("http://localhost:9000/news"));
        assert!(!ok("http://localhost:9001/news"));
    }
}
