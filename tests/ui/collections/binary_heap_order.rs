// BinaryHeap's internal order (Debug, iter, into_vec) is std's sift order; from(Vec) heapifies, extend rebuilds.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    priority: u8,
    name: String,
}

fn main() {
    let mut h = BinaryHeap::new();
    for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5] {
        h.push(x);
        println!("{h:?} cap {}", h.capacity());
    }
    while h.len() > 6 {
        print!("{:?} ", h.pop());
    }
    println!("\n{:?} {:?}", h, h.iter().max());
    let v = h.clone().into_vec();
    println!("{v:?} {:?}", h.into_sorted_vec());
    let mut g = BinaryHeap::from(vec![2, 7, 1, 8, 2, 8, 1, 8, 2, 8]);
    println!("{g:?} {:?}", g.peek());
    g.extend(vec![4, 5, 9]);
    println!("{g:?} {}", g.len());
    g.extend(vec![0; 30]);
    println!("{:?}", g.iter().take(8).collect::<Vec<_>>());
    let drained: Vec<i32> = g.drain().filter(|x| *x > 5).collect();
    println!("{drained:?} {}", g.is_empty());
    let mut tasks = BinaryHeap::new();
    for (p, n) in [(2, "write"), (5, "fix"), (1, "rest"), (5, "deploy")] {
        tasks.push(Task { priority: p, name: n.to_string() });
    }
    while let Some(Task { priority, name }) = tasks.pop() {
        print!("{priority}:{name} ");
    }
    println!();
    let mut mins: BinaryHeap<Reverse<(u32, &str)>> = BinaryHeap::new();
    mins.push(Reverse((3, "c")));
    mins.push(Reverse((1, "a")));
    mins.push(Reverse((2, "b")));
    println!("{mins:?}");
    let Reverse((d, who)) = mins.pop().unwrap();
    println!("{d} {who} {:?} {}", mins.peek(), Reverse(1) > Reverse(2));
    let from_iter: BinaryHeap<char> = "heap".chars().collect();
    println!("{from_iter:?}");
}
