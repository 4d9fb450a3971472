// Levelling up with u8 counters: checked, saturating and wrapping arithmetic, then a plain `+` overflows.
#[derive(Debug)]
struct Hero {
    name: String,
    level: u8,
    potions: u8,
}

impl Hero {
    fn gain(&mut self, levels: u8) -> bool {
        match self.level.checked_add(levels) {
            Some(l) if l <= 99 => {
                self.level = l;
                true
            }
            _ => false,
        }
    }
}

fn main() {
    let mut hero = Hero { name: String::from("Ferris"), level: 90, potions: 250 };
    for step in [5, 3, 200, 1] {
        let ok = hero.gain(step);
        println!("gain {:>3}: {} -> level {}", step, if ok { "ok" } else { "refused" }, hero.level);
    }
    println!("saturating: {}", hero.potions.saturating_add(10));
    println!("wrapping:   {}", hero.potions.wrapping_add(10));
    let (v, over) = hero.potions.overflowing_add(10);
    println!("overflowing: ({}, {})", v, over);
    println!("{:?}", hero);
    let found: [u8; 3] = [2, 1, 4];
    for f in found {
        hero.potions += f;
        println!("{} has {} potions", hero.name, hero.potions);
    }
}
