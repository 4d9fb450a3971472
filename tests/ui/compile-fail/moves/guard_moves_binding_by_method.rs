//@ compile-fail
// A match guard calls a method taking `self` on a binding: the guard only sees the value by reference.
fn main() {
    let v = Some(String::from("abc"));
    match v {
        Some(s) if s.into_bytes().len() > 2 => println!("long"), //~ ERROR E0507
        _ => println!("other"),
    }
}
