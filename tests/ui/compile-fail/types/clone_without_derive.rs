//@ compile-fail
// Calling `clone` on a struct that does not implement Clone.
struct Token {
    id: u32,
}

fn main() {
    let t = Token { id: 1 };
    let u = t.clone(); //~ ERROR E0599
    println!("{} {}", t.id, u.id);
}
