// Enums and match: data in variants, impl on enums, Option matching, if let, let-else, matches!.
#[derive(Debug)]
enum IpAddr {
    V4(u8, u8, u8, u8),
    V6(String),
}

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
            Message::Move { x, y } if *x == 0 => format!("vertical {y}"),
            Message::Move { x, y } => format!("move {x},{y}"),
            Message::Write(text) => format!("write {text:?}"),
            Message::ChangeColor(r, g, b) => format!("color #{r:02x}{g:02x}{b:02x}"),
        }
    }
}

fn plus_one(x: Option<i32>) -> Option<i32> {
    match x {
        None => None,
        Some(i) => Some(i + 1),
    }
}

fn describe(n: i32) -> &'static str {
    let Some(d) = (if n > 0 { Some(n) } else { None }) else {
        return "not positive";
    };
    if d % 2 == 0 { "even" } else { "odd" }
}

fn main() {
    let home = IpAddr::V4(127, 0, 0, 1);
    let lo = IpAddr::V6(String::from("::1"));
    println!("{:?} {:?}", home, lo);
    if let IpAddr::V4(a, _, _, d) = home {
        println!("v4 {a}.{d}");
    }
    let msgs = vec![
        Message::Quit,
        Message::Move { x: 0, y: 7 },
        Message::Move { x: 3, y: -2 },
        Message::Write(String::from("hi")),
        Message::ChangeColor(255, 128, 0),
    ];
    for m in &msgs {
        println!("{}", m.call());
    }
    let moves = msgs.iter().filter(|m| matches!(m, Message::Move { .. })).count();
    println!("moves: {moves}");
    println!("{:?} {:?}", plus_one(Some(5)), plus_one(None));
    for n in [-3, 0, 4, 7] {
        println!("{n}: {}", describe(n));
    }
    let dice = 9;
    match dice {
        3 => println!("hat"),
        7 => println!("lose hat"),
        other => println!("move {other}"),
    }
    println!("{:?}", msgs.last());
}
