//@ compile-fail
// A struct-variant pattern missing a field (E0027).
enum Msg { Move { x: i32, y: i32 } }
fn main() {
    let m = Msg::Move { x: 1, y: 2 };
    match m {
        Msg::Move { x } => println!("{}", x), //~ ERROR E0027
    }
}
