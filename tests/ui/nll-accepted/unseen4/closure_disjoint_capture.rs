// Edition 2021+ closures capture only the fields they use, so other fields stay usable.
struct Counter {
    hits: u32,
    name: String,
    log: Vec<String>,
}

fn main() {
    let mut c = Counter { hits: 0, name: "home".into(), log: vec![] };
    let mut hit = || c.hits += 1;
    println!("counting for {}", c.name);
    c.log.push("start".into());
    hit();
    hit();
    let name_len = || c.name.len();
    c.hits += name_len() as u32;
    let take_log = move || c.log;
    let log = take_log();
    println!("{} hits on {}, log {:?}", c.hits, c.name, log);
}
