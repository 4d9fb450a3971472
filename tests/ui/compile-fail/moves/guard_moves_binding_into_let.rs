//@ compile-fail
// A block in a match guard moves the binding into a local.
fn main() {
    let v = Some(String::from("a"));
    match v {
        Some(s) if { let t = s; t.len() > 0 } => println!("long"), //~ ERROR E0507
        _ => println!("other"),
    }
}
