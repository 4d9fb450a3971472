// A match on a borrowed field's value reads it, then the arm assigns the struct since the borrow ended.
#[derive(Debug)]
enum Light {
    Red,
    Green,
    Yellow,
}

struct Crossing {
    light: Light,
    ticks: u32,
}

fn tick(c: &mut Crossing) {
    c.ticks += 1;
    match &c.light {
        Light::Red if c.ticks >= 3 => {
            c.light = Light::Green;
            c.ticks = 0;
        }
        Light::Green if c.ticks >= 2 => c.light = Light::Yellow,
        Light::Yellow => {
            c.light = Light::Red;
            c.ticks = 0;
        }
        _ => {}
    }
}

fn main() {
    let mut c = Crossing { light: Light::Red, ticks: 0 };
    for _ in 0..8 {
        tick(&mut c);
        print!("{:?} ", c.light);
    }
    println!();
}
