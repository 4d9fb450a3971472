// Closures cannot recurse directly; a helper fn taking &dyn Fn can.
fn fix(f: &dyn Fn(&dyn Fn(u64) -> u64, u64) -> u64, n: u64) -> u64 {
    f(&|k| fix(f, k), n)
}

fn main() {
    let fact = |rec: &dyn Fn(u64) -> u64, n: u64| if n == 0 { 1 } else { n * rec(n - 1) };
    println!("{}", fix(&fact, 10));
    let fib = |rec: &dyn Fn(u64) -> u64, n: u64| if n < 2 { n } else { rec(n - 1) + rec(n - 2) };
    println!("{}", fix(&fib, 15));
}
