// Advent-style rucksacks: bytes mapped to priorities, items as bits of a u64, intersections with &, chunks(3) badges
const RUCKSACKS: &str = "vJrwpWtwJgWrhcsFMMfFFhFp
jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL
PmmdzqPrVvPwwTWBwg
wMqvLMZHhHMvwLHjbvcjnnSBnvTQFn
ttgJtRGJQctTZtZT
CrZsJsPPZsGzwwsLwLmpwMDw";

fn priority(b: u8) -> u32 {
    match b {
        b'a'..=b'z' => (b - b'a') as u32 + 1,
        b'A'..=b'Z' => (b - b'A') as u32 + 27,
        _ => 0,
    }
}

fn mask(items: &[u8]) -> u64 {
    items.iter().fold(0u64, |m, &b| m | 1u64 << priority(b))
}

fn lowest_bit(m: u64) -> u32 {
    m.trailing_zeros()
}

fn main() {
    let sacks: Vec<&[u8]> = RUCKSACKS.lines().map(str::as_bytes).collect();
    let mut total = 0;
    for sack in &sacks {
        let (left, right) = sack.split_at(sack.len() / 2);
        let common = mask(left) & mask(right);
        let p = lowest_bit(common);
        let item = sack.iter().copied().find(|&b| priority(b) == p).unwrap();
        println!("{:>2} items, shared {} (priority {p}, {} bit(s))", sack.len(), item as char, common.count_ones());
        total += p;
    }
    println!("part 1: {total}");

    let badges: u32 = sacks
        .chunks(3)
        .map(|group| {
            let shared = group.iter().map(|s| mask(s)).fold(u64::MAX, |acc, m| acc & m);
            lowest_bit(shared)
        })
        .sum();
    println!("part 2: {badges}");

    let all = sacks.iter().fold(0u64, |acc, s| acc | mask(s));
    let letters: String = (1..=52u32)
        .filter(|p| all >> p & 1 == 1)
        .map(|p| if p <= 26 { (b'a' + (p - 1) as u8) as char } else { (b'A' + (p - 27) as u8) as char })
        .collect();
    println!("letters seen: {} -> {letters}", all.count_ones());
    println!("mask of first sack: {:#018x}", mask(sacks[0]));
}
