// Advent-style bingo: numbers then 5x5 boards parsed with split_whitespace and chunks, marks tracked, first and last winners
const INPUT: &str = "7,4,9,5,11,17,23,2,0,14,21,24,10,16,13,6,15,25,12,22,18,20,8,19,3,26,1

22 13 17 11  0
 8  2 23  4 24
21  9 14 16  7
 6 10  3 18  5
 1 12 20 15 19

 3 15  0  2 22
 9 18 13 17  5
19  8  7 25 23
20 11 10 24  4
14 21 16 12  6

14 21 17 24  4
10 16 15  9 19
18  8 23 26 20
22 11 13  6  5
 2  0 12  3  7";

struct Board {
    cells: Vec<u32>,
    marked: [bool; 25],
    won: bool,
}

impl Board {
    fn new(cells: Vec<u32>) -> Self {
        Board { cells, marked: [false; 25], won: false }
    }
    fn mark(&mut self, n: u32) {
        if let Some(i) = self.cells.iter().position(|&c| c == n) {
            self.marked[i] = true;
        }
    }
    fn wins(&self) -> bool {
        (0..5).any(|r| (0..5).all(|c| self.marked[r * 5 + c]))
            || (0..5).any(|c| (0..5).all(|r| self.marked[r * 5 + c]))
    }
    fn unmarked_sum(&self) -> u32 {
        self.cells.iter().zip(self.marked.iter()).filter(|(_, m)| !**m).map(|(c, _)| c).sum()
    }
}

fn main() {
    let mut sections = INPUT.split("\n\n");
    let draws: Vec<u32> = sections.next().unwrap().split(',').map(|n| n.parse().unwrap()).collect();
    let numbers: Vec<u32> = sections.flat_map(|b| b.split_whitespace()).map(|n| n.parse().unwrap()).collect();
    let mut boards: Vec<Board> = numbers.chunks(25).map(|c| Board::new(c.to_vec())).collect();
    println!("{} draws, {} boards", draws.len(), boards.len());
    let mut scores = Vec::new();
    for &n in &draws {
        for (i, board) in boards.iter_mut().enumerate() {
            if board.won {
                continue;
            }
            board.mark(n);
            if board.wins() {
                board.won = true;
                let score = board.unmarked_sum() * n;
                println!("board {} wins on {n}: score {score}", i + 1);
                scores.push(score);
            }
        }
    }
    println!("part 1: {}", scores.first().unwrap());
    println!("part 2: {}", scores.last().unwrap());
}
