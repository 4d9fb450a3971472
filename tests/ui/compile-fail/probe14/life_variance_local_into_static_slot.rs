//@ compile-fail
// A local's borrow written through `&mut &'static str`.
fn main() {
    let mut x: &'static str = "a";
    let slot = &mut x;
    let s = String::from("b");
    *slot = &s; //~ ERROR E0597
    println!("{}", x);
}
