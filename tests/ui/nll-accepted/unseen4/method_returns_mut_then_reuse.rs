// A method returning &mut into self, used, and then self used again once that borrow is over.
#[derive(Debug, Default)]
struct Board {
    cells: Vec<char>,
    moves: u32,
}

impl Board {
    fn cell(&mut self, i: usize) -> &mut char {
        &mut self.cells[i]
    }
    fn play(&mut self, i: usize, c: char) -> bool {
        let slot = self.cell(i);
        if *slot != '.' {
            return false;
        }
        *slot = c;
        self.moves += 1;
        true
    }
}

fn main() {
    let mut b = Board { cells: vec!['.'; 9], moves: 0 };
    println!("{} {} {}", b.play(4, 'x'), b.play(4, 'o'), b.play(0, 'o'));
    let c = b.cell(8);
    *c = 'x';
    b.moves += 1;
    let s: String = b.cells.iter().collect();
    println!("{} after {} moves", s, b.moves);
}
