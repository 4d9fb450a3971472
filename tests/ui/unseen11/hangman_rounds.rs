// A hangman game replays scripted guesses, masking the secret word with a HashSet of guessed letters.
use std::collections::HashSet;

struct Game {
    secret: String,
    guessed: HashSet<char>,
    misses: u32,
    max_misses: u32,
}

enum Outcome {
    Hit(usize),
    Miss,
    Repeat,
}

impl Game {
    fn new(secret: &str, max_misses: u32) -> Game {
        Game { secret: secret.to_lowercase(), guessed: HashSet::new(), misses: 0, max_misses }
    }

    fn guess(&mut self, c: char) -> Outcome {
        let c = c.to_ascii_lowercase();
        if !self.guessed.insert(c) {
            return Outcome::Repeat;
        }
        let hits = self.secret.chars().filter(|&s| s == c).count();
        if hits == 0 {
            self.misses += 1;
            Outcome::Miss
        } else {
            Outcome::Hit(hits)
        }
    }

    fn masked(&self) -> String {
        self.secret
            .chars()
            .map(|c| if self.guessed.contains(&c) { c } else { '_' })
            .collect::<Vec<char>>()
            .iter()
            .map(|c| c.to_string())
            .collect::<Vec<String>>()
            .join(" ")
    }

    fn won(&self) -> bool {
        self.secret.chars().all(|c| self.guessed.contains(&c))
    }

    fn lost(&self) -> bool {
        self.misses >= self.max_misses
    }
}

fn play(secret: &str, guesses: &str) {
    let mut game = Game::new(secret, 4);
    println!("new game: {}", game.masked());
    for g in guesses.chars() {
        let verdict = match game.guess(g) {
            Outcome::Hit(n) => format!("hit x{}", n),
            Outcome::Miss => format!("miss ({} left)", game.max_misses - game.misses),
            Outcome::Repeat => String::from("already tried"),
        };
        println!("  {} -> {:<16} {}", g, verdict, game.masked());
        if game.won() {
            println!("  solved with {} misses", game.misses);
            return;
        }
        if game.lost() {
            println!("  hanged! the word was {}", game.secret);
            return;
        }
    }
    println!("  out of guesses");
}

fn main() {
    play("Rustacean", "aeXsrtEcnu");
    play("borrow", "zqxjb");
    play("lifetime", "lif");
}
