// Pascal's triangle as a struct implementing Iterator<Item = Vec<u64>>, used with take, skip, map, zip and last.
struct Pascal {
    row: Vec<u64>,
}

impl Pascal {
    fn new() -> Self {
        Pascal { row: Vec::new() }
    }
}

impl Iterator for Pascal {
    type Item = Vec<u64>;

    fn next(&mut self) -> Option<Vec<u64>> {
        let next = if self.row.is_empty() {
            vec![1]
        } else {
            let mut r = Vec::with_capacity(self.row.len() + 1);
            r.push(1);
            for w in self.row.windows(2) {
                r.push(w[0].checked_add(w[1])?);
            }
            r.push(1);
            r
        };
        self.row = next.clone();
        Some(next)
    }
}

fn centered(row: &[u64], width: usize) -> String {
    let text: Vec<String> = row.iter().map(|n| n.to_string()).collect();
    format!("{:^width$}", text.join(" "), width = width)
}

fn main() {
    for row in Pascal::new().take(7) {
        println!("|{}|", centered(&row, 24));
    }
    let sums: Vec<u64> = Pascal::new().take(10).map(|r| r.iter().sum()).collect();
    println!("row sums: {:?}", sums);
    let row10 = Pascal::new().nth(10).unwrap();
    println!("row 10: {:?} (len {}, cap {})", row10, row10.len(), row10.capacity());
    let odd_counts: Vec<usize> = Pascal::new().skip(1).step_by(2).take(5).map(|r| r.iter().filter(|n| *n % 2 == 1).count()).collect();
    println!("odd entries in rows 1,3,5,7,9: {:?}", odd_counts);
    let diag: Vec<u64> = Pascal::new().skip(2).take(8).map(|r| r[2]).collect();
    println!("triangular numbers: {:?}", diag);
    let pairs: Vec<(usize, u64)> = Pascal::new().enumerate().skip(20).take(3).map(|(i, r)| (i, r[i / 2])).collect();
    println!("central coefficients: {:?}", pairs);
    let rows_until_overflow = Pascal::new().count();
    println!("rows before u64 overflow: {}", rows_until_overflow);
    let last = Pascal::new().last().unwrap();
    println!("last row has {} entries, max {}", last.len(), last.iter().max().unwrap());
}
