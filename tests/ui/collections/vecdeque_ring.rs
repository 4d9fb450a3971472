// VecDeque as a ring buffer: pushes at both ends, growth, as_slices, rotations, insert/remove, drain, retain.
use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<i32> = VecDeque::new();
    println!("{} {}", q.len(), q.capacity());
    for i in 0..5 {
        q.push_back(i);
        println!("{:?} cap {}", q, q.capacity());
    }
    q.push_front(-1);
    q.push_front(-2);
    println!("{:?} cap {} {:?}", q, q.capacity(), q.as_slices());
    println!("{:?} {:?}", q.pop_front(), q.pop_back());
    println!("{:?} {:?} {:?}", q.front(), q.back(), q.get(2));
    println!("{} {}", q[1], q.contains(&3));
    for x in q.iter_mut() {
        *x *= 10;
    }
    let v: Vec<i32> = q.iter().map(|x| x + 1).collect();
    println!("{v:?}");
    q.rotate_left(2);
    println!("{q:?} {:?}", q.as_slices());
    q.rotate_right(1);
    println!("{q:?}");
    q.insert(1, 99);
    let r = q.remove(3);
    println!("{:?} {:?}", q, r);
    q.extend([7, 8, 9]);
    println!("{q:?} {} {:?}", q.capacity(), q.as_slices());
    let d: Vec<i32> = q.drain(1..3).collect();
    println!("{d:?} {q:?}");
    q.retain(|x| x % 2 == 0);
    println!("{q:?}");
    q.make_contiguous().sort();
    println!("{q:?} {:?}", q.as_slices());
    let w: Vec<i32> = q.into();
    println!("{w:?} {}", w.capacity());
    let mut s: VecDeque<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
    s.push_front(String::from("z"));
    s.truncate(2);
    println!("{s:?} {}", s.capacity());
    s.clear();
    s.shrink_to_fit();
    println!("{s:?} {}", s.capacity());
    let mut c = VecDeque::with_capacity(3);
    c.push_back(1u8);
    let c2 = c.clone();
    println!("{} {} {}", c == c2, c2.capacity(), std::mem::size_of::<VecDeque<u8>>());
    for x in c2 { print!("{x} "); }
    println!();
}
