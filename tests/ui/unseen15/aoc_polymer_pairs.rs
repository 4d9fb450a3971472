// Advent-style polymer insertion: rules in HashMap<(char, char), char>, pair counts in HashMap<(char, char), u64>, min/max element spread
use std::collections::HashMap;

const INPUT: &str = "NNCB

CH -> B
HH -> N
CB -> H
NH -> C
HB -> C
HC -> B
HN -> C
NN -> C
BH -> H
NC -> B
NB -> B
BN -> B
BB -> N
BC -> B
CC -> N
CN -> C";

fn parse(input: &str) -> (Vec<char>, HashMap<(char, char), char>) {
    let (template, rules) = input.split_once("\n\n").unwrap();
    let rules = rules
        .lines()
        .map(|l| {
            let (pair, ins) = l.split_once(" -> ").unwrap();
            let mut cs = pair.chars();
            ((cs.next().unwrap(), cs.next().unwrap()), ins.chars().next().unwrap())
        })
        .collect();
    (template.chars().collect(), rules)
}

fn spread(template: &[char], rules: &HashMap<(char, char), char>, steps: usize) -> u64 {
    let mut pairs: HashMap<(char, char), u64> = HashMap::new();
    for w in template.windows(2) {
        *pairs.entry((w[0], w[1])).or_default() += 1;
    }
    for _ in 0..steps {
        let mut next = HashMap::new();
        for (&(a, b), &n) in &pairs {
            match rules.get(&(a, b)) {
                Some(&c) => {
                    *next.entry((a, c)).or_insert(0) += n;
                    *next.entry((c, b)).or_insert(0) += n;
                }
                None => *next.entry((a, b)).or_insert(0) += n,
            }
        }
        pairs = next;
    }
    let mut counts: HashMap<char, u64> = HashMap::new();
    for (&(a, _), &n) in &pairs {
        *counts.entry(a).or_default() += n;
    }
    *counts.entry(*template.last().unwrap()).or_default() += 1;
    let mut sorted: Vec<(char, u64)> = counts.into_iter().collect();
    sorted.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    println!("  after {steps} steps: {:?}", sorted);
    sorted.first().unwrap().1 - sorted.last().unwrap().1
}

fn expand_naive(template: &[char], rules: &HashMap<(char, char), char>) -> String {
    let mut out = String::new();
    for w in template.windows(2) {
        out.push(w[0]);
        if let Some(c) = rules.get(&(w[0], w[1])) {
            out.push(*c);
        }
    }
    out.push(*template.last().unwrap());
    out
}

fn main() {
    let (template, rules) = parse(INPUT);
    println!("{} rules", rules.len());
    let mut s: Vec<char> = template.clone();
    for step in 1..=3 {
        let next = expand_naive(&s, &rules);
        println!("step {step}: {next}");
        s = next.chars().collect();
    }
    println!("part 1: {}", spread(&template, &rules, 10));
    println!("part 2 (40 steps): {}", spread(&template, &rules, 40));
}
