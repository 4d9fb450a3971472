//@ compile-fail
// A shared reborrow of a `&mut` (`&*m`), referenced by another local, keeps the mutable borrow alive.
fn main() {
    let mut total = 10;
    let m = &mut total;
    *m += 1;
    let r = &*m;
    let rr = &r;
    let view = &total; //~ ERROR E0502
    println!("{rr} {view}");
}
