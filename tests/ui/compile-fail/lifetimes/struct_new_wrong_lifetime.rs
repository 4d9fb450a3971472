//@ compile-fail
// A constructor tying the struct to a lifetime its argument does not have.
struct Wrapper<'a> {
    inner: &'a str,
}

impl<'a> Wrapper<'a> {
    fn new(s: &str) -> Wrapper<'a> {
        Wrapper { inner: s } //~ ERROR E0621
    }
}

fn main() {
    let w = Wrapper::new("x");
    println!("{}", w.inner);
}
