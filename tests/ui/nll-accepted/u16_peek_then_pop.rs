// Reading the top of a stack through `last()` and popping once that reference is no longer used.
fn main() {
    let mut stack = vec![1, 5, 2, 8, 3];
    let mut popped = Vec::new();
    loop {
        let top = stack.last();
        match top {
            Some(&t) if t > 2 => {
                stack.pop();
                popped.push(t);
            }
            _ => break,
        }
    }
    let top = stack.last().unwrap();
    let doubled = *top * 2;
    stack.push(doubled);
    println!("{:?} {:?}", stack, popped);
}
