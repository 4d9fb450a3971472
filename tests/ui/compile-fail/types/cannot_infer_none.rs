//@ compile-fail
// A bare `None` whose payload type is never determined.
fn main() {
    let nothing = None; //~ ERROR E0282
    println!("{}", nothing.is_none());
}
