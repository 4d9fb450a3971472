// A refutable pattern as a closure parameter: E0005.
//@ compile-fail
fn main() {
    let f = |Some(x): Option<u32>| x; //~ ERROR E0005
    println!("{}", f(Some(1)));
}
