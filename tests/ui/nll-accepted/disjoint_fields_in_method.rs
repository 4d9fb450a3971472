// Borrowing two fields of self separately.
struct Game {
    players: Vec<String>,
    log: Vec<String>,
}

impl Game {
    fn record(&mut self) {
        for p in &self.players {
            self.log.push(p.clone());
        }
    }
}

fn main() {
    let mut g = Game { players: vec![String::from("a")], log: Vec::new() };
    g.record();
    println!("{:?}", g.log);
}
