//@ compile-fail
// A closure mutating `v` is stored; reading `v` before calling it again.
fn main() {
    let mut v = vec![1];
    let mut add = |x| v.push(x);
    add(2);
    println!("{}", v.len()); //~ ERROR E0502
    add(3);
}
