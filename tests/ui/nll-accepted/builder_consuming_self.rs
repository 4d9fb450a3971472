// A builder whose methods take and return `self`: each call moves the value along.
#[derive(Debug)]
struct Request {
    url: String,
    retries: u32,
}

impl Request {
    fn new(url: &str) -> Request {
        Request { url: url.to_string(), retries: 0 }
    }
    fn retries(mut self, n: u32) -> Request {
        self.retries = n;
        self
    }
}

fn main() {
    let r = Request::new("http://x").retries(3);
    let n = r.retries + 1;
    let r = r.retries(n);
    println!("{:?}", r);
}
