// Advent-style camel cards: hands ranked by a type enum deriving Ord, ties broken by card strength, sort_by with cmp::Ordering and a joker rule
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    HighCard,
    OnePair,
    TwoPair,
    Three,
    FullHouse,
    Four,
    Five,
}

struct Hand<'a> {
    cards: &'a str,
    bid: u64,
}

fn strength(c: char, jokers: bool) -> u8 {
    let order = if jokers { "J23456789TQKA" } else { "23456789TJQKA" };
    order.find(c).unwrap() as u8
}

fn kind(cards: &str, jokers: bool) -> Kind {
    let mut counts = [0u8; 13];
    let mut wild = 0;
    for c in cards.chars() {
        if jokers && c == 'J' {
            wild += 1;
        } else {
            counts[strength(c, jokers) as usize] += 1;
        }
    }
    counts.sort_unstable_by(|a, b| b.cmp(a));
    counts[0] += wild;
    match (counts[0], counts[1]) {
        (5, _) => Kind::Five,
        (4, _) => Kind::Four,
        (3, 2) => Kind::FullHouse,
        (3, _) => Kind::Three,
        (2, 2) => Kind::TwoPair,
        (2, _) => Kind::OnePair,
        _ => Kind::HighCard,
    }
}

fn compare(a: &Hand, b: &Hand, jokers: bool) -> Ordering {
    kind(a.cards, jokers).cmp(&kind(b.cards, jokers)).then_with(|| {
        a.cards
            .chars()
            .zip(b.cards.chars())
            .map(|(x, y)| strength(x, jokers).cmp(&strength(y, jokers)))
            .find(|o| *o != Ordering::Equal)
            .unwrap_or(Ordering::Equal)
    })
}

fn winnings(hands: &mut Vec<Hand>, jokers: bool) -> u64 {
    hands.sort_by(|a, b| compare(a, b, jokers));
    for h in hands.iter() {
        print!("{}({:?}) ", h.cards, kind(h.cards, jokers));
    }
    println!();
    hands.iter().enumerate().map(|(i, h)| (i as u64 + 1) * h.bid).sum()
}

const HANDS: &str = "32T3K 765
T55J5 684
KK677 28
KTJJT 220
QQQJA 483
JJJJJ 1
2345A 9";

fn main() {
    let mut hands: Vec<Hand> = HANDS
        .lines()
        .map(|l| {
            let (cards, bid) = l.split_once(' ').unwrap();
            Hand { cards, bid: bid.parse().unwrap() }
        })
        .collect();
    println!("part 1: {}", winnings(&mut hands, false));
    println!("part 2: {}", winnings(&mut hands, true));
    println!("{:?} < {:?}: {}", Kind::TwoPair, Kind::Three, Kind::TwoPair < Kind::Three);
}
