// An enum as a state machine with a method consuming self and returning the next state.
#[derive(Debug)]
enum Light {
    Red { waited: u32 },
    Green,
    Yellow,
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red { waited } if waited < 2 => Light::Red { waited: waited + 1 },
            Light::Red { .. } => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red { waited: 0 },
        }
    }
}

fn main() {
    let mut l = Light::Green;
    for _ in 0..6 {
        println!("{l:?}");
        l = l.next();
    }
    println!("{l:?}");
}
