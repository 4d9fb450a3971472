// Matching on &mut self to change an enum's data in place, then replacing the whole value.
#[derive(Debug)]
enum Door {
    Open { visits: u32 },
    Closed,
    Locked(String),
}

impl Door {
    fn knock(&mut self) {
        match self {
            Door::Open { visits } => *visits += 1,
            Door::Closed => *self = Door::Open { visits: 1 },
            Door::Locked(code) => code.push('*'),
        }
    }
    fn lock(&mut self, code: &str) {
        if let Door::Open { visits } = self {
            println!("locking after {} visits", visits);
        }
        *self = Door::Locked(code.to_string());
    }
}

fn main() {
    let mut d = Door::Closed;
    d.knock();
    d.knock();
    println!("{:?}", d);
    d.lock("12");
    d.knock();
    println!("{:?}", d);
    if let Door::Locked(ref mut c) = d {
        c.clear();
    }
    println!("{:?}", d);
}
