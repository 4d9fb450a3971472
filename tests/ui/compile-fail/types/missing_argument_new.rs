//@ compile-fail
// `String::with_capacity` requires its capacity argument.
fn main() {
    let mut s = String::with_capacity(); //~ ERROR E0061
    s.push('x');
    println!("{}", s);
}
