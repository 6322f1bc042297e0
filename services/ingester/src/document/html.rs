//! Web pages to article text: the page's main content is found (`<article>`, `<main>`,
//! `role=main`, else the body), navigation, menus, sidebars, footers, forms and scripts are
//! dropped, and the rest is rendered as paragraphs separated by blank lines, the shape the
//! extractor's article segmentation reads. The page's own metadata gives the title, the
//! publication date and the language.

use chrono::{DateTime, NaiveDate, Utc};
use scraper::{ElementRef, Html, Node, Selector};

/// What a page says, after its boilerplate is removed.
#[derive(Debug, Default, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    pub published: Option<DateTime<Utc>>,
    /// `<html lang>`, as declared.
    pub language: Option<String>,
    pub text: String,
}

/// The charset a page declares in its first kilobytes (`<meta charset>` or `http-equiv`).
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let value: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    (!value.is_empty()).then_some(value)
}

/// True when `text` starts like an HTML document.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with('<')
            && ["<head", "<body", "<meta", "<title"]
                .iter()
                .any(|t| head.contains(t)))
}

fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

/// Elements that are never article text.
const DROPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "menu", "iframe",
    "svg", "canvas", "button", "select", "input", "textarea", "label", "dialog", "object", "head",
];
/// Class or id words that mark page furniture.
const FURNITURE: &[&str] = &[
    "nav",
    "navbar",
    "menu",
    "footer",
    "sidebar",
    "breadcrumb",
    "breadcrumbs",
    "cookie",
    "cookies",
    "share",
    "social",
    "comments",
    "comment",
    "banner",
    "advert",
    "ads",
    "related",
    "pagination",
    "pager",
    "skip",
    "subscribe",
    "newsletter",
    "toolbar",
    "topbar",
    "header-menu",
    "site-header",
    "site-footer",
    "widget",
];
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
];
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "dl",
    "table",
    "figure",
    "figcaption",
    "address",
    "hr",
    "center",
    "body",
];
const LINE_TAGS: &[&str] = &["li", "dt", "dd", "tr", "br", "caption"];

fn is_furniture(el: &ElementRef, root_is_body: bool) -> bool {
    let e = el.value();
    let name = e.name();
    if DROPPED_TAGS.contains(&name) || (root_is_body && name == "header") {
        return true;
    }
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    if e.attr("role").is_some_and(|r| FURNITURE_ROLES.contains(&r)) {
        return true;
    }
    let words = e
        .attr("class")
        .into_iter()
        .chain(e.attr("id"))
        .flat_map(|v| v.split(|c: char| c.is_whitespace() || c == '_'))
        .map(str::to_ascii_lowercase);
    // A furniture word alone or as a hyphenated part: "menu", "main-menu", "footer-links".
    words.into_iter().any(|w| {
        FURNITURE.iter().any(|f| {
            w == *f
                || w.strip_suffix(f).is_some_and(|rest| rest.ends_with('-'))
                || w.strip_prefix(f).is_some_and(|rest| rest.starts_with('-'))
        })
    })
}

/// The element that holds the article: a single `<article>`, else `<main>` / `role=main`, else
/// the body.
fn content_root(doc: &Html) -> (ElementRef<'_>, bool) {
    let articles: Vec<_> = doc.select(&selector("article")).collect();
    if articles.len() == 1 {
        return (articles[0], false);
    }
    if let Some(main) = doc.select(&selector("main, [role=main]")).next() {
        return (main, false);
    }
    match doc.select(&selector("body")).next() {
        Some(body) => (body, true),
        None => (doc.root_element(), true),
    }
}

/// Renders `el` as text into `out`.
struct Renderer {
    out: String,
    root_is_body: bool,
}

impl Renderer {
    fn breaks(&mut self, n: usize) {
        let trailing = self.out.len() - self.out.trim_end_matches([' ', '\n']).len();
        let have = self.out[self.out.len() - trailing..].matches('\n').count();
        self.out.truncate(self.out.len() - trailing);
        if !self.out.is_empty() {
            self.out.push_str(&"\n".repeat(n.max(have)));
        }
    }

