// NLL: a shared borrow's last use comes before the push, so the mutable borrow is allowed
fn main() {
    let mut todo = vec![String::from("wash"), String::from("cook")];
    let first = &todo[0];
    println!("first task: {}", first);
    todo.push(String::from("sleep"));
    let last = todo.last().unwrap();
    println!("{} tasks, last {}", todo.len(), last);
}
