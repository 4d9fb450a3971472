//@ compile-fail
// into_bytes() consumes the String, which is printed afterwards.
fn main() {
    let s = String::from("bytes");
    let b = s.into_bytes();
    println!("{} has {} bytes", s, b.len()); //~ ERROR E0382
}
