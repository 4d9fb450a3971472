//@ compile-fail
// A closure bound to a variable, unannotated, then mapped: its parameter's region is the items', which must be `'static`.
#[derive(Debug)]
struct Tok {
    w: &'static str,
}
fn main() {
    let s = String::from("a b");
    let f = |w| Tok { w };
    let t: Vec<Tok> = s.split(' ').map(f).collect(); //~ ERROR E0597
    println!("{t:?}");
}
