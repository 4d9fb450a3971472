// The guessing game without input: a linear congruential generator, bisection guesses, Ordering match.
use std::cmp::Ordering;

struct Lcg {
    state: u64,
}

impl Lcg {
    fn new(seed: u64) -> Self {
        Lcg { state: seed }
    }

    fn next(&mut self) -> u64 {
        self.state = self.state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.state >> 33
    }

    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + (self.next() % (hi - lo + 1) as u64) as u32
    }
}

fn play(secret: u32, max: u32) -> Vec<(u32, Ordering)> {
    let mut lo = 1;
    let mut hi = max;
    let mut history = Vec::new();
    loop {
        let guess = lo + (hi - lo) / 2;
        let verdict = guess.cmp(&secret);
        history.push((guess, verdict));
        match verdict {
            Ordering::Less => lo = guess + 1,
            Ordering::Greater => hi = guess - 1,
            Ordering::Equal => break,
        }
    }
    history
}

fn describe(o: Ordering) -> &'static str {
    match o {
        Ordering::Less => "Too small!",
        Ordering::Greater => "Too big!",
        Ordering::Equal => "You win!",
    }
}

fn main() {
    let mut rng = Lcg::new(42);
    let mut total_guesses = 0;
    let games = 5;
    for game in 1..=games {
        let secret = rng.range(1, 100);
        let history = play(secret, 100);
        println!("game {} (secret {}):", game, secret);
        for (guess, o) in &history {
            println!("  guess {:>3}: {}", guess, describe(*o));
        }
        total_guesses += history.len();
    }
    println!("average guesses: {:.2}", total_guesses as f64 / games as f64);
    let rolls: Vec<u32> = (0..10).map(|_| rng.range(1, 6)).collect();
    println!("dice: {:?}", rolls);
    let worst = (1..=100).map(|s| play(s, 100).len()).max().unwrap();
    println!("worst case: {} guesses", worst);
    let guess: Result<u32, _> = "  57 ".trim().parse::<u32>();
    let bad: Result<u32, _> = "fifty".parse::<u32>();
    println!("{:?} {}", guess, bad.is_err());
}
