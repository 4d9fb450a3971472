// Control flow: match on tuples, labelled loops, break with a value, while and for over ranges.
fn fizz(n: u32) -> String {
    match (n % 3, n % 5) {
        (0, 0) => String::from("FizzBuzz"),
        (0, _) => "Fizz".to_string(),
        (_, 0) => "Buzz".into(),
        _ => n.to_string(),
    }
}

fn first_pair_with_sum(target: u32) -> Option<(u32, u32)> {
    let mut found = None;
    'outer: for a in 1..20 {
        for b in a..20 {
            if a * b == target && a + b > 10 {
                found = Some((a, b));
                break 'outer;
            }
            if a * b > target {
                continue 'outer;
            }
        }
    }
    found
}

fn main() {
    let line: Vec<String> = (1..=15).map(fizz).collect();
    println!("{}", line.join(" "));

    let mut counter = 0;
    let result = loop {
        counter += 3;
        if counter > 20 {
            break counter * 2;
        }
    };
    println!("loop result {result}");

    let mut countdown = 5;
    while countdown != 0 {
        print!("{countdown}.. ");
        countdown -= 1;
    }
    println!("liftoff!");

    for n in (1..4).rev() {
        println!("rev {n}");
    }
    for target in [24, 36, 7, 90] {
        match first_pair_with_sum(target) {
            Some((a, b)) => println!("{target} = {a} * {b}"),
            None => println!("{target}: no pair"),
        }
    }

    let number = 7;
    let kind = if number % 2 == 0 { "even" } else { "odd" };
    println!("{number} is {kind}");

    let mut count = 0;
    let mut remaining = 10;
    'counting_up: loop {
        remaining = 10;
        loop {
            if remaining == 9 {
                break;
            }
            if count == 2 {
                break 'counting_up;
            }
            remaining -= 1;
        }
        count += 1;
    }
    println!("End count = {count}, remaining = {remaining}");
}
