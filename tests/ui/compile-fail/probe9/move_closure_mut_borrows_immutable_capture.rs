//@ compile-fail
// Calling `push` on a captured `String` borrows it mutably: the variable must be `mut`, even moved in.
fn main() {
    let log = String::new();
    let mut add = move |s: &str| {
        log.push_str(s); //~ ERROR E0596
        log.len()
    };
    println!("{}", add("a"));
}
