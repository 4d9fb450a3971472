// Edition 2021+ closures capture only the field they use, so other fields stay usable.
struct Game {
    score: u32,
    player: String,
    moves: Vec<&'static str>,
}

fn main() {
    let mut g = Game { score: 0, player: String::from("Ana"), moves: vec![] };
    let mut add = |n: u32| g.score += n;
    g.moves.push("jump");
    println!("player {}", g.player);
    add(5);
    add(7);
    g.moves.push("run");
    println!("{} scored {} with {:?}", g.player, g.score, g.moves);
}
