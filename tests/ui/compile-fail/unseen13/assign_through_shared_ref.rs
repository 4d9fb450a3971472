//@ compile-fail
// A field is assigned through a & reference.
struct Stats {
    allocs: u32,
}

fn record(s: &Stats) {
    s.allocs += 1; //~ ERROR E0594
}

fn main() {
    let s = Stats { allocs: 0 };
    record(&s);
    println!("{}", s.allocs);
}
