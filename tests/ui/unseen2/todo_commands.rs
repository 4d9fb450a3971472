// A to-do list driven by text commands: parsing into an enum, matching, Vec<Task> updates, Result errors.
#[derive(Debug, PartialEq)]
enum Command {
    Add(String),
    Done(usize),
    Remove(usize),
    Rename { id: usize, title: String },
    List,
}

#[derive(Debug)]
struct Task {
    id: usize,
    title: String,
    done: bool,
}

fn parse(line: &str) -> Result<Command, String> {
    let mut parts = line.trim().splitn(2, ' ');
    let verb = parts.next().unwrap_or("");
    let rest = parts.next().unwrap_or("").trim();
    let id = || rest.split(' ').next().unwrap_or("").parse::<usize>().map_err(|e| format!("bad id {:?}: {}", rest, e));
    match verb {
        "add" if !rest.is_empty() => Ok(Command::Add(rest.to_string())),
        "add" => Err("add needs a title".to_string()),
        "done" => Ok(Command::Done(id()?)),
        "rm" => Ok(Command::Remove(id()?)),
        "rename" => {
            let (n, title) = rest.split_once(' ').ok_or("rename needs an id and a title")?;
            let id = n.parse().map_err(|_| format!("bad id {:?}", n))?;
            Ok(Command::Rename { id, title: title.to_string() })
        }
        "ls" => Ok(Command::List),
        other => Err(format!("unknown command {:?}", other)),
    }
}

fn apply(tasks: &mut Vec<Task>, next_id: &mut usize, cmd: Command) -> Result<(), String> {
    match cmd {
        Command::Add(title) => {
            tasks.push(Task { id: *next_id, title, done: false });
            *next_id += 1;
        }
        Command::Done(id) => {
            let t = tasks.iter_mut().find(|t| t.id == id).ok_or(format!("no task {}", id))?;
            t.done = true;
        }
        Command::Remove(id) => {
            let before = tasks.len();
            tasks.retain(|t| t.id != id);
            if tasks.len() == before {
                return Err(format!("no task {}", id));
            }
        }
        Command::Rename { id, title } => match tasks.iter_mut().find(|t| t.id == id) {
            Some(t) => t.title = title,
            None => return Err(format!("no task {}", id)),
        },
        Command::List => {
            for t in tasks.iter() {
                println!("   [{}] {} {}", if t.done { 'x' } else { ' ' }, t.id, t.title);
            }
        }
    }
    Ok(())
}

fn main() {
    let script = "add buy milk\nadd write report\nadd\ndone 2\nrename 1 buy oat milk\nfly away\ndone x\nadd call mum\nrm 7\nrm 1\nls";
    let mut tasks = Vec::new();
    let mut next_id = 1;
    for line in script.lines() {
        println!("> {}", line);
        let result = parse(line).and_then(|cmd| apply(&mut tasks, &mut next_id, cmd));
        if let Err(e) = result {
            println!("   error: {}", e);
        }
    }
    let open = tasks.iter().filter(|t| !t.done).count();
    println!("{} tasks, {} open", tasks.len(), open);
    println!("{:?}", tasks.last());
    assert_eq!(parse("ls"), Ok(Command::List));
}
