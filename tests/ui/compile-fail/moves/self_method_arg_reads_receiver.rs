//@ compile-fail
// The receiver of a `self` method is moved before the arguments are evaluated.
struct Request {
    retries: u32,
}

impl Request {
    fn retries(mut self, n: u32) -> Request {
        self.retries = n;
        self
    }
}

fn main() {
    let r = Request { retries: 1 };
    let r = r.retries(r.retries + 1); //~ ERROR E0382
    println!("{}", r.retries);
}
