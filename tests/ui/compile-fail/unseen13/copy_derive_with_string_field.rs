//@ compile-fail
// Copy is derived for a struct that owns a String.
#[derive(Clone, Copy)]
struct Name { //~ ERROR E0204
    text: String,
}

fn main() {
    let n = Name { text: String::new() };
    let m = n;
    println!("{}", m.text);
}
