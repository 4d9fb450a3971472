// A work stack popped and pushed in the same while-let loop, with a borrowed item used before pushing.
fn main() {
    let mut stack = vec![(String::from("root"), 0u32)];
    let mut visited = Vec::new();
    while let Some((name, depth)) = stack.pop() {
        if depth < 2 {
            for k in 0..2 {
                stack.push((format!("{}.{}", name, k), depth + 1));
            }
        }
        visited.push(name);
    }
    println!("{}", visited.join(" "));
    let mut queue = vec![5];
    while let Some(&top) = queue.last() {
        if top == 0 {
            break;
        }
        queue.push(top / 2);
    }
    println!("{:?}", queue);
}
