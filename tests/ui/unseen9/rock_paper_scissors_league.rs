// A rock-paper-scissors league: players with strategies as enum variants, a pseudo-random generator, and a sorted table.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Hand {
    Rock,
    Paper,
    Scissors,
}

impl Hand {
    fn beats(self, other: Hand) -> bool {
        matches!((self, other), (Hand::Rock, Hand::Scissors) | (Hand::Paper, Hand::Rock) | (Hand::Scissors, Hand::Paper))
    }
    fn from_index(i: u64) -> Hand {
        match i % 3 {
            0 => Hand::Rock,
            1 => Hand::Paper,
            _ => Hand::Scissors,
        }
    }
}

enum Strategy {
    Always(Hand),
    Cycle(usize),
    Random(u64),
    CopyLast(Option<Hand>),
}

struct Player {
    name: String,
    strategy: Strategy,
    points: u32,
    wins: u32,
}

impl Player {
    fn play(&mut self) -> Hand {
        match &mut self.strategy {
            Strategy::Always(h) => *h,
            Strategy::Cycle(i) => {
                *i += 1;
                Hand::from_index(*i as u64)
            }
            Strategy::Random(state) => {
                *state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                Hand::from_index(*state >> 33)
            }
            Strategy::CopyLast(last) => last.unwrap_or(Hand::Paper),
        }
    }
    fn saw(&mut self, opponent: Hand) {
        if let Strategy::CopyLast(last) = &mut self.strategy {
            *last = Some(opponent);
        }
    }
}

fn main() {
    let mut players = vec![
        Player { name: "Rocky".into(), strategy: Strategy::Always(Hand::Rock), points: 0, wins: 0 },
        Player { name: "Cyclist".into(), strategy: Strategy::Cycle(0), points: 0, wins: 0 },
        Player { name: "Dice".into(), strategy: Strategy::Random(42), points: 0, wins: 0 },
        Player { name: "Mimic".into(), strategy: Strategy::CopyLast(None), points: 0, wins: 0 },
    ];
    for i in 0..players.len() {
        for j in i + 1..players.len() {
            let (mut wi, mut wj) = (0, 0);
            for _ in 0..5 {
                let a = players[i].play();
                let b = players[j].play();
                players[i].saw(b);
                players[j].saw(a);
                if a.beats(b) {
                    wi += 1;
                } else if b.beats(a) {
                    wj += 1;
                }
            }
            let result = if wi > wj { 3 } else if wi == wj { 1 } else { 0 };
            players[i].points += result;
            players[j].points += if result == 1 { 1 } else { 3 - result };
            players[i].wins += wi;
            players[j].wins += wj;
            println!("{} vs {}: {}-{}", players[i].name, players[j].name, wi, wj);
        }
    }
    players.sort_by(|a, b| b.points.cmp(&a.points).then_with(|| b.wins.cmp(&a.wins)).then_with(|| a.name.cmp(&b.name)));
    for (rank, p) in players.iter().enumerate() {
        println!("{}. {:<8} {:>2} pts {:>2} rounds won", rank + 1, p.name, p.points, p.wins);
    }
}
