// BinaryHeap: peek_mut to change the top, Reverse for a min-heap, tuples as priorities, into_sorted_vec, into_vec len, drain, from vec.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut h = BinaryHeap::from(vec![3, 1, 4, 1, 5, 9, 2, 6]);
    println!("{:?} len {}", h.peek(), h.len());
    if let Some(mut top) = h.peek_mut() {
        *top = 0;
    }
    println!("{:?}", h.peek());
    let mut out = Vec::new();
    while let Some(x) = h.pop() {
        out.push(x);
    }
    println!("{:?}", out);
    let mut minh = BinaryHeap::new();
    for x in [5, 2, 8, 1] {
        minh.push(Reverse(x));
    }
    println!("{:?}", minh.peek());
    let Reverse(smallest) = minh.pop().unwrap();
    println!("{} {}", smallest, minh.len());
    let mut tasks = BinaryHeap::new();
    tasks.push((2, "write"));
    tasks.push((5, "fix"));
    tasks.push((2, "test"));
    tasks.push((1, "rest"));
    while let Some((p, t)) = tasks.pop() {
        print!("{}:{} ", p, t);
    }
    println!();
    let h2: BinaryHeap<i32> = [7, 3, 5].into_iter().collect();
    println!("{:?}", h2.clone().into_sorted_vec());
    let mut v = h2.into_vec();
    v.sort();
    println!("{:?}", v);
    let mut h3: BinaryHeap<_> = vec![Reverse(3), Reverse(1), Reverse(2)].into();
    println!("{:?}", h3.clone().into_sorted_vec());
    let mut drained: Vec<i32> = h3.drain().map(|Reverse(x)| x).collect();
    drained.sort();
    println!("{:?} {}", drained, h3.is_empty());
    let mut strings = BinaryHeap::new();
    strings.push(String::from("pear"));
    strings.push(String::from("apple"));
    strings.push(String::from("zucchini"));
    println!("{:?}", strings.peek());
    let mut k_largest = BinaryHeap::new();
    for x in [10, 4, 7, 1, 9, 3] {
        k_largest.push(Reverse(x));
        if k_largest.len() > 3 {
            k_largest.pop();
        }
    }
    let mut top3: Vec<i32> = k_largest.into_iter().map(|Reverse(x)| x).collect();
    top3.sort();
    println!("{:?}", top3);
    let empty: BinaryHeap<u8> = BinaryHeap::new();
    println!("{:?}", empty.peek());
    println!("{}", empty.into_sorted_vec().len());
}
