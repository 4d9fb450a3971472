// Borrowing two different fields of one struct at once, one mutably and one shared.
#[derive(Debug)]
struct Game {
    players: Vec<String>,
    scores: Vec<u32>,
    round: u32,
}

fn main() {
    let mut g = Game { players: vec!["ann".into(), "bo".into()], scores: vec![0, 0], round: 1 };
    let names = &g.players;
    let scores = &mut g.scores;
    for (i, name) in names.iter().enumerate() {
        scores[i] += name.len() as u32 * g.round;
    }
    g.round += 1;
    let r = &mut g.round;
    let p = &g.players[0];
    *r += p.len() as u32;
    println!("{:?}", g);
    let Game { players, scores, .. } = &mut g;
    players.push(format!("p{}", scores.len()));
    scores.push(9);
    println!("{:?}", g);
}
