// `if let Some(x) = v.last()` copies the value; the push happens after the reference's last use.
fn main() {
    let mut fib = vec![1u64, 1];
    while fib.len() < 10 {
        if let Some(last) = fib.last() {
            let prev = fib[fib.len() - 2];
            let next = *last + prev;
            fib.push(next);
        }
    }
    println!("{:?}", fib);
}
