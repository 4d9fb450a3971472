// `while let Some(x) = v.pop()` releases the borrow each iteration, so the body can push.
fn main() {
    let mut stack = vec![3];
    let mut seen = Vec::new();
    while let Some(n) = stack.pop() {
        seen.push(n);
        if n > 0 {
            stack.push(n - 1);
        }
    }
    println!("{:?}", seen);
    println!("{}", stack.is_empty());
}
