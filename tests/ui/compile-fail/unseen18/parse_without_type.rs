//@ compile-fail
// parse() with nothing telling which type to produce.
fn main() {
    let input = "42";
    let n = input.trim().parse().unwrap(); //~ ERROR E0284
    println!("{}", n);
}
