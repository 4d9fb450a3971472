//@ compile-fail
// Deriving Copy for a struct holding a String (E0204)
#[derive(Clone, Copy)]
struct Tag { //~ ERROR E0204
    label: String,
    id: u32,
}

fn main() {
    let t = Tag { label: String::from("x"), id: 1 };
    println!("{} {}", t.label, t.id);
}
