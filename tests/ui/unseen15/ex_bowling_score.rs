// Exercism-style bowling: a game state with frames, a custom Error enum returned by roll, strikes and spares scored over the roll list
#[derive(Debug, PartialEq)]
enum Error {
    NotEnoughPinsLeft,
    GameComplete,
}

#[derive(Default)]
struct BowlingGame {
    rolls: Vec<u16>,
    frame: usize,
    first_in_frame: Option<u16>,
    bonus_rolls: u8,
}

impl BowlingGame {
    fn new() -> Self {
        Self::default()
    }

    fn roll(&mut self, pins: u16) -> Result<(), Error> {
        if self.frame == 10 && self.bonus_rolls == 0 {
            return Err(Error::GameComplete);
        }
        let standing = match self.first_in_frame {
            Some(first) if first < 10 => 10 - first,
            _ => 10,
        };
        if pins > standing {
            return Err(Error::NotEnoughPinsLeft);
        }
        self.rolls.push(pins);
        if self.frame == 10 {
            self.bonus_rolls -= 1;
            self.first_in_frame = match self.first_in_frame {
                Some(f) if f < 10 => None,
                _ if pins == 10 => None,
                _ => Some(pins),
            };
            return Ok(());
        }
        match self.first_in_frame {
            None if pins == 10 => self.end_frame(2),
            None => self.first_in_frame = Some(pins),
            Some(first) => self.end_frame(if first + pins == 10 { 1 } else { 0 }),
        }
        Ok(())
    }

    fn end_frame(&mut self, bonus: u8) {
        self.frame += 1;
        self.first_in_frame = None;
        if self.frame == 10 {
            self.bonus_rolls = bonus;
        }
    }

    fn score(&self) -> Option<u16> {
        if self.frame < 10 || self.bonus_rolls > 0 {
            return None;
        }
        let r = &self.rolls;
        let mut total = 0;
        let mut i = 0;
        for _ in 0..10 {
            if r[i] == 10 {
                total += 10 + r[i + 1] + r[i + 2];
                i += 1;
            } else if r[i] + r[i + 1] == 10 {
                total += 10 + r[i + 2];
                i += 2;
            } else {
                total += r[i] + r[i + 1];
                i += 2;
            }
        }
        Some(total)
    }
}

fn play(name: &str, rolls: &[u16]) {
    let mut game = BowlingGame::new();
    for (n, &p) in rolls.iter().enumerate() {
        if let Err(e) = game.roll(p) {
            println!("{name}: roll {} ({p}) rejected: {:?}", n + 1, e);
        }
    }
    println!("{name}: score {:?}", game.score());
}

fn main() {
    play("gutter", &[0; 20]);
    play("all ones", &[1; 20]);
    play("perfect", &[10; 12]);
    play("spare first", &[6, 4, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    play("too many pins", &[5, 6]);
    play("unfinished", &[10, 10, 10]);
    play("extra roll", &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 4, 5]);
    play("tenth spare", &[10, 10, 10, 10, 10, 10, 10, 10, 10, 7, 3, 10]);
}
