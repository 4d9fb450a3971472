// while let Some(x) = stack.pop() lets the body push onto the same stack.
fn main() {
    let mut stack = vec![3u32];
    let mut visited = Vec::new();
    while let Some(n) = stack.pop() {
        visited.push(n);
        if n > 0 {
            stack.push(n - 1);
            if n % 2 == 1 {
                stack.push(n / 2);
            }
        }
    }
    println!("{:?}", visited);
}
