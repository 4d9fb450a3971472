// An annotated parameter `|w: &str|` of a closure passed to `map` takes the item's region from the expected signature.
//@ no-stats
use std::thread;
fn main() {
    let words = vec!["alpha", "beta"];
    let hs: Vec<thread::JoinHandle<usize>> = words.into_iter().map(|w: &str| thread::spawn(move || w.len())).collect();
    for h in hs {
        println!("{}", h.join().unwrap());
    }
}
