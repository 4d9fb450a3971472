//@ compile-fail
// A `&self` method returns a reference to a String built by format! in the return expression.
struct Person {
    first: String,
    last: String,
}

impl Person {
    fn full_name(&self) -> &str {
        &format!("{} {}", self.first, self.last) //~ ERROR E0515
    }
}

fn main() {
    let p = Person { first: "Grace".into(), last: "Hopper".into() };
    println!("{}", p.full_name());
}
