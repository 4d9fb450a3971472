//@ compile-fail
// Matching on an enum while a mutable borrow of it is alive.
enum Light {
    Red,
    Green,
}

fn main() {
    let mut l = Light::Red;
    let r = &mut l;
    match l { //~ ERROR E0503
        Light::Red => println!("red"),
        Light::Green => println!("green"),
    }
    *r = Light::Green;
}
