// Control flow: FizzBuzz three ways — match on a tuple, iterator map, and a String built with write!.
use std::fmt::Write;

fn fizz(n: u32) -> String {
    match (n % 3, n % 5) {
        (0, 0) => "FizzBuzz".to_string(),
        (0, _) => "Fizz".to_string(),
        (_, 0) => "Buzz".to_string(),
        _ => n.to_string(),
    }
}

fn main() {
    let v: Vec<String> = (1..=15).map(fizz).collect();
    println!("{}", v.join(" "));
    let mut out = String::new();
    for i in 1..=15 {
        let s = if i % 15 == 0 {
            "FB"
        } else if i % 3 == 0 {
            "F"
        } else if i % 5 == 0 {
            "B"
        } else {
            ""
        };
        if s.is_empty() {
            write!(out, "{i},").unwrap();
        } else {
            write!(out, "{s},").unwrap();
        }
    }
    out.pop();
    println!("{out}");
    let counts = (1..=100).fold([0u32; 4], |mut acc, n| {
        let k = match (n % 3 == 0, n % 5 == 0) {
            (true, true) => 3,
            (true, false) => 1,
            (false, true) => 2,
            (false, false) => 0,
        };
        acc[k] += 1;
        acc
    });
    println!("{:?}", counts);
    let mut report = String::new();
    writeln!(report, "fizz={}", counts[1]).unwrap();
    writeln!(&mut report, "buzz={:>3}", counts[2]).unwrap();
    print!("{report}");
    println!("{}", report.lines().count());
}
