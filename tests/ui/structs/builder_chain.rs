// A builder that consumes and returns self, chained calls.
#[derive(Debug)]
struct Request {
    url: String,
    method: String,
    headers: Vec<(String, String)>,
}

struct RequestBuilder {
    req: Request,
}

impl RequestBuilder {
    fn new(url: &str) -> Self {
        RequestBuilder { req: Request { url: url.to_string(), method: "GET".into(), headers: vec![] } }
    }
    fn method(mut self, m: &str) -> Self {
        self.req.method = m.to_string();
        self
    }
    fn header(mut self, k: &str, v: &str) -> Self {
        self.req.headers.push((k.to_string(), v.to_string()));
        self
    }
    fn build(self) -> Request {
        self.req
    }
}

fn main() {
    let r = RequestBuilder::new("/items").method("POST").header("a", "1").header("b", "2").build();
    println!("{:?}", r);
    println!("{} {} {}", r.method, r.url, r.headers.len());
}
