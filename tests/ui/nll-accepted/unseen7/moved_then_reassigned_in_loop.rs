// A buffer moved into a Vec each iteration and reassigned right after: no use of a moved value.
fn main() {
    let mut batches: Vec<Vec<u32>> = Vec::new();
    let mut current = Vec::new();
    for n in 1..=10 {
        current.push(n);
        if current.len() == 3 {
            batches.push(current);
            current = Vec::new();
        }
    }
    if !current.is_empty() {
        batches.push(current);
    }
    println!("{:?}", batches);
}
