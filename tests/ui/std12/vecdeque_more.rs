// VecDeque in depth: rotate_left/right, make_contiguous, range, front_mut/back_mut, extend, iter().rev(), swap, retain, as_slices, capacities.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<i32> = (1..=6).collect();
    d.rotate_left(2);
    println!("{:?}", d);
    d.rotate_right(3);
    println!("{:?}", d);
    d.push_front(0);
    d.push_back(7);
    println!("{:?} cap {}", d, d.capacity());
    let s = d.make_contiguous();
    s.sort();
    println!("{:?}", s);
    println!("{:?}", d.range(2..5).collect::<Vec<_>>());
    println!("{:?}", d.iter().rev().take(3).collect::<Vec<_>>());
    if let Some(f) = d.front_mut() { *f = 100; }
    if let Some(b) = d.back_mut() { *b = -100; }
    println!("{:?} {:?} {:?}", d, d.front(), d.back());
    d.extend([8, 9]);
    d.swap(0, 1);
    println!("{:?} len {}", d, d.len());
    d.retain(|x| x % 2 == 0);
    println!("{:?}", d);
    let mut w: VecDeque<char> = VecDeque::with_capacity(4);
    w.push_back('c');
    w.push_back('d');
    w.push_front('b');
    w.push_front('a');
    let (front, back) = w.as_slices();
    println!("{} {} cap {}", front.len() + back.len(), w.iter().collect::<String>(), w.capacity());
    w.push_back('e');
    println!("{:?} cap {}", w, w.capacity());
    println!("{:?} {:?}", w.get(1), w.get(10));
    w.truncate(2);
    println!("{:?}", w);
    let mut window: VecDeque<i32> = VecDeque::new();
    let mut avgs = Vec::new();
    for x in [1, 5, 3, 8, 2, 9] {
        window.push_back(x);
        if window.len() > 3 {
            window.pop_front();
        }
        avgs.push(window.iter().sum::<i32>() as f64 / window.len() as f64);
    }
    println!("{:?}", avgs);
    let v: Vec<i32> = window.into_iter().collect();
    println!("{:?}", v);
    let mut q = VecDeque::from(vec![1, 2, 3]);
    q.insert(1, 10);
    println!("{:?} {:?} {:?}", q.remove(0), q, q.contains(&3));
    let drained: Vec<i32> = q.drain(1..).collect();
    println!("{:?} {:?}", drained, q);
}
