//@ compile-fail
// parse() is called without telling which type to parse into.
fn main() {
    let input = "17";
    let n = input.parse().unwrap(); //~ ERROR E0284
    println!("{}", n);
}
