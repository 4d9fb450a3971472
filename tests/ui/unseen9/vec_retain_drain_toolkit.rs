// The Vec toolkit on a task list: retain, drain a range, dedup_by_key, split_off, truncate, swap_remove, insert, and capacities.
#[derive(Debug, Clone, PartialEq)]
struct Task {
    id: u32,
    project: &'static str,
    done: bool,
}

fn ids(v: &[Task]) -> Vec<u32> {
    v.iter().map(|t| t.id).collect()
}

fn main() {
    let projects = ["web", "web", "api", "api", "api", "docs", "web", "ops", "ops", "docs"];
    let mut tasks: Vec<Task> = Vec::with_capacity(16);
    for (i, p) in projects.iter().enumerate() {
        tasks.push(Task { id: i as u32 + 1, project: p, done: i % 3 == 0 });
    }
    println!("{} tasks, capacity {}: {:?}", tasks.len(), tasks.capacity(), ids(&tasks));

    let mut finished = tasks.clone();
    finished.retain(|t| t.done);
    println!("done: {:?}", ids(&finished));
    tasks.retain(|t| !t.done);
    println!("open: {:?} (capacity still {})", ids(&tasks), tasks.capacity());

    let drained: Vec<Task> = tasks.drain(1..3).collect();
    println!("drained {:?}, left {:?}", ids(&drained), ids(&tasks));

    let mut by_project = tasks.clone();
    by_project.dedup_by_key(|t| t.project);
    println!("first of each run: {:?}", by_project.iter().map(|t| t.project).collect::<Vec<_>>());

    let tail = tasks.split_off(2);
    println!("head {:?} tail {:?}", ids(&tasks), ids(&tail));
    tasks.extend(tail.into_iter().rev());
    tasks.insert(1, Task { id: 99, project: "urgent", done: false });
    println!("after extend + insert: {:?}", ids(&tasks));
    let removed = tasks.swap_remove(0);
    println!("swap_remove(0) took {} -> {:?}", removed.id, ids(&tasks));
    tasks.truncate(3);
    println!("truncated: {:?}", ids(&tasks));
    tasks.sort_by(|a, b| a.project.cmp(b.project).then(b.id.cmp(&a.id)));
    println!("sorted: {:?}", tasks.iter().map(|t| format!("{}#{}", t.project, t.id)).collect::<Vec<_>>());
    println!("contains urgent? {}", tasks.iter().any(|t| t.project == "urgent"));
    tasks.shrink_to_fit();
    println!("len {} capacity {}", tasks.len(), tasks.capacity());
    let emptied: Vec<Task> = tasks.drain(..).collect();
    println!("drained all {}: empty {}, capacity {}", emptied.len(), tasks.is_empty(), tasks.capacity());
}
