// Edition 2021+: closures capture only the fields they use, so disjoint fields stay usable.
struct State {
    count: u32,
    name: String,
}

fn main() {
    let mut s = State { count: 0, name: String::from("st") };
    let mut inc = || s.count += 1;
    println!("{}", s.name);
    inc();
    inc();
    println!("{} {}", s.name, s.count);
}
