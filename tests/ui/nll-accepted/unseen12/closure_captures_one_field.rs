// Edition 2021+ closures capture only the field they use, so other fields stay usable.
struct Counter {
    hits: u32,
    log: Vec<String>,
}

fn main() {
    let mut c = Counter { hits: 0, log: Vec::new() };
    let mut hit = || c.hits += 1;
    c.log.push(String::from("start"));
    hit();
    hit();
    c.log.push(String::from("end"));
    println!("{} {:?}", c.hits, c.log);
}
