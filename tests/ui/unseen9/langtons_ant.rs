// Langton's ant on an unbounded grid stored as a HashSet of black cells, drawn inside its bounding box.
use std::collections::HashSet;

#[derive(Debug, Clone, Copy)]
enum Heading {
    North,
    East,
    South,
    West,
}

impl Heading {
    fn right(self) -> Heading {
        match self {
            Heading::North => Heading::East,
            Heading::East => Heading::South,
            Heading::South => Heading::West,
            Heading::West => Heading::North,
        }
    }
    fn left(self) -> Heading {
        self.right().right().right()
    }
}

struct Ant {
    pos: (i32, i32),
    heading: Heading,
}

fn step(ant: &mut Ant, black: &mut HashSet<(i32, i32)>) {
    if black.contains(&ant.pos) {
        ant.heading = ant.heading.left();
        black.remove(&ant.pos);
    } else {
        ant.heading = ant.heading.right();
        black.insert(ant.pos);
    }
    let (x, y) = ant.pos;
    ant.pos = match ant.heading {
        Heading::North => (x, y - 1),
        Heading::East => (x + 1, y),
        Heading::South => (x, y + 1),
        Heading::West => (x - 1, y),
    };
}

fn draw(black: &HashSet<(i32, i32)>, ant: &Ant) {
    let min_x = black.iter().map(|p| p.0).min().unwrap_or(0).min(ant.pos.0);
    let max_x = black.iter().map(|p| p.0).max().unwrap_or(0).max(ant.pos.0);
    let min_y = black.iter().map(|p| p.1).min().unwrap_or(0).min(ant.pos.1);
    let max_y = black.iter().map(|p| p.1).max().unwrap_or(0).max(ant.pos.1);
    for y in min_y..=max_y {
        let mut line = String::with_capacity((max_x - min_x + 1) as usize);
        for x in min_x..=max_x {
            let c = if (x, y) == ant.pos {
                'A'
            } else if black.contains(&(x, y)) {
                '#'
            } else {
                '.'
            };
            line.push(c);
        }
        println!("{}", line);
    }
}

fn main() {
    let mut black = HashSet::new();
    let mut ant = Ant { pos: (0, 0), heading: Heading::North };
    for n in 1..=120 {
        step(&mut ant, &mut black);
        if n % 30 == 0 {
            println!("after {} steps: {} black cells, ant at {:?} facing {:?}", n, black.len(), ant.pos, ant.heading);
        }
    }
    draw(&black, &ant);
}
