// while let pops from a work stack and pushes new work onto the same stack in the body.
fn main() {
    let mut stack = vec![40u32];
    let mut leaves = Vec::new();
    while let Some(n) = stack.pop() {
        if n > 5 {
            stack.push(n / 2);
            stack.push(n - n / 2);
        } else {
            leaves.push(n);
        }
    }
    println!("{} leaves, sum {}", leaves.len(), leaves.iter().sum::<u32>());
}
