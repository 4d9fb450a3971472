// Functions with parameters, expression bodies, early return and recursion.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn classify(n: i32) -> &'static str {
    if n < 0 {
        return "negative";
    }
    if n == 0 { "zero" } else { "positive" }
}

fn factorial(n: u64) -> u64 {
    if n <= 1 { 1 } else { n * factorial(n - 1) }
}

fn fib(n: u32) -> u32 {
    match n {
        0 => 0,
        1 => 1,
        _ => fib(n - 1) + fib(n - 2),
    }
}

fn main() {
    println!("{}", add(2, 3));
    for n in [-4, 0, 9] {
        println!("{n} is {}", classify(n));
    }
    println!("{}", factorial(20));
    println!("{}", fib(20));
}
