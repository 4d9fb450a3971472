// a simulation logs a summary computed by a &self method straight into its own Vec field (two-phase borrow)
struct Sim {
    width: usize,
    cells: Vec<u8>,
    log: Vec<String>,
}

impl Sim {
    fn idx(&self, x: usize, y: usize) -> usize {
        y * self.width + x
    }
    fn summary(&self) -> String {
        format!("{} lit", self.cells.iter().filter(|&&c| c > 0).count())
    }
    fn set(&mut self, x: usize, y: usize, v: u8) {
        let i = self.idx(x, y);
        self.cells[i] = v;
        self.log.push(self.summary());
        self.cells.push(self.cells[i]);
    }
}

fn main() {
    let mut s = Sim { width: 3, cells: vec![0; 9], log: Vec::new() };
    s.set(1, 2, 7);
    s.set(0, 0, 4);
    println!("{:?} {:?}", s.cells, s.log);
}
