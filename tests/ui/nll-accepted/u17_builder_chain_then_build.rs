// A `&mut self -> &mut Self` builder: the chain's returned reference dies at the end of the statement, then build() reads.
struct Url {
    parts: Vec<String>,
    query: Vec<(String, String)>,
}

impl Url {
    fn new(host: &str) -> Url {
        Url { parts: vec![host.to_string()], query: vec![] }
    }
    fn path(&mut self, p: &str) -> &mut Url {
        self.parts.push(p.to_string());
        self
    }
    fn param(&mut self, k: &str, v: &str) -> &mut Url {
        self.query.push((k.to_string(), v.to_string()));
        self
    }
    fn build(&self) -> String {
        let q: Vec<String> = self.query.iter().map(|(k, v)| format!("{}={}", k, v)).collect();
        format!("https://{}?{}", self.parts.join("/"), q.join("&"))
    }
}

fn main() {
    let mut u = Url::new("example.com");
    let b = u.path("api").path("v1");
    b.param("page", "2");
    println!("{}", u.build());
    u.param("sort", "asc");
    println!("{}", u.build());
}
