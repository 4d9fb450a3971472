// Chapter 6: enums with data, match, Option and if let.
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
            Message::Move { x, y } => format!("move to ({x}, {y})"),
            Message::Write(text) => format!("write {text:?}"),
            Message::ChangeColor(r, g, b) => format!("color #{:02x}{:02x}{:02x}", r, g, b),
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum UsState { Alabama, Alaska }

enum Coin { Penny, Nickel, Dime, Quarter(UsState) }

fn value_in_cents(coin: &Coin) -> u8 {
    match coin {
        Coin::Penny => 1,
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter(state) => {
            println!("State quarter from {state:?}!");
            25
        }
    }
}

fn plus_one(x: Option<i32>) -> Option<i32> {
    match x {
        None => None,
        Some(i) => Some(i + 1),
    }
}

fn main() {
    let home = IpAddr::V4(127, 0, 0, 1);
    let loopback = IpAddr::V6(String::from("::1"));
    println!("{:?} {:?}", home, loopback);
    let msgs = vec![
        Message::Quit,
        Message::Move { x: 3, y: -4 },
        Message::Write(String::from("hi")),
        Message::ChangeColor(255, 128, 0),
    ];
    for m in &msgs {
        println!("{}", m.call());
    }
    println!("{:?}", msgs[1]);
    let coins = [Coin::Penny, Coin::Quarter(UsState::Alaska), Coin::Dime, Coin::Quarter(UsState::Alabama), Coin::Nickel];
    let total: u32 = coins.iter().map(|c| value_in_cents(c) as u32).sum();
    println!("total {total}");
    let five = Some(5);
    println!("{:?} {:?}", plus_one(five), plus_one(None));
    let config_max = Some(3u8);
    if let Some(max) = config_max {
        println!("The maximum is configured to be {max}");
    }
    let dice_roll = 9;
    match dice_roll {
        3 => println!("hat"),
        7 => println!("no hat"),
        other => println!("move {other}"),
    }
}
