// Two-phase borrows in a stack VM: `stack.push(stack.len())` and `ids.push(ids[ids.len() - 1] + 1)`.
fn main() {
    let mut stack: Vec<usize> = Vec::new();
    for _ in 0..4 {
        stack.push(stack.len());
    }
    let mut ids = vec![10u32];
    for _ in 0..3 {
        ids.push(ids[ids.len() - 1] + 1);
    }
    let mut depth = vec![0i64];
    depth.insert(0, depth[0] - 1);
    println!("{:?} {:?} {:?}", stack, ids, depth);
}
