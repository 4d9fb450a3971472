// `while let Some(x) = stack.pop()` releases the stack, so the body can push.
fn main() {
    let mut stack = vec![3];
    let mut seen = Vec::new();
    while let Some(top) = stack.pop() {
        seen.push(top);
        if top > 0 {
            stack.push(top - 1);
        }
    }
    println!("{:?}", seen);
}
