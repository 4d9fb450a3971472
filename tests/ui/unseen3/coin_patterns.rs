// Patterns: ranges, @ bindings, or-patterns, guards, nested enums, tuples and references in match.
#[derive(Debug, Clone, Copy)]
enum UsState {
    Alabama,
    Alaska,
    Texas,
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
            println!("State quarter from {:?}!", state);
            25
        }
    }
}

fn classify(n: i64) -> String {
    match n {
        i64::MIN..=-1 => "negative".to_string(),
        0 => "zero".to_string(),
        x @ 1..=9 => format!("digit {x}"),
        10 | 20 | 30 => "round".to_string(),
        x if x % 2 == 0 => format!("even {x}"),
        _ => "odd".to_string(),
    }
}

fn point_kind(p: (i32, i32)) -> &'static str {
    match p {
        (0, 0) => "origin",
        (0, _) | (_, 0) => "axis",
        (x, y) if x == y => "diagonal",
        (x, y) if x == -y => "anti-diagonal",
        _ => "plane",
    }
}

fn letter(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
        _ => "other",
    }
}

fn main() {
    let coins = [Coin::Penny, Coin::Quarter(UsState::Alaska), Coin::Dime, Coin::Nickel, Coin::Quarter(UsState::Texas)];
    let total: u32 = coins.iter().map(|c| value_in_cents(c) as u32).sum();
    println!("total {total} cents");
    let mut non_quarters = 0;
    for c in &coins {
        if let Coin::Quarter(UsState::Alabama) = c {
            println!("alabama!");
        } else if let Coin::Quarter(_) = c {
        } else {
            non_quarters += 1;
        }
    }
    println!("non quarters {non_quarters}");

    for n in [-5, 0, 7, 20, 44, 51] {
        println!("{n} -> {}", classify(n));
    }
    for p in [(0, 0), (0, 5), (3, 3), (2, -2), (1, 7)] {
        println!("{:?} is {}", p, point_kind(p));
    }
    let s: String = "aZ9x!".chars().map(|c| format!("{c}={} ", letter(c))).collect();
    println!("{}", s.trim_end());

    let pairs = vec![(1, "one"), (2, "two"), (3, "three")];
    for &(n, name) in &pairs {
        match (n, name.len()) {
            (1, _) => println!("first is {name}"),
            (_, len @ 4..) => println!("{name} is long ({len})"),
            (k, _) => println!("{k} is {name}"),
        }
    }
    let msg = Some(42);
    match msg {
        Some(n @ 40..=50) => println!("in range: {n}"),
        Some(n) => println!("other: {n}"),
        None => println!("none"),
    }
    let arr = [1, 2, 3];
    match arr {
        [first, .., last] => println!("first {first} last {last}"),
    }
}
