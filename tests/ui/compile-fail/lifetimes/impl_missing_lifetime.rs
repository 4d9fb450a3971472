//@ compile-fail
// Implementing a method for a struct with a lifetime parameter but omitting it.
struct Wrapper<'a> {
    inner: &'a str,
}

impl Wrapper { //~ ERROR E0726
    fn get(&self) -> &str {
        self.inner
    }
}

fn main() {
    let w = Wrapper { inner: "x" };
    println!("{}", w.get());
}
