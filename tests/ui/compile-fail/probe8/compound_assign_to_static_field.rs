//@ compile-fail
// Nor can a field of an immutable `static` be changed with `+=`.
struct Stats {
    hits: u32,
}
static STATS: Stats = Stats { hits: 0 };
fn main() {
    STATS.hits += 1; //~ ERROR E0594
    println!("{}", STATS.hits);
}
