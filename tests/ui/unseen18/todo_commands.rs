// A to-do shell driven by text commands: parsing lines into enum Command<'a> borrowing the line, applying them to a list.
#[derive(Debug)]
enum Command<'a> {
    Add(&'a str),
    Done(usize),
    Remove(usize),
    Rename(usize, &'a str),
    List,
    Clear,
}

#[derive(Debug)]
struct Task {
    title: String,
    done: bool,
}

fn parse(line: &str) -> Result<Command<'_>, String> {
    let line = line.trim();
    let (cmd, rest) = line.split_once(' ').unwrap_or((line, ""));
    let index = |s: &str| -> Result<usize, String> {
        s.trim().parse::<usize>().map_err(|_| format!("not an index: {:?}", s))
    };
    match cmd {
        "add" if !rest.is_empty() => Ok(Command::Add(rest.trim())),
        "add" => Err(String::from("add needs a title")),
        "done" => Ok(Command::Done(index(rest)?)),
        "rm" => Ok(Command::Remove(index(rest)?)),
        "mv" => {
            let (n, title) = rest.split_once(' ').ok_or("mv needs an index and a title")?;
            Ok(Command::Rename(index(n)?, title))
        }
        "ls" => Ok(Command::List),
        "clear" => Ok(Command::Clear),
        other => Err(format!("unknown command {:?}", other)),
    }
}

fn apply(tasks: &mut Vec<Task>, cmd: Command) -> Result<(), String> {
    let check = |i: usize, len: usize| if i >= 1 && i <= len { Ok(i - 1) } else { Err(format!("no task {}", i)) };
    match cmd {
        Command::Add(t) => tasks.push(Task { title: t.to_string(), done: false }),
        Command::Done(i) => {
            let idx = check(i, tasks.len())?;
            tasks[idx].done = true;
        }
        Command::Remove(i) => {
            let t = tasks.remove(check(i, tasks.len())?);
            println!("removed {:?}", t.title);
        }
        Command::Rename(i, title) => {
            let idx = check(i, tasks.len())?;
            tasks[idx].title = title.to_owned();
        }
        Command::List => {
            for (i, t) in tasks.iter().enumerate() {
                println!("  {:>2}. [{}] {}", i + 1, if t.done { 'x' } else { ' ' }, t.title);
            }
        }
        Command::Clear => tasks.retain(|t| !t.done),
    }
    Ok(())
}

fn main() {
    let script = "add buy milk\nadd write report\nadd call mum\ndone 2\nls\nmv 1 buy oat milk\nrm 7\ndone x\nfly away\nadd\nclear\nls\nrm 1\nls";
    let mut tasks = Vec::new();
    for (n, line) in script.lines().enumerate() {
        let result = parse(line).and_then(|c| apply(&mut tasks, c));
        if let Err(e) = result {
            println!("line {}: {}", n + 1, e);
        }
    }
    println!("{} task(s) left: {:?}", tasks.len(), tasks);
}
