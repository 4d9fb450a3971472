// Statics and constants may be read and copied into variables; a variable
// initialised from a constant is the program's own and may be changed.
struct Stats {
    hits: u32,
}
static STATS: Stats = Stats { hits: 3 };
static NAMES: [&str; 2] = ["a", "b"];
const LIMIT: i32 = 5;
const EMPTY: Vec<i32> = Vec::new();
fn main() {
    let mut limit = LIMIT;
    limit += 1;
    let hits = STATS.hits;
    println!("{} {} {} {}", limit, hits, STATS.hits + 1, NAMES.len());
    let mut v = EMPTY;
    v.push(LIMIT);
    for n in NAMES.iter() {
        print!("{} ", n);
    }
    println!("{:?} {}", v, EMPTY.len());
}
