// Garden sensors share water tanks through Rc<Cell<u32>>; plants draw from their tank and a refill is seen by all.
use std::cell::Cell;
use std::rc::Rc;

struct Plant {
    name: &'static str,
    need: u32,
    tank: Rc<Cell<u32>>,
    watered: Cell<u32>,
}

impl Plant {
    fn water(&self) -> bool {
        let left = self.tank.get();
        if left >= self.need {
            self.tank.set(left - self.need);
            self.watered.set(self.watered.get() + 1);
            true
        } else {
            false
        }
    }
}

fn main() {
    let east = Rc::new(Cell::new(10));
    let west = Rc::new(Cell::new(6));
    let plants = vec![
        Plant { name: "tomato", need: 3, tank: Rc::clone(&east), watered: Cell::new(0) },
        Plant { name: "basil", need: 1, tank: Rc::clone(&east), watered: Cell::new(0) },
        Plant { name: "fern", need: 2, tank: Rc::clone(&west), watered: Cell::new(0) },
        Plant { name: "cactus", need: 4, tank: Rc::clone(&west), watered: Cell::new(0) },
    ];
    println!("east tank shared by {} owners", Rc::strong_count(&east));
    for day in 1..=4 {
        let dry: Vec<&str> = plants.iter().filter(|p| !p.water()).map(|p| p.name).collect();
        println!("day {}: east {} west {} dry {:?}", day, east.get(), west.get(), dry);
        if day == 2 {
            west.set(west.get() + 8);
            println!("  refilled west");
        }
    }
    for p in &plants {
        println!("{:<7} watered {} times", p.name, p.watered.get());
    }
    let total = plants.iter().map(|p| p.watered.get() * p.need).sum::<u32>();
    let prev = east.replace(0);
    println!("water used {}, east had {} before draining", total, prev);
}
