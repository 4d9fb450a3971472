// A URL splitter whose struct holds &'a str slices of the input, with a method returning one of them.
#[derive(Debug)]
struct Url<'a> {
    scheme: &'a str,
    host: &'a str,
    port: Option<u16>,
    path: &'a str,
    query: Vec<(&'a str, &'a str)>,
}

impl<'a> Url<'a> {
    fn parse(text: &'a str) -> Option<Url<'a>> {
        let (scheme, rest) = text.split_once("://")?;
        let (authority, rest) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        let (host, port) = match authority.split_once(':') {
            Some((h, p)) => (h, Some(p.parse().ok()?)),
            None => (authority, None),
        };
        let (path, query_text) = rest.split_once('?').unwrap_or((rest, ""));
        let query = query_text.split('&').filter(|s| !s.is_empty()).map(|kv| kv.split_once('=').unwrap_or((kv, ""))).collect();
        Some(Url { scheme, host, port, path, query })
    }

    fn param(&self, key: &str) -> Option<&'a str> {
        self.query.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    fn effective_port(&self) -> u16 {
        self.port.unwrap_or(if self.scheme == "https" { 443 } else { 80 })
    }
}

fn longest_host<'a>(urls: &[Url<'a>]) -> &'a str {
    let mut best = "";
    for u in urls {
        if u.host.len() > best.len() {
            best = u.host;
        }
    }
    best
}

fn main() {
    let inputs = vec![
        String::from("https://example.com/docs/index.html?lang=en&page=2"),
        String::from("http://localhost:8080/api"),
        String::from("ftp://files.example.org"),
        String::from("not a url"),
        String::from("http://bad:port99/"),
    ];
    let mut parsed = Vec::new();
    for text in &inputs {
        match Url::parse(text) {
            Some(u) => {
                println!("{} -> host {} port {} path {}", text, u.host, u.effective_port(), u.path);
                parsed.push(u);
            }
            None => println!("{} -> invalid", text),
        }
    }
    let lang = parsed[0].param("lang");
    let missing = parsed[0].param("user");
    println!("lang={:?} user={:?}", lang, missing);
    println!("longest host: {}", longest_host(&parsed));
    println!("{:?}", parsed[1]);
}
