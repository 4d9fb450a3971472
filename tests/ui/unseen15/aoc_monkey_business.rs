// Advent-style monkeys: structs holding Box<dyn Fn(u64) -> u64> operations, items thrown between monkeys, worry kept modulo the lcm
use std::collections::VecDeque;

struct Monkey {
    items: VecDeque<u64>,
    op: Box<dyn Fn(u64) -> u64>,
    divisor: u64,
    if_true: usize,
    if_false: usize,
    inspected: u64,
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn troop() -> Vec<Monkey> {
    vec![
        Monkey { items: VecDeque::from(vec![79, 98]), op: Box::new(|x| x * 19), divisor: 23, if_true: 2, if_false: 3, inspected: 0 },
        Monkey { items: VecDeque::from(vec![54, 65, 75, 74]), op: Box::new(|x| x + 6), divisor: 19, if_true: 2, if_false: 0, inspected: 0 },
        Monkey { items: VecDeque::from(vec![79, 60, 97]), op: Box::new(|x| x * x), divisor: 13, if_true: 1, if_false: 3, inspected: 0 },
        Monkey { items: VecDeque::from(vec![74]), op: Box::new(|x| x + 3), divisor: 17, if_true: 0, if_false: 1, inspected: 0 },
    ]
}

fn play(rounds: usize, relief: bool) -> u64 {
    let mut monkeys = troop();
    let lcm = monkeys.iter().map(|m| m.divisor).fold(1, |acc, d| acc / gcd(acc, d) * d);
    for _ in 0..rounds {
        for i in 0..monkeys.len() {
            while let Some(item) = monkeys[i].items.pop_front() {
                monkeys[i].inspected += 1;
                let mut worry = (monkeys[i].op)(item);
                if relief {
                    worry /= 3;
                } else {
                    worry %= lcm;
                }
                let target = if worry % monkeys[i].divisor == 0 { monkeys[i].if_true } else { monkeys[i].if_false };
                monkeys[target].items.push_back(worry);
            }
        }
    }
    let mut counts: Vec<u64> = monkeys.iter().map(|m| m.inspected).collect();
    println!("inspections after {rounds} rounds: {:?}", counts);
    counts.sort_unstable_by(|a, b| b.cmp(a));
    counts[0] * counts[1]
}

fn main() {
    println!("lcm check: {}", [23u64, 19, 13, 17].iter().product::<u64>());
    println!("part 1: {}", play(20, true));
    println!("part 2 (200 rounds): {}", play(200, false));
}
