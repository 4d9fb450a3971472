//@ compile-fail
// `&mut &'static str` assigned a shorter-lived `&str`.
fn set(slot: &mut &'static str, s: &str) {
    *slot = s; //~ ERROR lifetime may not live long enough
}
fn main() {
    let mut x: &'static str = "a";
    set(&mut x, "b");
    println!("{}", x);
}
