// A u32 subtraction overflows two calls deep in hot code: the panic is reported at the innermost line.
fn inner(a: u32, b: u32) -> u32 {
    a - b
}

fn outer(a: u32, b: u32) -> u32 {
    inner(a, b) * 2 + 1
}

fn main() {
    let mut total = 0u64;
    for i in 0..800u32 {
        total += outer(1000, i * 2) as u64;
    }
    println!("{}", total);
}