    /// One space, unless the text so far is empty or already ends in a space or line break.
    fn space(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with([' ', '\n']) {
            self.out.push(' ');
        }
    }

    /// A text node, its whitespace collapsed (kept as is inside `<pre>`).
    fn text(&mut self, t: &str, pre: bool) {
        if pre {
            self.out.push_str(t);
            return;
        }
        if t.starts_with(char::is_whitespace) {
            self.space();
        }
        for (i, word) in t.split_whitespace().enumerate() {
            if i > 0 {
                self.space();
            }
            self.out.push_str(word);
        }
        if t.ends_with(char::is_whitespace) {
            self.space();
        }
    }

    /// Renders `root` and everything under it. Iterative, with an explicit stack, so a page's
    /// nesting depth never reaches the call stack.
    fn render(&mut self, root: ElementRef) {
        enum Step<'a> {
            Enter(ElementRef<'a>, bool),
            Text(&'a str, bool),
            Leave { block: bool, line: bool },
        }
        let mut stack = vec![Step::Enter(root, false)];
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(el, pre) => {
                    let Some((block, line, pre)) = self.open(el, pre) else {
                        continue;
                    };
                    stack.push(Step::Leave { block, line });
                    // Children go on the stack last first, so they come off in document order.
                    for child in el.children().rev() {
                        match child.value() {
                            Node::Text(t) => stack.push(Step::Text(t, pre)),
                            Node::Element(_) => {
                                if let Some(e) = ElementRef::wrap(child) {
                                    stack.push(Step::Enter(e, pre));
                                }
                            }
                            _ => {}
                        }
                    }
                }
                Step::Text(t, pre) => self.text(t, pre),
                Step::Leave { block, line } => self.close(block, line),
            }
        }
    }

    /// What an element writes before its children; `None` when it and its children are
    /// skipped. Returns whether it is a block, a line, and whether its text is preformatted.
    fn open(&mut self, el: ElementRef, pre: bool) -> Option<(bool, bool, bool)> {
        if is_furniture(&el, self.root_is_body) {
            return None;
        }
        let name = el.value().name();
        let pre = pre || name == "pre";
        if name == "a" {
            // A link shown as its own address keeps the `<address>` form bulletins use for
            // sources, which the extractor reads as the article's source URL.
            let shown: String = el.text().collect::<String>().trim().to_string();
            if shown.starts_with("http://") || shown.starts_with("https://") {
                self.text(&format!("<{shown}>"), false);
                return None;
            }
        }
        let block = BLOCK_TAGS.contains(&name);
        let line = LINE_TAGS.contains(&name);
        if block {
            self.breaks(2);
        } else if line {
            self.breaks(1);
        }
        if matches!(name, "td" | "th") && !self.out.ends_with(['\n', ' ']) && !self.out.is_empty() {
            self.out.push(' ');
        }
        Some((block, line, pre))
    }

    /// What an element writes after its children.
    fn close(&mut self, block: bool, line: bool) {
        if block {
            self.breaks(2);
        } else if line {
            self.breaks(1);
        }
    }
}

/// Deepest element nesting a page may have. Browsers stop nesting at 512; real pages stay far
/// below it. Deeper input is refused before parsing: the HTML parser's cost grows faster than
/// the depth.
pub const MAX_DEPTH: usize = 512;

/// Elements that take no end tag, whose end tag may be left out, or whose content is not markup:
/// they never deepen the nesting the way an unclosed container does.
const FLAT_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead",
    "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp", "html", "head", "body",
    "!doctype",
];

