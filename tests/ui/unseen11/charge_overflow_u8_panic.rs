// A battery charge kept in a u8 overflows on a plain addition in a debug build: the program panics with exit 101.
struct Battery {
    level: u8,
    cycles: u32,
}

impl Battery {
    fn charge(&mut self, amount: u8) {
        self.level = self.level.saturating_add(amount).min(100);
    }

    fn boost(&mut self, amount: u8) {
        self.level += amount;
        self.cycles += 1;
    }
}

fn main() {
    let mut b = Battery { level: 40, cycles: 0 };
    b.charge(30);
    println!("level {} cycles {}", b.level, b.cycles);
    b.charge(200);
    println!("level {} cycles {}", b.level, b.cycles);
    for step in [50, 60, 70] {
        println!("boosting by {}", step);
        b.boost(step);
        println!("level {} cycles {}", b.level, b.cycles);
    }
}
