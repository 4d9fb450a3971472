// Advent-style sequence extrapolation: difference rows from windows(2), recursion on i64 slices, extrapolation forwards and backwards with rev
const HISTORY: &str = "0 3 6 9 12 15
1 3 6 10 15 21
10 13 16 21 30 45
-4 -2 5 20 44 78";

fn differences(seq: &[i64]) -> Vec<i64> {
    seq.windows(2).map(|w| w[1] - w[0]).collect()
}

fn next_value(seq: &[i64]) -> i64 {
    if seq.iter().all(|&v| v == 0) {
        return 0;
    }
    seq.last().unwrap() + next_value(&differences(seq))
}

fn pyramid(seq: &[i64]) -> Vec<Vec<i64>> {
    let mut rows = vec![seq.to_vec()];
    while rows.last().unwrap().iter().any(|&v| v != 0) {
        let d = differences(rows.last().unwrap());
        rows.push(d);
    }
    rows
}

fn main() {
    let sequences: Vec<Vec<i64>> = HISTORY
        .lines()
        .map(|l| l.split_whitespace().map(|n| n.parse().unwrap()).collect())
        .collect();
    let forward: i64 = sequences.iter().map(|s| next_value(s)).sum();
    let backward: i64 = sequences
        .iter()
        .map(|s| {
            let rev: Vec<i64> = s.iter().rev().copied().collect();
            next_value(&rev)
        })
        .sum();
    println!("part 1: {forward}");
    println!("part 2: {backward}");
    for (depth, row) in pyramid(&sequences[2]).iter().enumerate() {
        let cells: Vec<String> = row.iter().map(|v| format!("{v:>3}")).collect();
        println!("{}{}", "  ".repeat(depth), cells.join(" "));
    }
    let depths: Vec<usize> = sequences.iter().map(|s| pyramid(s).len()).collect();
    println!("depths: {:?}", depths);
    let negative_start = sequences.iter().filter(|s| s[0] < 0).count();
    println!("sequences starting below zero: {negative_start}");
}
