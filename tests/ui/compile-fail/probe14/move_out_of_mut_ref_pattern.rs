//@ compile-fail
// Destructuring `&mut Option<String>` with a by-value pattern inside `*`.
fn take(o: &mut Option<String>) -> String {
    match *o { //~ ERROR E0507
        Some(s) => s,
        None => String::new(),
    }
}
fn main() {
    let mut o = Some("a".to_string());
    println!("{}", take(&mut o));
}
