//@ compile-fail
// An impl header for a struct with a lifetime parameter written without it (E0726).
struct W<'a> { s: &'a str }
impl W { //~ ERROR E0726
    fn get(&self) -> &str { self.s }
}
fn main() {
    let w = W { s: "a" };
    println!("{}", w.get());
}
