//@ compile-fail
// Naming an enum variant that does not exist.
enum Direction {
    Up,
    Down,
}

fn main() {
    let d = Direction::Left; //~ ERROR E0599
    match d {
        Direction::Up => println!("up"),
        Direction::Down => println!("down"),
    }
}
