//@ compile-fail
// An explicit `&mut` argument is not two-phase: `v.len()` conflicts with it.
fn add(v: &mut Vec<usize>, n: usize) {
    v.push(n);
}

fn main() {
    let mut v = vec![1];
    let r = &mut v;
    add(r, v.len()); //~ ERROR E0502
    println!("{:?}", v);
}
