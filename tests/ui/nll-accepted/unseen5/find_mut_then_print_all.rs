// A `&mut` found with iter_mut().find() is used, then the whole Vec is read.
#[derive(Debug)]
struct Task {
    id: u32,
    done: bool,
}

fn main() {
    let mut tasks: Vec<Task> = (1..=4).map(|id| Task { id, done: false }).collect();
    if let Some(t) = tasks.iter_mut().find(|t| t.id == 3) {
        t.done = true;
    }
    let t2 = tasks.iter_mut().find(|t| t.id == 2).unwrap();
    t2.done = !t2.done;
    let done: Vec<u32> = tasks.iter().filter(|t| t.done).map(|t| t.id).collect();
    println!("{:?}", done);
    println!("{:?}", tasks[0]);
}
