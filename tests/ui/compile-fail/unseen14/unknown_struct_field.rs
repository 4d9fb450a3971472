//@ compile-fail
// A struct literal with a field name the struct does not have (E0560)
struct Rect {
    width: u32,
    height: u32,
}

fn main() {
    let r = Rect { width: 3, heigth: 4 }; //~ ERROR E0560
    println!("{}", r.width);
}
