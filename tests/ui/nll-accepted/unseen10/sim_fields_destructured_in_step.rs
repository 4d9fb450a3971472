// A simulation step destructures &mut self so particles are updated while the log is pushed to.
struct Sim {
    particles: Vec<(i32, i32)>,
    log: Vec<String>,
    tick: u32,
}

impl Sim {
    fn step(&mut self) {
        let Sim { particles, log, tick } = self;
        *tick += 1;
        for (i, p) in particles.iter_mut().enumerate() {
            p.0 += p.1;
            if p.0 < 0 {
                p.0 = -p.0;
                p.1 = -p.1;
                log.push(format!("t{}: particle {} bounced", tick, i));
            }
        }
    }
}

fn main() {
    let mut sim = Sim { particles: vec![(3, -2), (0, 1), (1, -3)], log: Vec::new(), tick: 0 };
    for _ in 0..3 {
        sim.step();
    }
    println!("{:?}", sim.particles);
    println!("{}", sim.log.join("\n"));
}
