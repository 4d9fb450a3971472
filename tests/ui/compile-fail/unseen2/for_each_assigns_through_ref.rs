//@ compile-fail
// `iter()` yields shared references: a field cannot be assigned through them.
struct Stat {
    name: String,
    count: u32,
}

fn main() {
    let stats = vec![Stat { name: String::from("a"), count: 0 }];
    stats.iter().for_each(|s| s.count += 1); //~ ERROR E0594
    println!("{} {}", stats[0].name, stats[0].count);
}
