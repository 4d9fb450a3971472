// Common concepts: shadowing, loops with labels and break values, tuples and arrays mixed.
const MAX_TRIES: u32 = 5;

fn score(guess: i32, secret: i32) -> &'static str {
    if guess < secret {
        "too small"
    } else if guess > secret {
        "too big"
    } else {
        "you win"
    }
}

fn main() {
    let secret = 42;
    let guesses = [10, 80, 40, 45, 42, 99];
    let mut tries = 0u32;
    let result = loop {
        if tries as usize >= guesses.len() || tries >= MAX_TRIES {
            break None;
        }
        let g = guesses[tries as usize];
        tries += 1;
        let verdict = score(g, secret);
        println!("try {tries}: {g} is {verdict}");
        if verdict == "you win" {
            break Some(tries);
        }
    };
    match result {
        Some(n) => println!("found in {n} tries"),
        None => println!("not found"),
    }
    let x = 5;
    let x = x + 1;
    {
        let x = x * 2;
        println!("inner x = {x}");
    }
    println!("outer x = {x}");
    let spaces = "   ";
    let spaces = spaces.len();
    println!("spaces = {spaces}");
    let tup: (i32, f64, u8) = (500, 6.4, 1);
    let (a, b, c) = tup;
    println!("{a} {b} {c} {}", tup.1);
    let mut count = 0;
    'outer: loop {
        let mut remaining = 10;
        loop {
            if remaining == 9 {
                break;
            }
            if count == 2 {
                break 'outer;
            }
            remaining -= 1;
        }
        count += 1;
    }
    println!("count = {count}");
    for n in (1..4).rev() {
        print!("{n}! ");
    }
    println!("LIFTOFF");
}
