//@ compile-fail
// A struct field is read with a misspelt name.
struct Rect {
    width: u32,
    height: u32,
}

fn main() {
    let r = Rect { width: 3, height: 4 };
    println!("{}", r.widht * r.height); //~ ERROR E0609
}
