//@ compile-fail
// Matching on an Option<String> field of &self by value moves the String out of the borrow.
struct Contact {
    email: Option<String>,
}

impl Contact {
    fn domain(&self) -> String {
        match self.email { //~ ERROR E0507
            Some(e) => e.split('@').nth(1).unwrap_or("").to_string(),
            None => String::new(),
        }
    }
}

fn main() {
    let c = Contact { email: Some("a@b.org".into()) };
    println!("{}", c.domain());
}
