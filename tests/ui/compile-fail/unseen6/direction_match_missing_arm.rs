//@ compile-fail
// A match on an enum that forgets one variant.
enum Direction {
    North,
    East,
    South,
    West,
}

fn turn_right(d: Direction) -> Direction {
    match d { //~ ERROR E0004
        Direction::North => Direction::East,
        Direction::East => Direction::South,
        Direction::South => Direction::West,
    }
}

fn main() {
    let _ = turn_right(Direction::West);
}
