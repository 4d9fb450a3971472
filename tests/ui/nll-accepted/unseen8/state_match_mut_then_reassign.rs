// Matching `&mut self.state` binds a counter; after its last use the whole state is replaced in the same arm.
#[derive(Debug)]
enum State {
    Retrying { attempts: u32 },
    Failed,
}

struct Conn {
    state: State,
}

impl Conn {
    fn tick(&mut self) {
        match &mut self.state {
            State::Retrying { attempts } => {
                *attempts += 1;
                if *attempts >= 3 {
                    self.state = State::Failed;
                }
            }
            State::Failed => {}
        }
    }
}

fn main() {
    let mut c = Conn { state: State::Retrying { attempts: 0 } };
    for _ in 0..2 {
        c.tick();
        println!("{:?}", c.state);
    }
    c.tick();
    println!("{:?}", c.state);
}
