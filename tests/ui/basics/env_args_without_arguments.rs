// std::env::args() of a program run without arguments: only its own name, so count() is 1 and skip(1) is empty.
//@ no-stats
use std::env;

fn main() {
    let n = env::args().count();
    println!("{} argument(s)", n);
    let rest: Vec<String> = env::args().skip(1).collect();
    println!("{:?} {}", rest, rest.is_empty());
    let first = env::args().next().map(|s| !s.is_empty());
    println!("{:?}", first);
    let limit: usize = env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(3);
    println!("limit = {}", limit);
}
