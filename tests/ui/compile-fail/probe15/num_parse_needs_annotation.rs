//@ compile-fail
// parse() without a target type (E0284).
fn main() {
    let n = "5".parse().unwrap(); //~ ERROR E0284
    println!("{}", n);
}
