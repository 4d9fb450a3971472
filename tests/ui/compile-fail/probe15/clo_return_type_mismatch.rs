//@ compile-fail
// A closure annotated `-> i32` returning a &str (E0308).
fn main() {
    let f = |x: i32| -> i32 { if x > 0 { "pos" } else { 0 } }; //~ ERROR E0308
    println!("{}", f(1));
}
