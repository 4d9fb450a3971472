//@ compile-fail
// A struct literal giving the same field two values.
struct Size {
    w: u32,
    h: u32,
}

fn main() {
    let s = Size { w: 3, h: 4, h: 5 }; //~ ERROR E0062
    println!("{}", s.w * s.h);
}
