// `while let Some(x) = stack.pop()` pushes onto the same stack in its body.
fn main() {
    let mut stack = vec![3];
    let mut seen = Vec::new();
    while let Some(x) = stack.pop() {
        seen.push(x);
        if x > 0 {
            stack.push(x - 1);
        }
    }
    println!("{:?}", seen);
}
