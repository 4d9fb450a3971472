// Destructuring `&mut Sim` into disjoint fields: iterate one field while mutating another.
use std::collections::BTreeMap;

struct Sim {
    timeline: BTreeMap<u32, Vec<u32>>,
    waiting: Vec<u32>,
    now: u32,
}

fn main() {
    let mut sim = Sim { timeline: BTreeMap::new(), waiting: vec![4, 7, 9], now: 5 };
    let Sim { timeline, waiting, now } = &mut sim;
    for (i, c) in waiting.iter().enumerate() {
        timeline.entry(*now + i as u32 * 2).or_default().push(*c);
    }
    *now += 1;
    waiting.clear();
    println!("{:?} now {} waiting {}", sim.timeline, sim.now, sim.waiting.len());
}
