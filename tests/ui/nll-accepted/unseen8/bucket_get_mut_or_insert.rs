// get_mut in a match whose None arm inserts into the same map (the borrow is not live in that arm).
use std::collections::HashMap;

fn hit(buckets: &mut HashMap<String, u32>, client: &str) -> u32 {
    match buckets.get_mut(client) {
        Some(n) => {
            *n += 1;
            *n
        }
        None => {
            buckets.insert(client.to_string(), 1);
            1
        }
    }
}

fn main() {
    let mut b = HashMap::new();
    let seq: Vec<u32> = ["a", "b", "a", "a", "c", "b"].iter().map(|c| hit(&mut b, c)).collect();
    println!("{:?} {}", seq, b.len());
}
