// The Josephus circle with a VecDeque: rotate_left skips k-1 people, pop_front eliminates the next one.
use std::collections::VecDeque;

fn josephus(names: &[&'static str], k: usize) -> (Vec<&'static str>, &'static str) {
    let mut circle: VecDeque<&'static str> = names.iter().copied().collect();
    let mut out = Vec::new();
    while circle.len() > 1 {
        let steps = (k - 1) % circle.len();
        circle.rotate_left(steps);
        out.push(circle.pop_front().unwrap());
    }
    (out, circle[0])
}

fn main() {
    let names = ["Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gil"];
    for k in [2, 3, 7] {
        let (order, survivor) = josephus(&names, k);
        println!("k={}: out {:?}, survivor {}", k, order, survivor);
    }
    let mut dq: VecDeque<u32> = (1..=6).collect();
    dq.rotate_right(2);
    dq.push_front(0);
    dq.push_back(99);
    println!("{:?} front {:?} back {:?}", dq, dq.front(), dq.back());
    let (a, b) = dq.as_slices();
    println!("contiguous parts: {} + {}", a.len(), b.len());
    let evens: Vec<u32> = dq.iter().filter(|x| *x % 2 == 0).copied().collect();
    dq.retain(|x| x % 3 != 0);
    println!("evens {:?}, without multiples of 3 {:?}", evens, dq);
    println!("contains 5: {}, len {}", dq.contains(&5), dq.len());
}
