//@ compile-fail
// parse with no target type: nothing says what the number is
fn main() {
    let text = "17";
    let n = text.trim().parse().unwrap(); //~ ERROR E0284
    println!("{}", n);
}
