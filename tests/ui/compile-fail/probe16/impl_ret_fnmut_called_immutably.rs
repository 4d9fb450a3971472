//@ compile-fail
// Calling an impl FnMut result bound without mut (E0596).
fn counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    move || { n += 1; n }
}
fn main() {
    let c = counter();
    println!("{}", c()); //~ ERROR E0596
}
