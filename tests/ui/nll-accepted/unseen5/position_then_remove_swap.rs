// `position` borrows the Vec only for the search; the index then drives remove and swap.
fn main() {
    let mut queue = vec!["ann", "bob", "cat", "dan"];
    if let Some(i) = queue.iter().position(|&n| n == "bob") {
        let removed = queue.remove(i);
        println!("removed {}", removed);
    }
    let j = queue.iter().position(|n| n.starts_with('d')).unwrap_or(0);
    queue.swap(0, j);
    let last = queue.len() - 1;
    queue[last] = "eve";
    println!("{:?}", queue);
}
