// A batch Vec is moved into the sent list when full and replaced with a new one in the same iteration.
fn main() {
    let mut sent: Vec<Vec<u32>> = Vec::new();
    let mut batch = Vec::new();
    for x in 1..=8 {
        batch.push(x);
        if batch.len() == 3 {
            sent.push(batch);
            batch = Vec::new();
        }
    }
    if !batch.is_empty() {
        sent.push(batch);
    }
    println!("{:?}", sent);
}
