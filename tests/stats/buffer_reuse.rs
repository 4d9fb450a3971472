// A fresh buffer per loop iteration (hint), and one whose contents leave the loop (no hint).
fn main() {
    let mut sums = Vec::new();
    for round in 1..=6 {
        let mut digits = Vec::new();
        for d in 0..round * 3 {
            digits.push(d as u8);
        }
        let total: u32 = digits.iter().map(|&d| d as u32).sum();
        sums.push(total);
    }
    println!("{sums:?}");

    let mut kept = Vec::new();
    for round in 0..4 {
        let mut row = Vec::new();
        row.push(round);
        row.push(round * 2);
        kept.push(row);
    }
    println!("{kept:?}");
}
