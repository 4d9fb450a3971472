// Vec::remove out of range panics with std's message at the caller's line.
fn main() {
    let mut queue = vec![String::from("a"), String::from("b"), String::from("c")];
    let first = queue.remove(0);
    println!("{} {:?}", first, queue);
    let idx = queue.len() + 1;
    let x = queue.swap_remove(1);
    println!("{} {:?}", x, queue);
    let y = queue.remove(idx);
    println!("never {}", y);
}
