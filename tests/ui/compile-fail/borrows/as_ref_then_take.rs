//@ compile-fail
// `take()` needs the Option mutably while a reference into it is still used.
fn main() {
    let mut opt = Some(String::from("x"));
    let r = opt.as_ref().unwrap();
    let taken = opt.take(); //~ ERROR E0502
    println!("{} {:?}", r, taken);
}
