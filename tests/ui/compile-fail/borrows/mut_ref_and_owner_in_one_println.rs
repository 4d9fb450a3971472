//@ compile-fail
// `println!("{r} {x}")` takes `&r` before `&x`: the reference to `r` keeps r's mutable borrow of `x` alive.
fn main() {
    let mut x = 5;
    let r = &mut x;
    println!("{r} {x}"); //~ ERROR E0502
}
