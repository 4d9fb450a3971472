//@ compile-fail
// a string slice cast with `as` instead of parsed
fn main() {
    let field = "42";
    let n = field as i32; //~ ERROR E0606
    println!("{}", n + 1);
}
