// `position` ends its borrow by returning an index; `remove` follows.
fn main() {
    let mut queue = vec![String::from("a"), String::from("b"), String::from("c")];
    if let Some(i) = queue.iter().position(|s| s == "b") {
        let removed = queue.remove(i);
        println!("removed {}", removed);
    }
    while let Some(i) = queue.iter().position(|s| s.len() == 1) {
        queue.remove(i);
    }
    println!("{:?}", queue);
}
