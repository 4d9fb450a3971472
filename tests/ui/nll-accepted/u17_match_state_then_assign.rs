// A state machine matching on `&self.state` and assigning `self.state` in the arm once the matched data is no longer used.
#[derive(Debug)]
enum State {
    Idle,
    Running { job: String, steps: u32 },
    Done(String),
}

struct Worker {
    state: State,
}

impl Worker {
    fn step(&mut self) {
        match &mut self.state {
            State::Idle => self.state = State::Running { job: "build".to_string(), steps: 0 },
            State::Running { job, steps } => {
                *steps += 1;
                if *steps == 2 {
                    let summary = format!("{} in {} steps", job, steps);
                    self.state = State::Done(summary);
                }
            }
            State::Done(_) => {}
        }
    }
}

fn main() {
    let mut w = Worker { state: State::Idle };
    for _ in 0..4 {
        w.step();
        println!("{:?}", w.state);
    }
}
