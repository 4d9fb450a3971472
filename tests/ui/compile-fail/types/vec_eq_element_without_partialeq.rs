//@ compile-fail
// Comparing two Vec<Card> with == needs Card: PartialEq, which is not derived.
#[derive(Debug)]
struct Card {
    rank: u8,
}

fn main() {
    let hand = vec![Card { rank: 3 }, Card { rank: 9 }];
    let other = vec![Card { rank: 3 }, Card { rank: 9 }];
    println!("{}", hand == other); //~ ERROR E0369
}
