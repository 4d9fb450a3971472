//@ compile-fail
// `String::into_bytes` takes the String by value.
fn main() {
    let s = String::from("abc");
    let bytes = s.into_bytes();
    println!("{:?} {}", bytes, s); //~ ERROR E0382
}
