// Sorts four chunks of a vector in scoped threads, then merges them pairwise on the main thread.
//@ no-stats
use std::thread;

fn merge(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] <= b[j] {
            out.push(a[i]);
            i += 1;
        } else {
            out.push(b[j]);
            j += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

fn insertion_sort(v: &mut [u32]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn main() {
    let mut seed: u32 = 12345;
    let mut data: Vec<u32> = (0..40)
        .map(|_| {
            seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
            (seed >> 16) % 1000
        })
        .collect();
    println!("input: {:?}", &data[..10]);

    let chunk = data.len().div_ceil(4);
    thread::scope(|s| {
        for part in data.chunks_mut(chunk) {
            s.spawn(move || insertion_sort(part));
        }
    });
    for (i, part) in data.chunks(chunk).enumerate() {
        println!("chunk {} sorted: first {} last {}", i, part[0], part[part.len() - 1]);
    }

    let mut runs: Vec<Vec<u32>> = data.chunks(chunk).map(|c| c.to_vec()).collect();
    while runs.len() > 1 {
        let mut next = Vec::new();
        for pair in runs.chunks(2) {
            if pair.len() == 2 {
                next.push(merge(&pair[0], &pair[1]));
            } else {
                next.push(pair[0].clone());
            }
        }
        println!("merged into {} runs", next.len());
        runs = next;
    }
    let sorted = runs.pop().unwrap();
    let ok = sorted.windows(2).all(|w| w[0] <= w[1]);
    println!("sorted {} values, ok = {}", sorted.len(), ok);
    println!("smallest {:?}, largest {:?}", &sorted[..5], &sorted[sorted.len() - 5..]);
}
