//@ compile-fail
// A closure passing `out` to a `&mut` parameter holds unique access to `*out` until its last call.
fn add(out: &mut Vec<i32>, x: i32) {
    out.push(x);
}

fn fill(out: &mut Vec<i32>) {
    let mut f = |x| add(out, x);
    out.push(0); //~ ERROR E0501
    f(1);
}

fn main() {
    let mut v = Vec::new();
    fill(&mut v);
    println!("{:?}", v);
}
