//@ compile-fail
// `*x` on a struct without Deref (E0614).
struct W(u32);
fn main() {
    let w = W(1);
    println!("{}", *w); //~ ERROR E0614
}
