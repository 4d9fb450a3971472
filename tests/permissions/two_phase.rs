// Two-phase borrow: `v.push(v.len())` reserves `&mut v`, reads `v`, then activates the borrow.
fn main() {
    let mut v = vec![1];
    v.push(v.len());
    let n = v.len();
    v.push(n);
    println!("{:?}", v);
}
