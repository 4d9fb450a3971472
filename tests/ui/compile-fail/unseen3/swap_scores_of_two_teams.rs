//@ compile-fail
// Swapping two fields of two elements of the same vector with two `&mut` at once.
struct Team {
    score: u32,
}

fn main() {
    let mut teams = vec![Team { score: 3 }, Team { score: 5 }];
    std::mem::swap(&mut teams[0].score, &mut teams[1].score); //~ ERROR E0499
    println!("{} {}", teams[0].score, teams[1].score);
}
