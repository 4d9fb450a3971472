// NLL: a slice of the Vec used for a computation, then the Vec grows and is re-sliced.
fn main() {
    let mut fib = vec![1u64, 1];
    for _ in 0..8 {
        let tail = &fib[fib.len() - 2..];
        let next = tail[0] + tail[1];
        fib.push(next);
    }
    let tail = &fib[fib.len() - 3..];
    println!("{:?} {:?}", tail, fib.len());
}
