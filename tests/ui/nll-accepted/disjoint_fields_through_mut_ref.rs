// Disjoint field borrows through a `&mut Struct` parameter.
struct Game {
    score: u32,
    log: Vec<String>,
}

fn play(g: &mut Game) {
    let score = &mut g.score;
    let log = &mut g.log;
    *score += 3;
    log.push(format!("score {}", score));
}

fn main() {
    let mut g = Game { score: 0, log: Vec::new() };
    play(&mut g);
    play(&mut g);
    println!("{} {:?}", g.score, g.log);
}
