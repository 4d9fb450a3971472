// Parses URL query strings into a map of keys to value lists, with percent-decoding, '+' as space and flags without values.
use std::collections::BTreeMap;

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn decode(s: &str) -> Result<String, String> {
    let bytes = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                if i + 2 >= bytes.len() {
                    return Err(format!("truncated escape in {:?}", s));
                }
                let hi = hex_value(bytes[i + 1]).ok_or(format!("bad hex in {:?}", s))?;
                let lo = hex_value(bytes[i + 2]).ok_or(format!("bad hex in {:?}", s))?;
                out.push(hi * 16 + lo);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|e| format!("not utf-8: {}", e))
}

fn parse_query(url: &str) -> Result<BTreeMap<String, Vec<String>>, String> {
    let query = match url.split_once('?') {
        Some((_, q)) => q.split('#').next().unwrap_or(""),
        None => return Ok(BTreeMap::new()),
    };
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = match pair.find('=') {
            Some(pos) => (&pair[..pos], &pair[pos + 1..]),
            None => (pair, ""),
        };
        map.entry(decode(k)?).or_default().push(decode(v)?);
    }
    Ok(map)
}

fn main() {
    let urls = [
        "https://example.com/search?q=rust+book&lang=en&lang=fr&page=2",
        "/files?name=caf%C3%A9%20menu.pdf&dl#top",
        "/plain",
        "/bad?x=%4",
        "/bad2?x=%zz",
        "/?a=1&&b=&a=3",
    ];
    for url in urls.iter() {
        match parse_query(url) {
            Ok(map) if map.is_empty() => println!("{}: no query", url),
            Ok(map) => {
                println!("{}:", url);
                for (k, vs) in &map {
                    println!("  {} = {:?}", k, vs);
                }
            }
            Err(e) => println!("{}: error {}", url, e),
        }
    }
}