/// The deepest nesting of start tags in `html`, as far as a plain scan of the tags can tell
/// (elements in [`FLAT_TAGS`], self-closing tags, comments and script or style content do not
/// count). It stops counting once past `limit`. Linear in the input, no tree built.
pub fn nesting_depth(html: &str, limit: usize) -> usize {
    let b = html.as_bytes();
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    let find = |from: usize, what: &[u8]| -> usize {
        b[from.min(b.len())..]
            .windows(what.len())
            .position(|w| w.eq_ignore_ascii_case(what))
            .map_or(b.len(), |p| from + p + what.len())
    };
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        if b[i + 1..].starts_with(b"!--") {
            i = find(i + 4, b"-->");
            continue;
        }
        let closing = b.get(i + 1) == Some(&b'/');
        let start = i + 1 + usize::from(closing);
        let name_end = b[start..]
            .iter()
            .position(|c| c.is_ascii_whitespace() || matches!(c, b'>' | b'/'))
            .map_or(b.len(), |p| start + p);
        let name = html.get(start..name_end).unwrap_or("").to_ascii_lowercase();
        let end = b[name_end..]
            .iter()
            .position(|&c| c == b'>')
            .map_or(b.len(), |p| name_end + p);
        i = end + 1;
        let named = name.starts_with(|c: char| c.is_ascii_alphabetic());
        if !named || FLAT_TAGS.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else if b[end.saturating_sub(1)] != b'/' {
            if matches!(name.as_str(), "script" | "style" | "textarea" | "title") {
                i = find(i, format!("</{name}").as_bytes());
                continue;
            }
            depth += 1;
            deepest = deepest.max(depth);
            if deepest > limit {
                break;
            }
        }
    }
    deepest
}

fn meta(doc: &Html, selectors: &str) -> Option<String> {
    doc.select(&selector(selectors))
        .filter_map(|m| m.value().attr("content").or(m.value().attr("datetime")))
        .map(|v| v.trim().to_string())
        .find(|v| !v.is_empty())
}

/// A date as pages write it in metadata: RFC 3339, or a bare `YYYY-MM-DD` prefix.
pub fn parse_meta_date(v: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(v) {
        return Some(t.with_timezone(&Utc));
    }
    if let Ok(t) = DateTime::parse_from_rfc2822(v) {
        return Some(t.with_timezone(&Utc));
    }
    NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d")
        .ok()?
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc())
}

