// while let pops a Vec used as a stack until it is empty.
fn main() {
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        println!("{top}");
    }
    println!("empty: {}", stack.is_empty());
    let mut it = "a,b,,c".split(',');
    while let Some(part) = it.next() {
        println!("[{part}]");
    }
    let mut n = Some(5);
    while let Some(k) = n {
        n = if k > 1 { Some(k / 2) } else { None };
        println!("k = {k}");
    }
}
