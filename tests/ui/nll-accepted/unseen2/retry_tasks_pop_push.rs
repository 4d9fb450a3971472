// Popping a task and pushing a retried copy back in the same `while let` loop.
#[derive(Debug)]
struct Task {
    name: String,
    retries: u32,
}

fn main() {
    let mut queue = vec![Task { name: String::from("fetch"), retries: 2 }];
    let mut done = Vec::new();
    while let Some(task) = queue.pop() {
        if task.retries > 0 {
            println!("retry {} ({} left)", task.name, task.retries);
            queue.push(Task { retries: task.retries - 1, ..task });
        } else {
            done.push(task);
        }
    }
    println!("{:?} {}", done, queue.is_empty());
}
