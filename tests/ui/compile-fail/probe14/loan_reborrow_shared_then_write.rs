//@ compile-fail
// `&*r` kept while writing through `r`.
fn main() {
    let mut x = 1;
    let r = &mut x;
    let s = &*r;
    *r = 5; //~ ERROR E0506
    println!("{}", s);
}
