// Connect Four on a 6x7 array of Option<Player>: drop discs column by column and detect a line of four.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Player {
    Red,
    Yellow,
}

struct Board {
    cells: [[Option<Player>; 7]; 6],
}

impl Board {
    fn new() -> Self {
        Board { cells: [[None; 7]; 6] }
    }

    fn drop_disc(&mut self, col: usize, p: Player) -> Option<usize> {
        for row in (0..6).rev() {
            if self.cells[row][col].is_none() {
                self.cells[row][col] = Some(p);
                return Some(row);
            }
        }
        None
    }

    fn count_dir(&self, row: usize, col: usize, dr: i32, dc: i32, p: Player) -> usize {
        let mut n = 0;
        let (mut r, mut c) = (row as i32 + dr, col as i32 + dc);
        while (0..6).contains(&r) && (0..7).contains(&c) && self.cells[r as usize][c as usize] == Some(p) {
            n += 1;
            r += dr;
            c += dc;
        }
        n
    }

    fn wins(&self, row: usize, col: usize, p: Player) -> bool {
        let dirs = [(0, 1), (1, 0), (1, 1), (1, -1)];
        dirs.iter().any(|&(dr, dc)| 1 + self.count_dir(row, col, dr, dc, p) + self.count_dir(row, col, -dr, -dc, p) >= 4)
    }

    fn render(&self) -> String {
        let mut s = String::new();
        for row in self.cells.iter() {
            for cell in row {
                s.push(match cell {
                    Some(Player::Red) => 'R',
                    Some(Player::Yellow) => 'Y',
                    None => '.',
                });
            }
            s.push('\n');
        }
        s.push_str("0123456");
        s
    }
}

fn play(moves: &[usize]) {
    let mut board = Board::new();
    let mut player = Player::Red;
    for (turn, &col) in moves.iter().enumerate() {
        match board.drop_disc(col, player) {
            None => println!("turn {}: column {} is full", turn + 1, col),
            Some(row) => {
                if board.wins(row, col, player) {
                    println!("{}", board.render());
                    println!("{:?} wins on turn {} at ({}, {})", player, turn + 1, row, col);
                    return;
                }
            }
        }
        player = if player == Player::Red { Player::Yellow } else { Player::Red };
    }
    println!("{}", board.render());
    println!("no winner after {} moves", moves.len());
}

fn main() {
    play(&[3, 3, 4, 4, 5, 5, 6]);
    play(&[0, 1, 1, 2, 2, 3, 2, 3, 3, 6, 3]);
    play(&[0, 0, 0, 0, 0, 0, 0, 1]);
}
