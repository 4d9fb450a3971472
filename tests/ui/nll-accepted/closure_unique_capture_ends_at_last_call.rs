// A closure's unique access to `*r` ends at its last call: `r` is usable again afterwards.
fn main() {
    let mut v = vec![1];
    let r = &mut v;
    let mut push = |x: i32| r.push(x);
    push(2);
    push(4);
    r.push(3);
    println!("{:?}", v);
}
