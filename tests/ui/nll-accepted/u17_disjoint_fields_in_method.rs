// A method borrows one field mutably while reading another: the borrow checker tracks fields separately.
struct Game {
    players: Vec<String>,
    scores: Vec<u32>,
    bonus: u32,
}

impl Game {
    fn award(&mut self, name: &str) {
        let bonus = &self.bonus;
        let scores = &mut self.scores;
        for (i, p) in self.players.iter().enumerate() {
            if p == name {
                scores[i] += *bonus;
            }
        }
    }
}

fn main() {
    let mut g = Game { players: vec!["ann".into(), "bo".into()], scores: vec![0, 0], bonus: 5 };
    g.award("bo");
    g.award("bo");
    g.award("ann");
    println!("{:?}", g.scores);
}
