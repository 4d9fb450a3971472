// A panic on an out-of-bounds index after some output: a seat map read past its last row (exit 101)
struct Theatre {
    rows: Vec<Vec<bool>>,
}

impl Theatre {
    fn new(rows: usize, seats: usize) -> Self {
        Theatre { rows: vec![vec![false; seats]; rows] }
    }

    fn book(&mut self, row: usize, seat: usize) -> bool {
        let cell = &mut self.rows[row][seat];
        if *cell {
            false
        } else {
            *cell = true;
            true
        }
    }

    fn free_in_row(&self, row: usize) -> usize {
        self.rows[row].iter().filter(|b| !**b).count()
    }
}

fn main() {
    let mut t = Theatre::new(3, 4);
    let requests = [(0, 1), (0, 1), (2, 3), (1, 0)];
    for (r, s) in requests {
        println!("book ({}, {}): {}", r, s, t.book(r, s));
    }
    for row in 0..3 {
        println!("row {} free: {}", row, t.free_in_row(row));
    }
    let wanted = t.rows.len();
    println!("checking row {}", wanted);
    println!("row {} free: {}", wanted, t.free_in_row(wanted));
    println!("never printed");
}
