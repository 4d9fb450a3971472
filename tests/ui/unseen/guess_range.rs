// Chapter 9: a Guess type whose constructor panics on out-of-range values.
pub struct Guess {
    value: i32,
}

impl Guess {
    pub fn new(value: i32) -> Guess {
        if value < 1 || value > 100 {
            panic!("Guess value must be between 1 and 100, got {value}.");
        }
        Guess { value }
    }

    pub fn value(&self) -> i32 {
        self.value
    }
}

fn check(secret: i32, g: &Guess) -> std::cmp::Ordering {
    g.value().cmp(&secret)
}

fn main() {
    let secret = 42;
    for v in [50, 25, 42] {
        let g = Guess::new(v);
        match check(secret, &g) {
            std::cmp::Ordering::Less => println!("{v}: Too small!"),
            std::cmp::Ordering::Greater => println!("{v}: Too big!"),
            std::cmp::Ordering::Equal => println!("{v}: You win!"),
        }
    }
    let g = Guess::new(101);
    println!("unreachable {}", g.value());
}
