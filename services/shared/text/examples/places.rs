//! Scratch: every place mention of a file with its role (not committed).
use seizure_text::fold::Tokens;
use seizure_text::gazetteer;
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut toks = Tokens::default();
        toks.read(&text, 0, text.len());
        let mut i = 0;
        let mut out = Vec::new();
        while i < toks.len() {
            if let Some(m) = gazetteer::location_mention_at(&toks, i) {
                let r = gazetteer::role(&toks, &m);
                let w: Vec<&str> = (m.start..m.end).map(|k| toks.text(k)).collect();
                out.push(format!("{}:{:?}[{}]", m.place.code, r, w.join(" ")));
                i = m.end;
            } else {
                i += 1;
            }
        }
        println!("{}: {}", path.rsplit('/').next().unwrap(), out.join(", "));
    }
}
