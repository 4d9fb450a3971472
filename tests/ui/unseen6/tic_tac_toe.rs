// Tic-tac-toe on a 3x3 array: Copy enums, nested arrays, winner detection over lines, Display.
use std::fmt;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Cell {
    Empty,
    X,
    O,
}

struct Board {
    cells: [[Cell; 3]; 3],
}

impl Board {
    fn new() -> Self {
        Board { cells: [[Cell::Empty; 3]; 3] }
    }

    fn play(&mut self, row: usize, col: usize, who: Cell) -> Result<(), String> {
        match self.cells.get(row).and_then(|r| r.get(col)) {
            None => Err(format!("({}, {}) is off the board", row, col)),
            Some(Cell::Empty) => {
                self.cells[row][col] = who;
                Ok(())
            }
            Some(other) => Err(format!("({}, {}) already holds {:?}", row, col, other)),
        }
    }

    fn lines(&self) -> Vec<[Cell; 3]> {
        let c = &self.cells;
        let mut out = Vec::new();
        for i in 0..3 {
            out.push(c[i]);
            out.push([c[0][i], c[1][i], c[2][i]]);
        }
        out.push([c[0][0], c[1][1], c[2][2]]);
        out.push([c[0][2], c[1][1], c[2][0]]);
        out
    }

    fn winner(&self) -> Option<Cell> {
        self.lines()
            .into_iter()
            .find(|l| l[0] != Cell::Empty && l[0] == l[1] && l[1] == l[2])
            .map(|l| l[0])
    }

    fn full(&self) -> bool {
        self.cells.iter().all(|r| r.iter().all(|&c| c != Cell::Empty))
    }
}

impl fmt::Display for Board {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, row) in self.cells.iter().enumerate() {
            let s: Vec<&str> = row
                .iter()
                .map(|c| match c {
                    Cell::Empty => ".",
                    Cell::X => "X",
                    Cell::O => "O",
                })
                .collect();
            write!(f, "{}", s.join("|"))?;
            if i < 2 {
                writeln!(f)?;
            }
        }
        Ok(())
    }
}

fn main() {
    let moves = [(1, 1), (0, 0), (1, 1), (0, 2), (3, 0), (0, 1), (2, 0), (1, 0), (2, 2), (2, 1)];
    let mut board = Board::new();
    let mut turn = Cell::X;
    for (r, c) in moves {
        match board.play(r, c, turn) {
            Ok(()) => {
                println!("{:?} plays ({}, {})", turn, r, c);
                turn = if turn == Cell::X { Cell::O } else { Cell::X };
            }
            Err(e) => println!("rejected: {}", e),
        }
        if let Some(w) = board.winner() {
            println!("{:?} wins!", w);
            break;
        }
        if board.full() {
            println!("draw");
            break;
        }
    }
    println!("{}", board);
    println!("cells used: {}", board.cells.iter().flatten().filter(|c| **c != Cell::Empty).count());
}
