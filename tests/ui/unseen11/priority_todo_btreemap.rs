// A to-do list keyed by priority in a BTreeMap<u8, Vec<String>>: range queries, pop_first, first/last entries.
use std::collections::BTreeMap;

struct Todo {
    by_priority: BTreeMap<u8, Vec<String>>,
}

impl Todo {
    fn new() -> Self {
        Todo { by_priority: BTreeMap::new() }
    }

    fn add(&mut self, prio: u8, task: &str) {
        self.by_priority.entry(prio).or_default().push(task.to_string());
    }

    fn urgent(&self, max_prio: u8) -> Vec<&str> {
        self.by_priority
            .range(..=max_prio)
            .flat_map(|(_, tasks)| tasks.iter().map(|t| t.as_str()))
            .collect()
    }

    fn take_next(&mut self) -> Option<(u8, String)> {
        let (&prio, tasks) = self.by_priority.iter_mut().next()?;
        let task = tasks.remove(0);
        if tasks.is_empty() {
            self.by_priority.remove(&prio);
        }
        Some((prio, task))
    }

    fn count(&self) -> usize {
        self.by_priority.values().map(Vec::len).sum()
    }
}

fn main() {
    let mut todo = Todo::new();
    todo.add(3, "water plants");
    todo.add(1, "pay rent");
    todo.add(5, "sort photos");
    todo.add(1, "call plumber");
    todo.add(2, "buy milk");
    todo.add(5, "learn juggling");
    println!("{} tasks in {} levels", todo.count(), todo.by_priority.len());
    println!("urgent (<=2): {:?}", todo.urgent(2));
    println!("lowest: {:?}", todo.by_priority.first_key_value());
    println!("highest: {:?}", todo.by_priority.last_key_value().map(|(k, v)| (k, v.len())));
    for _ in 0..3 {
        if let Some((p, t)) = todo.take_next() {
            println!("doing [{}] {}", p, t);
        }
    }
    if let Some((p, tasks)) = todo.by_priority.pop_first() {
        println!("dropped level {} with {:?}", p, tasks);
    }
    let middle: Vec<(&u8, &Vec<String>)> = todo.by_priority.range(2..5).collect();
    println!("2..5: {:?}", middle);
    todo.add(4, "fix bike");
    for (p, tasks) in &todo.by_priority {
        println!("{:>2}: {}", p, tasks.join("; "));
    }
    while let Some((p, t)) = todo.take_next() {
        println!("later [{}] {}", p, t);
    }
    println!("empty: {}", todo.by_priority.is_empty());
}
