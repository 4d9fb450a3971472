// An emergency room orders patients in a BinaryHeap by severity, then by arrival, with a hand-written Ord.
use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct Patient {
    name: String,
    severity: u8,
    arrival: u32,
}

impl Ord for Patient {
    fn cmp(&self, other: &Self) -> Ordering {
        self.severity.cmp(&other.severity).then_with(|| other.arrival.cmp(&self.arrival))
    }
}

impl PartialOrd for Patient {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct Ward {
    queue: BinaryHeap<Patient>,
    clock: u32,
    treated: Vec<(String, u32)>,
}

impl Ward {
    fn arrive(&mut self, name: &str, severity: u8) {
        self.clock += 1;
        self.queue.push(Patient { name: name.to_string(), severity, arrival: self.clock });
    }

    fn treat_next(&mut self) -> Option<String> {
        let p = self.queue.pop()?;
        self.clock += 1;
        let waited = self.clock - p.arrival;
        self.treated.push((p.name.clone(), waited));
        Some(format!("{} (severity {}, waited {})", p.name, p.severity, waited))
    }
}

fn main() {
    let mut ward = Ward { queue: BinaryHeap::new(), clock: 0, treated: Vec::new() };
    ward.arrive("Ada", 2);
    ward.arrive("Ben", 5);
    ward.arrive("Cleo", 2);
    println!("next: {:?}", ward.queue.peek().map(|p| &p.name));
    println!("treated {}", ward.treat_next().unwrap());
    ward.arrive("Dov", 4);
    ward.arrive("Eve", 5);
    ward.arrive("Fay", 1);
    println!("waiting: {}", ward.queue.len());
    while let Some(msg) = ward.treat_next() {
        println!("treated {}", msg);
    }
    println!("{:?}", ward.treat_next());
    let total: u32 = ward.treated.iter().map(|(_, w)| w).sum();
    let worst = ward.treated.iter().max_by_key(|(_, w)| *w).unwrap();
    println!("average wait {:.2}, longest {} ({})", total as f64 / ward.treated.len() as f64, worst.0, worst.1);
    let sorted = {
        let mut h = BinaryHeap::new();
        for (i, s) in [3u8, 1, 4, 1, 5].iter().enumerate() {
            h.push(Patient { name: format!("p{}", i), severity: *s, arrival: i as u32 });
        }
        h.into_sorted_vec()
    };
    let names: Vec<&str> = sorted.iter().map(|p| p.name.as_str()).collect();
    println!("ascending: {:?}", names);
}
