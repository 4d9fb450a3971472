//@ compile-fail
// Moving out of a `&mut` without putting something back.
fn take(slot: &mut String) -> String {
    let s = *slot; //~ ERROR E0507
    s
}

fn main() {
    let mut s = String::from("x");
    println!("{}", take(&mut s));
}
