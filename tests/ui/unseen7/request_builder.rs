// The builder pattern: a RequestBuilder consuming and returning self, validated by build() into a Result.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Method {
    Get,
    Post,
    Delete,
}

#[derive(Debug)]
struct Request {
    method: Method,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<String>,
    timeout_ms: u32,
}

#[derive(Default)]
struct RequestBuilder {
    method: Option<Method>,
    url: Option<String>,
    headers: Vec<(String, String)>,
    body: Option<String>,
    timeout_ms: Option<u32>,
}

impl RequestBuilder {
    fn new() -> Self {
        RequestBuilder::default()
    }
    fn method(mut self, m: Method) -> Self {
        self.method = Some(m);
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
    fn body(mut self, b: impl Into<String>) -> Self {
        self.body = Some(b.into());
        self
    }
    fn timeout(mut self, ms: u32) -> Self {
        self.timeout_ms = Some(ms);
        self
    }
    fn build(self) -> Result<Request, String> {
        let url = self.url.ok_or("missing url")?;
        if !url.starts_with("http") {
            return Err(format!("bad url {}", url));
        }
        let method = self.method.unwrap_or(Method::Get);
        if method == Method::Get && self.body.is_some() {
            return Err(String::from("GET with a body"));
        }
        Ok(Request { method, url, headers: self.headers, body: self.body, timeout_ms: self.timeout_ms.unwrap_or(3000) })
    }
}

impl fmt::Display for Request {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "{:?} {} (timeout {} ms)", self.method, self.url, self.timeout_ms)?;
        for (k, v) in &self.headers {
            writeln!(f, "  {}: {}", k, v)?;
        }
        match &self.body {
            Some(b) => write!(f, "  body: {} bytes", b.len()),
            None => write!(f, "  no body"),
        }
    }
}

fn main() {
    let attempts = vec![
        RequestBuilder::new().url("https://api.example.org/items").header("Accept", "json"),
        RequestBuilder::new()
            .method(Method::Post)
            .url("https://api.example.org/items")
            .header("Content-Type", "json")
            .header("X-Trace", "42")
            .body("{\"name\":\"lamp\"}")
            .timeout(500),
        RequestBuilder::new().method(Method::Delete),
        RequestBuilder::new().url("ftp://old.example.org"),
        RequestBuilder::new().url("http://x.org").body(String::from("oops")),
    ];
    for (i, b) in attempts.into_iter().enumerate() {
        match b.build() {
            Ok(req) => println!("#{} {}", i, req),
            Err(e) => println!("#{} error: {}", i, e),
        }
    }
}
