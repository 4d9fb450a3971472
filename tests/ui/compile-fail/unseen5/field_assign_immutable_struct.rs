//@ compile-fail
// Assigning a field of a struct bound without `mut`.
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let p = Player { name: String::from("Kim"), score: 0 };
    p.score = 3; //~ ERROR E0594
    println!("{} {}", p.name, p.score);
}
