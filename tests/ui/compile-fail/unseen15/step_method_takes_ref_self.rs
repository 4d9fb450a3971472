//@ compile-fail
// a simulation step declared with &self assigns to a field
struct Cpu {
    x: i64,
    cycle: u32,
}

impl Cpu {
    fn tick(&self) {
        self.cycle += 1; //~ ERROR E0594
    }
}

fn main() {
    let cpu = Cpu { x: 1, cycle: 0 };
    cpu.tick();
    println!("{} {}", cpu.x, cpu.cycle);
}
