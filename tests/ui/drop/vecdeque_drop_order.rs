// VecDeque drops its elements front to back, whatever the ring's layout; drain, truncate and into_iter drop the rest.
use std::collections::VecDeque;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut q = VecDeque::new();
    q.push_back(Noisy("b"));
    q.push_back(Noisy("c"));
    q.push_front(Noisy("a"));
    q.push_back(Noisy("d"));
    q.push_front(Noisy("z"));
    println!("len {} cap {}", q.len(), q.capacity());
    q.truncate(4);
    println!("truncated");
    if let Some(first) = q.pop_front() {
        println!("popped {}", first.0);
    }
    {
        let mut d = q.drain(1..);
        if let Some(n) = d.next() {
            println!("drained {}", n.0);
        }
        println!("drop the drain");
    }
    q.extend([Noisy("e"), Noisy("f"), Noisy("g")]);
    q.retain(|n| n.0 != "e");
    println!("retained {}", q.len());
    let mut it = q.into_iter();
    let last = it.next_back();
    println!("took {:?}", last.as_ref().map(|n| n.0));
    drop(it);
    println!("end");
}
