//@ compile-fail
// A closure returning a reference to a local it creates.
fn main() {
    let f = || -> &'static str {
        let s = String::from("x");
        &s //~ ERROR E0515
    };
    println!("{}", f());
}
