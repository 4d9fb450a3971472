//@ compile-fail
// `Option::unwrap` takes `self`; the Option is moved.
fn main() {
    let o = Some(String::from("x"));
    let s = o.unwrap();
    println!("{}", s);
    println!("{:?}", o); //~ ERROR E0382
}
