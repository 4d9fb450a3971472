//@ compile-fail
// Rect::new takes three arguments but is called with two.
struct Rect {
    w: u32,
    h: u32,
    label: String,
}

impl Rect {
    fn new(w: u32, h: u32, label: &str) -> Rect {
        Rect { w, h, label: label.to_string() }
    }
}

fn main() {
    let r = Rect::new(3, 4); //~ ERROR E0061
    println!("{} {} {}", r.w, r.h, r.label);
}
