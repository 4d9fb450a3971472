// Two-phase borrows: a ring's slot Vec and log receive values computed from their own length.
struct Ring {
    slots: Vec<usize>,
    log: String,
}

fn main() {
    let mut r = Ring { slots: Vec::new(), log: String::new() };
    for _ in 0..3 {
        r.slots.push(r.slots.len() * 10);
        r.log.push_str(&r.slots.len().to_string());
    }
    r.slots.insert(r.slots.len() - 1, r.slots[0] + 1);
    println!("{:?} {}", r.slots, r.log);
}
