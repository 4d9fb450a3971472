// Langton's ant walks on a wrapping Vec<Vec<bool>> grid; the grid is drawn after some steps.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Dir {
    Up,
    Right,
    Down,
    Left,
}

impl Dir {
    fn turn_right(self) -> Dir {
        match self {
            Dir::Up => Dir::Right,
            Dir::Right => Dir::Down,
            Dir::Down => Dir::Left,
            Dir::Left => Dir::Up,
        }
    }
    fn turn_left(self) -> Dir {
        self.turn_right().turn_right().turn_right()
    }
}

struct World {
    cells: Vec<Vec<bool>>,
    row: usize,
    col: usize,
    dir: Dir,
}

impl World {
    fn new(size: usize) -> World {
        World { cells: vec![vec![false; size]; size], row: size / 2, col: size / 2, dir: Dir::Up }
    }

    fn step(&mut self) {
        let size = self.cells.len();
        let cell = &mut self.cells[self.row][self.col];
        self.dir = if *cell { self.dir.turn_left() } else { self.dir.turn_right() };
        *cell = !*cell;
        match self.dir {
            Dir::Up => self.row = (self.row + size - 1) % size,
            Dir::Down => self.row = (self.row + 1) % size,
            Dir::Left => self.col = (self.col + size - 1) % size,
            Dir::Right => self.col = (self.col + 1) % size,
        }
    }

    fn black(&self) -> usize {
        self.cells.iter().map(|r| r.iter().filter(|&&b| b).count()).sum()
    }

    fn draw(&self) {
        for (r, row) in self.cells.iter().enumerate() {
            let line: String = row
                .iter()
                .enumerate()
                .map(|(c, &b)| if r == self.row && c == self.col { 'A' } else if b { '#' } else { '.' })
                .collect();
            println!("{}", line);
        }
    }
}

fn main() {
    let mut w = World::new(11);
    let mut done = 0;
    for checkpoint in [10, 50, 120] {
        while done < checkpoint {
            w.step();
            done += 1;
        }
        println!("{} steps: {} black cells, ant at ({}, {}) facing {:?}", done, w.black(), w.row, w.col, w.dir);
    }
    let mut steps = 0;
    let mut fresh = World::new(9);
    for _ in 0..200 {
        fresh.step();
        steps += 1;
    }
    println!("after {} steps: {} black", steps, fresh.black());
    fresh.draw();
}
