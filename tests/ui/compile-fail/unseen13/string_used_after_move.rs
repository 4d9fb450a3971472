//@ compile-fail
// The lesson's String is moved into t, then s is printed.
fn main() {
    let s = String::from("hello");
    let t = s;
    println!("{} {}", s, t); //~ ERROR E0382
}
