// The template-method pattern: a trait whose default `play` drives required hooks, implemented by two "subclasses".
trait Game {
    fn name(&self) -> &str;
    fn setup(&mut self);
    fn take_turn(&mut self, turn: u32) -> bool;
    fn winner(&self) -> Option<String>;

    fn max_turns(&self) -> u32 {
        10
    }

    fn play(&mut self) -> String {
        println!("== {} ==", self.name());
        self.setup();
        let mut turn = 1;
        while turn <= self.max_turns() {
            if self.take_turn(turn) {
                break;
            }
            turn += 1;
        }
        match self.winner() {
            Some(w) => format!("{} won after {} turns", w, turn.min(self.max_turns())),
            None => "draw".to_string(),
        }
    }
}

struct CountdownGame {
    value: i32,
    players: Vec<String>,
    last: Option<usize>,
}

struct DiceGame {
    scores: [u32; 2],
    seed: u32,
}

impl Game for CountdownGame {
    fn name(&self) -> &str {
        "Countdown"
    }
    fn setup(&mut self) {
        self.value = 10;
        println!("starting at {}", self.value);
    }
    fn take_turn(&mut self, turn: u32) -> bool {
        let idx = (turn as usize - 1) % self.players.len();
        let step = (turn % 3 + 1) as i32;
        self.value -= step;
        println!("{} subtracts {} -> {}", self.players[idx], step, self.value);
        self.last = Some(idx);
        self.value <= 0
    }
    fn winner(&self) -> Option<String> {
        if self.value <= 0 { self.last.map(|i| self.players[i].clone()) } else { None }
    }
}

impl DiceGame {
    fn roll(&mut self) -> u32 {
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648;
        self.seed % 6 + 1
    }
}

impl Game for DiceGame {
    fn name(&self) -> &str {
        "Dice to 12"
    }
    fn setup(&mut self) {
        self.scores = [0, 0];
    }
    fn take_turn(&mut self, turn: u32) -> bool {
        let player = ((turn + 1) % 2) as usize;
        let r = self.roll();
        self.scores[player] += r;
        println!("player {} rolls {} (total {})", player + 1, r, self.scores[player]);
        self.scores[player] >= 12
    }
    fn winner(&self) -> Option<String> {
        self.scores.iter().position(|&s| s >= 12).map(|p| format!("player {}", p + 1))
    }
    fn max_turns(&self) -> u32 {
        6
    }
}

fn main() {
    let mut games: Vec<Box<dyn Game>> = vec![
        Box::new(CountdownGame { value: 0, players: vec!["ann".into(), "bo".into()], last: None }),
        Box::new(DiceGame { scores: [0, 0], seed: 7 }),
        Box::new(DiceGame { scores: [0, 0], seed: 1 }),
    ];
    let results: Vec<String> = games.iter_mut().map(|g| g.play()).collect();
    for (i, r) in results.iter().enumerate() {
        println!("game {}: {}", i, r);
    }
}
