// A deck of cards: enums for suit and rank, a deterministic LCG shuffle, dealing hands and scoring them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Card {
    rank: u8,
    suit: Suit,
}

impl Card {
    fn label(&self) -> String {
        let r = match self.rank {
            11 => "J".to_string(),
            12 => "Q".to_string(),
            13 => "K".to_string(),
            14 => "A".to_string(),
            n => n.to_string(),
        };
        let s = match self.suit {
            Suit::Clubs => 'c',
            Suit::Diamonds => 'd',
            Suit::Hearts => 'h',
            Suit::Spades => 's',
        };
        format!("{}{}", r, s)
    }
}

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn new_deck() -> Vec<Card> {
    let mut deck = Vec::with_capacity(52);
    for suit in [Suit::Clubs, Suit::Diamonds, Suit::Hearts, Suit::Spades] {
        for rank in 2..=14 {
            deck.push(Card { rank, suit });
        }
    }
    deck
}

fn shuffle(deck: &mut Vec<Card>, rng: &mut Lcg) {
    for i in (1..deck.len()).rev() {
        let j = (rng.next() % (i as u64 + 1)) as usize;
        deck.swap(i, j);
    }
}

fn points(hand: &[Card]) -> u32 {
    hand.iter().map(|c| match c.rank { 11..=13 => 10, 14 => 11, n => n as u32 }).sum()
}

fn main() {
    let mut deck = new_deck();
    println!("{} cards, first {} last {}", deck.len(), deck[0].label(), deck[51].label());
    let mut rng = Lcg(2026);
    shuffle(&mut deck, &mut rng);
    let mut hands: Vec<Vec<Card>> = vec![Vec::new(); 4];
    for round in 0..5 {
        for hand in hands.iter_mut() {
            hand.push(deck.pop().unwrap());
        }
        let _ = round;
    }
    for (i, hand) in hands.iter_mut().enumerate() {
        hand.sort_by(|a, b| b.cmp(a));
        let labels: Vec<String> = hand.iter().map(Card::label).collect();
        let flush = hand.iter().all(|c| c.suit == hand[0].suit);
        println!("player {}: {:<20} points {:>2}{}", i + 1, labels.join(" "), points(hand), if flush { " flush" } else { "" });
    }
    let winner = (0..4).max_by_key(|&i| points(&hands[i])).unwrap();
    println!("winner: player {}, {} cards left", winner + 1, deck.len());
    let hearts = deck.iter().filter(|c| c.suit == Suit::Hearts).count();
    println!("hearts left {}", hearts);
}
