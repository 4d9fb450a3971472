// An edition-2021 closure captures only the field it mutates, so other fields stay readable.
struct Game {
    name: String,
    moves: u32,
}

fn main() {
    let mut g = Game { name: String::from("chess"), moves: 0 };
    let mut play = || g.moves += 1;
    println!("playing {}", g.name);
    play();
    play();
    println!("{} after {} moves", g.name, g.moves);
}
