//@ compile-fail
// Reading `*r` while a closure holds unique access to it is E0501 too, "as immutable".
fn main() {
    let mut v = vec![1];
    let r = &mut v;
    let mut push = |x: i32| r.push(x);
    push(2);
    println!("{}", r.len()); //~ ERROR E0501
    push(4);
}
