//@ compile-fail
// A getter builds a String with format! and returns a reference to it, as a Java method returns a new String.
struct User {
    first: String,
    last: String,
}

impl User {
    fn full_name(&self) -> &str {
        let name = format!("{} {}", self.first, self.last);
        &name //~ ERROR E0515
    }
}

fn main() {
    let u = User { first: "Ada".to_string(), last: "Lovelace".to_string() };
    println!("{}", u.full_name());
}
