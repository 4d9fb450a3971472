//@ compile-fail
// `contains` on a Vec of structs that cannot be compared.
struct Card {
    rank: u8,
}

fn main() {
    let hand = vec![Card { rank: 3 }, Card { rank: 12 }];
    if hand.contains(&Card { rank: 12 }) { //~ ERROR E0277
        println!("queen");
    }
    println!("{}", hand[0].rank);
}
