// Several sensor threads send readings over one mpsc channel; main aggregates per sensor.
//@ no-stats
use std::sync::mpsc;
use std::thread;

#[derive(Debug)]
struct Reading {
    sensor: usize,
    celsius: f64,
}

fn main() {
    let (tx, rx) = mpsc::channel();
    for sensor in 0..3 {
        let tx = tx.clone();
        thread::spawn(move || {
            for k in 0..4 {
                let celsius = 18.0 + sensor as f64 * 2.5 + k as f64 * 0.25;
                tx.send(Reading { sensor, celsius }).unwrap();
            }
        });
    }
    drop(tx);
    let mut sums = [0.0f64; 3];
    let mut counts = [0usize; 3];
    let mut max: Option<f64> = None;
    for r in rx {
        sums[r.sensor] += r.celsius;
        counts[r.sensor] += 1;
        max = Some(match max {
            Some(m) if m >= r.celsius => m,
            _ => r.celsius,
        });
    }
    for i in 0..3 {
        println!("sensor {}: {} readings, mean {:.3}", i, counts[i], sums[i] / counts[i] as f64);
    }
    println!("max: {:?}", max);
}
