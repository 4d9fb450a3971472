// A remainder by zero in a hot u64 function panics with rustc's message at the `%`.
fn rem(a: u64, b: u64) -> u64 {
    a % b
}

fn main() {
    let mut total = 0u64;
    for i in 0..1000u64 {
        total += rem(u64::MAX - i, 500 - i % 501);
        if i % 100 == 0 {
            println!("{} {}", i, total);
        }
    }
}
