// URL parsing: scheme/host/path split with split_once, query pairs into a Vec, percent-decoding with u8::from_str_radix.
#[derive(Debug)]
struct Url<'a> {
    scheme: &'a str,
    host: &'a str,
    port: Option<u16>,
    path: &'a str,
    query: Vec<(String, String)>,
    fragment: Option<&'a str>,
}

fn decode(s: &str) -> Result<String, String> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = s.get(i + 1..i + 3).ok_or_else(|| format!("truncated escape at {}", i))?;
                let b = u8::from_str_radix(hex, 16).map_err(|_| format!("bad escape %{}", hex))?;
                out.push(b);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|e| e.to_string())
}

fn parse(url: &str) -> Result<Url<'_>, String> {
    let (scheme, rest) = url.split_once("://").ok_or("missing scheme")?;
    let (rest, fragment) = match rest.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (rest, None),
    };
    let (rest, query_str) = rest.split_once('?').unwrap_or((rest, ""));
    let slash = rest.find('/').unwrap_or(rest.len());
    let (authority, path) = rest.split_at(slash);
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, Some(p.parse::<u16>().map_err(|e| format!("port {:?}: {}", p, e))?)),
        None => (authority, None),
    };
    let mut query = Vec::new();
    for pair in query_str.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        query.push((decode(k)?, decode(v)?));
    }
    Ok(Url { scheme, host, port, path: if path.is_empty() { "/" } else { path }, query, fragment })
}

fn main() {
    let urls = [
        "https://example.com:8443/search?q=rust+lang&page=2&tag=%F0%9F%A6%80#results",
        "http://localhost/",
        "ftp://files.example.org/pub/file%20name.txt?flag",
        "https://bad.port:99999/",
        "no-scheme.example.com",
        "http://x/?a=%zz",
    ];
    for u in urls {
        match parse(u) {
            Ok(p) => {
                println!("{} {} {:?} {} frag={:?}", p.scheme, p.host, p.port, p.path, p.fragment);
                for (k, v) in &p.query {
                    println!("    {:<5} = {:?}", k, v);
                }
            }
            Err(e) => println!("error in {}: {}", u, e),
        }
    }
}
