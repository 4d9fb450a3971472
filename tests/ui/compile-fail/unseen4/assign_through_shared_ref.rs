//@ compile-fail
// Changing a field through a & parameter instead of &mut.
struct Player {
    name: String,
    score: u32,
}

fn reward(p: &Player, points: u32) {
    p.score += points; //~ ERROR E0594
}

fn main() {
    let mut p = Player { name: String::from("zed"), score: 0 };
    reward(&p, 10);
    println!("{} {}", p.name, p.score);
}
