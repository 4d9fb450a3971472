// A to-do list manager: tasks with an enum status, added, completed, removed and listed by filter
#[derive(Debug, Clone, PartialEq)]
enum Status {
    Open,
    Done,
}

#[derive(Debug)]
struct Task {
    id: u32,
    title: String,
    priority: u8,
    status: Status,
}

struct TodoList {
    tasks: Vec<Task>,
    next_id: u32,
}

impl TodoList {
    fn new() -> Self {
        TodoList { tasks: Vec::new(), next_id: 1 }
    }

    fn add(&mut self, title: &str, priority: u8) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        self.tasks.push(Task { id, title: title.to_string(), priority, status: Status::Open });
        id
    }

    fn complete(&mut self, id: u32) -> bool {
        match self.tasks.iter_mut().find(|t| t.id == id) {
            Some(task) => {
                task.status = Status::Done;
                true
            }
            None => false,
        }
    }

    fn remove(&mut self, id: u32) -> Option<Task> {
        let pos = self.tasks.iter().position(|t| t.id == id)?;
        Some(self.tasks.remove(pos))
    }

    fn open_tasks(&self) -> Vec<&Task> {
        let mut open: Vec<&Task> = self.tasks.iter().filter(|t| t.status == Status::Open).collect();
        open.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.id.cmp(&b.id)));
        open
    }

    fn summary(&self) -> String {
        let done = self.tasks.iter().filter(|t| t.status == Status::Done).count();
        format!("{} tasks, {} done", self.tasks.len(), done)
    }
}

fn main() {
    let mut list = TodoList::new();
    list.add("buy milk", 2);
    let laundry = list.add("do laundry", 1);
    list.add("write report", 5);
    let call = list.add("call grandma", 5);
    list.add("water plants", 3);

    println!("{}", list.summary());
    println!("completed laundry: {}", list.complete(laundry));
    println!("completed #99: {}", list.complete(99));

    for task in list.open_tasks() {
        println!("[{}] p{} {}", task.id, task.priority, task.title);
    }

    if let Some(removed) = list.remove(call) {
        println!("removed {:?}", removed);
    }
    println!("remove again: {:?}", list.remove(call).map(|t| t.title));
    println!("{}", list.summary());
    let titles: Vec<String> = list.tasks.iter().map(|t| t.title.to_uppercase()).collect();
    println!("{}", titles.join(", "));
}
