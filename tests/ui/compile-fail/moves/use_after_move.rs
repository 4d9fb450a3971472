//@ compile-fail
// Using a String after it was moved into another variable.
fn main() {
    let s = String::from("hello");
    let t = s;
    println!("{} {}", s, t); //~ ERROR E0382
}
