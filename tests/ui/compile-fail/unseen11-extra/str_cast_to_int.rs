//@ compile-fail
// A numeric string is converted with `as` instead of parse().
fn main() {
    let input = "42";
    let n = input as i32; //~ ERROR E0606
    println!("{}", n + 1);
}
