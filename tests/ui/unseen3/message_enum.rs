// Enums with data: match, impl on an enum, if let, let-else and matches!.
#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(u8, u8, u8),
}

impl Message {
    fn call(&self) -> String {
        match self {
            Message::Quit => String::from("quit"),
            Message::Move { x, y } if *x == 0 && *y == 0 => "stay".to_string(),
            Message::Move { x, y } => format!("move to ({x}, {y})"),
            Message::Write(text) => format!("write {:?} ({} bytes)", text, text.len()),
            Message::ChangeColor(r, g, b) => format!("color {r},{g},{b}"),
        }
    }
}

struct Cursor {
    x: i32,
    y: i32,
    log: Vec<String>,
}

impl Cursor {
    fn apply(&mut self, msg: Message) -> bool {
        match msg {
            Message::Quit => return false,
            Message::Move { x, y } => {
                self.x += x;
                self.y += y;
            }
            Message::Write(s) => self.log.push(s),
            Message::ChangeColor(..) => {}
        }
        true
    }
}

fn parse(cmd: &str) -> Option<Message> {
    let mut parts = cmd.split_whitespace();
    let Some(head) = parts.next() else {
        return None;
    };
    match head {
        "quit" => Some(Message::Quit),
        "move" => {
            let x = parts.next()?.parse().ok()?;
            let y = parts.next()?.parse().ok()?;
            Some(Message::Move { x, y })
        }
        "write" => Some(Message::Write(parts.collect::<Vec<_>>().join(" "))),
        _ => None,
    }
}

fn main() {
    let msgs = vec![
        Message::Move { x: 0, y: 0 },
        Message::Write(String::from("hi there")),
        Message::ChangeColor(1, 2, 3),
        Message::Move { x: -3, y: 4 },
        Message::Quit,
    ];
    for m in &msgs {
        println!("{}", m.call());
    }
    let quits = msgs.iter().filter(|m| matches!(m, Message::Quit)).count();
    println!("quits: {quits}");

    let mut cur = Cursor { x: 0, y: 0, log: Vec::new() };
    let script = ["move 2 3", "write hello world", "bogus", "move 1 x", "", "move -5 1", "quit", "move 9 9"];
    for line in script {
        match parse(line) {
            Some(msg) => {
                println!("{:?}", msg);
                if !cur.apply(msg) {
                    println!("stopping");
                    break;
                }
            }
            None => println!("cannot parse {:?}", line),
        }
    }
    println!("cursor at ({}, {}), log {:?}", cur.x, cur.y, cur.log);
    if let Some(Message::Write(t)) = parse("write a b c") {
        println!("wrote {t}");
    }
}
