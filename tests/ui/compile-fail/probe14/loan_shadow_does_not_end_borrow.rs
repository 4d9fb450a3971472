//@ compile-fail
// Shadowing the reference's name does not end its loan.
fn main() {
    let mut v = vec![1];
    let r = &v;
    let keep = r;
    let r = 5;
    v.push(r); //~ ERROR E0502
    println!("{:?}", keep);
}
