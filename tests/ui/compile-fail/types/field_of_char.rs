//@ compile-fail
// Reading a field of a char.
fn main() {
    let c = 'x';
    let n = c.code; //~ ERROR E0610
    println!("{}", n);
}
