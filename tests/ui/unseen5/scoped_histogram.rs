// Builds a histogram of byte values with thread::scope, each thread on its own chunk.
//@ no-stats
use std::thread;

fn histogram(data: &[u8]) -> [usize; 4] {
    let mut h = [0usize; 4];
    for &b in data {
        h[(b / 64) as usize] += 1;
    }
    h
}

fn main() {
    let data: Vec<u8> = (0..200u32).map(|i| ((i * 37 + 11) % 256) as u8).collect();
    let chunks: Vec<&[u8]> = data.chunks(64).collect();
    let partials: Vec<[usize; 4]> = thread::scope(|s| {
        let handles: Vec<_> = chunks.iter().map(|c| s.spawn(move || histogram(c))).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut total = [0usize; 4];
    for (i, p) in partials.iter().enumerate() {
        println!("chunk {} ({} bytes): {:?}", i, chunks[i].len(), p);
        for k in 0..4 {
            total[k] += p[k];
        }
    }
    println!("total: {:?} = {}", total, total.iter().sum::<usize>());
    assert_eq!(total, histogram(&data));
    let mut labels = Vec::new();
    thread::scope(|s| {
        s.spawn(|| labels.push(String::from("done")));
    });
    println!("{:?}", labels);
}
