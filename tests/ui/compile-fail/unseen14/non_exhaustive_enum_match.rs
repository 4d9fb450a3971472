//@ compile-fail
// A match over an enum that forgets a variant (E0004)
enum Light {
    Red,
    Yellow,
    Green,
}

fn next(l: Light) -> Light {
    match l { //~ ERROR E0004
        Light::Red => Light::Green,
        Light::Green => Light::Yellow,
    }
}

fn main() {
    let _ = next(Light::Red);
}
