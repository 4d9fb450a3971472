// Pascal's triangle as Vec<Vec<u64>>: rows built from the previous one, centred printing and row sums.
fn triangle(rows: usize) -> Vec<Vec<u64>> {
    let mut t: Vec<Vec<u64>> = Vec::with_capacity(rows);
    for i in 0..rows {
        let mut row = vec![1u64; i + 1];
        for j in 1..i {
            row[j] = t[i - 1][j - 1] + t[i - 1][j];
        }
        t.push(row);
    }
    t
}

fn binomial(n: u64, k: u64) -> u64 {
    let k = k.min(n - k);
    (0..k).fold(1, |acc, i| acc * (n - i) / (i + 1))
}

fn main() {
    let t = triangle(8);
    let width = t.last().unwrap().len() * 4;
    for row in &t {
        let text: Vec<String> = row.iter().map(|v| v.to_string()).collect();
        let line = text.join("   ");
        println!("{:^w$}", line, w = width);
    }
    let sums: Vec<u64> = t.iter().map(|r| r.iter().sum()).collect();
    println!("row sums: {:?}", sums);
    let big = triangle(40);
    let middle = big[39][19];
    println!("C(39, 19) = {} = {}", middle, binomial(39, 19));
    let odd_counts: Vec<usize> = t.iter().map(|r| r.iter().filter(|&&v| v % 2 == 1).count()).collect();
    println!("odd entries per row: {:?}", odd_counts);
    let symmetric = big.iter().all(|r| r.iter().eq(r.iter().rev()));
    println!("all rows symmetric: {}", symmetric);
}
