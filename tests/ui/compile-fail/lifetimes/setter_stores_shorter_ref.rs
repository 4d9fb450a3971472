//@ compile-fail
// A setter storing an elided-lifetime `&str` into a field of lifetime 'a.
struct Pair<'a> {
    a: &'a str,
}

impl<'a> Pair<'a> {
    fn set(&mut self, s: &str) {
        self.a = s; //~ ERROR E0621
    }
}

fn main() {
    let mut p = Pair { a: "x" };
    p.set("y");
    println!("{}", p.a);
}
