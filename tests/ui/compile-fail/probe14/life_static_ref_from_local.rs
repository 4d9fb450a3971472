//@ compile-fail
// `let r: &'static i32 = &x;` with a local `x`.
fn main() {
    let x = 5;
    let r: &'static i32 = &x; //~ ERROR E0597
    println!("{}", r);
}
