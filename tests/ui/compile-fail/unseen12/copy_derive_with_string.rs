//@ compile-fail
// #[derive(Clone, Copy)] on a struct holding a String.
#[derive(Clone, Copy)]
struct Tag { //~ ERROR E0204
    label: String,
}

fn main() {
    let t = Tag { label: String::from("new") };
    let u = t;
    println!("{} {}", t.label, u.label);
}
