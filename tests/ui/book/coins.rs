// Enums and match: nested enums, match on tuples, ranges, or-patterns, bindings with @.
#[derive(Debug, Clone, Copy, PartialEq)]
enum UsState {
    Alabama,
    Alaska,
}

impl UsState {
    fn existed_in(&self, year: u16) -> bool {
        match self {
            UsState::Alabama => year >= 1819,
            UsState::Alaska => year >= 1959,
        }
    }
}

#[derive(Debug)]
enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter(UsState),
}

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

fn classify(n: u32) -> String {
    match n {
        0 => "zero".to_string(),
        1 | 2 | 3 => "small".to_string(),
        small @ 4..=9 => format!("digit {small}"),
        10..=99 => "two digits".to_string(),
        big => format!("big {big}"),
    }
}

fn main() {
    let coins = [Coin::Penny, Coin::Quarter(UsState::Alaska), Coin::Dime, Coin::Nickel, Coin::Quarter(UsState::Alabama)];
    let total: u32 = coins.iter().map(|c| value_in_cents(c) as u32).sum();
    println!("total {total}");
    for c in &coins {
        if let Coin::Quarter(s) = c {
            println!("{:?} existed in 1900: {}", s, s.existed_in(1900));
        }
    }
    for n in [0, 2, 7, 42, 1000] {
        println!("{n} -> {}", classify(n));
    }
    let pairs = [(0, 1), (1, 0), (2, 2), (3, -3)];
    for p in pairs {
        let s = match p {
            (0, y) => format!("on y axis at {y}"),
            (x, 0) => format!("on x axis at {x}"),
            (x, y) if x == y => "diagonal".to_string(),
            (x, y) if x + y == 0 => "anti-diagonal".to_string(),
            _ => "elsewhere".to_string(),
        };
        println!("{p:?}: {s}");
    }
}
