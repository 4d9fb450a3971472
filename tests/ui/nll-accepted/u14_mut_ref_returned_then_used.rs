// A method returning &mut to an element, used, and the vector borrowed again afterwards
struct Board {
    cells: Vec<u8>,
}

impl Board {
    fn cell(&mut self, i: usize) -> &mut u8 {
        &mut self.cells[i]
    }
    fn total(&self) -> u32 {
        self.cells.iter().map(|&c| c as u32).sum()
    }
}

fn main() {
    let mut b = Board { cells: vec![0; 5] };
    *b.cell(1) = 7;
    let c = b.cell(3);
    *c += 2;
    *c *= 3;
    println!("{:?} total {}", b.cells, b.total());
    let t = b.total() as u8;
    *b.cell(0) = t;
    println!("{:?}", b.cells);
}
