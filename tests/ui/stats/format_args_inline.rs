// `format_args!` as the argument of print!/println!/write!/format! writes its pieces directly: no String in between.
use std::fmt::Write;

fn main() {
    let name = "heap";
    let n = 3;
    println!("{}", format_args!("{name} has {} blocks", n));
    print!("{}", format_args!("{:>6}|{:<4}|\n", n, name));
    eprintln!("{}", format_args!("to stderr: {}", n * 2));
    let mut out = String::new();
    write!(out, "{}", format_args!("[{}]", n)).unwrap();
    writeln!(out, "{}", format_args!("{:?}", name),).unwrap();
    let s = format!("{}", format_args!("{}-{}", n, n + 1));
    println!("{out}{s} {}", out.len() + s.len());
}
