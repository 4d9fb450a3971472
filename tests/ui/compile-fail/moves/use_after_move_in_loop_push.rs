//@ compile-fail
// A String moved into a vector in each iteration of a loop.
fn main() {
    let s = String::from("x");
    let mut v = Vec::new();
    for _ in 0..2 {
        v.push(s); //~ ERROR E0382
    }
    println!("{}", v.len());
}
