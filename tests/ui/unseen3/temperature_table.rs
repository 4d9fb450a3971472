// Common concepts: loops, shadowing, constants and float formatting with width and precision.
const FREEZING_F: f64 = 32.0;
const STEP: i32 = 15;

fn to_celsius(f: f64) -> f64 {
    (f - FREEZING_F) * 5.0 / 9.0
}

fn to_fahrenheit(c: f64) -> f64 {
    c * 9.0 / 5.0 + FREEZING_F
}

fn describe(c: f64) -> &'static str {
    if c < 0.0 {
        "freezing"
    } else if c < 15.0 {
        "cold"
    } else if c < 25.0 {
        "mild"
    } else {
        "hot"
    }
}

fn main() {
    println!("{:>6} | {:>8} | {}", "F", "C", "feel");
    println!("{}", "-".repeat(28));
    let mut f = -4;
    while f <= 104 {
        let c = to_celsius(f as f64);
        println!("{:>6} | {:>8.2} | {}", f, c, describe(c));
        f += STEP;
    }

    let temps = [-40.0, 0.0, 37.0, 100.0];
    for t in temps.iter() {
        let back = to_celsius(to_fahrenheit(*t));
        println!("{t:>7.1}C -> {:>7.1}F -> {back:.1}C", to_fahrenheit(*t));
    }

    let x = 5;
    let x = x * 2;
    {
        let x = x + 100;
        println!("inner x = {}", x);
    }
    println!("outer x = {}", x);

    let spaces = "   ";
    let spaces = spaces.len();
    println!("spaces = {spaces}");

    let tup: (i32, f64, u8) = (500, 6.4, 1);
    let (a, b, c) = tup;
    println!("a={a} b={b} c={c} tup.1={}", tup.1);
    let arr = [3; 5];
    println!("{:?} len {}", arr, arr.len());
    let avg = temps.iter().sum::<f64>() / temps.len() as f64;
    println!("average {:.3} min {:?}", avg, temps.iter().cloned().fold(f64::INFINITY, f64::min));
}
