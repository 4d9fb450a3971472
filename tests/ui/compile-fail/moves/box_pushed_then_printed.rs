//@ compile-fail
// A Box pushed into a vector is moved: printing it afterwards is a use after move.
fn main() {
    let b = Box::new(5);
    let mut v = Vec::new();
    v.push(b);
    println!("{} {}", b, v.len()); //~ ERROR E0382
}
