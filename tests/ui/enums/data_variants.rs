// Enum variants carrying unit, tuple and struct data, with a method matching on self.
#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    ChangeColor(i32, i32, i32),
}

impl Message {
    fn call(&self) -> String {
        match self {
            Message::Quit => String::from("quit"),
            Message::Move { x, y } => format!("move to {x},{y}"),
            Message::Write(text) => format!("write {text:?}"),
            Message::ChangeColor(r, g, b) => format!("color #{r:02x}{g:02x}{b:02x}"),
        }
    }
}

fn main() {
    let msgs = [
        Message::Quit,
        Message::Move { x: 1, y: -2 },
        Message::Write(String::from("hi")),
        Message::ChangeColor(255, 128, 0),
    ];
    for m in &msgs {
        println!("{:?} => {}", m, m.call());
    }
}
