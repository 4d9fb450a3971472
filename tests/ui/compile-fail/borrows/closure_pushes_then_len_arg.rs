//@ compile-fail
// A closure holding `&mut v` is called with `v.len()` as its argument.
fn main() {
    let mut v: Vec<usize> = Vec::new();
    let mut add = |x| v.push(x);
    add(v.len()); //~ ERROR E0502
    add(1);
    println!("{:?}", v);
}
