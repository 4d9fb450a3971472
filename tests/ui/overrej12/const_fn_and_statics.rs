// const fn used in consts and array lengths, statics, and const arrays of tuples
const fn square(x: usize) -> usize {
    x * x
}
const N: usize = square(3);
static GREETING: &str = "hi";
static PRIMES: [u32; 5] = [2, 3, 5, 7, 11];
const TABLE: [(&str, u32); 3] = [("one", 1), ("two", 2), ("three", 3)];
fn lookup(name: &str) -> Option<u32> {
    TABLE.iter().find(|(n, _)| *n == name).map(|&(_, v)| v)
}
fn main() {
    let grid = [0u8; N];
    println!("{} {}", grid.len(), square(12));
    println!("{} {}", GREETING, PRIMES.iter().sum::<u32>());
    println!("{:?} {:?}", lookup("two"), lookup("ten"));
    const LOCAL: i32 = -5;
    println!("{}", LOCAL.abs());
}
