// Chapter 16: thread::scope borrowing local data, splitting work across chunks.
//@ no-stats
use std::thread;

fn main() {
    let numbers: Vec<u32> = (1..=100).collect();
    let chunk_size = 25;
    let mut partials = Vec::new();
    thread::scope(|s| {
        let mut handles = Vec::new();
        for chunk in numbers.chunks(chunk_size) {
            handles.push(s.spawn(move || chunk.iter().sum::<u32>()));
        }
        for h in handles {
            partials.push(h.join().unwrap());
        }
    });
    println!("{:?}", partials);
    println!("total {}", partials.iter().sum::<u32>());
    let mut a = vec![1, 2, 3];
    let mut x = 0;
    thread::scope(|s| {
        s.spawn(|| {
            println!("hello from the first scoped thread, a = {:?}", a);
        });
    });
    thread::scope(|s| {
        s.spawn(|| {
            x += a[0] + a[2];
        });
    });
    a.push(4);
    println!("x = {x}, a = {a:?}");
}
