// Several threads roll seeded dice and send their tallies over an mpsc channel; main merges them.
//@ no-stats
use std::sync::mpsc;
use std::thread;

struct Lcg(u64);

impl Lcg {
    fn roll(&mut self) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % 6) as usize + 1
    }
}

fn main() {
    let (tx, rx) = mpsc::channel::<(u32, [u32; 7])>();
    let mut handles = Vec::new();
    for id in 0..4u32 {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            let mut rng = Lcg(id as u64 * 7919 + 1);
            let mut tally = [0u32; 7];
            for _ in 0..600 {
                tally[rng.roll()] += 1;
            }
            tx.send((id, tally)).unwrap();
        }));
    }
    drop(tx);
    let mut results: Vec<(u32, [u32; 7])> = rx.iter().collect();
    for h in handles {
        h.join().unwrap();
    }
    results.sort_by_key(|r| r.0);
    let mut total = [0u32; 7];
    for (id, tally) in &results {
        println!("roller {}: {:?}", id, &tally[1..]);
        for face in 1..=6 {
            total[face] += tally[face];
        }
    }
    let rolls: u32 = total.iter().sum();
    println!("total rolls: {}", rolls);
    for face in 1..=6 {
        let pct = total[face] as f64 * 100.0 / rolls as f64;
        println!("{} | {:<30} {:5.2}%", face, "#".repeat((pct * 1.5) as usize), pct);
    }
}
