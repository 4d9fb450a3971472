// VecDeque: push_front/back, pop_front/back, rotate, make_contiguous, iter, indexing, extend, drain, heap figures.
use std::collections::VecDeque;

fn main() {
    let mut dq: VecDeque<i32> = VecDeque::new();
    dq.push_back(1);
    dq.push_back(2);
    dq.push_front(0);
    dq.push_front(-1);
    println!("{:?} len {} front {:?} back {:?}", dq, dq.len(), dq.front(), dq.back());
    println!("pop {:?} {:?}", dq.pop_front(), dq.pop_back());
    println!("{:?}", dq);
    dq.extend([5, 6, 7, 8]);
    dq.rotate_left(2);
    println!("{:?}", dq);
    dq.rotate_right(3);
    println!("{:?}", dq);
    println!("dq[1] = {} get(10) = {:?}", dq[1], dq.get(10));
    dq[0] = 42;
    if let Some(b) = dq.back_mut() {
        *b *= 2;
    }
    println!("{:?}", dq);
    let s = dq.make_contiguous();
    s.sort();
    println!("{:?}", s);
    println!("{:?}", dq.iter().rev().collect::<Vec<_>>());
    println!("{}", dq.contains(&42));
    for x in dq.iter_mut() {
        *x += 1;
    }
    println!("{:?}", dq);
    let drained: Vec<i32> = dq.drain(1..3).collect();
    println!("{:?} {:?}", drained, dq);
    let mut window: VecDeque<u32> = VecDeque::with_capacity(3);
    for x in 1..=6u32 {
        if window.len() == 3 {
            window.pop_front();
        }
        window.push_back(x);
        let sum: u32 = window.iter().sum();
        print!("{} ", sum);
    }
    println!();
    let v: Vec<u32> = window.into_iter().collect();
    println!("{:?}", v);
    let from_vec: VecDeque<&str> = vec!["a", "b", "c"].into();
    println!("{:?}", from_vec);
    let mut q: VecDeque<String> = VecDeque::from(vec![String::from("x")]);
    q.push_front(String::from("w"));
    q.insert(1, String::from("mid"));
    let first = q.remove(0);
    println!("{:?} {:?}", q, first);
    q.clear();
    println!("{} {}", q.is_empty(), q.len());
    let mut t = VecDeque::from([1, 2, 3, 4]);
    t.truncate(2);
    t.swap(0, 1);
    println!("{:?} {:?}", t, t.range(..1).collect::<Vec<_>>());
}
