// A closure captures only the config field of a struct, so another field can be mutated while it lives.
struct Game {
    config: Vec<u32>,
    log: Vec<String>,
}

fn main() {
    let mut game = Game { config: vec![3, 5, 8], log: Vec::new() };
    let limit_of = |i: usize| game.config[i] * 10;
    for i in 0..3 {
        game.log.push(format!("level {} limit {}", i, limit_of(i)));
    }
    println!("{:?}", game.log);
}
