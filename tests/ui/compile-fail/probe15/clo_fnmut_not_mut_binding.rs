//@ compile-fail
// Calling an FnMut closure held in a non-mut binding (E0596).
fn main() {
    let mut n = 0;
    let inc = || n += 1;
    inc(); //~ ERROR E0596
    println!("{}", n);
}
