//@ compile-fail
// A match over a direction enum forgets one variant.
enum Direction {
    North,
    East,
    South,
    West,
}

fn turn(d: Direction) -> &'static str {
    match d { //~ ERROR E0004
        Direction::North => "up",
        Direction::East => "right",
        Direction::South => "down",
    }
}

fn main() {
    println!("{}", turn(Direction::West));
}
