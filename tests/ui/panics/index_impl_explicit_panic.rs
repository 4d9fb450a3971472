// A user's Index/IndexMut impl inherits std's #[track_caller]: an explicit panic in `index` points at the indexing expression.
use std::ops::{Index, IndexMut};

struct Grid {
    w: usize,
    cells: Vec<u8>,
}

impl Index<(usize, usize)> for Grid {
    type Output = u8;
    fn index(&self, (x, y): (usize, usize)) -> &u8 {
        if x >= self.w {
            panic!("column {} out of range", x);
        }
        &self.cells[y * self.w + x]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (x, y): (usize, usize)) -> &mut u8 {
        &mut self.cells[y * self.w + x]
    }
}

fn main() {
    let mut g = Grid { w: 3, cells: vec![0; 6] };
    g[(1, 1)] = 7;
    println!("{} {}", g[(1, 1)], g[(0, 0)]);
    let small = Grid { w: 2, cells: vec![1; 4] };
    let v = small[(5, 0)];
    println!("unreachable {v}");
}
