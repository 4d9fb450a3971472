// thread::scope lets threads borrow a local Vec: no Arc and no clone of the data.
//@ no-stats
use std::thread;

fn main() {
    let data: Vec<u32> = (1..=1000).collect();
    let mut partial = vec![0_u32; 4];
    let chunk = data.len() / partial.len();
    thread::scope(|s| {
        for (i, slot) in partial.iter_mut().enumerate() {
            let part = &data[i * chunk..(i + 1) * chunk];
            s.spawn(move || {
                *slot = part.iter().sum();
            });
        }
    });
    println!("partial sums {:?}", partial);
    println!("total {}", partial.iter().sum::<u32>());
    let mut words = vec![String::from("pile"), String::from("tas"), String::from("boite")];
    thread::scope(|s| {
        for w in words.iter_mut() {
            s.spawn(move || {
                w.make_ascii_uppercase();
            });
        }
    });
    println!("{:?}", words);
    let longest = thread::scope(|s| {
        let h = s.spawn(|| words.iter().map(|w| w.len()).max().unwrap_or(0));
        h.join().unwrap()
    });
    println!("longest {} data still owned: {}", longest, data.len());
}
