// Matching on &mut self.state, mutating its payload, then replacing the state after the match.
#[derive(Debug)]
enum Phase {
    Counting(u32),
    Done(String),
}

struct Machine {
    state: Phase,
}

impl Machine {
    fn tick(&mut self) {
        let finished = match &mut self.state {
            Phase::Counting(n) => {
                *n += 1;
                *n >= 3
            }
            Phase::Done(_) => false,
        };
        if finished {
            self.state = Phase::Done(String::from("finished"));
        }
    }
}

fn main() {
    let mut m = Machine { state: Phase::Counting(0) };
    for _ in 0..4 {
        m.tick();
        println!("{:?}", m.state);
    }
}
