//@ compile-fail
// A backoff policy closure captures the local base delay by reference and is returned from the function.
fn backoff(base_ms: u64) -> impl Fn(u32) -> u64 {
    let base = base_ms.max(10);
    |attempt| base * (1 << attempt) //~ ERROR E0373
}

fn main() {
    let policy = backoff(100);
    println!("{} {}", policy(0), policy(3));
}
