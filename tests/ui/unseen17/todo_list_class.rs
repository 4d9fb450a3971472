// A to-do list written like a Python class: new, add, getters returning &Vec and &String, complete by id.
use std::fmt;

#[derive(Debug, Clone)]
struct Todo {
    id: u32,
    title: String,
    done: bool,
}

impl Todo {
    fn new(id: u32, title: &str) -> Todo {
        Todo { id: id, title: title.to_string(), done: false }
    }

    fn get_title(&self) -> &String {
        &self.title
    }

    fn is_done(&self) -> bool {
        self.done
    }
}

impl fmt::Display for Todo {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mark = if self.done { "x" } else { " " };
        write!(f, "[{}] #{} {}", mark, self.id, self.title)
    }
}

struct TodoList {
    items: Vec<Todo>,
    next_id: u32,
}

impl TodoList {
    fn new() -> TodoList {
        TodoList { items: Vec::new(), next_id: 1 }
    }

    fn add(&mut self, title: &str) -> u32 {
        let id = self.next_id;
        self.items.push(Todo::new(id, title));
        self.next_id += 1;
        id
    }

    fn get_items(&self) -> &Vec<Todo> {
        &self.items
    }

    fn complete(&mut self, id: u32) -> Result<(), String> {
        for item in self.items.iter_mut() {
            if item.id == id {
                if item.done {
                    return Err(format!("todo {} is already done", id));
                }
                item.done = true;
                return Ok(());
            }
        }
        Err(format!("no todo with id {}", id))
    }

    fn pending_count(&self) -> usize {
        self.items.iter().filter(|t| !t.is_done()).count()
    }
}

fn main() {
    let mut list = TodoList::new();
    list.add("buy milk");
    let walk = list.add("walk the dog");
    list.add("write report");

    match list.complete(walk) {
        Ok(()) => println!("completed {}", walk),
        Err(e) => println!("error: {}", e),
    }
    if let Err(e) = list.complete(walk) {
        println!("error: {}", e);
    }
    if let Err(e) = list.complete(42) {
        println!("error: {}", e);
    }

    for todo in list.get_items() {
        println!("{}", todo);
    }
    let titles: Vec<&String> = list.get_items().iter().map(|t| t.get_title()).collect();
    println!("titles: {:?}", titles);
    println!("pending: {}", list.pending_count());
}
