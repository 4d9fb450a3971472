// Packs parcels into trucks with first-fit decreasing: sort_by_key with Reverse, then a search for the first bin with room.
use std::cmp::Reverse;

#[derive(Debug)]
struct Parcel {
    id: u32,
    weight: u32,
}

struct Truck {
    capacity: u32,
    load: Vec<u32>,
}

impl Truck {
    fn used(&self) -> u32 {
        self.load.iter().sum()
    }
    fn room(&self) -> u32 {
        self.capacity - self.used()
    }
}

fn main() {
    let mut parcels: Vec<Parcel> = [(1, 40), (2, 75), (3, 20), (4, 55), (5, 35), (6, 60), (7, 10), (8, 45)]
        .iter()
        .map(|&(id, weight)| Parcel { id, weight })
        .collect();
    parcels.sort_by_key(|p| Reverse(p.weight));
    println!("order: {:?}", parcels.iter().map(|p| p.id).collect::<Vec<_>>());

    let mut trucks: Vec<Truck> = Vec::new();
    for p in &parcels {
        match trucks.iter_mut().find(|t| t.room() >= p.weight) {
            Some(t) => t.load.push(p.weight),
            None => {
                let mut t = Truck { capacity: 100, load: Vec::new() };
                t.load.push(p.weight);
                trucks.push(t);
                println!("parcel {} opens truck {}", p.id, trucks.len());
            }
        }
    }

    for (i, t) in trucks.iter().enumerate() {
        println!("truck {}: {:?} used {}/{} room {}", i + 1, t.load, t.used(), t.capacity, t.room());
    }
    let wasted: u32 = trucks.iter().map(Truck::room).sum();
    println!("{} trucks, {} kg unused", trucks.len(), wasted);
}
