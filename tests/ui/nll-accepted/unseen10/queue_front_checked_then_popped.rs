// Expired requests are dropped: front() is compared, then pop_front() runs on the same VecDeque.
use std::collections::VecDeque;

fn main() {
    let mut requests: VecDeque<(u32, &str)> = VecDeque::new();
    for (t, name) in [(1, "a"), (3, "b"), (4, "c"), (9, "d")] {
        requests.push_back((t, name));
    }
    let now = 8;
    let ttl = 4;
    while let Some(front) = requests.front() {
        if front.0 + ttl < now {
            let gone = requests.pop_front().unwrap();
            println!("expired {}", gone.1);
        } else {
            break;
        }
    }
    requests.push_back((now, "e"));
    println!("{:?}", requests);
}
