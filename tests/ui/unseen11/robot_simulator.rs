// A robot on a grid follows instruction strings; direction turns are enum methods and obstacles stop it.
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    North,
    East,
    South,
    West,
}

impl Dir {
    fn right(self) -> Dir {
        match self {
            Dir::North => Dir::East,
            Dir::East => Dir::South,
            Dir::South => Dir::West,
            Dir::West => Dir::North,
        }
    }

    fn left(self) -> Dir {
        self.right().right().right()
    }

    fn delta(self) -> (i32, i32) {
        match self {
            Dir::North => (0, 1),
            Dir::East => (1, 0),
            Dir::South => (0, -1),
            Dir::West => (-1, 0),
        }
    }
}

#[derive(Debug)]
struct Robot {
    x: i32,
    y: i32,
    dir: Dir,
    bumps: u32,
}

impl Robot {
    fn run(&mut self, program: &str, walls: &HashSet<(i32, i32)>) -> Vec<(i32, i32)> {
        let mut trail = vec![(self.x, self.y)];
        for cmd in program.chars() {
            match cmd {
                'L' => self.dir = self.dir.left(),
                'R' => self.dir = self.dir.right(),
                'A' => {
                    let (dx, dy) = self.dir.delta();
                    let next = (self.x + dx, self.y + dy);
                    if walls.contains(&next) {
                        self.bumps += 1;
                    } else {
                        self.x = next.0;
                        self.y = next.1;
                        trail.push(next);
                    }
                }
                other => println!("ignoring {:?}", other),
            }
        }
        trail
    }

    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

fn main() {
    let walls: HashSet<(i32, i32)> = [(2, 0), (0, 3), (-1, -1)].into_iter().collect();
    let programs = ["AARAAL", "RAAALAAA", "LAAARALA", "AAAxRRAA", "RRRR"];
    for p in programs {
        let mut r = Robot { x: 0, y: 0, dir: Dir::North, bumps: 0 };
        let trail = r.run(p, &walls);
        println!("{:<10} end ({}, {}) facing {:?}, bumps {}, distance {}", p, r.x, r.y, r.dir, r.bumps, r.manhattan());
        println!("           trail {:?}", trail);
    }
    let mut r = Robot { x: 0, y: 0, dir: Dir::East, bumps: 0 };
    let visited: HashSet<(i32, i32)> = r.run(&"ALAR".repeat(5), &walls).into_iter().collect();
    println!("{:?}, {} distinct cells", r, visited.len());
}
