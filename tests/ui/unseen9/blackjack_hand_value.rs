// Blackjack hands: card ranks as an enum, soft/hard totals with aces, a dealer drawing to 17 from a fixed shoe.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Rank {
    Num(u8),
    Jack,
    Queen,
    King,
    Ace,
}

impl fmt::Display for Rank {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rank::Num(n) => write!(f, "{}", n),
            Rank::Jack => write!(f, "J"),
            Rank::Queen => write!(f, "Q"),
            Rank::King => write!(f, "K"),
            Rank::Ace => write!(f, "A"),
        }
    }
}

struct Hand {
    cards: Vec<Rank>,
}

impl Hand {
    fn value(&self) -> (u32, bool) {
        let mut total = 0;
        let mut aces = 0;
        for c in &self.cards {
            total += match c {
                Rank::Num(n) => *n as u32,
                Rank::Jack | Rank::Queen | Rank::King => 10,
                Rank::Ace => {
                    aces += 1;
                    11
                }
            };
        }
        while total > 21 && aces > 0 {
            total -= 10;
            aces -= 1;
        }
        (total, aces > 0)
    }

    fn show(&self) -> String {
        let cards: Vec<String> = self.cards.iter().map(|c| c.to_string()).collect();
        let (v, soft) = self.value();
        format!("[{}] = {}{}", cards.join(" "), if soft { "soft " } else { "" }, v)
    }
}

fn main() {
    let mut shoe = vec![
        Rank::Num(5), Rank::Ace, Rank::King, Rank::Num(6), Rank::Num(2), Rank::Ace,
        Rank::Num(9), Rank::Queen, Rank::Num(3), Rank::Num(7), Rank::Ace, Rank::Num(4),
    ];
    shoe.reverse();
    let samples = [
        vec![Rank::Ace, Rank::King],
        vec![Rank::Ace, Rank::Ace, Rank::Num(9)],
        vec![Rank::Num(10), Rank::Num(9), Rank::Num(5)],
        vec![Rank::Ace, Rank::Num(6), Rank::Ace, Rank::Num(3)],
    ];
    for cards in samples.iter() {
        let h = Hand { cards: cards.clone() };
        let (v, _) = h.value();
        let verdict = if v > 21 { "bust" } else if v == 21 && h.cards.len() == 2 { "blackjack" } else { "stands" };
        println!("{} {}", h.show(), verdict);
    }
    for round in 1..=2 {
        let mut dealer = Hand { cards: Vec::new() };
        loop {
            let (v, soft) = dealer.value();
            if v > 17 || (v == 17 && !soft) {
                break;
            }
            match shoe.pop() {
                Some(card) => dealer.cards.push(card),
                None => {
                    println!("shoe is empty");
                    break;
                }
            }
        }
        println!("round {}: dealer {} ({} cards left)", round, dealer.show(), shoe.len());
    }
}
