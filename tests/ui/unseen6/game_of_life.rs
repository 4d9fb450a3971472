// Conway's game of life on a small wrapping grid: Vec<bool> storage, neighbour counts, generations.
#[derive(Clone, PartialEq)]
struct World {
    w: usize,
    h: usize,
    cells: Vec<bool>,
}

impl World {
    fn parse(rows: &[&str]) -> World {
        let h = rows.len();
        let w = rows[0].len();
        let cells = rows.iter().flat_map(|r| r.chars().map(|c| c == '#')).collect();
        World { w, h, cells }
    }

    fn alive(&self, x: usize, y: usize) -> bool {
        self.cells[y * self.w + x]
    }

    fn neighbours(&self, x: usize, y: usize) -> usize {
        let mut n = 0;
        for dy in [self.h - 1, 0, 1] {
            for dx in [self.w - 1, 0, 1] {
                if dx == 0 && dy == 0 {
                    continue;
                }
                if self.alive((x + dx) % self.w, (y + dy) % self.h) {
                    n += 1;
                }
            }
        }
        n
    }

    fn step(&self) -> World {
        let mut next = self.clone();
        for y in 0..self.h {
            for x in 0..self.w {
                let n = self.neighbours(x, y);
                next.cells[y * self.w + x] = matches!((self.alive(x, y), n), (true, 2) | (true, 3) | (false, 3));
            }
        }
        next
    }

    fn population(&self) -> usize {
        self.cells.iter().filter(|&&c| c).count()
    }

    fn show(&self) {
        for row in self.cells.chunks(self.w) {
            let line: String = row.iter().map(|&c| if c { '#' } else { '.' }).collect();
            println!("{}", line);
        }
    }
}

fn main() {
    let mut world = World::parse(&[
        "......",
        "..#...",
        "...#..",
        ".###..",
        "......",
        "......",
    ]);
    let start = world.clone();
    for g in 0..4 {
        println!("generation {} (population {})", g, world.population());
        world.show();
        world = world.step();
    }
    let mut gens = 4;
    while world != start && gens < 40 {
        world = world.step();
        gens += 1;
    }
    println!("glider back to its start shape after {} generations: {}", gens, world == start);
    let blinker = World::parse(&[".....", "..#..", "..#..", "..#..", "....."]);
    let two = blinker.step().step();
    println!("blinker period 2: {}", two == blinker);
}
