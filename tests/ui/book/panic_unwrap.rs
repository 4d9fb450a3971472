// Error handling: unrecoverable errors — a guessing Guess type that panics on invalid values.
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

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let _a = Noisy("a");
    let g = Guess::new(50);
    println!("guess {}", g.value());
    let v: Vec<i32> = (1..=3).collect();
    let total: i32 = v.iter().sum();
    println!("total {total}");
    let _b = Noisy("b");
    let parsed: Result<i32, _> = "x1".parse::<i32>();
    println!("is_err {}", parsed.is_err());
    let g2 = Guess::new(total * 40);
    println!("never {}", g2.value());
}
