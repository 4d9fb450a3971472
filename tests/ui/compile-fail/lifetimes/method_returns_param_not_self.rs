//@ compile-fail
// A method whose result is tied to `&self` by elision cannot return the other argument.
struct Book {
    title: String,
}

impl Book {
    fn pick(&self, other: &str) -> &str {
        if self.title.is_empty() { other } else { &self.title } //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let b = Book { title: String::from("Dune") };
    println!("{}", b.pick("none"));
}
