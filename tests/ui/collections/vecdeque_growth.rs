// VecDeque capacity as std grows it: with_capacity, reserve, extend (exact and unknown lengths), collect, conversions.
use std::collections::VecDeque;

fn main() {
    let mut q = VecDeque::new();
    let mut caps = Vec::new();
    for i in 0..20u64 {
        if i % 3 == 0 {
            q.push_front(i);
        } else {
            q.push_back(i);
        }
        caps.push(q.capacity());
    }
    println!("{caps:?}");
    println!("{:?}", q.as_slices());
    let mut w: VecDeque<u8> = VecDeque::with_capacity(5);
    w.extend(b"abc");
    println!("{} {}", w.len(), w.capacity());
    w.extend((0..40).filter(|x| x % 3 == 0));
    println!("{} {}", w.len(), w.capacity());
    w.reserve(100);
    println!("{}", w.capacity());
    w.shrink_to_fit();
    println!("{} {:?}", w.capacity(), w.iter().take(4).collect::<Vec<_>>());
    let words: VecDeque<String> = "one two three four five".split(' ').map(String::from).collect();
    println!("{} {:?}", words.capacity(), words);
    let from_vec = VecDeque::from(vec![1, 2, 3]);
    let mut back: Vec<i32> = from_vec.into();
    back.push(4);
    println!("{back:?} {}", back.capacity());
    let arr = VecDeque::from([1.5, 2.5]);
    let mut all: VecDeque<f64> = VecDeque::new();
    all.extend(arr.iter());
    all.append(&mut VecDeque::from(vec![9.0; 3]));
    println!("{all:?} {}", all.capacity());
    let total: f64 = all.iter().sum();
    println!("{total}");
}
