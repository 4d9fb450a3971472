// A reference to a list's first element is read, then the list grows: the borrow is dead before the push.
fn main() {
    let mut queue: Vec<String> = vec!["first".to_string(), "second".to_string()];
    let head = &queue[0];
    let message = format!("head is {}", head);
    println!("{}", message);
    queue.push("third".to_string());
    let last = queue.last().unwrap();
    println!("last is {}", last);
    queue.insert(0, "zeroth".to_string());
    println!("{:?}", queue);
}
