//@ compile-fail
// `?` in a function that returns `()`.
fn main() {
    let n: i32 = "5".parse()?; //~ ERROR E0277
    println!("{}", n);
}
