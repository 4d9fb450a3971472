//@ compile-fail
// Moving a binding inside a match guard.
fn takes(s: String) -> bool { s.is_empty() }
fn main() {
    let o = Some(String::from("a"));
    match o {
        Some(s) if takes(s) => println!("empty"), //~ ERROR E0507
        _ => {}
    }
}
