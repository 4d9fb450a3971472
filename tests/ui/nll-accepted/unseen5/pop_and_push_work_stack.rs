// A work stack popped in `while let` and pushed to inside the body: the pop's borrow is over.
fn main() {
    let mut stack = vec![10u32];
    let mut visited = Vec::new();
    while let Some(n) = stack.pop() {
        visited.push(n);
        if n > 1 {
            stack.push(n / 2);
            if n % 3 == 0 {
                stack.push(n / 3);
            }
        }
    }
    println!("{:?}", visited);
}
