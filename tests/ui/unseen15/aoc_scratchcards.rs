// Advent-style scratchcards: winning numbers in HashSet<u32>, intersection counts, doubling points with shifts, cascading card copies
use std::collections::HashSet;

const CARDS: &str = "Card 1: 41 48 83 86 17 | 83 86  6 31 17  9 48 53
Card 2: 13 32 20 16 61 | 61 30 68 82 17 32 24 19
Card 3:  1 21 53 59 44 | 69 82 63 72 16 21 14  1
Card 4: 41 92 73 84 69 | 59 84 76 51 58  5 54 83
Card 5: 87 83 26 28 32 | 88 30 70 12 93 22 82 36
Card 6: 31 18 13 56 72 | 74 77 10 23 35 67 36 11";

fn numbers(s: &str) -> HashSet<u32> {
    s.split_whitespace().map(|n| n.parse().unwrap()).collect()
}

fn matches(line: &str) -> usize {
    let (_, body) = line.split_once(':').unwrap();
    let (winning, have) = body.split_once('|').unwrap();
    let winning = numbers(winning);
    let have = numbers(have);
    winning.intersection(&have).count()
}

fn main() {
    let counts: Vec<usize> = CARDS.lines().map(matches).collect();
    println!("matches: {:?}", counts);
    let points: u32 = counts.iter().filter(|&&m| m > 0).map(|&m| 1u32 << (m - 1)).sum();
    println!("part 1: {points}");
    let mut copies = vec![1u64; counts.len()];
    for (i, &m) in counts.iter().enumerate() {
        let n = copies[i];
        for j in i + 1..(i + 1 + m).min(copies.len()) {
            copies[j] += n;
        }
    }
    println!("copies: {:?}", copies);
    println!("part 2: {}", copies.iter().sum::<u64>());
    let mut common: Vec<u32> = {
        let first = numbers(CARDS.lines().next().unwrap().split_once(':').unwrap().1.split_once('|').unwrap().1);
        let second = numbers(CARDS.lines().nth(1).unwrap().split_once(':').unwrap().1.split_once('|').unwrap().1);
        first.union(&second).copied().filter(|n| n % 2 == 0).collect()
    };
    common.sort_unstable();
    println!("even numbers on the first two cards: {:?}", common);
}
