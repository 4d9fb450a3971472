//@ compile-fail
// An empty Vec whose element type is never determined.
fn main() {
    let v = Vec::new(); //~ ERROR E0282
    println!("{}", v.len());
}
