//@ compile-fail
// A method returning a field with the struct's lifetime where `&self`'s is promised — fine — but
// returning the argument instead is not.
struct Pair<'a> {
    first: &'a str,
}

impl<'a> Pair<'a> {
    fn pick<'b>(&self, other: &'b str) -> &'a str {
        if other.is_empty() { self.first } else { other } //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let p = Pair { first: "a" };
    println!("{}", p.pick("b"));
}
