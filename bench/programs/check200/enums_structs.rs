// Check-time benchmark: passing tests/ui programs (enums structs) as modules, about 200 lines.
mod binding_modes {
// Matching through references: ref, ref mut, & patterns and default binding modes.
#[derive(Debug)]
enum Node {
    Leaf(i32),
    Named { name: String, value: i32 },
}

pub fn main() {
    let mut nodes = vec![Node::Leaf(1), Node::Named { name: "n".into(), value: 2 }];
    for node in nodes.iter_mut() {
        match node {
            Node::Leaf(v) => *v *= 10,
            Node::Named { value, .. } => *value += 100,
        }
    }
    println!("{nodes:?}");
    match &nodes[1] {
        Node::Named { name, value } => println!("{name} {value}"),
        Node::Leaf(_) => {}
    }
    let pairs = [(1, 'a'), (2, 'b')];
    for &(n, c) in &pairs {
        print!("{n}{c} ");
    }
    println!();
    let mut t = (String::from("x"), 5);
    let (ref mut s, ref n) = t;
    s.push('y');
    println!("{s} {n}");
    println!("{t:?}");
}
}
mod c_like_enum {
// C-like enums with explicit discriminants and `as` casts to integers.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Low = 1,
    Mid = 5,
    High = 10,
}

#[derive(Debug)]
enum Weekday {
    Mon,
    Tue,
    Wed,
}

pub fn main() {
    for l in [Level::Low, Level::Mid, Level::High] {
        println!("{:?} = {}", l, l as i32);
    }
    println!("{} {}", Weekday::Mon as u8, Weekday::Wed as u8);
    println!("{:?}", Weekday::Tue);
    println!("{}", Level::Mid == Level::Mid);
    println!("{}", std::mem::size_of::<Level>());
}
}
mod data_variants {
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

pub fn main() {
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
}
mod enum_methods_state {
// An enum as a state machine with a method consuming self and returning the next state.
#[derive(Debug)]
enum Light {
    Red { waited: u32 },
    Green,
    Yellow,
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red { waited } if waited < 2 => Light::Red { waited: waited + 1 },
            Light::Red { .. } => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red { waited: 0 },
        }
    }
}

pub fn main() {
    let mut l = Light::Green;
    for _ in 0..6 {
        println!("{l:?}");
        l = l.next();
    }
    println!("{l:?}");
}
}
mod enum_sizes {
// size_of of enums: tags, niches and the largest variant.
use std::mem::size_of;

#[allow(dead_code)]
enum Small {
    A,
    B,
    C,
}

#[allow(dead_code)]
enum WithData {
    Empty,
    Num(u64),
    Pair(u32, u32),
}

#[allow(dead_code)]
enum Text {
    Owned(String),
    Borrowed(&'static str),
}

pub fn main() {
    println!("{}", size_of::<Small>());
    println!("{}", size_of::<WithData>());
    println!("{}", size_of::<Text>());
    println!("{}", size_of::<Option<bool>>());
    println!("{}", size_of::<Option<Option<bool>>>());
    println!("{}", size_of::<Result<u32, ()>>());
    println!("{}", size_of::<Option<Vec<i32>>>());
    println!("{}", size_of::<Option<char>>());
}
}
mod explicit_binding_modes_by_value {
// Explicit `ref`, `mut` and `&` are fine where the pattern matches by value (no implicit borrow)
pub fn main() {
    let pairs = vec![(1, 2), (3, 4)];
    for &(a, b) in &pairs {
        println!("{a}+{b}={}", a + b);
    }
    let big: Vec<&(i32, i32)> = pairs.iter().filter(|&&(a, _)| a > 1).collect();
    println!("{:?}", big);
    let opt = Some(String::from("kept"));
    match opt {
        Some(ref s) => println!("ref {s}"),
        None => {}
    }
    println!("{:?}", opt);
    let (mut x, y) = (1, 2);
    x += y;
    let &(p, q) = &(5, 6);
    let nums = [1, 2, 3];
    let total: i32 = nums.iter().map(|&n| n * 2).sum();
    if let Some(&first) = nums.first() {
        println!("{x} {p} {q} {total} {first}");
    }
}
}
mod if_let_else {
// if let with else, matching one variant of an enum.
#[derive(Debug)]
enum Coin {
    Penny,
    Nickel,
    Quarter(&'static str),
}

pub fn main() {
    let coins = [Coin::Penny, Coin::Quarter("Alaska"), Coin::Nickel];
    let mut count = 0;
    for coin in &coins {
        if let Coin::Quarter(state) = coin {
            println!("State quarter from {state}!");
        } else {
            count += 1;
            println!("{coin:?} counted");
        }
    }
    println!("count = {count}");
}
}
fn main() {
    binding_modes::main();
    c_like_enum::main();
    data_variants::main();
    enum_methods_state::main();
    enum_sizes::main();
    explicit_binding_modes_by_value::main();
    if_let_else::main();
}
