// Request latency statistics: sorting f64 with total order, median, percentiles by nearest rank, mean and std dev.
fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.saturating_sub(1).min(sorted.len() - 1)]
}

fn median(sorted: &[f64]) -> f64 {
    let n = sorted.len();
    if n % 2 == 1 { sorted[n / 2] } else { (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0 }
}

struct Summary {
    count: usize,
    mean: f64,
    std_dev: f64,
    min: f64,
    max: f64,
}

fn summarize(xs: &[f64]) -> Option<Summary> {
    if xs.is_empty() {
        return None;
    }
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n;
    let min = xs.iter().cloned().fold(f64::INFINITY, f64::min);
    let max = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    Some(Summary { count: xs.len(), mean, std_dev: var.sqrt(), min, max })
}

fn main() {
    let raw = "12.5 8.1 230.0 15.2 9.9 11.0 13.7 10.4 95.3 12.0 14.8 9.1 10.0 12.2 501.7 11.9";
    let mut ms: Vec<f64> = raw.split(' ').map(|s| s.parse().unwrap()).collect();
    let s = summarize(&ms).unwrap();
    println!("n={} mean={:.2} sd={:.2} min={} max={}", s.count, s.mean, s.std_dev, s.min, s.max);
    ms.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("median {:.2}", median(&ms));
    for p in [50.0, 90.0, 95.0, 99.0, 100.0] {
        println!("p{:<3} {:>7.1} ms", p, percentile(&ms, p));
    }
    let outliers: Vec<f64> = ms.iter().filter(|&&x| x > s.mean + 2.0 * s.std_dev).copied().collect();
    println!("outliers: {:?}", outliers);
    let trimmed: Vec<f64> = ms[1..ms.len() - 1].to_vec();
    let t = summarize(&trimmed).unwrap();
    println!("trimmed mean {:.3} over {}", t.mean, t.count);
    let buckets = [10.0, 20.0, 100.0, f64::INFINITY];
    let mut counts = [0; 4];
    for x in &ms {
        let i = buckets.iter().position(|b| x < b).unwrap();
        counts[i] += 1;
    }
    for (b, c) in buckets.iter().zip(counts.iter()) {
        println!("< {:>5}: {}", b, "#".repeat(*c));
    }
    let mut copy = ms.clone();
    copy.sort_by(|a, b| b.total_cmp(a));
    println!("top 3: {:?}", &copy[..3]);
    println!("empty: {}", percentile(&[], 50.0).is_nan());
}
