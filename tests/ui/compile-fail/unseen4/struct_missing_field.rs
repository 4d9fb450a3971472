//@ compile-fail
// Building a struct literal without one of its fields.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
    label: String,
}

fn main() {
    let r = Rectangle { width: 30, height: 50 }; //~ ERROR E0063
    println!("{:?}", r);
}
