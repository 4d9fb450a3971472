// A two-phase computation with thread::scope: each worker normalises its own slice, then all read shared totals.
//@ no-stats
use std::sync::Mutex;
use std::thread;

fn main() {
    let mut readings: Vec<f64> = (1..=12).map(|i| (i * i % 17) as f64).collect();
    let grand = Mutex::new(0.0f64);
    let maxima = Mutex::new(Vec::new());
    thread::scope(|s| {
        for (w, part) in readings.chunks(4).enumerate() {
            let grand = &grand;
            let maxima = &maxima;
            s.spawn(move || {
                let sum: f64 = part.iter().sum();
                *grand.lock().unwrap() += sum;
                let m = part.iter().cloned().fold(f64::MIN, f64::max);
                maxima.lock().unwrap().push((w, m));
            });
        }
    });
    let total = grand.into_inner().unwrap();
    let mut maxima = maxima.into_inner().unwrap();
    maxima.sort_by_key(|(w, _)| *w);
    println!("total {} maxima {:?}", total, maxima);

    thread::scope(|s| {
        for part in readings.chunks_mut(4) {
            s.spawn(move || {
                for x in part.iter_mut() {
                    *x = (*x / total * 1000.0).round() / 10.0;
                }
            });
        }
    });
    println!("shares %: {:?}", readings);
    let check: f64 = readings.iter().sum();
    println!("sum of shares ~ {:.0}", check);

    let labels = vec!["low", "mid", "high"];
    let counts: Vec<usize> = thread::scope(|s| {
        let hs: Vec<_> = labels
            .iter()
            .enumerate()
            .map(|(i, _)| {
                let r = &readings;
                s.spawn(move || r.iter().filter(|&&x| (x / 5.0) as usize == i).count())
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (l, c) in labels.iter().zip(&counts) {
        println!("{:>4}: {}", l, c);
    }
}
