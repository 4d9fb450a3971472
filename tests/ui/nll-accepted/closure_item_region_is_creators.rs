// A closure's parameter typed by an iterator's item has the creator's regions: items of string literals may reach a thread.
//@ no-stats
use std::thread;
fn main() {
    let words = vec!["alpha", "beta"];
    let hs: Vec<thread::JoinHandle<usize>> = words.clone().into_iter().map(|w| thread::spawn(move || w.len())).collect();
    for h in hs {
        println!("{}", h.join().unwrap());
    }
    let hs: Vec<thread::JoinHandle<usize>> = ["x", "yy"].iter().map(|&n| thread::spawn(move || n.len())).collect();
    for h in hs {
        println!("{}", h.join().unwrap());
    }
    let mut hs = Vec::new();
    words.iter().for_each(|&w| hs.push(thread::spawn(move || w.len())));
    let n = words.into_iter().filter(|w| { let w = *w; thread::spawn(move || w.len()).join().unwrap() > 4 }).count();
    for h in hs {
        println!("{}", h.join().unwrap());
    }
    println!("{}", n);
}
