// A state machine with enums and match: traffic lights and a pedestrian button, with transitions logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Light {
    Red,
    Green,
    Yellow,
    FlashingYellow,
}

#[derive(Debug)]
enum Event {
    Tick(u32),
    Button,
    Fault,
    Reset,
}

struct Crossing {
    light: Light,
    waiting: bool,
    elapsed: u32,
    log: Vec<String>,
}

impl Crossing {
    fn duration(light: Light) -> u32 {
        match light {
            Light::Red => 30,
            Light::Green => 45,
            Light::Yellow => 5,
            Light::FlashingYellow => u32::MAX,
        }
    }

    fn next(light: Light) -> Light {
        match light {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
            Light::FlashingYellow => Light::FlashingYellow,
        }
    }

    fn switch(&mut self, to: Light) {
        self.log.push(format!("{:?} -> {:?} after {}s", self.light, to, self.elapsed));
        self.light = to;
        self.elapsed = 0;
    }

    fn handle(&mut self, ev: &Event) {
        match ev {
            Event::Tick(secs) => {
                self.elapsed += secs;
                let limit = if self.waiting && self.light == Light::Green {
                    Self::duration(self.light) / 3
                } else {
                    Self::duration(self.light)
                };
                if self.elapsed >= limit {
                    if self.light == Light::Red {
                        self.waiting = false;
                    }
                    self.switch(Self::next(self.light));
                }
            }
            Event::Button if self.light == Light::Green => self.waiting = true,
            Event::Button => {}
            Event::Fault => self.switch(Light::FlashingYellow),
            Event::Reset if self.light == Light::FlashingYellow => self.switch(Light::Red),
            Event::Reset => self.log.push(String::from("reset ignored")),
        }
    }
}

fn main() {
    let mut c = Crossing { light: Light::Red, waiting: false, elapsed: 0, log: vec![] };
    let events = vec![
        Event::Tick(20),
        Event::Tick(10),
        Event::Button,
        Event::Tick(15),
        Event::Tick(5),
        Event::Reset,
        Event::Tick(30),
        Event::Fault,
        Event::Tick(1000),
        Event::Reset,
    ];
    for e in &events {
        c.handle(e);
    }
    for (i, line) in c.log.iter().enumerate() {
        println!("{:02}: {}", i + 1, line);
    }
    println!("final: {:?}, waiting={}, elapsed={}", c.light, c.waiting, c.elapsed);
}
