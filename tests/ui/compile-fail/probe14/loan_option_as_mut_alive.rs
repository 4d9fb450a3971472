//@ compile-fail
// A `&mut` obtained through `opt.as_mut()` is alive while `opt` is read.
fn main() {
    let mut opt = Some(5);
    let r = opt.as_mut().unwrap();
    println!("{:?}", opt); //~ ERROR E0502
    *r += 1;
}
