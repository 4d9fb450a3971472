//@ compile-fail
// An enum nested in a tuple struct, one variant missing.
enum Color {
    Red,
    Green,
    Blue,
}
struct Px(Color, u8);
fn main() {
    let p = Px(Color::Blue, 1);
    match p { //~ ERROR E0004
        Px(Color::Red, _) => println!("r"),
        Px(Color::Green, _) => println!("g"),
    }
}
