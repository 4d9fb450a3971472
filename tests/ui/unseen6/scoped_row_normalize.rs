// thread::scope over chunks_mut: each thread normalises its own rows in place, the main thread reads after.
//@ no-stats
use std::thread;

fn main() {
    let width = 4;
    let mut grid: Vec<f64> = (1..=16).map(|n| (n * n % 11) as f64).collect();
    let labels = vec!["a", "b", "c", "d"];
    let maxima: Vec<f64> = thread::scope(|s| {
        let mut handles = Vec::new();
        for (i, row) in grid.chunks_mut(width).enumerate() {
            let label = labels[i];
            handles.push(s.spawn(move || {
                let max = row.iter().cloned().fold(f64::MIN, f64::max);
                for x in row.iter_mut() {
                    *x /= max;
                }
                (label, max)
            }));
        }
        handles
            .into_iter()
            .map(|h| {
                let (label, max) = h.join().unwrap();
                println!("row {} max {}", label, max);
                max
            })
            .collect()
    });
    for row in grid.chunks(width) {
        let cells: Vec<String> = row.iter().map(|x| format!("{:.3}", x)).collect();
        println!("{}", cells.join(" "));
    }
    println!("maxima {:?}", maxima);
    let total: f64 = grid.iter().sum();
    println!("sum of normalised cells {:.4}", total);
    let mut counts = [0usize; 2];
    thread::scope(|s| {
        let (low, high) = counts.split_at_mut(1);
        let g = &grid;
        s.spawn(move || low[0] = g.iter().filter(|&&x| x < 0.5).count());
        s.spawn(move || high[0] = g.iter().filter(|&&x| x >= 0.5).count());
    });
    println!("below half {}, at least half {}", counts[0], counts[1]);
}
