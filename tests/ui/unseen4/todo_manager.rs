// A to-do manager: enum commands parsed from strings, Vec<Task> edits through indices and iter_mut, summary.
#[derive(Debug, Clone, PartialEq)]
enum Priority {
    Low,
    Normal,
    High,
}

#[derive(Debug)]
struct Task {
    id: u32,
    text: String,
    done: bool,
    priority: Priority,
}

enum Command {
    Add(String, Priority),
    Done(u32),
    Remove(u32),
    Bump,
    List,
}

fn parse(line: &str) -> Option<Command> {
    let (verb, rest) = line.split_once(' ').unwrap_or((line, ""));
    match verb {
        "add" => {
            let (prio, text) = match rest.strip_prefix('!') {
                Some(t) => (Priority::High, t),
                None => (Priority::Normal, rest),
            };
            Some(Command::Add(text.trim().to_string(), prio))
        }
        "done" => rest.parse().ok().map(Command::Done),
        "rm" => Some(Command::Remove(rest.parse().ok()?)),
        "bump" => Some(Command::Bump),
        "ls" => Some(Command::List),
        _ => None,
    }
}

fn main() {
    let script = ["add buy milk", "add !pay rent", "add call mum", "done 2", "bump", "rm 1", "rm 7", "fly", "done x", "ls"];
    let mut tasks: Vec<Task> = Vec::new();
    let mut next_id = 1;
    for line in script {
        match parse(line) {
            Some(Command::Add(text, priority)) => {
                tasks.push(Task { id: next_id, text, done: false, priority });
                next_id += 1;
            }
            Some(Command::Done(id)) => match tasks.iter_mut().find(|t| t.id == id) {
                Some(t) => t.done = true,
                None => println!("no task {}", id),
            },
            Some(Command::Remove(id)) => {
                let before = tasks.len();
                tasks.retain(|t| t.id != id);
                if tasks.len() == before {
                    println!("nothing removed for {}", id);
                }
            }
            Some(Command::Bump) => {
                for t in tasks.iter_mut().filter(|t| !t.done) {
                    t.priority = match t.priority {
                        Priority::Low => Priority::Normal,
                        _ => Priority::High,
                    };
                }
            }
            Some(Command::List) => {
                for t in &tasks {
                    let mark = if t.done { 'x' } else { ' ' };
                    println!("[{}] #{} {:<10} {:?}", mark, t.id, t.text, t.priority);
                }
            }
            None => println!("cannot parse {:?}", line),
        }
    }
    let open = tasks.iter().filter(|t| !t.done).count();
    println!("{} tasks, {} open, high: {}", tasks.len(), open, tasks.iter().filter(|t| t.priority == Priority::High).count());
    let low = Priority::Low;
    println!("{:?}", low);
}
