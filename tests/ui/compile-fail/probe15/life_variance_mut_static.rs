//@ compile-fail
// Storing a short borrow through `&mut &'static str` (E0597).
fn set<'a>(slot: &mut &'a str, v: &'a str) { *slot = v; }
fn main() {
    let mut s: &'static str = "a";
    let owned = String::from("b");
    set(&mut s, &owned); //~ ERROR E0597
    drop(owned); //~ ERROR E0505
    println!("{}", s);
}
