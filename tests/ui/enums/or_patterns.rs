// Or-patterns at top level and nested inside tuples and enums.
#[derive(Debug, Clone, Copy)]
enum Dir {
    North,
    East,
    South,
    West,
}

fn axis(d: Dir) -> &'static str {
    match d {
        Dir::North | Dir::South => "vertical",
        Dir::East | Dir::West => "horizontal",
    }
}

fn main() {
    for d in [Dir::North, Dir::East, Dir::South, Dir::West] {
        println!("{d:?} {}", axis(d));
    }
    let items = [Some(1), Some(2), Some(7), None];
    for it in items {
        match it {
            Some(1 | 2) => println!("small"),
            Some(n @ (6 | 7 | 8)) => println!("mid {n}"),
            Some(_) | None => println!("else"),
        }
    }
    let t = (0, 5);
    if let (0, x) | (x, 0) = t {
        println!("x = {x}");
    }
}
