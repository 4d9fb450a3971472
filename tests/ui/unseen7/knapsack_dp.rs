// The 0/1 knapsack and longest common subsequence by dynamic programming on Vec<Vec<_>> tables.
#[derive(Debug)]
struct Gear {
    name: &'static str,
    weight: usize,
    value: u32,
}

fn knapsack(items: &[Gear], capacity: usize) -> (u32, Vec<&'static str>) {
    let n = items.len();
    let mut best = vec![vec![0u32; capacity + 1]; n + 1];
    for i in 1..=n {
        let it = &items[i - 1];
        for w in 0..=capacity {
            best[i][w] = best[i - 1][w];
            if it.weight <= w {
                let with = best[i - 1][w - it.weight] + it.value;
                if with > best[i][w] {
                    best[i][w] = with;
                }
            }
        }
    }
    let mut chosen = Vec::new();
    let mut w = capacity;
    for i in (1..=n).rev() {
        if best[i][w] != best[i - 1][w] {
            chosen.push(items[i - 1].name);
            w -= items[i - 1].weight;
        }
    }
    chosen.reverse();
    (best[n][capacity], chosen)
}

fn lcs(a: &str, b: &str) -> String {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut t = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in 0..a.len() {
        for j in 0..b.len() {
            t[i + 1][j + 1] = if a[i] == b[j] { t[i][j] + 1 } else { t[i][j + 1].max(t[i + 1][j]) };
        }
    }
    let (mut i, mut j) = (a.len(), b.len());
    let mut out = Vec::new();
    while i > 0 && j > 0 {
        if a[i - 1] == b[j - 1] {
            out.push(a[i - 1]);
            i -= 1;
            j -= 1;
        } else if t[i - 1][j] >= t[i][j - 1] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    out.iter().rev().collect()
}

fn main() {
    let gear = vec![
        Gear { name: "tent", weight: 5, value: 60 },
        Gear { name: "stove", weight: 3, value: 50 },
        Gear { name: "camera", weight: 4, value: 70 },
        Gear { name: "book", weight: 2, value: 30 },
        Gear { name: "rope", weight: 1, value: 10 },
    ];
    for cap in [0, 4, 8, 10, 15] {
        let (value, chosen) = knapsack(&gear, cap);
        println!("capacity {:>2}: value {:>3} take {:?}", cap, value, chosen);
    }
    for (a, b) in [("kitten", "sitting"), ("borrow", "barrow"), ("heap", "stack"), ("", "abc")] {
        let common = lcs(a, b);
        println!("lcs({:?}, {:?}) = {:?} ({})", a, b, common, common.len());
    }
}
