//@ compile-fail
// `std::mem::swap(&mut a, &mut b)` with non-`mut` locals.
fn main() {
    let a = 1;
    let mut b = 2;
    std::mem::swap(&mut a, &mut b); //~ ERROR E0596
    println!("{} {}", a, b);
}
