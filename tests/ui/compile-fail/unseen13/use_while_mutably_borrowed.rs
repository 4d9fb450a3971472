//@ compile-fail
// An integer is read while a mutable borrow of it is still in use.
fn main() {
    let mut total = 0;
    let r = &mut total;
    let copy = total; //~ ERROR E0503
    *r += 1;
    println!("{}", copy);
}