/// Cleans a page: its article text and metadata.
pub fn page(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let (root, root_is_body) = content_root(&doc);
    let mut r = Renderer {
        out: String::new(),
        root_is_body,
    };
    r.render(root);
    let text = r
        .out
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string();
    let squash = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let title = meta(&doc, r#"meta[property="og:title"], meta[name="title"]"#)
        .or_else(|| {
            doc.select(&selector("title"))
                .next()
                .map(|t| t.text().collect())
        })
        .or_else(|| {
            doc.select(&selector("h1"))
                .next()
                .map(|t| t.text().collect())
        })
        .map(squash)
        .filter(|t| !t.is_empty());
    let published = meta(
        &doc,
        r#"meta[property="article:published_time"], meta[name="article:published_time"],
           meta[itemprop="datePublished"], meta[name="pubdate"], meta[name="publishdate"],
           meta[name="date"], meta[name="DC.date.issued"], meta[name="dc.date"],
           time[datetime]"#,
    )
    .and_then(|v| parse_meta_date(&v));
    let language = doc
        .root_element()
        .value()
        .attr("lang")
        .map(|l| l.trim().to_ascii_lowercase())
        .filter(|l| !l.is_empty());
    Page {
        title,
        published,
        language,
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>МВД | Новости</title>
<meta property="og:title" content="В Оше изъято 5 кг героина">
<meta property="article:published_time" content="2025-09-12T10:30:00+06:00">
<script>var x = "изъято 100 кг";</script><style>p{color:red}</style></head>
<body><header class="site-header"><a href="/">Главная</a> <a href="/news">Новости</a></header>
<nav><ul><li>Главная</li><li>Контакты</li></ul></nav>
<div class="breadcrumbs">Главная / Новости</div>
<main><h1>В Оше изъято 5 кг героина</h1>
<p>Сотрудники   милиции <b>изъяли</b> 5 кг героина
   у жителя Оша.</p><p>Возбуждено уголовное дело.</p>
<p><a href="https://mvd.kg/news/1">https://mvd.kg/news/1</a></p>
<div class="share-buttons">Поделиться</div></main>
<aside>Популярное: изъято 9 кг</aside>
<footer>© 2025 МВД. Все права защищены.</footer></body></html>"#;

    #[test]
    fn keeps_the_article_and_drops_the_furniture() {
        let p = page(PAGE);
        assert_eq!(
            p.text,
            "В Оше изъято 5 кг героина\n\nСотрудники милиции изъяли 5 кг героина у жителя Оша.\n\n\
             Возбуждено уголовное дело.\n\n<https://mvd.kg/news/1>"
        );
        assert_eq!(p.title.as_deref(), Some("В Оше изъято 5 кг героина"));
        assert_eq!(p.language.as_deref(), Some("ru"));
        assert_eq!(
            p.published.unwrap().to_rfc3339(),
            "2025-09-12T04:30:00+00:00"
        );
    }

    #[test]
    fn words_in_separate_inline_elements_stay_apart() {
        assert_eq!(
            page("<html><body><p><b>Police</b> <i>seized</i>\n<span>5 kg</span></p></body></html>")
                .text,
            "Police seized 5 kg"
        );
    }

    #[test]
    fn body_without_main_loses_header_and_footer() {
        let p = page(
            "<html><body><header>Site</header><div><p>Police seized 3 kg of hashish.</p></div>\
             <div id=\"footer\">Contacts</div></body></html>",
        );
        assert_eq!(p.text, "Police seized 3 kg of hashish.");
        assert_eq!(p.title, None);
    }

    #[test]
    fn charset_is_sniffed_from_meta() {
        assert_eq!(
            declared_charset(b"<html><head><meta charset=\"windows-1251\">").as_deref(),
            Some("windows-1251")
        );
        assert_eq!(
            declared_charset(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">"
            )
            .as_deref(),
            Some("koi8-r")
        );
        assert!(looks_like_html("\n<!DOCTYPE html><html>"));
        assert!(!looks_like_html("Police seized <5 kg"));
    }

    #[test]
    fn a_page_of_scripts_has_no_text() {
        assert_eq!(
            page("<html><body><script>a()</script><nav>Menu</nav></body></html>").text,
            ""
        );
    }

    #[test]
    fn nesting_is_measured_without_a_tree_and_deep_pages_render_iteratively() {
        assert!(nesting_depth(PAGE, MAX_DEPTH) < 10);
        let deep = |tag: &str, n: usize| {
            format!(
                "<html><body>{}x{}</body></html>",
                format!("<{tag}>").repeat(n),
                format!("</{tag}>").repeat(n)
            )
        };
        assert!(nesting_depth(&deep("div", 10_000), MAX_DEPTH) > MAX_DEPTH);
        assert!(nesting_depth(&format!("<b>{}", "<b>".repeat(1_000_000)), MAX_DEPTH) > MAX_DEPTH);
        // Unclosed paragraphs, list items, void elements and self-closing tags do not nest.
        let flat = "<p>a<p>b<li>c<br><img src=x><hr/><input>".repeat(5_000);
        assert!(nesting_depth(&flat, MAX_DEPTH) <= 1);
        // Script and comment content is not markup.
        let hidden = format!(
            "<script>{}</script><!-- {} -->",
            "<div>".repeat(900),
            "<div>".repeat(900)
        );
        assert_eq!(nesting_depth(&hidden, MAX_DEPTH), 0);
        // A page just under the limit renders, however the tree is walked.
        let page = page(&deep("div", MAX_DEPTH - 10));
        assert_eq!(page.text, "x");
    }
}
