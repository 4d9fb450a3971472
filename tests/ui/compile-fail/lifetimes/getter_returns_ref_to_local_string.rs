//@ compile-fail
// A getter returning a reference to a String it builds.
struct User {
    first: String,
    last: String,
}

impl User {
    fn full(&self) -> &str {
        let s = format!("{} {}", self.first, self.last);
        &s //~ ERROR E0515
    }
}

fn main() {
    let u = User { first: "A".into(), last: "B".into() };
    println!("{}", u.full());
}
