// Constants, statics and a const fn evaluated at compile time.
const MAX_POINTS: u32 = 100_000;
const SECONDS_PER_HOUR: u64 = 60 * 60;
static GREETING: &str = "bonjour";
static PRIMES: [u32; 5] = [2, 3, 5, 7, 11];

const fn square(n: u32) -> u32 {
    n * n
}

const NINE: u32 = square(3);

fn main() {
    println!("{MAX_POINTS} {SECONDS_PER_HOUR} {GREETING}");
    println!("{:?} {}", PRIMES, PRIMES.len());
    println!("{NINE}");
    let total: u32 = PRIMES.iter().sum();
    println!("sum = {total}");
}
