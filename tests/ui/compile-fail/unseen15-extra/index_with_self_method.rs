//@ compile-fail
// a grid setter indexes its cells with a &self helper inside the assignment: IndexMut on Vec is not a two-phase borrow (written as NLL-accepted, rustc rejects it)
struct Grid {
    width: usize,
    cells: Vec<u8>,
}

impl Grid {
    fn idx(&self, x: usize, y: usize) -> usize {
        y * self.width + x
    }
    fn set(&mut self, x: usize, y: usize, v: u8) {
        self.cells[self.idx(x, y)] = v; //~ ERROR E0502
        let i = self.idx(y % self.width, x % self.width);
        self.cells[i] += 1;
    }
}

fn main() {
    let mut g = Grid { width: 3, cells: vec![0; 9] };
    g.set(1, 2, 7);
    g.set(0, 0, 4);
    println!("{:?}", g.cells);
}
