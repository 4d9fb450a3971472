//@ compile-fail
// `+=` on a field while a shared reference to that field is alive.
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut p = Player { name: String::from("kim"), score: 10 };
    let before = &p.score;
    p.score += 5; //~ ERROR E0506
    println!("{} went from {} to {}", p.name, before, p.score);
}
