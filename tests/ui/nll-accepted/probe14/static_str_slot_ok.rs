// A `&mut &'static str` given a string literal.
fn set(slot: &mut &'static str, s: &'static str) {
    *slot = s;
}
fn main() {
    let mut x: &'static str = "a";
    set(&mut x, "b");
    let shorter: &str = x;
    println!("{}", shorter);
}
