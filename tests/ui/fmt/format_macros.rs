// format!, write!, writeln! into a String, print! without newline, eprintln! to stderr.
use std::fmt::Write;

fn main() {
    let mut out = String::new();
    write!(out, "{}-{}", 1, 2).unwrap();
    writeln!(out, " done").unwrap();
    write!(&mut out, "{:?}", [1, 2]).unwrap();
    print!("{out}");
    println!();
    print!("a");
    print!("b");
    println!("c");
    eprintln!("to stderr {}", 42);
    eprint!("no newline");
    eprintln!();
    let s = format!("{:>4}{:<4}|", 1, 2);
    println!("{s}");
}
