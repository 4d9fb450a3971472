// A builder that consumes self (self -> Self) like a Java fluent builder, with validation in build().
#[derive(Debug)]
struct Request {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<String>,
    timeout_ms: u32,
}

struct RequestBuilder {
    method: String,
    url: Option<String>,
    headers: Vec<(String, String)>,
    body: Option<String>,
    timeout_ms: u32,
}

impl RequestBuilder {
    fn new() -> Self {
        RequestBuilder { method: "GET".to_string(), url: None, headers: vec![], body: None, timeout_ms: 3000 }
    }

    fn method(mut self, m: &str) -> Self {
        self.method = m.to_uppercase();
        self
    }

    fn url(mut self, u: &str) -> Self {
        self.url = Some(u.to_string());
        self
    }

    fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.to_string(), v.to_string()));
        self
    }

    fn body(mut self, b: String) -> Self {
        self.body = Some(b);
        self
    }

    fn timeout(self, ms: u32) -> Self {
        RequestBuilder { timeout_ms: ms, ..self }
    }

    fn build(self) -> Result<Request, String> {
        let url = self.url.ok_or("url is required".to_string())?;
        if !url.starts_with("http") {
            return Err(format!("bad url: {}", url));
        }
        if self.method == "GET" && self.body.is_some() {
            return Err("GET cannot have a body".to_string());
        }
        Ok(Request { method: self.method, url, headers: self.headers, body: self.body, timeout_ms: self.timeout_ms })
    }
}

impl Request {
    fn describe(&self) -> String {
        let mut s = format!("{} {} (timeout {}ms)", self.method, self.url, self.timeout_ms);
        for (k, v) in &self.headers {
            s.push_str(&format!("\n  {}: {}", k, v));
        }
        if let Some(b) = &self.body {
            s.push_str(&format!("\n  body: {} bytes", b.len()));
        }
        s
    }
}

fn main() {
    let req = RequestBuilder::new()
        .method("post")
        .url("https://example.com/api")
        .header("Content-Type", "application/json")
        .header("Accept", "*/*")
        .body(String::from("{\"a\":1}"))
        .timeout(500)
        .build();
    match req {
        Ok(r) => println!("{}", r.describe()),
        Err(e) => println!("error: {}", e),
    }

    let attempts = vec![
        RequestBuilder::new().header("X", "1"),
        RequestBuilder::new().url("ftp://old"),
        RequestBuilder::new().url("http://a").body("x".to_string()),
        RequestBuilder::new().url("http://ok"),
    ];
    for (i, b) in attempts.into_iter().enumerate() {
        match b.build() {
            Ok(r) => println!("{}: ok {:?}", i, r),
            Err(e) => println!("{}: error {}", i, e),
        }
    }
}
