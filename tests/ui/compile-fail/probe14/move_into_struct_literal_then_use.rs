//@ compile-fail
// A String moved into a struct literal, then used.
struct W { s: String }
fn main() {
    let s = String::from("w");
    let w = W { s };
    println!("{} {}", w.s, s); //~ ERROR E0382
}
