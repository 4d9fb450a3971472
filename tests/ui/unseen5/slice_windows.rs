// Slice tools on daily prices: windows for moving averages, chunks for weeks, split_first, contains.
fn moving_average(xs: &[f64], n: usize) -> Vec<f64> {
    xs.windows(n).map(|w| w.iter().sum::<f64>() / n as f64).collect()
}

fn biggest_jump(xs: &[f64]) -> Option<(usize, f64)> {
    xs.windows(2)
        .enumerate()
        .map(|(i, w)| (i + 1, w[1] - w[0]))
        .fold(None, |best, cur| match best {
            Some((_, b)) if b >= cur.1 => best,
            _ => Some(cur),
        })
}

fn main() {
    let prices = [10.0, 10.5, 9.8, 11.2, 12.0, 11.5, 13.1, 12.9, 14.0, 13.2];
    let avg3 = moving_average(&prices, 3);
    let shown: Vec<String> = avg3.iter().map(|a| format!("{:.2}", a)).collect();
    println!("ma3: {}", shown.join(" "));
    for (w, week) in prices.chunks(4).enumerate() {
        let max = week.iter().cloned().fold(f64::MIN, f64::max);
        println!("week {}: {:?} max {}", w + 1, week, max);
    }
    if let Some((first, rest)) = prices.split_first() {
        println!("first {} then {} more, last {:?}", first, rest.len(), rest.last());
    }
    println!("jump: {:?}", biggest_jump(&prices));
    println!("contains 12.0: {}", prices.contains(&12.0));
    let (low, high) = prices.split_at(prices.len() / 2);
    println!("halves: {} / {}", low.len(), high.len());
    let mut sorted = prices.to_vec();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("median-ish: {}", sorted[sorted.len() / 2]);
    println!("{:?}", &sorted[..3]);
    println!("{:?}", prices.iter().rposition(|&p| p < 11.0));
}
