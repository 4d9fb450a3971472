// NLL: the &mut from last_mut() is dead after its write, so len() and push() follow.
fn main() {
    let mut stack: Vec<Vec<u32>> = vec![vec![1]];
    for n in 2..8 {
        if let Some(top) = stack.last_mut() {
            top.push(n);
        }
        if stack.last().map_or(0, |t| t.len()) >= 3 {
            stack.push(Vec::new());
        }
    }
    println!("{:?} ({} groups)", stack, stack.len());
}
