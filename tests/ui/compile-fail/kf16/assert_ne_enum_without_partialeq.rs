//@ compile-fail
// assert_ne! on an enum that derives Debug but not PartialEq (E0369 at the macro).
#[derive(Debug)]
enum Light {
    Red,
    Green,
}

fn main() {
    let a = Light::Red;
    assert_ne!(a, Light::Green); //~ ERROR E0369
}
