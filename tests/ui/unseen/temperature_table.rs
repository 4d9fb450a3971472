// Chapter 3 style: functions, loops and float formatting in a Fahrenheit/Celsius table.
fn fahrenheit_to_celsius(f: f64) -> f64 {
    (f - 32.0) * 5.0 / 9.0
}

fn celsius_to_fahrenheit(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn fibonacci(n: u32) -> u64 {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    for _ in 0..n {
        let next = a + b;
        a = b;
        b = next;
    }
    a
}

fn main() {
    let temps = [-40.0, 0.0, 32.0, 98.6, 212.0];
    for t in temps.iter() {
        println!("{:>7.1}F = {:>7.2}C", t, fahrenheit_to_celsius(*t));
    }
    let mut c = -10;
    while c <= 30 {
        println!("{c:3}C -> {:.1}F", celsius_to_fahrenheit(c as f64));
        c += 10;
    }
    let fibs: Vec<u64> = (0..15).map(fibonacci).collect();
    println!("{:?}", fibs);
    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("The result is {result}");
    'outer: for i in 1..=5 {
        for j in 1..=5 {
            if i * j > 6 {
                println!("stop at {i} x {j}");
                break 'outer;
            }
        }
    }
    let x = 5;
    let x = x + 1;
    {
        let x = x * 2;
        println!("inner x = {x}");
    }
    println!("outer x = {x}");
    let tup: (i32, f64, u8) = (500, 6.4, 1);
    let (a, b, cc) = tup;
    println!("{a} {b} {cc} {}", tup.0);
}
