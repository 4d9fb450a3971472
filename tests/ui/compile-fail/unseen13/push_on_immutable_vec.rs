//@ compile-fail
// push is called on a Vec that was not declared mut.
fn main() {
    let v = Vec::new();
    v.push(1); //~ ERROR E0596
    println!("{:?}", v);
}
